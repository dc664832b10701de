import type { FundSource, LegalForm, LineStatus, ProjectState, Sector } from "@khuyencong/domain";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { FundSourceEnum, LegalFormEnum, ProjectStateEnum, SectorEnum } from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import { LineStatusEnum } from "../progress/progress.types.js";

export const MONEY_GROUPINGS = ["YEAR", "FUND_SOURCE", "COMMUNE", "CONTENT_GROUP", "STATE"] as const;
export type MoneyGrouping = (typeof MONEY_GROUPINGS)[number];
export const MoneyGroupingEnum = Object.fromEntries(MONEY_GROUPINGS.map((g) => [g, g])) as {
  [K in MoneyGrouping]: K;
};
registerEnumType(MoneyGroupingEnum, {
  name: "MoneyGrouping",
  description: "What to group money by; several may be combined.",
  valuesConfig: {
    YEAR: { description: "The đề án's plan year (`Project.year`)." },
    FUND_SOURCE: { description: "The fund asked to support the đề án (`Project.fundSource`)." },
    COMMUNE: { description: "The commune where the đề án is carried out (`Project.communeCode`)." },
    CONTENT_GROUP: {
      description:
        "The content group (I–VI) of the target line of the activity each budget line belongs to; `paid` and `finalSupport` are then null.",
    },
    STATE: { description: "The đề án's lifecycle state now." },
  },
});

export const FACILITY_GROUPINGS = ["COMMUNE", "SECTOR", "LEGAL_FORM", "SIZE", "WOMEN_OWNED"] as const;
export type FacilityGrouping = (typeof FACILITY_GROUPINGS)[number];
export const FacilityGroupingEnum = Object.fromEntries(FACILITY_GROUPINGS.map((g) => [g, g])) as {
  [K in FacilityGrouping]: K;
};
registerEnumType(FacilityGroupingEnum, {
  name: "FacilityGrouping",
  description: "What to group supported facilities by; several may be combined.",
  valuesConfig: {
    COMMUNE: { description: "The commune where the facility produces." },
    SECTOR: { description: "The facility's main production line." },
    LEGAL_FORM: { description: "Its legal form." },
    SIZE: { description: "Its enterprise size class (NĐ 80/2021), computed from the stored size data." },
    WOMEN_OWNED: { description: "Owned or run by women, or not." },
  },
});

export const FACILITY_SIZES = [
  "MICRO",
  "SMALL",
  "MEDIUM",
  "LARGE",
  "UNDETERMINED",
  "NOT_ENTERPRISE",
] as const;
export type FacilitySize = (typeof FACILITY_SIZES)[number];
export const FacilitySizeEnum = Object.fromEntries(FACILITY_SIZES.map((s) => [s, s])) as {
  [K in FacilitySize]: K;
};
registerEnumType(FacilitySizeEnum, {
  name: "FacilitySize",
  description:
    "Size class of a facility as `classifyEnterpriseSize` of @khuyencong/domain gives it (same SME_LIMITS), computed in SQL.",
  valuesConfig: {
    MICRO: { description: "Doanh nghiệp siêu nhỏ" },
    SMALL: { description: "Doanh nghiệp nhỏ" },
    MEDIUM: { description: "Doanh nghiệp vừa" },
    LARGE: { description: "Doanh nghiệp lớn" },
    UNDETERMINED: {
      description:
        "An enterprise whose business field, insured workers, or both revenue and capital are not declared.",
    },
    NOT_ENTERPRISE: {
      description: "Not an enterprise (cooperative, household business…): the SME size test does not apply.",
    },
  },
});

export const ATTAINMENT_GROUPINGS = ["LINE", "GROUP"] as const;
export type AttainmentGrouping = (typeof ATTAINMENT_GROUPINGS)[number];
export const AttainmentGroupingEnum = Object.fromEntries(ATTAINMENT_GROUPINGS.map((g) => [g, g])) as {
  [K in AttainmentGrouping]: K;
};
registerEnumType(AttainmentGroupingEnum, {
  name: "AttainmentGrouping",
  description: "One row per target line and year, or per content group and year.",
  valuesConfig: {
    LINE: { description: "Per target line (quantities in the line's unit)." },
    GROUP: { description: "Per content group (rates averaged over its lines; quantities are never summed)." },
  },
});

