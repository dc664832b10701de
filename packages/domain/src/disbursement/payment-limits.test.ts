import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MILLION } from "../money/dong.js";
import { advanceLimitOf, type PaymentFacts, paymentProblems } from "./payment-limits.js";

const none = { ADVANCE: 0, PAYMENT: 0, FINAL: 0 };

/** A contracted machinery đề án with 300 trđ approved (TT 28/2018 Đ8 k4's cap). */
const contracted: PaymentFacts = {
  state: "CONTRACTED",
  approvedSupport: 300 * MILLION,
  finalSupport: null,
  finalPayment: null,
  counted: none,
  moment: "REQUEST",
  advance: { activities: [{ activityKind: "MACHINERY", approvedSupport: 300 * MILLION }], progress: 7500 },
};

describe("payment limits", () => {
  it("allow an advance within 70 % once over 70 % of the machinery cost is invested", () => {
    expect(paymentProblems(contracted, "ADVANCE", 210 * MILLION)).toEqual([]);
  });

  it("refuse the kind the state does not allow, naming the state, and check nothing else", () => {
    const problems = paymentProblems({ ...contracted, state: "APPROVED" }, "ADVANCE", -1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: "INVALID_TRANSITION",
      message: 'Không thể tạm ứng khi đề án đang ở trạng thái "Đã phê duyệt".',
    });
    expect(paymentProblems(contracted, "FINAL", 1)[0]?.code).toBe("INVALID_TRANSITION");
  });

  it("refuse an amount that is not a positive whole number of đồng", () => {
    for (const amount of [0, -5, 1.5, Number.MAX_SAFE_INTEGER + 1])
      expect(paymentProblems(contracted, "ADVANCE", amount)).toEqual([
        { code: "BAD_USER_INPUT", field: "amount", message: "Số tiền phải là số nguyên đồng lớn hơn 0" },
      ]);
  });

  it("keep the total within the approved support, counting what is pending when asking", () => {
    const accepted: PaymentFacts = {
      ...contracted,
      state: "ACCEPTED",
      counted: { ADVANCE: 210 * MILLION, PAYMENT: 50 * MILLION, FINAL: 0 },
    };
    expect(paymentProblems(accepted, "PAYMENT", 40 * MILLION)).toEqual([]);
    const [over] = paymentProblems(accepted, "PAYMENT", 40 * MILLION + 1);
    expect(over).toMatchObject({ code: "CONFLICT", field: "amount" });
    expect(over?.message).toBe(
      "Tổng số tiền đã và đang đề nghị sẽ là 300.000.001 ₫, vượt kinh phí hỗ trợ được duyệt 300.000.000 ₫.",
    );
    expect(over?.citation?.status).toBe("VERIFIED_SUPERSEDED");
    expect(paymentProblems({ ...accepted, moment: "PAY" }, "PAYMENT", 50 * MILLION)[0]?.message).toContain(
      "Tổng số tiền đã thanh toán sẽ là",
    );
  });

  it("after settlement, cap the total at the final support and the last payment at the balance", () => {
    const settled: PaymentFacts = {
      ...contracted,
      state: "SETTLED",
      finalSupport: 250 * MILLION,
      finalPayment: 40 * MILLION,
      counted: { ADVANCE: 210 * MILLION, PAYMENT: 0, FINAL: 0 },
    };
    expect(paymentProblems(settled, "FINAL", 40 * MILLION)).toEqual([]);
    const problems = paymentProblems(settled, "FINAL", 41 * MILLION);
    expect(problems.map((p) => p.message)).toEqual([
      "Tổng số tiền đã và đang đề nghị sẽ là 251.000.000 ₫, vượt kinh phí hỗ trợ quyết toán 250.000.000 ₫.",
      "Số thanh toán sau quyết toán tối đa là 40.000.000 ₫.",
    ]);
  });

  it("refuse an advance above what the activities' rules allow, with their explanations", () => {
    const early = { ...contracted, advance: { ...contracted.advance!, progress: 5000 } };
    const [problem] = paymentProblems(early, "ADVANCE", 1);
    expect(problem?.message).toContain("vượt mức được tạm ứng 0 ₫");
    expect(problem?.message).toContain("chưa vượt 70%");
    expect(problem?.citation).toMatchObject({ article: "Điều 8" });
  });

  it("never let the counted total plus an accepted amount exceed the ceiling", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 * MILLION }),
        fc.integer({ min: 0, max: 1000 * MILLION }),
        fc.integer({ min: 1, max: 1000 * MILLION }),
        (approved, paid, amount) => {
          const facts: PaymentFacts = {
            ...contracted,
            state: "ACCEPTED",
            approvedSupport: approved,
            counted: { ...none, PAYMENT: paid },
          };
          const ok = paymentProblems(facts, "PAYMENT", amount).length === 0;
          return ok === paid + amount <= approved;
        },
      ),
    );
  });
});

describe("advanceLimitOf", () => {
  it("sums the activities' allowances and skips those with nothing approved", () => {
    const limit = advanceLimitOf(
      [
        { activityKind: "TRAINING", approvedSupport: 100 * MILLION },
        { activityKind: "MACHINERY", approvedSupport: 0 },
        { activityKind: "MACHINERY", approvedSupport: 300 * MILLION },
      ],
      7001,
    );
    expect(limit.maximum).toBe(70 * MILLION + 210 * MILLION);
    expect(limit.explanations).toHaveLength(2);
  });
});
