import {
  ACTIVITY_KIND_INFO,
  ACTIVITY_KINDS,
  type ActivityKind,
  ARTISAN_TITLE_LABELS,
  ARTISAN_TITLES,
  type ArtisanTitle,
  BUSINESS_FIELD_LABELS,
  BUSINESS_FIELDS,
  type BusinessField,
  CLAY_BRICK_KILN_LABELS,
  CLAY_BRICK_KILNS,
  type ClayBrickKiln,
  FUND_SOURCE_LABELS,
  FUND_SOURCES,
  type FundSource,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  type LegalForm,
  SECTOR_LABELS,
  SECTORS,
  type Sector,
} from "@khuyencong/domain";
import type { Translate } from "./i18n";

const FUND_SOURCE_EN: Readonly<Record<FundSource, string>> = {
  NATIONAL_FUND: "National industrial-extension fund",
  CITY_BUDGET: "City budget (local industrial extension)",
  COUNTERPART: "Establishment's counterpart funds",
  INTEGRATED: "Funds integrated from other programmes",
  OTHER: "Other lawful sources",
};

/** A fund source's name in the user's language (Vietnamese names are the decision's). */
export function fundSourceLabel(t: Translate, fund: FundSource): string {
  return t(FUND_SOURCE_LABELS[fund], FUND_SOURCE_EN[fund]);
}

/** The fund sources as Select options, in the decision's order. */
export function fundSourceOptions(t: Translate): { value: FundSource; label: string }[] {
  return FUND_SOURCES.map((f) => ({ value: f, label: fundSourceLabel(t, f) }));
}

// The domain's names are the law's Vietnamese words; English mode shows these translations instead.

const ACTIVITY_KIND_EN: Record<ActivityKind, string> = {
  DEMONSTRATION_MODEL: "Technical demonstration model",
  REPLICATION_MODEL: "Replicating an effective production model",
  MACHINERY: "Advanced machinery, technology transfer",
  TECHNOLOGY_LINE: "Advanced technology line",
  ENTERPRISE_FOUNDING: "Founding a rural industrial enterprise in a disadvantaged area",
  FAIR_ORGANISATION: "Organising fairs and exhibitions",
  FAIR_PARTICIPATION: "Domestic fair participation (booth)",
  OVERSEAS_FAIR_PARTICIPATION: "Overseas fair participation",
  PRODUCT_CONTEST: "Selecting outstanding rural industrial products",
  TRADEMARK: "Building and registering a trademark",
  SHOWROOM: "Product showroom",
  CONSULTING: "Hiring consultants",
  TRAINING: "Training",
  ARTISAN_TEACHING: "Artisans teaching their craft",
  ASSOCIATION: "Founding an association",
  LINKAGE_CLUSTER: "Industry linkage clusters, value chains",
  FACILITY_ENVIRONMENT: "Pollution treatment at a rural facility",
  CLUSTER_ENVIRONMENT: "Pollution treatment at an industrial cluster",
  POLLUTION_RELOCATION_INTEREST: "Interest on loans to relocate polluting facilities",
  CLUSTER_INFRASTRUCTURE: "Industrial cluster infrastructure and planning",
  CLEANER_PRODUCTION_ASSESSMENT: "Cleaner production assessment",
  COMMUNICATION: "Information and communication",
  PROGRAMME_MANAGEMENT: "Programme management capacity",
};

export const activityKindLabel = (t: Translate, k: string) =>
  t(ACTIVITY_KIND_INFO[k as ActivityKind]?.label ?? k, ACTIVITY_KIND_EN[k as ActivityKind] ?? k);

export const activityKindOptions = (t: Translate, only?: readonly string[]) =>
  ACTIVITY_KINDS.filter((k) => !only || only.length === 0 || only.includes(k)).map((k) => ({
    value: k,
    label: activityKindLabel(t, k),
  }));

const LEGAL_FORM_EN: Readonly<Record<LegalForm, string>> = {
  ENTERPRISE: "Enterprise",
  COOPERATIVE: "Cooperative",
  UNION_OF_COOPERATIVES: "Union of cooperatives",
  COOPERATIVE_GROUP: "Cooperative group",
  HOUSEHOLD_BUSINESS: "Household business",
  INDIVIDUAL: "Individual",
};

const SECTOR_EN: Readonly<Record<Sector, string>> = {
  AGRO_FOOD_PROCESSING: "Processing of farm, forest and fishery products; food processing",
  CONSUMER_EXPORT_GOODS: "Industrial goods for consumption, export or import substitution",
  AGRICULTURAL_CHEMICALS: "Chemicals for agriculture and rural areas",
  BUILDING_MATERIALS: "Building materials",
  MECHANICAL_ELECTRICAL_ELECTRONIC:
    "Mechanical, electrical, electronic and IT products, parts, assembly and repair; supporting industry",
  HANDICRAFTS: "Handicrafts",
  MINING_MINERAL_PROCESSING: "Mining and mineral processing (only in disadvantaged areas)",
  CLEANER_PRODUCTION_POLLUTION_TREATMENT:
    "Cleaner production; pollution treatment in clusters and establishments",
  HIGH_TECH: "High-tech products",
  CLEAN_INDUSTRY: "Clean industry",
  ENERGY_SAVING: "Energy-saving production",
  ENVIRONMENTAL_INDUSTRY: "Environmental industry",
  ENVIRONMENT_FRIENDLY_ENERGY: "Environment-friendly energy",
  OTHER: "Other sector (outside the supported list)",
};

const BUSINESS_FIELD_EN: Readonly<Record<BusinessField, string>> = {
  INDUSTRY_CONSTRUCTION: "Industry and construction",
  AGRI_FORESTRY_FISHERY: "Agriculture, forestry and fishery",
  TRADE_SERVICES: "Trade and services",
};

const CLAY_BRICK_KILN_EN: Readonly<Record<ClayBrickKiln, string>> = {
  IMPROVED_MANUAL: "Improved manual kiln",
  HOFFMANN: "Hoffmann (ring) kiln",
  VERTICAL_SHAFT: "Vertical shaft kiln",
  TUNNEL: "Tunnel kiln",
  OTHER: "Other kiln",
};

const ARTISAN_TITLE_EN: Readonly<Record<ArtisanTitle, string>> = {
  PEOPLE_ARTISAN: "People's Artisan",
  MERITORIOUS_ARTISAN: "Meritorious Artisan",
};

/** `label(t, value)` and `options(t)` for one of the domain's enumerations, in the user's language. */
function enumLabels<V extends string>(
  values: readonly V[],
  vi: Readonly<Record<V, string>>,
  en: Readonly<Record<V, string>>,
) {
  const label = (t: Translate, v: V) => t(vi[v] ?? v, en[v] ?? v);
  return { label, options: (t: Translate) => values.map((value) => ({ value, label: label(t, value) })) };
}

export const legalForms = enumLabels(LEGAL_FORMS, LEGAL_FORM_LABELS, LEGAL_FORM_EN);
export const sectors = enumLabels(SECTORS, SECTOR_LABELS, SECTOR_EN);
export const businessFields = enumLabels(BUSINESS_FIELDS, BUSINESS_FIELD_LABELS, BUSINESS_FIELD_EN);
export const clayBrickKilns = enumLabels(CLAY_BRICK_KILNS, CLAY_BRICK_KILN_LABELS, CLAY_BRICK_KILN_EN);
export const artisanTitles = enumLabels(ARTISAN_TITLES, ARTISAN_TITLE_LABELS, ARTISAN_TITLE_EN);
