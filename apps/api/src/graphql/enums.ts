import {
  ACTIVITY_KIND_INFO,
  ACTIVITY_KINDS,
  BUSINESS_FIELD_LABELS,
  BUSINESS_FIELDS,
  CLAY_BRICK_KILN_LABELS,
  CLAY_BRICK_KILNS,
  COMMUNE_KIND_LABELS,
  COMMUNE_KINDS,
  FUND_LEVEL_LABELS,
  FUND_LEVELS,
  FUND_SOURCE_LABELS,
  FUND_SOURCES,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  ARTISAN_TITLE_LABELS,
  ARTISAN_TITLES,
  PROJECT_ACTIONS,
  PROJECT_STATE_LABELS,
  PROJECT_STATES,
  SECTOR_LABELS,
  SECTORS,
  TRANSITION_RULES,
  VERIFICATION_STATUS_LABELS,
  type VerificationStatus,
} from "@khuyencong/domain";
import { registerEnumType } from "type-graphql";

/**
 * Registers a domain enum with GraphQL: the values are the domain's codes, each described by its
 * Vietnamese label, so the schema documents what the app shows.
 */
export function domainEnum<V extends string>(
  name: string,
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
  description: string,
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: labels[v] }])) as Partial<
      Record<V, { description: string }>
    >,
  });
  return enumObject;
}

/** SQL list of an enum's values, for a CHECK constraint. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(", ");
}

export const CommuneKindEnum = domainEnum(
  "CommuneKind",
  COMMUNE_KINDS,
  COMMUNE_KIND_LABELS,
  "Kind of commune-level unit: xã, phường or đặc khu.",
);

export const ActivityKindEnum = domainEnum(
  "ActivityKind",
  ACTIVITY_KINDS,
  Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, ACTIVITY_KIND_INFO[k].label])) as Record<
    (typeof ACTIVITY_KINDS)[number],
    string
  >,
  "Kind of khuyến công activity (NĐ 45/2012 Điều 4 as amended), at the grain where norms or eligibility differ.",
);

export const FundLevelEnum = domainEnum(
  "FundLevel",
  FUND_LEVELS,
  FUND_LEVEL_LABELS,
  "Which fund pays: national khuyến công fund (KCQG) or the city's (KCĐP).",
);

const VERIFICATION_STATUSES = Object.keys(VERIFICATION_STATUS_LABELS) as VerificationStatus[];
export const VerificationStatusEnum = domainEnum(
  "VerificationStatus",
  VERIFICATION_STATUSES,
  VERIFICATION_STATUS_LABELS,
  "How far a rule's value was checked against the legal text it cites.",
);

export const LegalFormEnum = domainEnum(
  "LegalForm",
  LEGAL_FORMS,
  LEGAL_FORM_LABELS,
  "Legal form of an establishment.",
);

export const SectorEnum = domainEnum(
  "Sector",
  SECTORS,
  SECTOR_LABELS,
  "Industry sector of an establishment, after NĐ 45/2012 Điều 5 and the additions of NĐ 235/2025.",
);

export const BusinessFieldEnum = domainEnum(
  "BusinessField",
  BUSINESS_FIELDS,
  BUSINESS_FIELD_LABELS,
  "Main business field for the SME size test of NĐ 80/2021 Điều 5.",
);

export const ClayBrickKilnEnum = domainEnum(
  "ClayBrickKiln",
  CLAY_BRICK_KILNS,
  CLAY_BRICK_KILN_LABELS,
  "Kiln type of a clay-brick producer; two types are excluded from support (TT 46/2012 Điều 5).",
);

export const ArtisanTitleEnum = domainEnum(
  "ArtisanTitle",
  ARTISAN_TITLES,
  ARTISAN_TITLE_LABELS,
  "State title of an artisan: Nghệ nhân nhân dân or Nghệ nhân ưu tú.",
);

export const ProjectStateEnum = domainEnum(
  "ProjectState",
  PROJECT_STATES,
  PROJECT_STATE_LABELS,
  "State of a đề án in its lifecycle.",
);

export const ProjectActionEnum = domainEnum(
  "ProjectAction",
  PROJECT_ACTIONS,
  Object.fromEntries(PROJECT_ACTIONS.map((a) => [a, TRANSITION_RULES[a].label])) as Record<
    (typeof PROJECT_ACTIONS)[number],
    string
  >,
  "A transition of the đề án lifecycle.",
);

export const FundSourceEnum = domainEnum(
  "FundSource",
  FUND_SOURCES,
  FUND_SOURCE_LABELS,
  "Where the money comes from: national fund, city budget, counterpart, integrated programmes or other lawful sources.",
);
