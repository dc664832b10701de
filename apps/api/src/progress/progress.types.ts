import type { LineStatus } from "@khuyencong/domain";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { domainEnum } from "../graphql/enums.js";

export const LINE_STATUSES = [
  "ACHIEVED",
  "ON_TRACK",
  "BEHIND",
  "NO_TARGET",
] as const satisfies readonly LineStatus[];

export const LineStatusEnum = domainEnum(
  "ProgressStatus",
  LINE_STATUSES,
  {
    ACHIEVED: "Đã đạt chỉ tiêu cả giai đoạn",
    ON_TRACK: "Đúng tiến độ",
    BEHIND: "Chậm tiến độ",
    NO_TARGET: "Không có chỉ tiêu",
  },
  "Where a target line stands as of a year: the period's total reached, on track with the years so far, behind them, or no target.",
);

export const FORECAST_OUTLOOKS = ["LIKELY_MET", "AT_RISK", "NO_TARGET"] as const;
export type ForecastOutlook = (typeof FORECAST_OUTLOOKS)[number];

export const ForecastOutlookEnum = domainEnum(
  "ForecastOutlook",
  FORECAST_OUTLOOKS,
  {
    LIKELY_MET: "Có khả năng đạt",
    AT_RISK: "Có nguy cơ không đạt",
    NO_TARGET: "Không có chỉ tiêu",
  },
  "Whether what is achieved plus what approved đề án still plan to deliver reaches the target.",
);

@ObjectType({
  description: "One year of one target line: target, approved plan, achieved output and pipeline.",
})
export class ProgressYear {
  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => Int, { nullable: true, description: "The appendix's target for the year; null where blank." })
  target: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Σ quantity registered on the line in the year's APPROVED annual plan; null when the year has no approved plan.",
  })
  planned: number | null;

  @Field(() => Int, {
    description:
      "Σ actual output of đề án of this plan year that are accepted (ACCEPTED, SETTLED or CLOSED).",
  })
  achieved: number;

  @Field(() => Int, {
    description:
      "Σ planned output of đề án of this plan year that are approved but not yet accepted (APPROVED … ADJUSTING).",
  })
  pipeline: number;

  @Field(() => Float, { nullable: true, description: "achieved ÷ target; null without a target." })
  rate: number | null;

  @Field(() => Int, {
    description: "Σ targets from the programme's first year to this one (blanks count 0).",
  })
  cumulativeTarget: number;

  @Field(() => Int, { description: "Σ achieved from the programme's first year to this one." })
  cumulativeAchieved: number;
}

@ObjectType({ description: "A forecast: achieved output plus the pipeline, set against a target." })
export class ProgressForecast {
  @Field(() => Int, {
    description: "The year the forecast is for: the year asked for, or the period's last.",
  })
  year: number;

  @Field(() => Int, {
    nullable: true,
    description: "The target compared with: the year's target, or the period's total; null when none.",
  })
  target: number | null;

  @Field(() => Int, { description: "Forecast output: achieved + pipeline." })
  quantity: number;

  @Field(() => Float, { nullable: true, description: "quantity ÷ target; null without a target." })
  rate: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "What the forecast leaves short of the target, never negative; null without a target.",
  })
  shortfall: number | null;

  @Field(() => ForecastOutlookEnum, {
    description: "LIKELY_MET when quantity ≥ target, AT_RISK when below, NO_TARGET when there is no target.",
  })
  outlook: ForecastOutlook;
}

@ObjectType({
  description: "The two forecasts of a line: the end of the year asked for and the end of the period.",
})
export class ProgressLineForecast {
  @Field(() => ProgressForecast, {
    description: "Year end: achieved + pipeline of đề án of that plan year, against the year's target.",
  })
  yearEnd: ProgressForecast;

  @Field(() => ProgressForecast, {
    description:
      "Period end (2030): everything achieved + the whole pipeline, every plan year of the period, against the period's total.",
  })
  periodEnd: ProgressForecast;
}

@ObjectType({ description: "Progress of one target line as of a year, with its forecasts." })
export class ProgressLine {
  @Field(() => ID, { description: "The target line's id." })
  targetLineId: string;

  @Field(() => String, { description: "Row code, e.g. `I.2`." })
  code: string;

  @Field(() => String, { description: "The row's text as printed." })
  name: string;