@ObjectType({
  description:
    "One group of money figures. A key is null when the breakdown is not grouped by it (and on the total row).",
})
export class MoneyBreakdownRow {
  @Field(() => Int, { nullable: true, description: "Plan year (YEAR)." })
  year: number | null;

  @Field(() => FundSourceEnum, { nullable: true, description: "Fund source (FUND_SOURCE)." })
  fundSource: FundSource | null;

  @Field(() => String, { nullable: true, description: "Commune code (COMMUNE)." })
  communeCode: string | null;

  @Field(() => String, { nullable: true, description: "Commune name (COMMUNE)." })
  communeName: string | null;

  @Field(() => String, { nullable: true, description: "Content group code, e.g. `I` (CONTENT_GROUP)." })
  contentGroupCode: string | null;

  @Field(() => String, { nullable: true, description: "Content group name (CONTENT_GROUP)." })
  contentGroupName: string | null;

  @Field(() => ProjectStateEnum, { nullable: true, description: "Lifecycle state (STATE)." })
  state: ProjectState | null;

  @Field(() => Int, {
    description:
      "Number of distinct đề án in the group. By CONTENT_GROUP, a đề án with lines in two groups counts in both, and one without budget lines in none.",
  })
  projectCount: number;

  @Field(() => DongScalar, {
    description:
      "Σ support asked for (`BudgetLine.requestedSupport`) on the đề án's budget lines, any state.",
  })
  requested: number;

  @Field(() => DongScalar, {
    description:
      "Approved support: Σ support fixed at approval (`BudgetLine.approvedSupport`); 0 for đề án never approved; stopped and settled đề án keep what was approved — not the committed support (`committed`, `BudgetEnvelope.allocated`).",
  })
  approved: number;

  @Field(() => DongScalar, {
    nullable: true,
    description:
      "Σ amounts of PAID advance requests (tạm ứng, kind ADVANCE): the part of `paid` paid before acceptance. Null when grouped by CONTENT_GROUP.",
  })
  advanced: number | null;

  @Field(() => DongScalar, {
    nullable: true,
    description:
      "Σ amounts of PAID payment requests (advances, payments, final payments), gross: refunds received are not deducted. Null when grouped by CONTENT_GROUP (payments are per đề án, not per budget line).",
  })
  paid: number | null;

  @Field(() => DongScalar, {
    nullable: true,
    description:
      "Σ support finally owed at settlement (`Project.finalSupport`) of settled or closed đề án. Null when grouped by CONTENT_GROUP.",
  })
  finalSupport: number | null;

  @Field(() => DongScalar, {
    nullable: true,
    description:
      "Committed support: the domain's committedSupport, the same figure as `BudgetEnvelope.allocated` — approved support of decided đề án, their final support once settled, only what was paid on stopped ones; 0 for đề án not decided or rejected; not the approved support (`approved`). Null when grouped by CONTENT_GROUP.",
  })
  committed: number | null;
}

@ObjectType({ description: "Money of đề án, grouped as asked, with the total over the same đề án." })
export class MoneyBreakdown {
  @Field(() => [MoneyGroupingEnum], { description: "The grouping applied, in the order asked." })
  groupBy: MoneyGrouping[];

  @Field(() => [MoneyBreakdownRow], {
    description: "One row per group, ordered by the keys in `groupBy` order.",
  })
  rows: MoneyBreakdownRow[];

  @Field(() => MoneyBreakdownRow, { description: "The same measures over every đề án the filter kept." })
  total: MoneyBreakdownRow;

  @Field(() => Boolean, {
    description:
      "False for a commune officer or an implementing unit: the figures cover their own đề án only (as the `projects` list does).",
  })
  coversAllProjects: boolean;
}

