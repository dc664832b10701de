import {
  ACTIVITY_KIND_INFO,
  ACTIVITY_KINDS,
  type ActivityKind,
  ARTISAN_TITLE_LABELS,
  ARTISAN_TITLES,
  BUSINESS_FIELD_LABELS,
  BUSINESS_FIELDS,
  CLAY_BRICK_KILN_LABELS,
  CLAY_BRICK_KILNS,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  SECTOR_LABELS,
  SECTORS,
} from "@khuyencong/domain";
import type { FacilityForm } from "./facility-form";

/** Every field of the facility form, in Vietnamese and English, as the form and the detail view show it. */
export const FACILITY_FIELD_LABELS: Readonly<Record<keyof FacilityForm, readonly [string, string]>> = {
  name: ["Tên cơ sở", "Name"],
  legalForm: ["Loại hình", "Legal form"],
  taxCode: ["Mã số thuế / số ĐKKD", "Tax / registration number"],
  representative: ["Người đại diện", "Representative"],
  phone: ["Điện thoại", "Telephone"],
  hqAddress: ["Địa chỉ trụ sở", "Head-office address"],
  productionCommuneCode: ["Xã, phường, đặc khu nơi sản xuất", "Commune of the production site"],
  productionAddress: ["Địa chỉ nơi sản xuất", "Production site address"],
  craftVillageName: ["Làng nghề", "Craft village"],
  craftVillageRecognised: [
    "Làng nghề đã được UBND thành phố công nhận",
    "Craft village recognised by the city",
  ],
  sector: ["Ngành nghề sản xuất chính", "Main sector"],
  clayBrickKiln: ["Loại lò nung (gạch, ngói đất sét nung)", "Kiln type (clay bricks)"],
  businessField: ["Lĩnh vực hoạt động (xác định quy mô doanh nghiệp)", "Business field (enterprise size)"],
  averageInsuredWorkers: [
    "Số lao động tham gia BHXH bình quân năm trước",
    "Average insured workers last year",
  ],
  priorYearRevenue: ["Doanh thu năm trước (đồng)", "Revenue last year (đồng)"],
  totalCapital: ["Tổng nguồn vốn cuối năm trước (đồng)", "Total capital at last year-end (đồng)"],
  appliesCleanerProduction: [
    "Áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững",
    "Applies cleaner, sustainable production",
  ],
  isClusterInfrastructureInvestor: [
    "Chủ đầu tư hạ tầng cụm công nghiệp",
    "Investor in industrial-cluster infrastructure",
  ],
  artisanTitle: ["Danh hiệu nghệ nhân", "Artisan title"],
  artisanCraft: ["Nghề được phong danh hiệu", "Craft of the title"],
  artisanIsHandicraft: ["Danh hiệu thuộc nghề thủ công mỹ nghệ", "Title in handicrafts"],
  inDisadvantagedArea: [
    "Sản xuất tại địa bàn có điều kiện kinh tế - xã hội khó khăn",
    "Produces in a disadvantaged area",
  ],
  womenOwned: ["Chủ cơ sở hoặc người điều hành là phụ nữ", "Owned or run by women"],
  employsEthnicMinorities: ["Sử dụng lao động là người dân tộc thiểu số", "Employs ethnic-minority workers"],
};

const options = <V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const LEGAL_FORM_OPTIONS = options(LEGAL_FORMS, LEGAL_FORM_LABELS);
export const SECTOR_OPTIONS = options(SECTORS, SECTOR_LABELS);
export const BUSINESS_FIELD_OPTIONS = options(BUSINESS_FIELDS, BUSINESS_FIELD_LABELS);
export const CLAY_BRICK_KILN_OPTIONS = options(CLAY_BRICK_KILNS, CLAY_BRICK_KILN_LABELS);
export const ARTISAN_TITLE_OPTIONS = options(ARTISAN_TITLES, ARTISAN_TITLE_LABELS);

/** Activities a facility can benefit from (those with no facility beneficiary are left out). */
export const BENEFICIARY_ACTIVITY_OPTIONS = ACTIVITY_KINDS.filter(
  (k) => ACTIVITY_KIND_INFO[k].beneficiaries.length > 0,
).map((value) => ({ value, label: ACTIVITY_KIND_INFO[value].label }));

/** The activity the eligibility panel opens on: machinery is what most rural establishments ask for. */
export const DEFAULT_ACTIVITY: ActivityKind = "MACHINERY";

export {
  ACTIVITY_KIND_INFO,
  ARTISAN_TITLE_LABELS,
  BUSINESS_FIELD_LABELS,
  CLAY_BRICK_KILN_LABELS,
  LEGAL_FORM_LABELS,
  SECTOR_LABELS,
};

/** A criterion's verdict as the panel words it: passed, failed, or not deciding. */
export function verdict(passed: boolean | null | undefined): "pass" | "fail" | "unknown" {
  return passed === true ? "pass" : passed === false ? "fail" : "unknown";
}

/** Today in the API's date form (YYYY-MM-DD), in the user's time zone. */
export function todayIso(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}

/** Roles that may register, edit and import facilities (Mutation.createFacility, importFacilities). */
export const FACILITY_WRITERS: readonly string[] = ["DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT"];