  @Field(() => String, {
    description: "Unit of measure, e.g. `Cơ sở`: every quantity of the line counts in it.",
  })
  unit: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The period's target: the printed total where there is one, else the sum of the years; null if none.",
  })
  total: number | null;

  @Field(() => [ProgressYear], {
    description: "Every year from the programme's first to the year asked for.",
  })
  years: ProgressYear[];

  @Field(() => Int, { description: "Σ targets of the years so far." })
  cumulativeTarget: number;

  @Field(() => Int, { description: "Σ achieved in the years so far." })
  cumulativeAchieved: number;

  @Field(() => Int, {
    nullable: true,
    description: "total − cumulativeAchieved, never negative; null without a total.",
  })
  remaining: number | null;

  @Field(() => Float, { nullable: true, description: "cumulativeAchieved ÷ total; null without a total." })
  rate: number | null;

  @Field(() => LineStatusEnum, { description: "ACHIEVED, ON_TRACK, BEHIND or NO_TARGET." })
  status: LineStatus;

  @Field(() => Int, {
    description:
      "Σ planned output of approved, not yet accepted đề án on the line, every plan year of the period.",
  })
  pipeline: number;

  @Field(() => ProgressLineForecast, { description: "Forecasts for the year's end and the period's end." })
  forecast: ProgressLineForecast;
}

@ObjectType({ description: "How the lines of a group or of the programme are expected to end." })
export class ProgressForecastRollUp {
  @Field(() => Float, {
    nullable: true,
    description:
      "Mean over lines with a total of min(1, period forecast ÷ total): the share of the period's targets expected done.",
  })
  attainment: number | null;

  @Field(() => Int, { description: "Lines whose period forecast reaches their total." })
  linesLikelyMet: number;

  @Field(() => Int, { description: "Lines with a total whose period forecast falls short of it." })
  linesAtRisk: number;

  @Field(() => Int, { description: "Lines whose year-end forecast reaches the year's target." })
  yearEndLikelyMet: number;

  @Field(() => Int, {
    description: "Lines with a target for the year whose year-end forecast falls short of it.",
  })
  yearEndAtRisk: number;
}

/** The roll-up fields a group and the programme share (the domain's `RollUp`, renamed for clients). */
@ObjectType({ description: "Roll-up of several target lines (a group, the programme)." })
export class ProgressRollUp {
  @Field(() => Float, {
    nullable: true,
    description:
      "Mean over lines with a total of min(1, achieved ÷ total): the share of the period's targets done. Lines count different units, so rates are averaged, never quantities.",
  })
  attainment: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Mean over lines with a target so far of min(1, achieved so far ÷ target so far).",
  })
  attainmentToDate: number | null;

  @Field(() => Int, { description: "Lines with a total for the period." })
  linesWithTarget: number;

  @Field(() => Int, { description: "Lines whose period total is reached (ACHIEVED)." })
  linesAchieved: number;

  @Field(() => Int, { description: "Lines ON_TRACK." })
  linesOnTrack: number;

  @Field(() => Int, { description: "Lines BEHIND." })
  linesBehind: number;

  @Field(() => Int, { description: "Lines without a target (NO_TARGET)." })
  linesWithoutTarget: number;

  @Field(() => ProgressForecastRollUp, { description: "The lines' forecasts, rolled up." })
  forecast: ProgressForecastRollUp;
}

@ObjectType({ description: "Progress of a content group (I–VI): its lines and their roll-up." })
export class ProgressGroup extends ProgressRollUp {
  @Field(() => String, { description: "The group's numeral, e.g. `II`." })
  groupCode: string;

  @Field(() => String, { description: "The group's title as printed." })
  name: string;

  @Field(() => [ProgressLine], { description: "The group's lines, in document order." })
  lines: ProgressLine[];
}

@ObjectType({
  description:
    "Progress of the programme as of a year: achieved output of accepted đề án, the approved annual plans and the pipeline of approved đề án, per line, rolled up per group and for the programme, with forecasts. City-wide figures.",
})
export class ProgrammeProgress extends ProgressRollUp {
  @Field(() => String, { description: "Code of the programme whose period covers the year." })
  programmeCode: string;

  @Field(() => Int, { description: "The year asked for: years up to it count as done or due." })
  asOfYear: number;

  @Field(() => Int, { description: "The programme's last year: the period forecast is for its end." })
  lastYear: number;

  @Field(() => [Int], {
    description: "Years of the period whose annual plan is APPROVED (the source of `planned`).",
  })
  approvedPlanYears: number[];

  @Field(() => [ProgressGroup], { description: "Content groups I–VI, in document order." })
  groups: ProgressGroup[];
}
