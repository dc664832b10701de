import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";

/**
 * Production sectors that khuyến công supports. The first eight follow NĐ 45/2012 Điều 5 points a–g
 * (point c split into chemicals and building materials because building materials carry the brick-kiln
 * exclusion). The next five are the additions reported for NĐ 235/2025, whose exact wording was not
 * retrieved. `OTHER` is a line outside the list, which gets no support.
 */
export const SECTORS = [
  "AGRO_FOOD_PROCESSING",
  "CONSUMER_EXPORT_GOODS",
  "AGRICULTURAL_CHEMICALS",
  "BUILDING_MATERIALS",
  "MECHANICAL_ELECTRICAL_ELECTRONIC",
  "HANDICRAFTS",
  "MINING_MINERAL_PROCESSING",
  "CLEANER_PRODUCTION_POLLUTION_TREATMENT",
  "HIGH_TECH",
  "CLEAN_INDUSTRY",
  "ENERGY_SAVING",
  "ENVIRONMENTAL_INDUSTRY",
  "ENVIRONMENT_FRIENDLY_ENERGY",
  "OTHER",
] as const;

/** A production sector (ngành nghề) of a facility. */
export type Sector = (typeof SECTORS)[number];

/** Where a sector's support comes from in the law. */
export type SectorOrigin = "ND_45_ARTICLE_5" | "ND_235_ADDITION" | "OUTSIDE_LIST";

/** A sector with its Vietnamese label and legal source. */
export interface SectorInfo {
  readonly sector: Sector;
  readonly label: string;
  readonly origin: SectorOrigin;
  /** Letter of NĐ 45/2012 Điều 5 ("a" … "g", with "đ"), or `null` outside that article. */
  readonly point: string | null;
  readonly citation: Citation;
}

/*
 * NĐ 45 Điều 5 was read in its original text; NĐ 235/2025 amended the article, but its new text was not
 * retrieved, so the original points stand as "verified, superseded" until someone reads the new one.
 */
const article5 = (point: string): Citation => ({
  document: LEGAL_DOCUMENTS.ND_45_2012,
  article: "Điều 5",
  point: `điểm ${point}`,
  note: "Theo nguyên văn năm 2012; Nghị định 235/2025/NĐ-CP đã sửa đổi Điều 5, văn bản mới chưa được đối chiếu.",
  status: "VERIFIED_SUPERSEDED",
});

const ND_235_ADDITION: Citation = {
  document: LEGAL_DOCUMENTS.ND_235_2025,
  article: "Điều 1",
  note: "Ngành nghề bổ sung theo tin báo chí về Nghị định 235/2025/NĐ-CP; chưa đọc được nguyên văn Điều 5 mới.",
  status: "PARTLY_VERIFIED",
};

const OUTSIDE: Citation = {
  document: LEGAL_DOCUMENTS.ND_45_2012,
  article: "Điều 5",
  note: "Ngành nghề không có trong danh mục được hưởng chính sách khuyến công.",
  status: "VERIFIED_SUPERSEDED",
};

const entry = (sector: Sector, label: string, origin: SectorOrigin, point: string | null): SectorInfo => ({
  sector,
  label,
  origin,
  point,
  citation: point !== null ? article5(point) : origin === "ND_235_ADDITION" ? ND_235_ADDITION : OUTSIDE,
});

/** Every sector with its Vietnamese label, legal origin and citation. */
export const SECTOR_INFO: Readonly<Record<Sector, SectorInfo>> = {
  AGRO_FOOD_PROCESSING: entry(
    "AGRO_FOOD_PROCESSING",
    "Công nghiệp chế biến nông, lâm, thủy sản và chế biến thực phẩm",
    "ND_45_ARTICLE_5",
    "a",
  ),
  CONSUMER_EXPORT_GOODS: entry(
    "CONSUMER_EXPORT_GOODS",
    "Sản xuất hàng công nghiệp phục vụ tiêu dùng, xuất khẩu, hàng thay thế hàng nhập khẩu",
    "ND_45_ARTICLE_5",
    "b",
  ),
  AGRICULTURAL_CHEMICALS: entry(
    "AGRICULTURAL_CHEMICALS",
    "Công nghiệp hóa chất phục vụ sản xuất nông nghiệp, nông thôn",
    "ND_45_ARTICLE_5",
    "c",
  ),
  BUILDING_MATERIALS: entry("BUILDING_MATERIALS", "Sản xuất vật liệu xây dựng", "ND_45_ARTICLE_5", "c"),
  MECHANICAL_ELECTRICAL_ELECTRONIC: entry(
    "MECHANICAL_ELECTRICAL_ELECTRONIC",
    "Sản xuất sản phẩm, phụ tùng; lắp ráp, sửa chữa máy móc, thiết bị cơ khí, điện, điện tử - tin học; gia công chi tiết, công nghiệp hỗ trợ",
    "ND_45_ARTICLE_5",
    "d",
  ),
  HANDICRAFTS: entry("HANDICRAFTS", "Sản xuất hàng tiểu thủ công nghiệp", "ND_45_ARTICLE_5", "đ"),
  MINING_MINERAL_PROCESSING: entry(
    "MINING_MINERAL_PROCESSING",
    "Khai thác, chế biến khoáng sản (chỉ tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn)",
    "ND_45_ARTICLE_5",
    "e",
  ),
  CLEANER_PRODUCTION_POLLUTION_TREATMENT: entry(
    "CLEANER_PRODUCTION_POLLUTION_TREATMENT",
    "Áp dụng sản xuất sạch hơn; xử lý ô nhiễm môi trường tại cụm công nghiệp, cơ sở công nghiệp nông thôn",
    "ND_45_ARTICLE_5",
    "g",
  ),
  HIGH_TECH: entry("HIGH_TECH", "Sản xuất sản phẩm công nghệ cao", "ND_235_ADDITION", null),
  CLEAN_INDUSTRY: entry("CLEAN_INDUSTRY", "Công nghiệp sạch", "ND_235_ADDITION", null),
  ENERGY_SAVING: entry("ENERGY_SAVING", "Sản xuất tiết kiệm năng lượng", "ND_235_ADDITION", null),
  ENVIRONMENTAL_INDUSTRY: entry("ENVIRONMENTAL_INDUSTRY", "Công nghiệp môi trường", "ND_235_ADDITION", null),
  ENVIRONMENT_FRIENDLY_ENERGY: entry(
    "ENVIRONMENT_FRIENDLY_ENERGY",
    "Sản xuất năng lượng thân thiện với môi trường",
    "ND_235_ADDITION",
    null,
  ),
  OTHER: entry("OTHER", "Ngành nghề khác (ngoài danh mục được hỗ trợ)", "OUTSIDE_LIST", null),
};

/** Vietnamese label of each sector (a view of {@link SECTOR_INFO} for select boxes). */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = Object.fromEntries(
  SECTORS.map((s) => [s, SECTOR_INFO[s].label]),
) as Record<Sector, string>;
