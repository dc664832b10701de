import type { Dong } from "../money/dong.js";
import type { Sector } from "./sector.js";

/**
 * Legal form of a facility. The first five are the forms NĐ 45 Điều 1 khoản 2 điểm a names for a
 * rural industrial establishment; `INDIVIDUAL` exists because an artisan (điểm c) is a person.
 */
export const LEGAL_FORMS = [
  "ENTERPRISE",
  "COOPERATIVE",
  "UNION_OF_COOPERATIVES",
  "COOPERATIVE_GROUP",
  "HOUSEHOLD_BUSINESS",
  "INDIVIDUAL",
] as const;

/** Legal form of a facility: doanh nghiệp, HTX, liên hiệp HTX, tổ hợp tác, hộ kinh doanh or cá nhân. */
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Vietnamese label of a legal form. */
export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  ENTERPRISE: "Doanh nghiệp",
  COOPERATIVE: "Hợp tác xã",
  UNION_OF_COOPERATIVES: "Liên hiệp hợp tác xã",
  COOPERATIVE_GROUP: "Tổ hợp tác",
  HOUSEHOLD_BUSINESS: "Hộ kinh doanh",
  INDIVIDUAL: "Cá nhân",
};

/**
 * Business field for the SME size test (Nghị định 80/2021/NĐ-CP Điều 5–6): the enterprise's main
 * registered line. Agriculture and industry share thresholds; trade and services have their own.
 */
export const BUSINESS_FIELDS = ["INDUSTRY_CONSTRUCTION", "AGRI_FORESTRY_FISHERY", "TRADE_SERVICES"] as const;

/** Business field of an enterprise for the SME size test. */
export type BusinessField = (typeof BUSINESS_FIELDS)[number];

/** Vietnamese label of a business field, worded as in NĐ 80/2021. */
export const BUSINESS_FIELD_LABELS: Readonly<Record<BusinessField, string>> = {
  INDUSTRY_CONSTRUCTION: "Công nghiệp và xây dựng",
  AGRI_FORESTRY_FISHERY: "Nông nghiệp, lâm nghiệp và thủy sản",
  TRADE_SERVICES: "Thương mại và dịch vụ",
};

/**
 * What an enterprise declares for the SME size test (NĐ 80/2021 Điều 6–10). The enterprise
 * self-declares and must repay support obtained on a false declaration (Điều 10).
 */
export interface EnterpriseSizeData {
  readonly businessField: BusinessField;
  /**
   * Annual average of employees insured under social insurance (BHXH) in the previous year: the sum of
   * month-end counts ÷ 12 (Điều 7). May therefore be fractional.
   */
  readonly averageInsuredWorkers: number;
  /** Total revenue of the previous year from its financial statements (Điều 9); `null` when the
   * enterprise operated under a year or has no revenue yet, in which case only capital is tested. */
  readonly priorYearRevenue: Dong | null;
  /** Total capital (tổng nguồn vốn) on the previous year-end balance sheet (Điều 8); `null` if not declared. */
  readonly totalCapital: Dong | null;
}

/** A craft village (làng nghề) in which the facility produces. */
export interface CraftVillage {
  readonly name: string;
  /**
   * Whether the city People's Committee (UBND thành phố) has recognised the village under NĐ 52/2018
   * Điều 5. Only a recognised village lets a facility in a phường count as rural.
   */
  readonly recognisedByCity: boolean;
}

/**
 * Where the facility actually produces. Eligibility is tied to this place, not to the head office
 * (TT 46/2012 Điều 3 khoản 1 điểm d): an enterprise registered in a phường that produces in a xã is rural.
 */
export interface ProductionSite {
  /** Code of a Hải Phòng commune-level unit, e.g. `xa-an-hung` (see `HAI_PHONG_COMMUNES`). */
  readonly communeCode: string;
  /** Street address or village (thôn) of the workshop, for the officer's visit; not used by the rules. */
  readonly address?: string;
  /** The craft village the site lies in, if any. */
  readonly craftVillage?: CraftVillage;
}

/** Title awarded to an artisan by the State. */
export const ARTISAN_TITLES = ["PEOPLE_ARTISAN", "MERITORIOUS_ARTISAN"] as const;

/** Nghệ nhân nhân dân or nghệ nhân ưu tú. */
export type ArtisanTitle = (typeof ARTISAN_TITLES)[number];

/** Vietnamese label of an artisan title. */
export const ARTISAN_TITLE_LABELS: Readonly<Record<ArtisanTitle, string>> = {
  PEOPLE_ARTISAN: "Nghệ nhân nhân dân",
  MERITORIOUS_ARTISAN: "Nghệ nhân ưu tú",
};

