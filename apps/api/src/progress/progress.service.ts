import {
  type AchievedQuantity,
  computeProgrammeProgress,
  type LineProgress,
  type Programme as DomainProgramme,
  type RollUp,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import type { LineYearFigures } from "./progress-figures.js";
import type { ProgrammeProgressArgs } from "./progress.args.js";
import {
  type ForecastOutlook,
  ProgrammeProgress,
  ProgressForecast,
  ProgressForecastRollUp,
  ProgressGroup,
  ProgressLine,
  ProgressLineForecast,
  ProgressYear,
} from "./progress.types.js";

/*
 * SQL sums the quantities (progress-figures.ts); the domain's computeProgrammeProgress does every rate,
 * status and roll-up. It runs twice: once on what is achieved, as of the year asked for (progress), and
 * once on achieved + pipeline, as of the period's last year (the forecast), so that the forecast is judged
 * by the same rules as the progress. The code here only joins the two and renames fields.
 *
 * The figures are city-wide for every role: they count only what the city decided (approved plans,
 * approved and accepted đề án), by target line, with no facility or commune in them.
 */

/**
 * Progress of the programme whose period covers `asOfYear`, as of that year. Computed at most once per
 * request and year (ctx.loaders.programmeProgressByYear), from inputs read at most once per request and
 * programme (ctx.loaders.progressInputs): the dashboard's progress and its attainment for five years, the
 * reports' two runs, all share one read of the figures. Nothing outlives the request (a mutation's
 * transaction has loaders of its own), so no committed change is ever hidden.
 */
export function programmeProgress(ctx: Ctx, args: ProgrammeProgressArgs): Promise<ProgrammeProgress> {
  const memo = ctx.loaders.programmeProgressByYear;
  let progress = memo.get(args.asOfYear);
  if (!progress) {
    progress = computeProgrammeProgressAsOf(ctx, args.asOfYear);
    memo.set(args.asOfYear, progress);
  }
  return progress;
}

async function computeProgrammeProgressAsOf(ctx: Ctx, asOfYear: number): Promise<ProgrammeProgress> {
  const { code } = await programmeForYear(ctx, asOfYear, "asOfYear");
  const { programme, figures, planYears, lines } = await ctx.loaders.progressInputs.load(code);
  const achieved = quantities(figures, (f) => f.achieved);
  const actual = computeProgrammeProgress(programme, achieved, asOfYear);
  const projected = computeProgrammeProgress(
    programme,
    [...achieved, ...quantities(figures, (f) => f.pipeline)],
    programme.lastYear,
  );

  const byLineYear = new Map(figures.map((f) => [`${f.lineCode}|${f.year ?? "period"}`, f]));
  const idByCode = new Map(lines.map((l) => [l.code, l.id]));
  const nameByCode = new Map(programme.groups.flatMap((g) => g.lines).map((l) => [l.code, l.name]));
  const approved = new Set(planYears);
  const projectedLines = new Map(projected.groups.flatMap((g) => g.lines).map((l) => [l.lineCode, l]));

  const toLine = (line: LineProgress): ProgressLine => {
    const ahead = projectedLines.get(line.lineCode) as LineProgress;
    const at = (year: number) => byLineYear.get(`${line.lineCode}|${year}`);
    const thisYearAhead = ahead.years.find((y) => y.year === asOfYear);
    return Object.assign(new ProgressLine(), {
      targetLineId: idByCode.get(line.lineCode),
      code: line.lineCode,
      name: nameByCode.get(line.lineCode),
      unit: line.unit,
      total: line.total,
      years: line.years.map((y) =>
        Object.assign(new ProgressYear(), {
          ...y,
          planned: approved.has(y.year) ? (at(y.year)?.planned ?? 0) : null,
          pipeline: at(y.year)?.pipeline ?? 0,
        }),
      ),
      cumulativeTarget: line.cumulativeTarget,
      cumulativeAchieved: line.cumulativeAchieved,
      remaining: line.remaining,
      rate: line.rate,
      status: line.status,
      pipeline: byLineYear.get(`${line.lineCode}|period`)?.pipeline ?? 0,
      forecast: Object.assign(new ProgressLineForecast(), {
        // The projected run counts achieved + pipeline per year: its row for the year is the year-end forecast.
        yearEnd: forecast(asOfYear, thisYearAhead?.target ?? null, thisYearAhead?.achieved ?? 0),
        periodEnd: forecast(programme.lastYear, ahead.total, ahead.cumulativeAchieved),
      }),
    });
  };

  const groups = actual.groups.map((group, i) => {
    const ahead = projected.groups[i] as (typeof projected.groups)[number];
    const lines = group.lines.map(toLine);
    return Object.assign(new ProgressGroup(), {
      groupCode: group.groupCode,
      name: groupName(programme, group.groupCode),
      lines,
      ...rollUpFields(group, ahead, lines),
    });
  });
  return Object.assign(new ProgrammeProgress(), {
    programmeCode: code,
    asOfYear,
    lastYear: programme.lastYear,
    approvedPlanYears: planYears,
    groups,
    ...rollUpFields(
      actual,
      projected,
      groups.flatMap((g) => g.lines),
    ),
  });
}

function quantities(
  figures: readonly LineYearFigures[],
  pick: (f: LineYearFigures) => number,
): AchievedQuantity[] {
  return figures.flatMap((f) =>
    f.year !== null && pick(f) > 0 ? [{ lineCode: f.lineCode, year: f.year, quantity: pick(f) }] : [],
  );
}

/** A forecast against a target: LIKELY_MET when it reaches it, AT_RISK below, NO_TARGET without one. */
function forecast(year: number, target: number | null, quantity: number): ProgressForecast {
  const hasTarget = target !== null && target > 0;
  const outlook: ForecastOutlook = !hasTarget ? "NO_TARGET" : quantity >= target ? "LIKELY_MET" : "AT_RISK";
  return Object.assign(new ProgressForecast(), {
    year,
    target,
    quantity,
    rate: hasTarget ? quantity / target : null,
    shortfall: target === null ? null : Math.max(0, target - quantity),
    outlook,
  });
}

function rollUpFields(actual: RollUp, projected: RollUp, lines: readonly ProgressLine[]) {
  const yearEnd = (outlook: ForecastOutlook) =>
    lines.filter((l) => l.forecast.yearEnd.outlook === outlook).length;
  return {
    attainment: actual.attainment,
    attainmentToDate: actual.attainmentToDate,
    linesWithTarget: actual.linesWithTarget,
    linesAchieved: actual.achieved,
    linesOnTrack: actual.onTrack,
    linesBehind: actual.behind,
    linesWithoutTarget: actual.noTarget,
    forecast: Object.assign(new ProgressForecastRollUp(), {
      attainment: projected.attainment,
      // As of the last year, a line not ACHIEVED with a total is ON_TRACK or BEHIND: short of its total.
      linesLikelyMet: projected.achieved,
      linesAtRisk: projected.onTrack + projected.behind,
      yearEndLikelyMet: yearEnd("LIKELY_MET"),
      yearEndAtRisk: yearEnd("AT_RISK"),
    }),
  };
}

function groupName(programme: DomainProgramme, groupCode: string): string {
  return programme.groups.find((g) => g.code === groupCode)?.name ?? groupCode;
}
