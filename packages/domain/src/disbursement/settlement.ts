import { assertDong, type Dong } from "../money/dong.js";

/** One line of the settlement: what was approved, and what the accepted cost allows under the norm. */
export interface SettlementLine {
  /** Support fixed at approval (the ceiling whatever the actual cost). */
  readonly approvedSupport: Dong;
  /**
   * The maximum the norm allows for the cost actually incurred and accepted (rate × accepted cost within the
   * cap); for a line without a norm, the accepted state share of the cost.
   */
  readonly allowedOnAcceptedCost: Dong;
}

export interface Settlement {
  /** Σ min(approved, allowed on the accepted cost): the support the State finally owes. */
  readonly finalSupport: Dong;
  /** What was already paid (advances and payments). */
  readonly paid: Dong;
  /** finalSupport − paid when positive: the last payment. */
  readonly finalPayment: Dong;
  /** paid − finalSupport when positive: what the beneficiary returns to the budget. */
  readonly refund: Dong;
}

/**
 * The settlement of a đề án (quyết toán): support is the lower of the approved amount and what the norm
 * allows on the accepted eligible cost; advances and payments are deducted, leaving a final payment or a
 * refund. Money is conserved: paid + finalPayment − refund = finalSupport.
 * (TT 36/2013 quyết toán step: unspent or ineligible advances are refunded; force majeure settles on the
 * actual volume — which the accepted cost already reflects.)
 */
export function settle(lines: readonly SettlementLine[], paid: Dong): Settlement {
  assertDong(paid, "số đã thanh toán");
  let finalSupport = 0;
  for (const line of lines) {
    assertDong(line.approvedSupport, "kinh phí được duyệt");
    assertDong(line.allowedOnAcceptedCost, "mức hỗ trợ theo chi phí nghiệm thu");
    finalSupport += Math.min(line.approvedSupport, line.allowedOnAcceptedCost);
  }
  const balance = finalSupport - paid;
  return { finalSupport, paid, finalPayment: Math.max(0, balance), refund: Math.max(0, -balance) };
}
