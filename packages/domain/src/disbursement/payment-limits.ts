import type { ActivityKind } from "../activities/activity-kind.js";
import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import type { RuleProblem } from "../legal/problem.js";
import { PROJECT_STATE_LABELS, type ProjectState } from "../lifecycle/project-lifecycle.js";
import { type BasisPoints, type Dong, formatDong } from "../money/dong.js";
import { advanceAllowance } from "./advance-rules.js";
import { PAYMENT_KIND_STATES, type PaymentKind } from "./payment-kind.js";

/**
 * The payments of a đề án stay within what was decided: the sum of its payments never exceeds the approved
 * support and, once settled, the final support; the payment after settlement never exceeds the balance the
 * settlement left. The national procedure's settlement step (TT 36/2013, old text) pays "the rest" after
 * acceptance and settlement and has unspent advances refunded; the article was not recorded.
 */
export const PAYMENT_CEILING_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.TT_36_2013,
  status: "VERIFIED_SUPERSEDED",
  note:
    "Bước tạm ứng, nghiệm thu và quyết toán của quy trình đề án khuyến công quốc gia (văn bản cũ): kinh phí hỗ trợ không vượt mức được phê duyệt, " +
    "phần còn lại thanh toán sau nghiệm thu, quyết toán; chưa xác minh số điều.",
};

const KIND_LABELS: Readonly<Record<PaymentKind, string>> = {
  ADVANCE: "tạm ứng",
  PAYMENT: "thanh toán",
  FINAL: "thanh toán sau quyết toán",
};

/** An activity of the đề án with the support approved on its budget lines, for its advance rule. */
export interface AdvanceActivity {
  readonly activityKind: ActivityKind;
  readonly approvedSupport: Dong;
}

/** The advance the activities allow together at the declared progress, with one explanation each. */
export function advanceLimitOf(
  activities: readonly AdvanceActivity[],
  progress: BasisPoints,
): { maximum: Dong; explanations: string[] } {
  let maximum = 0;
  const explanations: string[] = [];
  for (const activity of activities) {
    if (activity.approvedSupport === 0) continue;
    const allowance = advanceAllowance({ ...activity, progress, accepted: false });
    maximum += allowance.maximum;
    explanations.push(allowance.explanation);
  }
  return { maximum, explanations };
}

/** What is known of the đề án when a payment is asked for or paid. */
export interface PaymentFacts {
  readonly state: ProjectState;
  /** Fixed at approval; null before. */
  readonly approvedSupport: Dong | null;
  /** Fixed at settlement; null before. */
  readonly finalSupport: Dong | null;
  /** The balance the settlement left to pay; null before settlement. */
  readonly finalPayment: Dong | null;
  /**
   * The other requests already counted, by kind: when a request is made, those paid and those pending
   * (the implementer cannot ask twice for the same money); when it is paid, only those paid.
   */
  readonly counted: Readonly<Record<PaymentKind, Dong>>;
  /** Whether pending requests are in `counted` (when asking) or not (when paying); words the message. */
  readonly moment: "REQUEST" | "PAY";
  /** For an advance: the activities and the declared progress (share of the cost invested or works done). */
  readonly advance?: { readonly activities: readonly AdvanceActivity[]; readonly progress: BasisPoints };
}

/**
 * Why a payment of `kind` and `amount` may not be asked for or paid now; empty when it may. In order of
 * gravity: the state does not allow the kind (nothing else is checked), the amount is not a positive whole
 * number of đồng (nothing else is checked), the total would exceed the ceiling, a payment after settlement
 * would exceed the balance, an advance would exceed what the activities' advance rules allow.
 */
export function paymentProblems(facts: PaymentFacts, kind: PaymentKind, amount: number): RuleProblem[] {
  if (!PAYMENT_KIND_STATES[kind].includes(facts.state)) {
    return [
      {
        code: "INVALID_TRANSITION",
        message: `Không thể ${KIND_LABELS[kind]} khi đề án đang ở trạng thái "${PROJECT_STATE_LABELS[facts.state]}".`,
        citation: PAYMENT_CEILING_CITATION,
      },
    ];
  }
  if (!Number.isSafeInteger(amount) || amount <= 0)
    return [{ code: "BAD_USER_INPUT", field: "amount", message: "Số tiền phải là số nguyên đồng lớn hơn 0" }];
  const problems: RuleProblem[] = [];
  const counted = facts.counted.ADVANCE + facts.counted.PAYMENT + facts.counted.FINAL;
  const ceiling = facts.finalSupport ?? facts.approvedSupport ?? 0;
  if (counted + amount > ceiling) {
    problems.push({
      code: "CONFLICT",
      field: "amount",
      message: `Tổng số tiền ${facts.moment === "REQUEST" ? "đã và đang đề nghị" : "đã thanh toán"} sẽ là ${formatDong(counted + amount)}, vượt kinh phí hỗ trợ ${facts.finalSupport !== null ? "quyết toán" : "được duyệt"} ${formatDong(ceiling)}.`,
      citation: PAYMENT_CEILING_CITATION,
    });
  }
  if (kind === "FINAL" && facts.counted.FINAL + amount > (facts.finalPayment ?? 0)) {
    problems.push({
      code: "CONFLICT",
      field: "amount",
      message: `Số thanh toán sau quyết toán tối đa là ${formatDong(facts.finalPayment ?? 0)}.`,
      citation: PAYMENT_CEILING_CITATION,
    });
  }
  if (kind === "ADVANCE") {
    const limit = advanceLimitOf(facts.advance?.activities ?? [], facts.advance?.progress ?? 0);
    if (facts.counted.ADVANCE + amount > limit.maximum) {
      problems.push({
        code: "CONFLICT",
        field: "amount",
        message: `Tổng tạm ứng sẽ là ${formatDong(facts.counted.ADVANCE + amount)}, vượt mức được tạm ứng ${formatDong(limit.maximum)}. ${limit.explanations.join(" ")}`,
        citation: {
          document: LEGAL_DOCUMENTS.TTLT_26_2014,
          article: "Điều 8",
          status: "VERIFIED_SUPERSEDED",
          note: "Tạm ứng tối đa 70% theo hợp đồng; nhóm tạm ứng theo quy trình của TT 36/2013 (văn bản cũ).",
        },
      });
    }
  }
  return problems;
}
