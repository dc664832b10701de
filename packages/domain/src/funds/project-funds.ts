import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import type { RuleProblem } from "../legal/problem.js";
import type { Dong } from "../money/dong.js";
import { FUND_SOURCES, type FundSource, normLevelOf } from "./fund-source.js";

/**
 * The funds a đề án khuyến công asks support from: the State's khuyến công money, national (KCQG) or the
 * city's (KCĐP) — the sources that have norms. The decision's other sources (the establishment's own
 * counterpart, integrated programmes, other lawful sources, mục V.1) finance the programme beside the
 * đề án, never as the support a đề án asks for.
 */
export const PROJECT_FUND_SOURCES: readonly FundSource[] = Object.freeze(
  FUND_SOURCES.filter((source) => normLevelOf(source) !== null),
);

/** Điều 1 mục V of the decision lists the sources; mục V.2 sets the national and city budgets apart. */
export const PROJECT_FUNDS_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.QD_PROGRAMME_HP,
  article: "Điều 1",
  clause: "mục V",
  status: "VERIFIED",
};

/** True when a đề án may ask support from `source`. */
export function isProjectFundSource(source: unknown): source is FundSource {
  return typeof source === "string" && (PROJECT_FUND_SOURCES as readonly string[]).includes(source);
}

/** Why a đề án may not ask support from `source`; null when it may. Field `fundSource`. */
export function projectFundProblem(source: unknown): RuleProblem | null {
  return isProjectFundSource(source)
    ? null
    : {
        code: "BAD_USER_INPUT",
        field: "fundSource",
        message: "Đề án khuyến công đề nghị hỗ trợ từ kinh phí khuyến công quốc gia hoặc ngân sách thành phố",
        citation: PROJECT_FUNDS_CITATION,
      };
}

/**
 * The beneficiary invests or commits the counterpart, the cost minus the State's support (TTLT 26/2014
 * Điều 7, old text; the equivalent of TT 28/2018 was not found): the support asked for a cost item is at
 * most its cost.
 */
export const COUNTERPART_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.TTLT_26_2014,
  article: "Điều 7",
  status: "VERIFIED_SUPERSEDED",
  note: "Cơ sở thụ hưởng đã đầu tư hoặc cam kết phần vốn đối ứng (tổng chi phí trừ kinh phí hỗ trợ); quy định tương ứng của TT 28/2018 chưa xác minh.",
};

/** One line of a đề án's estimate (dự toán). */
export interface BudgetLineAmounts {
  readonly cost: Dong;
  readonly requestedSupport: Dong;
}

/** Why a line's amounts are refused (field `requestedSupport`); empty when the support fits the cost. */
export function budgetLineProblems(line: BudgetLineAmounts): RuleProblem[] {
  return line.requestedSupport > line.cost
    ? [
        {
          code: "BAD_USER_INPUT",
          field: "requestedSupport",
          message: "Kinh phí đề nghị hỗ trợ không được lớn hơn chi phí",
          citation: COUNTERPART_CITATION,
        },
      ]
    : [];
}

/** The beneficiary's counterpart on a line: its cost minus the support asked. */
export function counterpartOf(line: BudgetLineAmounts): Dong {
  return line.cost - line.requestedSupport;
}
