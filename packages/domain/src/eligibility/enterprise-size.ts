import type { BusinessField, EnterpriseSizeData } from "../facilities/facility.js";
import { BUSINESS_FIELD_LABELS } from "../facilities/facility.js";
import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import { assertDong, BILLION, type Dong } from "../money/dong.js";
import { formatBillions, formatCount } from "./format.js";

/** Size class of an enterprise under NĐ 80/2021 Điều 5; everything above `MEDIUM` is `LARGE`. */
export type EnterpriseSizeClass = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";

/** Size classes from smallest to largest: the order monotonicity is judged by. */
export const ENTERPRISE_SIZE_CLASSES: readonly EnterpriseSizeClass[] = ["MICRO", "SMALL", "MEDIUM", "LARGE"];

/** Vietnamese label of a size class. */
export const ENTERPRISE_SIZE_CLASS_LABELS: Readonly<Record<EnterpriseSizeClass, string>> = {
  MICRO: "Doanh nghiệp siêu nhỏ",
  SMALL: "Doanh nghiệp nhỏ",
  MEDIUM: "Doanh nghiệp vừa",
  LARGE: "Doanh nghiệp lớn (không phải doanh nghiệp nhỏ và vừa)",
};

/** Upper limits of one SME class: labour, and revenue or capital. All bounds are inclusive ("không quá"). */
export interface SmeLimits {
  readonly maxInsuredWorkers: number;
  readonly maxRevenue: Dong;
  readonly maxCapital: Dong;
}

/** The SME classes, i.e. every class but `LARGE`. */
export type SmeClass = Exclude<EnterpriseSizeClass, "LARGE">;

const limits = (maxInsuredWorkers: number, revenueTy: number, capitalTy: number): SmeLimits => ({
  maxInsuredWorkers,
  maxRevenue: revenueTy * BILLION,
  maxCapital: capitalTy * BILLION,
});

const PRODUCTION_LIMITS: Readonly<Record<SmeClass, SmeLimits>> = {
  MICRO: limits(10, 3, 3),
  SMALL: limits(100, 50, 20),
  MEDIUM: limits(200, 200, 100),
};

/**
 * NĐ 80/2021 Điều 5 khoản 1–3 thresholds in đồng, by business field. Agriculture-forestry-fishery and
 * industry-construction share one table; trade-services has its own.
 */
export const SME_LIMITS: Readonly<Record<BusinessField, Readonly<Record<SmeClass, SmeLimits>>>> = {
  INDUSTRY_CONSTRUCTION: PRODUCTION_LIMITS,
  AGRI_FORESTRY_FISHERY: PRODUCTION_LIMITS,
  TRADE_SERVICES: {
    MICRO: limits(10, 10, 3),
    SMALL: limits(50, 100, 50),
    MEDIUM: limits(100, 300, 100),
  },
};

/** Citation of the SME size test. */
export const SME_SIZE_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.ND_80_2021,
  article: "Điều 5",
  note: "Tiêu chí: số lao động tham gia BHXH bình quân năm và (tổng doanh thu năm hoặc tổng nguồn vốn); cách xác định tại Điều 6–9. Hướng dẫn Luật Hỗ trợ doanh nghiệp nhỏ và vừa 04/2017/QH14 Điều 4.",
  status: "VERIFIED",
};

/** Which declared figure placed the enterprise in its class, next to the labour test. */
export type SizeBasis = "REVENUE" | "CAPITAL" | "REVENUE_AND_CAPITAL";

/** The answer of {@link classifyEnterpriseSize}, with the figures it used so that it can be explained. */
export interface EnterpriseSizeClassification {
  /**
   * The class, or `null` when neither revenue nor capital was declared: the law needs one of them, and
   * calling such an enterprise "large" would be a statement the data does not support.
   */
  readonly size: EnterpriseSizeClass | null;
  /** True for MICRO, SMALL and MEDIUM. */
  readonly isSme: boolean;
  readonly businessField: BusinessField;
  readonly averageInsuredWorkers: number;
  readonly priorYearRevenue: Dong | null;
  readonly totalCapital: Dong | null;
  /** Limits of the class found; for `LARGE` (or `null`), the `MEDIUM` limits that were not met. */
  readonly limits: SmeLimits;
  /** The financial figure(s) within the class's limits; `null` for `LARGE` or undetermined. */
  readonly basis: SizeBasis | null;
  /** Vietnamese sentence stating the class and the figures compared. */
  readonly reason: string;
  readonly citation: Citation;
}

const SME_ORDER: readonly SmeClass[] = ["MICRO", "SMALL", "MEDIUM"];