/**
 * An artisan title held by the facility's owner or by the individual. Only titles in the handicraft
 * field (nghề thủ công mỹ nghệ) make someone a khuyến công beneficiary; the same titles are also awarded
 * in performing arts and other intangible heritage, which do not count.
 */
export interface ArtisanTitleHolding {
  readonly title: ArtisanTitle;
  /** The trade the title was awarded for, in Vietnamese, e.g. "Gốm sứ", "Chạm khắc gỗ". */
  readonly craft: string;
  /** True when the title was awarded in the field of nghề thủ công mỹ nghệ. */
  readonly isHandicraft: boolean;
}

/**
 * Kind of kiln of a clay-brick (gạch, ngói đất sét nung) producer. Improved-manual and Hoffmann
 * (lò vòng) kilns are excluded from support (TT 46/2012 Điều 5) because they pollute and waste fuel.
 */
export const CLAY_BRICK_KILNS = ["IMPROVED_MANUAL", "HOFFMANN", "VERTICAL_SHAFT", "TUNNEL", "OTHER"] as const;

/** Kiln type of a clay-brick producer. */
export type ClayBrickKiln = (typeof CLAY_BRICK_KILNS)[number];

/** Vietnamese label of a kiln type. */
export const CLAY_BRICK_KILN_LABELS: Readonly<Record<ClayBrickKiln, string>> = {
  IMPROVED_MANUAL: "Lò thủ công cải tiến",
  HOFFMANN: "Lò vòng (Hoffmann)",
  VERTICAL_SHAFT: "Lò đứng liên tục",
  TUNNEL: "Lò tuy-nen",
  OTHER: "Loại lò khác",
};

/** Kiln types whose producers get no khuyến công support (TT 46/2012 Điều 5). */
export const EXCLUDED_CLAY_BRICK_KILNS: readonly ClayBrickKiln[] = ["IMPROVED_MANUAL", "HOFFMANN"];

/**
 * A facility as eligibility judges it: a producer (or an artisan) that may receive khuyến công support.
 * Everything the rules need is here; identity and contact data live with the API's entity.
 */
export interface Facility {
  /** Name as registered, e.g. "HTX Gốm sứ Chu Đậu". */
  readonly name: string;
  readonly legalForm: LegalForm;
  /** SME size data; needed when `legalForm` is `ENTERPRISE` and the facility applies as a rural establishment. */
  readonly enterpriseSize?: EnterpriseSizeData;
  /** Registered head-office address; shown, never used to judge location (see {@link ProductionSite}). */
  readonly hqAddress?: string;
  readonly productionSite: ProductionSite;
  /** Main production line, by the sectors of NĐ 45/2012 Điều 5 (and the NĐ 235/2025 additions). */
  readonly sector: Sector;
  /** Present only for clay-brick producers. */
  readonly clayBrickKiln?: ClayBrickKiln;
  /** Applies, or registers to apply, cleaner production (sản xuất sạch hơn), sustainable production and consumption. */
  readonly appliesCleanerProduction: boolean;
  /** Invests in the infrastructure of an industrial cluster (chủ đầu tư hạ tầng cụm công nghiệp). */
  readonly isClusterInfrastructureInvestor: boolean;
  /** Artisan title of the individual or owner, if any. */
  readonly artisan?: ArtisanTitleHolding;
  /** Produces in an area with difficult or extremely difficult socio-economic conditions (địa bàn khó khăn, ĐBKK). */
  readonly inDisadvantagedArea: boolean;
  /** Owned or run by women: a priority under TT 64/2024, not a condition. */
  readonly womenOwned: boolean;
  /** Employs ethnic-minority workers: a priority under TT 64/2024, not a condition. */
  readonly employsEthnicMinorities: boolean;
}

/** The yes/no attributes of a facility, for forms and filters. */
export type FacilityFlag =
  | "appliesCleanerProduction"
  | "isClusterInfrastructureInvestor"
  | "inDisadvantagedArea"
  | "womenOwned"
  | "employsEthnicMinorities";

/** Vietnamese label of each facility flag, as a form's checkbox reads it. */
export const FACILITY_FLAG_LABELS: Readonly<Record<FacilityFlag, string>> = {
  appliesCleanerProduction: "Áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững",
  isClusterInfrastructureInvestor: "Chủ đầu tư xây dựng hạ tầng cụm công nghiệp",
  inDisadvantagedArea: "Sản xuất tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn",
  womenOwned: "Cơ sở do phụ nữ làm chủ",
  employsEthnicMinorities: "Cơ sở sử dụng lao động là người dân tộc thiểu số",
};
