import {
  ARTISAN_TITLE_LABELS,
  ARTISAN_TITLES,
  BUSINESS_FIELD_LABELS,
  BUSINESS_FIELDS,
  CLAY_BRICK_KILN_LABELS,
  CLAY_BRICK_KILNS,
  foldVietnamese,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  SECTOR_LABELS,
  SECTORS,
} from "@khuyencong/domain";
import type { FacilityInput } from "./facility.args.js";

/**
 * The columns of the facility import file, in the template's order. One list drives the template, the
 * parser and the error messages, so they cannot drift apart. Columns are found by their header, not their
 * position: a user who reorders or adds columns is not punished.
 */
export type ImportColumnKind = "text" | "enum" | "commune" | "money" | "workers" | "yesNo";

export interface ImportColumn {
  key: keyof FacilityInput;
  header: string;
  kind: ImportColumnKind;
  required?: boolean;
  /** For enum columns: code → Vietnamese label; the file holds the label (the code is accepted too). */
  labels?: Readonly<Record<string, string>>;
  example: string | number;
  width: number;
}

const enumColumn = <V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) =>
  Object.fromEntries(values.map((v) => [v, labels[v]])) as Record<string, string>;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: "name",
    header: "Tên cơ sở",
    kind: "text",
    required: true,
    example: "HTX Mây tre đan Chàng Sơn",
    width: 32,
  },
  {
    key: "legalForm",
    header: "Loại hình",
    kind: "enum",
    required: true,
    labels: enumColumn(LEGAL_FORMS, LEGAL_FORM_LABELS),
    example: LEGAL_FORM_LABELS.COOPERATIVE,
    width: 18,
  },
  { key: "taxCode", header: "Mã số thuế", kind: "text", example: "0201234567", width: 16 },
  { key: "representative", header: "Người đại diện", kind: "text", example: "Nguyễn Văn An", width: 22 },
  { key: "phone", header: "Điện thoại", kind: "text", example: "0912 345 678", width: 16 },
  { key: "hqAddress", header: "Địa chỉ trụ sở", kind: "text", example: "Thôn 1, xã An Hưng", width: 28 },
  {
    key: "productionCommuneCode",
    header: "Xã, phường, đặc khu nơi sản xuất",
    kind: "commune",
    required: true,
    example: "Xã An Hưng",
    width: 28,
  },
  {
    key: "productionAddress",
    header: "Địa chỉ nơi sản xuất",
    kind: "text",
    example: "Thôn 2, xã An Hưng",
    width: 28,
  },
  { key: "craftVillageName", header: "Làng nghề", kind: "text", example: "", width: 20 },
  {
    key: "craftVillageRecognised",
    header: "Làng nghề được thành phố công nhận",
    kind: "yesNo",
    example: "Không",
    width: 14,
  },
  {
    key: "sector",
    header: "Ngành nghề",
    kind: "enum",
    required: true,
    labels: enumColumn(SECTORS, SECTOR_LABELS),
    example: SECTOR_LABELS.HANDICRAFTS,
    width: 36,
  },
  {
    key: "clayBrickKiln",
    header: "Loại lò (gạch, ngói đất sét nung)",
    kind: "enum",
    labels: enumColumn(CLAY_BRICK_KILNS, CLAY_BRICK_KILN_LABELS),
    example: "",
    width: 20,
  },
  {
    key: "businessField",
    header: "Lĩnh vực (xác định quy mô doanh nghiệp)",
    kind: "enum",
    labels: enumColumn(BUSINESS_FIELDS, BUSINESS_FIELD_LABELS),
    example: BUSINESS_FIELD_LABELS.INDUSTRY_CONSTRUCTION,
    width: 24,
  },
  {
    key: "averageInsuredWorkers",
    header: "Số lao động BHXH bình quân năm",
    kind: "workers",
    example: 12,
    width: 14,
  },
  {
    key: "priorYearRevenue",
    header: "Doanh thu năm trước (đồng)",
    kind: "money",
    example: 2_500_000_000,
    width: 18,
  },
  { key: "totalCapital", header: "Tổng nguồn vốn (đồng)", kind: "money", example: 1_200_000_000, width: 18 },
  {
    key: "appliesCleanerProduction",
    header: "Áp dụng sản xuất sạch hơn",
    kind: "yesNo",
    example: "Không",
    width: 12,
  },
  {
    key: "isClusterInfrastructureInvestor",
    header: "Chủ đầu tư hạ tầng cụm công nghiệp",
    kind: "yesNo",
    example: "Không",
    width: 12,
  },
  {
    key: "artisanTitle",
    header: "Danh hiệu nghệ nhân",
    kind: "enum",
    labels: enumColumn(ARTISAN_TITLES, ARTISAN_TITLE_LABELS),
    example: "",
    width: 18,
  },
  { key: "artisanCraft", header: "Nghề của nghệ nhân", kind: "text", example: "", width: 18 },
  {
    key: "artisanIsHandicraft",
    header: "Nghệ nhân nghề thủ công mỹ nghệ",
    kind: "yesNo",
    example: "Không",
    width: 12,
  },
  { key: "inDisadvantagedArea", header: "Địa bàn khó khăn", kind: "yesNo", example: "Không", width: 12 },
  { key: "womenOwned", header: "Chủ cơ sở là phụ nữ", kind: "yesNo", example: "Có", width: 12 },
  {
    key: "employsEthnicMinorities",
    header: "Sử dụng lao động dân tộc thiểu số",
    kind: "yesNo",
    example: "Không",
    width: 12,
  },
];

/** Folded, lower-case, single-spaced: how headers, labels and commune names are compared. */
export function foldKey(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
}

export const YES = ["co", "x", "yes", "true", "1", "dung"];
export const NO = ["khong", "no", "false", "0", "sai"];