function basisWithin(data: EnterpriseSizeData, l: SmeLimits): SizeBasis | null {
  const revenueOk = data.priorYearRevenue !== null && data.priorYearRevenue <= l.maxRevenue;
  const capitalOk = data.totalCapital !== null && data.totalCapital <= l.maxCapital;
  if (revenueOk && capitalOk) return "REVENUE_AND_CAPITAL";
  if (revenueOk) return "REVENUE";
  if (capitalOk) return "CAPITAL";
  return null;
}

function validate(data: EnterpriseSizeData): void {
  if (!Number.isFinite(data.averageInsuredWorkers) || data.averageInsuredWorkers < 0) {
    throw new RangeError(
      `số lao động tham gia BHXH bình quân phải là số không âm, nhận được ${String(data.averageInsuredWorkers)}`,
    );
  }
  if (data.priorYearRevenue !== null) assertDong(data.priorYearRevenue, "doanh thu năm trước");
  if (data.totalCapital !== null) assertDong(data.totalCapital, "tổng nguồn vốn");
}

/**
 * Classifies an enterprise under NĐ 80/2021 Điều 5: it belongs to the smallest class whose labour limit
 * it meets **and** whose revenue limit **or** capital limit it meets. A missing revenue (first year, no
 * revenue yet) leaves the capital test alone. Throws a `RangeError` on a negative or non-integer figure.
 */
export function classifyEnterpriseSize(data: EnterpriseSizeData): EnterpriseSizeClassification {
  validate(data);
  const table = SME_LIMITS[data.businessField];
  const field = BUSINESS_FIELD_LABELS[data.businessField].toLowerCase();
  const workers = formatCount(data.averageInsuredWorkers);
  const common = {
    businessField: data.businessField,
    averageInsuredWorkers: data.averageInsuredWorkers,
    priorYearRevenue: data.priorYearRevenue,
    totalCapital: data.totalCapital,
    citation: SME_SIZE_CITATION,
  };
  const revenueNote =
    data.priorYearRevenue === null ? " Chưa có doanh thu năm trước nên chỉ xét tiêu chí tổng nguồn vốn." : "";

  if (data.priorYearRevenue === null && data.totalCapital === null) {
    return {
      ...common,
      size: null,
      isSme: false,
      limits: table.MEDIUM,
      basis: null,
      reason: `Chưa xác định được quy mô doanh nghiệp, lĩnh vực ${field}: cần kê khai doanh thu năm trước hoặc tổng nguồn vốn.`,
    };
  }

  for (const size of SME_ORDER) {
    const l = table[size];
    if (data.averageInsuredWorkers > l.maxInsuredWorkers) continue;
    const basis = basisWithin(data, l);
    if (basis === null) continue;
    const figures: string[] = [];
    if (basis !== "CAPITAL" && data.priorYearRevenue !== null) {
      figures.push(
        `doanh thu năm trước ${formatBillions(data.priorYearRevenue)} (không quá ${formatBillions(l.maxRevenue)})`,
      );
    }
    if (basis !== "REVENUE" && data.totalCapital !== null) {
      figures.push(
        `tổng nguồn vốn ${formatBillions(data.totalCapital)} (không quá ${formatBillions(l.maxCapital)})`,
      );
    }
    return {
      ...common,
      size,
      isSme: true,
      limits: l,
      basis,
      reason:
        `${ENTERPRISE_SIZE_CLASS_LABELS[size]}, lĩnh vực ${field}: ${workers} lao động tham gia BHXH bình quân năm ` +
        `(không quá ${l.maxInsuredWorkers}) và ${figures.join(", ")}.${revenueNote}`,
    };
  }

  const m = table.MEDIUM;
  const overFinancials: string[] = [];
  if (data.priorYearRevenue !== null) {
    overFinancials.push(
      `doanh thu năm trước ${formatBillions(data.priorYearRevenue)} vượt mức ${formatBillions(m.maxRevenue)}`,
    );
  }
  if (data.totalCapital !== null) {
    overFinancials.push(
      `tổng nguồn vốn ${formatBillions(data.totalCapital)} vượt mức ${formatBillions(m.maxCapital)}`,
    );
  }
  // Labour over the limit is reason enough; otherwise every declared financial figure was over it.
  const overLabour = data.averageInsuredWorkers > m.maxInsuredWorkers;
  const exceeded = overLabour
    ? `${workers} lao động tham gia BHXH bình quân năm, vượt mức ${m.maxInsuredWorkers}`
    : overFinancials.join(" và ");
  return {
    ...common,
    size: "LARGE",
    isSme: false,
    limits: m,
    basis: null,
    reason: `${ENTERPRISE_SIZE_CLASS_LABELS.LARGE}, lĩnh vực ${field}: ${exceeded} của doanh nghiệp vừa.${overLabour ? "" : revenueNote}`,
  };
}
