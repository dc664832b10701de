import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";

/** Date NĐ 235/2025/NĐ-CP took effect (`YYYY-MM-DD`), replacing NĐ 45/2012 Điều 1 khoản 2 (subjects). */
export const ND_235_IN_FORCE_FROM = "2025-10-15";

const ND_235_REPLACED = "Theo nội dung được Nghị định 235/2025/NĐ-CP thay thế, có hiệu lực từ 15/10/2025.";

const subjects = (point: string, status: Citation["status"], extra = ""): Citation => ({
  document: LEGAL_DOCUMENTS.ND_45_2012,
  article: "Điều 1",
  clause: "khoản 2",
  point: `điểm ${point}`,
  note: `${ND_235_REPLACED}${extra}`,
  status,
});

/**
 * Citations of the eligibility rules, each with an honest verification status: `VERIFIED` where the
 * text in force was read, `VERIFIED_SUPERSEDED` for rules read only in replaced texts (TT 46/2012),
 * `PARTLY_VERIFIED` where only press or summaries were found.
 */
export const ELIGIBILITY_CITATIONS = {
  /** NĐ 235/2025 itself: date of effect from press reports; its article numbering was not retrieved. */
  ND_235_EFFECT: {
    document: LEGAL_DOCUMENTS.ND_235_2025,
    note: "Ký ngày 27/8/2025, có hiệu lực từ 15/10/2025 (theo tin báo chí và dự thảo quyết định của thành phố).",
    status: "PARTLY_VERIFIED",
  },
  /** Rural industrial establishments: forms and places (point a). */
  SUBJECTS_RURAL: subjects("a", "VERIFIED"),
  /** Cleaner-production establishments and cluster-infrastructure investors (point b). */
  SUBJECTS_CLEANER_AND_CLUSTER: subjects("b", "VERIFIED"),
  /** People's and Meritorious Artisans in handicrafts (point c): inferred from the city's draft and press. */
  SUBJECTS_ARTISAN: subjects(
    "c",
    "PARTLY_VERIFIED",
    " Điểm c suy ra từ dự thảo quyết định của thành phố và tin báo chí; chưa đọc được nguyên văn.",
  ),
  /** The place rule of point a, judged at the production site. */
  PRODUCTION_SITE: subjects(
    "a",
    "VERIFIED",
    " Địa điểm xét là nơi trực tiếp sản xuất, không phải trụ sở (Thông tư 46/2012/TT-BCT Điều 3 khoản 1 điểm d, văn bản cũ).",
  ),
  /** No size or location limit for cleaner-production establishments: old text, assumed still true. */
  CLEANER_PRODUCTION_NO_LIMIT: {
    document: LEGAL_DOCUMENTS.TT_46_2012,
    article: "Điều 3",
    clause: "khoản 2",
    note: "Cơ sở áp dụng sản xuất sạch hơn không bị giới hạn quy mô, địa bàn theo văn bản cũ; giả định vẫn áp dụng sau Nghị định 235/2025/NĐ-CP (chưa xác minh).",
    status: "VERIFIED_SUPERSEDED",
  },
  /** Activities of a đề án (NĐ 45 Điều 4, rewritten by NĐ 235/2025). */
  ACTIVITY_CONTENT: {
    document: LEGAL_DOCUMENTS.ND_45_2012,
    article: "Điều 4",
    note: "Nội dung hoạt động khuyến công được Nghị định 235/2025/NĐ-CP viết lại; nguyên văn mới chỉ xác minh một phần.",
    status: "PARTLY_VERIFIED",
  },
  /** Clay-brick kilns excluded from support. */
  BRICK_KILN_EXCLUSION: {
    document: LEGAL_DOCUMENTS.TT_46_2012,
    article: "Điều 5",
    note: "Không hỗ trợ cơ sở sản xuất gạch, ngói đất sét nung bằng lò thủ công cải tiến, lò vòng (Hoffmann).",
    status: "VERIFIED_SUPERSEDED",
  },
  /** Per-activity conditions: new machinery, superior demonstration technology, two overseas fairs a year. */
  ACTIVITY_CONDITIONS: {
    document: LEGAL_DOCUMENTS.TT_46_2012,
    article: "Điều 4",
    note: "Điều kiện theo văn bản cũ; văn bản thay thế chưa được đối chiếu.",
    status: "VERIFIED_SUPERSEDED",
  },
  /** Enterprise founding is supported only in disadvantaged areas (named in the spending item itself). */
  ENTERPRISE_FOUNDING_AREA: {
    document: LEGAL_DOCUMENTS.TT_28_2018,
    article: "Điều 8",
    note: "Nội dung chi “thành lập doanh nghiệp sản xuất công nghiệp nông thôn tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn” theo bản tóm tắt; sửa đổi của Thông tư 64/2024/TT-BTC chưa xác minh.",
    status: "PARTLY_VERIFIED",
  },
} as const satisfies Record<string, Citation>;