@ObjectType({
  description:
    "Distinct facilities supported, in one group. A key is null when not grouped by it (and on the total row).",
})
export class SupportedFacilitiesRow {
  @Field(() => String, { nullable: true, description: "Production commune code (COMMUNE)." })
  communeCode: string | null;

  @Field(() => String, { nullable: true, description: "Production commune name (COMMUNE)." })
  communeName: string | null;

  @Field(() => SectorEnum, { nullable: true, description: "Sector (SECTOR)." })
  sector: Sector | null;

  @Field(() => LegalFormEnum, { nullable: true, description: "Legal form (LEGAL_FORM)." })
  legalForm: LegalForm | null;

  @Field(() => FacilitySizeEnum, { nullable: true, description: "Size class (SIZE)." })
  size: FacilitySize | null;

  @Field(() => Boolean, { nullable: true, description: "Women-owned or not (WOMEN_OWNED)." })
  womenOwned: boolean | null;

  @Field(() => Int, {
    description: "Distinct facilities that are beneficiaries of at least one supported đề án (counted once).",
  })
  facilityCount: number;

  @Field(() => Int, { description: "Distinct supported đề án those facilities benefit from." })
  projectCount: number;
}

@ObjectType({ description: "Facilities supported by đề án, grouped as asked, with the total." })
export class SupportedFacilities {
  @Field(() => [FacilityGroupingEnum], { description: "The grouping applied, in the order asked." })
  groupBy: FacilityGrouping[];

  @Field(() => [SupportedFacilitiesRow], { description: "One row per group, ordered by the keys." })
  rows: SupportedFacilitiesRow[];

  @Field(() => SupportedFacilitiesRow, { description: "Distinct facilities over every group." })
  total: SupportedFacilitiesRow;

  @Field(() => Boolean, {
    description: "False for a commune officer or an implementing unit: their own đề án only.",
  })
  coversAllProjects: boolean;
}

@ObjectType({
  description:
    "Attainment of a target line or a content group as of a year, from `programmeProgress` (same rules and figures).",
})
export class AttainmentRow {
  @Field(() => Int, { description: "The year progress is judged as of." })
  year: number;

  @Field(() => String, { description: "Content group code, e.g. `I`." })
  groupCode: string;

  @Field(() => String, { description: "Content group name." })
  groupName: string;

  @Field(() => String, { nullable: true, description: "Target line code, e.g. `I.2` (LINE)." })
  lineCode: string | null;

  @Field(() => String, { nullable: true, description: "Target line text (LINE)." })
  lineName: string | null;

  @Field(() => String, { nullable: true, description: "Unit of the line's quantities (LINE)." })
  unit: string | null;

  @Field(() => Int, { nullable: true, description: "The year's target; null where blank or for GROUP." })
  yearTarget: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Output achieved in the year by accepted đề án of that plan year (LINE).",
  })
  yearAchieved: number | null;

  @Field(() => Int, { nullable: true, description: "Σ targets of the period's years up to `year` (LINE)." })
  cumulativeTarget: number | null;

  @Field(() => Int, { nullable: true, description: "Σ achieved in the period's years up to `year` (LINE)." })
  cumulativeAchieved: number | null;

  @Field(() => Int, { nullable: true, description: "The period's target of the line (LINE)." })
  periodTotal: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "LINE: cumulativeAchieved ÷ periodTotal. GROUP: mean over its lines with a total of min(1, achieved ÷ total).",
  })
  attainment: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "LINE: cumulativeAchieved ÷ cumulativeTarget. GROUP: mean over its lines with a target so far of min(1, achieved ÷ target so far).",
  })
  attainmentToDate: number | null;

  @Field(() => LineStatusEnum, { nullable: true, description: "The line's status as of `year` (LINE)." })
  status: LineStatus | null;

  @Field(() => Int, { nullable: true, description: "Lines of the group BEHIND as of `year` (GROUP)." })
  linesBehind: number | null;

  @Field(() => Int, { nullable: true, description: "Lines of the group ON_TRACK (GROUP)." })
  linesOnTrack: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Lines of the group that ACHIEVED the period's total (GROUP).",
  })
  linesAchieved: number | null;
}
