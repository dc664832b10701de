/**
 * How far a rule's value was checked against the legal text it cites.
 *
 * - `VERIFIED`: read in the retrieved text of the cited document, which is in force.
 * - `VERIFIED_SUPERSEDED`: read in the text, but that text has since been replaced; the value is kept
 *   for the shape of the rule until the replacing text is found.
 * - `PARTLY_VERIFIED`: from a secondary source (press, summary, truncated text).
 * - `UNVERIFIED`: not found in any retrieved text; configuration until someone checks it ("chưa xác minh").
 */
export type VerificationStatus = "VERIFIED" | "VERIFIED_SUPERSEDED" | "PARTLY_VERIFIED" | "UNVERIFIED";

/** Vietnamese label of a verification status, as the admin app and reports show it. */
export const VERIFICATION_STATUS_LABELS: Readonly<Record<VerificationStatus, string>> = {
  VERIFIED: "Đã xác minh",
  VERIFIED_SUPERSEDED: "Đã xác minh (văn bản đã được thay thế)",
  PARTLY_VERIFIED: "Xác minh một phần",
  UNVERIFIED: "Chưa xác minh",
};

/** A place in a legal text: the document and, where known, its article, clause and point. */
export interface Citation {
  /** Short document reference as Vietnamese officials write it, e.g. "Nghị định 45/2012/NĐ-CP". */
  readonly document: string;
  /** e.g. "Điều 8" */
  readonly article?: string;
  /** e.g. "khoản 4" */
  readonly clause?: string;
  /** e.g. "điểm a" */
  readonly point?: string;
  /** What was and was not checked, in Vietnamese, when it matters to the reader. */
  readonly note?: string;
  readonly status: VerificationStatus;
}

/** Renders a citation the way a Vietnamese official reads it: "Điều 8 khoản 4 Thông tư 28/2018/TT-BTC". */
export function formatCitation(citation: Citation): string {
  const parts = [citation.point, citation.clause, citation.article].filter((p): p is string => Boolean(p));
  const head = parts.length > 0 ? `${parts.join(" ")} ${citation.document}` : citation.document;
  return citation.status === "VERIFIED" ? head : `${head} (${CITATION_SUFFIX[citation.status]})`;
}

/* What a reader must know when a citation is not verified in a text in force. */
const CITATION_SUFFIX: Readonly<Record<Exclude<VerificationStatus, "VERIFIED">, string>> = {
  VERIFIED_SUPERSEDED: "văn bản cũ, đã được thay thế",
  PARTLY_VERIFIED: "xác minh một phần",
  UNVERIFIED: "chưa xác minh",
};

/** The legal documents the rules cite, spelled once. */
export const LEGAL_DOCUMENTS = {
  ND_45_2012: "Nghị định 45/2012/NĐ-CP",
  ND_235_2025: "Nghị định 235/2025/NĐ-CP",
  ND_80_2021: "Nghị định 80/2021/NĐ-CP",
  ND_52_2018: "Nghị định 52/2018/NĐ-CP",
  LUAT_04_2017: "Luật Hỗ trợ doanh nghiệp nhỏ và vừa 04/2017/QH14",
  TT_46_2012: "Thông tư 46/2012/TT-BCT",
  TT_36_2013: "Thông tư 36/2013/TT-BCT",
  TT_28_2018: "Thông tư 28/2018/TT-BTC",
  TT_64_2024: "Thông tư 64/2024/TT-BTC",
  TTLT_26_2014: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT",
  TTLT_221_2012: "Thông tư liên tịch 221/2012/TTLT-BTC-BCT",
  TT_26_2014: "Thông tư 26/2014/TT-BCT",
  NQ_13_2025_HP: "Nghị quyết 13/2025/NQ-HĐND thành phố Hải Phòng",
  NQ_1669_2025: "Nghị quyết 1669/NQ-UBTVQH15",
  QD_PROGRAMME_HP: "Quyết định phê duyệt Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026–2030",
} as const;
