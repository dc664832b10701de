import { ACTIVITY_KIND_INFO, ACTIVITY_KINDS, type ActivityKind } from "@khuyencong/domain";
import type { FacilityForm } from "./forms/facility-form";
import type { Translate } from "../../lib/i18n";
import { activityKindOptions } from "../../lib/labels";

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

/** Activities a facility can benefit from (those with no facility beneficiary are left out). */
export const beneficiaryActivityOptions = (t: Translate) =>
  activityKindOptions(
    t,
    ACTIVITY_KINDS.filter((k) => ACTIVITY_KIND_INFO[k].beneficiaries.length > 0),
  );

/** The activity the eligibility panel opens on: machinery is what most rural establishments ask for. */
export const DEFAULT_ACTIVITY: ActivityKind = "MACHINERY";

/** A criterion's verdict as the panel words it: passed, failed, or not deciding. */
export function verdict(passed: boolean | null | undefined): "pass" | "fail" | "unknown" {
  return passed === true ? "pass" : passed === false ? "fail" : "unknown";
}
