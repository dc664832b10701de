import {
  type ActivityKind,
  CURRENT_PROGRAMME,
  type FundSource,
  isCalendarDate,
  PROJECT_FUND_SOURCES,
} from "@khuyencong/domain";
import type { Translate } from "../../../lib/i18n";

/** Field errors by field name; empty when the form may be sent. */
export type FieldErrors = Record<string, string>;

export interface ProjectHeaderValues {
  title: string;
  year: number | null;
  fundSource: FundSource | null;
  communeCode: string | null;
  proposedOn: string;
  objective: string;
  implementingUnitId: string | null;
  plannedStart: string;
  plannedEnd: string;
}

/** The funds a đề án may ask support from (the API refuses the others: they are not khuyến công money). */
export const PROJECT_FUNDS: readonly FundSource[] = PROJECT_FUND_SOURCES;

/** Checks a new đề án's header before it is sent; the years are the programme's. */
export function validateProjectHeader(
  t: Translate,
  v: ProjectHeaderValues,
  years: { first: number; last: number } = {
    first: CURRENT_PROGRAMME.firstYear,
    last: CURRENT_PROGRAMME.lastYear,
  },
): FieldErrors {
  const e: FieldErrors = {};
  if (!v.title.trim()) e.title = t("Vui lòng nhập tên đề án", "Enter the project's title");
  else if (v.title.trim().length > 500) e.title = t("Tên đề án tối đa 500 ký tự", "At most 500 characters");
  if (v.year === null) e.year = t("Vui lòng chọn năm kế hoạch", "Choose the plan year");
  else if (v.year < years.first || v.year > years.last)
    e.year = t(
      `Năm kế hoạch phải trong giai đoạn ${years.first}–${years.last}`,
      `The year must be within ${years.first}–${years.last}`,
    );
  if (!v.fundSource) e.fundSource = t("Vui lòng chọn nguồn kinh phí", "Choose the fund source");
  else if (!PROJECT_FUNDS.includes(v.fundSource))
    e.fundSource = t(
      "Đề án khuyến công đề nghị hỗ trợ từ kinh phí khuyến công quốc gia hoặc ngân sách thành phố",
      "A project asks support from the national fund or the city budget",
    );
  if (!v.communeCode) e.communeCode = t("Vui lòng chọn địa bàn thực hiện", "Choose the commune");
  if (!v.proposedOn) e.proposedOn = t("Vui lòng nhập ngày đề án", "Enter the project's date");
  else if (!isCalendarDate(v.proposedOn)) e.proposedOn = t("Ngày không hợp lệ", "Invalid date");
  else if (v.year !== null && Number(v.proposedOn.slice(0, 4)) > v.year)
    e.proposedOn = t(
      "Ngày đề án không được sau năm kế hoạch",
      "The project's date cannot be after its plan year",
    );
  if (v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart)
    e.plannedEnd = t("Ngày kết thúc phải sau ngày bắt đầu", "The end must be after the start");
  return e;
}

export interface ActivityValues {
  activityKind: ActivityKind | null;
  targetLineId: string | null;
  plannedQuantity: number | null;
  description: string;
  machineryIsNew: boolean;
  machineryImproves: boolean;
  demonstrationSuperior: boolean;
  overseasFairsThisYear: number | null;
}

/** The machinery questions matter for machinery and technology lines (NĐ 45 Điều 4 as amended). */
export const asksMachinery = (k: ActivityKind | null) => k === "MACHINERY" || k === "TECHNOLOGY_LINE";
export const asksDemonstration = (k: ActivityKind | null) => k === "DEMONSTRATION_MODEL";
export const asksOverseasFairs = (k: ActivityKind | null) => k === "OVERSEAS_FAIR_PARTICIPATION";

export function validateActivity(t: Translate, v: ActivityValues): FieldErrors {
  const e: FieldErrors = {};
  if (!v.activityKind) e.activityKind = t("Vui lòng chọn loại hoạt động", "Choose the kind of activity");
  if (!v.targetLineId) e.targetLineId = t("Vui lòng chọn dòng chỉ tiêu", "Choose the target line");
  if (v.plannedQuantity === null)
    e.plannedQuantity = t("Vui lòng nhập số lượng dự kiến", "Enter the quantity");
  else if (!Number.isInteger(v.plannedQuantity) || v.plannedQuantity < 1)
    e.plannedQuantity = t("Số lượng dự kiến là số nguyên từ 1", "A whole number from 1");
  if (
    asksOverseasFairs(v.activityKind) &&
    v.overseasFairsThisYear !== null &&
    (!Number.isInteger(v.overseasFairsThisYear) || v.overseasFairsThisYear < 0)
  )
    e.overseasFairsThisYear = t("Số nguyên từ 0", "A whole number from 0");
  return e;
}

/** The activity input the API takes: flags only for the kinds they concern. */
export function activityInput(v: ActivityValues) {
  return {
    activityKind: v.activityKind as ActivityKind,
    targetLineId: v.targetLineId as string,
    plannedQuantity: v.plannedQuantity as number,
    description: v.description.trim(),
    machineryIsNew: asksMachinery(v.activityKind) ? v.machineryIsNew : null,
    machineryImproves: asksMachinery(v.activityKind) ? v.machineryImproves : null,
    demonstrationSuperior: asksDemonstration(v.activityKind) ? v.demonstrationSuperior : null,
    overseasFairsThisYear: asksOverseasFairs(v.activityKind) ? (v.overseasFairsThisYear ?? 0) : null,
  };
}

export interface BudgetLineValues {
  activityId: string | null;
  facilityId: string | null;
  costItem: string;
  cost: number | null;
  requestedSupport: number | null;
}

export function validateBudgetLine(t: Translate, v: BudgetLineValues): FieldErrors {
  const e: FieldErrors = {};
  if (!v.activityId) e.activityId = t("Vui lòng chọn nội dung hoạt động", "Choose the activity");
  if (!v.costItem.trim()) e.costItem = t("Vui lòng nhập hạng mục chi", "Enter the cost item");
  if (v.cost === null) e.cost = t("Vui lòng nhập chi phí", "Enter the cost");
  else if (!Number.isSafeInteger(v.cost) || v.cost <= 0)
    e.cost = t("Chi phí là số đồng nguyên lớn hơn 0", "The cost is a whole number of đồng above 0");
  if (v.requestedSupport === null)
    e.requestedSupport = t("Vui lòng nhập kinh phí đề nghị hỗ trợ", "Enter the support asked for");
  else if (!Number.isSafeInteger(v.requestedSupport) || v.requestedSupport < 0)
    e.requestedSupport = t("Số đồng nguyên từ 0", "A whole number of đồng from 0");
  else if (v.cost !== null && v.requestedSupport > v.cost)
    e.requestedSupport = t(
      "Kinh phí đề nghị hỗ trợ không được lớn hơn chi phí",
      "The support asked for cannot exceed the cost",
    );
  return e;
}

/** The header's fields: the server's refusal of one (`input.proposedOn`) is shown under it. */
export const PROJECT_HEADER_FIELDS: readonly (keyof ProjectHeaderValues)[] = [
  "title",
  "year",
  "fundSource",
  "communeCode",
  "proposedOn",
  "objective",
  "implementingUnitId",
  "plannedStart",
  "plannedEnd",
];
