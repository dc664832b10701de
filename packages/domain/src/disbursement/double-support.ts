import type { ActivityKind } from "../activities/activity-kind.js";
import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";

/** Support a facility received or was approved for, from this programme or another recorded source. */
export interface PriorSupport {
  readonly facilityId: string;
  readonly activityKind: ActivityKind;
  /** The cost item, as written in the estimate. */
  readonly costItem: string;
  /** Where it came from: a đề án code, or another programme's reference. */
  readonly source: string;
  readonly year: number;
}

/** A cost item of the đề án being estimated or approved. */
export interface ProposedSupport {
  readonly facilityId: string;
  readonly activityKind: ActivityKind;
  readonly costItem: string;
}

export interface DoubleSupportFinding {
  readonly proposed: ProposedSupport;
  readonly prior: PriorSupport;
  /** `SAME_COST_ITEM` is the clear case; `SAME_ACTIVITY` needs the appraiser's judgement. */
  readonly match: "SAME_COST_ITEM" | "SAME_ACTIVITY";
  /** Vietnamese. */
  readonly message: string;
}

/**
 * The beneficiary commits that the same cost item gets no other State support (TTLT 26/2014 Điều 7,
 * V old; TT 28/2018 equivalent unverified); the decision (Điều 2 mục 5) asks to avoid overlaps with other
 * programmes.
 */
export const DOUBLE_SUPPORT_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.TTLT_26_2014,
  article: "Điều 7",
  status: "VERIFIED_SUPERSEDED",
  note: "Cam kết không nhận kinh phí nhà nước khác cho cùng nội dung chi; quy định tương ứng của TT 28/2018 chưa xác minh.",
};

/** Cost items compare without case, accents or extra spaces: "Máy ép  gạch" is "may ep gach". */
export function normaliseCostItem(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Finds, for each proposed cost item, prior support of the same facility for the same activity kind: the
 * same cost item is a clear double support; another item of the same activity kind is flagged for the
 * appraiser. Pure; the API refuses approval on a finding unless the department records why it is allowed.
 */
export function findDoubleSupport(
  proposed: readonly ProposedSupport[],
  prior: readonly PriorSupport[],
): DoubleSupportFinding[] {
  const findings: DoubleSupportFinding[] = [];
  for (const p of proposed) {
    for (const q of prior) {
      if (q.facilityId !== p.facilityId || q.activityKind !== p.activityKind) continue;
      const same = normaliseCostItem(q.costItem) === normaliseCostItem(p.costItem);
      findings.push({
        proposed: p,
        prior: q,
        match: same ? "SAME_COST_ITEM" : "SAME_ACTIVITY",
        message: same
          ? `Cơ sở đã được hỗ trợ "${q.costItem}" năm ${q.year} (${q.source}); không được hỗ trợ trùng cùng nội dung chi.`
          : `Cơ sở đã được hỗ trợ cùng loại hoạt động năm ${q.year} (${q.source}: "${q.costItem}"); cần xem xét có trùng lặp không.`,
      });
    }
  }
  return findings;
}
