import { DECIDED_STATES } from "@khuyencong/domain";
import { committedSql, sqlStates } from "../money/money-figures.js";
import type { Ctx } from "../context.js";
import { dataScopeOfUser, PositionalParams as Params, scopeCondition } from "../db/data-scope.js";
import { AppError } from "../errors.js";
import { programmeProgress } from "../progress/progress.service.js";
import type { AttainmentArgs, MoneyBreakdownArgs, SupportedFacilitiesArgs } from "./analytics.args.js";
import {
  AttainmentRow,
  type FacilityGrouping,
  MoneyBreakdown,
  MoneyBreakdownRow,
  type MoneyGrouping,
  SupportedFacilities,
  SupportedFacilitiesRow,
} from "./analytics.types.js";
import { facilitySizeSql } from "./facility-size-sql.js";
import { countersAnswer, supportedFacilitiesFromCounters } from "./supported-counts.js";

/*
 * Every figure is summed by PostgreSQL in one statement per query (GROUP BY ROLLUP: the groups and the
 * total come from one snapshot), over the money figures (one row per đề án, src/money/money-figures.ts); JavaScript only renames columns and turns bigint text into numbers.
 * Attainment is `programmeProgress` itself, run as of each year asked for.
 */

/**
 * The scope of the `projects` list, as SQL on `project` aliased `alias` (db/data-scope.ts, the API's one
 * scope). Returns null when the user sees all.
 */
function projectScope(ctx: Ctx, alias: string, params: Params): string | null {
  return scopeCondition(dataScopeOfUser(ctx.user), "project", alias, params);
}

function toDong(value: unknown): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`sum ${String(value)} is not a safe integer of đồng`);
  return n;
}

export async function moneyBreakdown(ctx: Ctx, args: MoneyBreakdownArgs): Promise<MoneyBreakdown> {
  const groupBy = args.groupBy ?? [];
  const filter = args.filter ?? {};
  const params = new Params();
  const where: string[] = [];
  if (filter.years) where.push(`project.year = ANY(${params.add(filter.years)}::int[])`);
  if (filter.fundSources) where.push(`project.fund_source = ANY(${params.add(filter.fundSources)}::text[])`);
  if (filter.communeCodes)
    where.push(`project.commune_code = ANY(${params.add(filter.communeCodes)}::text[])`);
  if (filter.states) where.push(`project.state = ANY(${params.add(filter.states)}::text[])`);
  const scope = projectScope(ctx, "project", params);
  if (scope) where.push(scope);

  const byGroup = groupBy.includes("CONTENT_GROUP");
  // One row per đề án (project_money), or per đề án and content group (project_group_money): plain
  // COUNT(*) and SUM, no join multiplies rows.
  const columns: Record<MoneyGrouping, { keys: string[]; select: string }> = {
    YEAR: { keys: ["m.year"], select: `m.year AS "year"` },
    FUND_SOURCE: { keys: ["m.fund_source"], select: `m.fund_source AS "fundSource"` },
    COMMUNE: {
      keys: ["m.commune_code", "commune.name"],
      select: `m.commune_code AS "communeCode", commune.name AS "communeName"`,
    },
    CONTENT_GROUP: {
      keys: ["g.group_code", "content.name"],
      select: `g.group_code AS "contentGroupCode", content.name AS "contentGroupName"`,
    },
    STATE: { keys: ["m.state"], select: `m.state AS "state"` },
  };
  const keys = groupBy.flatMap((g) => columns[g].keys);
  const selects = groupBy.map((g) => columns[g].select);
  const isTotal = keys.length ? `GROUPING(${keys.join(", ")}) <> 0` : "true";
  const filtered = `SELECT * FROM project_money project ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
  // By content group the total counts each đề án with budget lines once, however many groups it spans.
  const sql = byGroup
    ? `
    WITH m AS (${filtered})
    SELECT ${[...selects, ""].join(", ")}
           ${isTotal} AS "isTotal",
           (CASE WHEN ${isTotal} THEN (SELECT count(*) FROM m WHERE m.line_count > 0) ELSE count(*) END)::int AS "projectCount",
           COALESCE(SUM(g.requested), 0)::text AS "requested",
           COALESCE(SUM(g.approved), 0)::text AS "approved",
           NULL AS "advanced", NULL AS "paid", NULL AS "finalSupport", NULL AS "committed"
      FROM m
      JOIN project_group_money g ON g.project_id = m.project_id
      JOIN content_group content ON content.programme_code = g.programme_code AND content.code = g.group_code
      LEFT JOIN commune ON commune.code = m.commune_code
     GROUP BY ROLLUP((${keys.join(", ")}))
     ORDER BY "isTotal", ${keys.join(", ")}`
    : `
    SELECT ${[...selects, ""].join(", ")}
           ${isTotal} AS "isTotal",
           COUNT(*)::int AS "projectCount",
           COALESCE(SUM(m.requested), 0)::text AS "requested",
           COALESCE(SUM(m.line_approved), 0)::text AS "approved",
           COALESCE(SUM(m.advanced), 0)::text AS "advanced",
           COALESCE(SUM(m.paid), 0)::text AS "paid",
           COALESCE(SUM(m.final_support), 0)::text AS "finalSupport",
           COALESCE(SUM(${committedSql("m")}), 0)::text AS "committed"
      FROM (${filtered}) m
      LEFT JOIN commune ON commune.code = m.commune_code
     ${keys.length ? `GROUP BY ROLLUP((${keys.join(", ")}))` : ""}
     ORDER BY "isTotal", ${keys.length ? `${keys.join(", ")}` : "1"}`;
  const raw: Record<string, unknown>[] = await ctx.em.query(sql, params.values);
  const rows = raw.map((r) =>
    Object.assign(new MoneyBreakdownRow(), {
      year: r.year ?? null,
      fundSource: r.fundSource ?? null,
      communeCode: r.communeCode ?? null,
      communeName: r.communeName ?? null,
      contentGroupCode: r.contentGroupCode ?? null,
      contentGroupName: r.contentGroupName ?? null,
      state: r.state ?? null,
      projectCount: r.projectCount as number,
      requested: toDong(r.requested),
      approved: toDong(r.approved),
      advanced: r.advanced === null ? null : toDong(r.advanced),
      paid: r.paid === null ? null : toDong(r.paid),
      finalSupport: r.finalSupport === null ? null : toDong(r.finalSupport),
      committed: r.committed === null ? null : toDong(r.committed),
      isTotal: r.isTotal === true,
    }),
  );
  const empty = Object.assign(new MoneyBreakdownRow(), {
    year: null,
    fundSource: null,
    communeCode: null,
    communeName: null,
    contentGroupCode: null,
    contentGroupName: null,
    state: null,
    projectCount: 0,
    requested: 0,
    approved: 0,
    advanced: byGroup ? null : 0,
    paid: byGroup ? null : 0,
    finalSupport: byGroup ? null : 0,
    committed: byGroup ? null : 0,
  });
  const total = rows.find((r) => (r as unknown as { isTotal: boolean }).isTotal) ?? empty;
  return Object.assign(new MoneyBreakdown(), {
    groupBy,
    rows: keys.length ? rows.filter((r) => r !== total) : [],
    total,
    coversAllProjects: scope === null,
  });
}

export async function supportedFacilities(
  ctx: Ctx,
  args: SupportedFacilitiesArgs,
): Promise<SupportedFacilities> {
  const groupBy = args.groupBy ?? [];
  // By commune or in total, for a user who sees every đề án: the kept counters (supported-counts.ts).
  if (countersAnswer(ctx, groupBy)) return supportedFacilitiesFromCounters(ctx, groupBy, args.filter?.years);
  const params = new Params();
  const where = [`project.state IN (${sqlStates(DECIDED_STATES)})`];
  if (args.filter?.years) where.push(`project.year = ANY(${params.add(args.filter.years)}::int[])`);
  const scope = projectScope(ctx, "project", params);
  if (scope) where.push(scope);

  const size = facilitySizeSql("project");
  const columns: Record<FacilityGrouping, { aliases: string[]; select: string }> = {
    COMMUNE: {
      aliases: [`"communeCode"`, `"communeName"`],
      select: `project.production_commune_code AS "communeCode", commune.name AS "communeName"`,
    },
    SECTOR: { aliases: [`"sector"`], select: `project.sector AS "sector"` },
    LEGAL_FORM: { aliases: [`"legalForm"`], select: `project.legal_form AS "legalForm"` },
    SIZE: { aliases: [`"size"`], select: `${size} AS "size"` },
    WOMEN_OWNED: { aliases: [`"womenOwned"`], select: `project.women_owned AS "womenOwned"` },
  };
  const selects = groupBy.map((g) => columns[g].select);
  const aliases = groupBy.flatMap((g) => columns[g].aliases);
  // One pass over facility_support unnests each facility's đề án beside its grouping columns (`project`
  // holds both). Each facility falls in one group: facilities are counted once each (grouped by group and
  // facility, then COUNT(*), ROLLUP for the total); đề án once per (group, đề án); the total's đề án once.
  // Hash aggregates throughout: no sort, no COUNT(DISTINCT).
  const list = (xs: string[], prefix = "") => xs.map((x) => `${prefix}${x}`).join(", ");
  const sql = `
    WITH links AS (
      SELECT project.facility_id, project.project_id ${selects.map((x) => `, ${x}`).join("")}
        FROM (SELECT facility_id, production_commune_code, sector, legal_form, women_owned, business_field,
                     average_insured_workers, prior_year_revenue, total_capital,
                     unnest(project_ids) AS project_id, unnest(years) AS year, unnest(states) AS state,
                     unnest(communes) AS commune_code, unnest(units) AS implementing_unit_id
                FROM facility_support) project
        LEFT JOIN commune ON commune.code = project.production_commune_code
       WHERE ${where.join(" AND ")}
    )
    SELECT * FROM (
      SELECT 'facilities' AS "part", ${[...aliases, ""].join(", ")}
             ${aliases.length ? `GROUPING(${list(aliases)}) <> 0` : "true"} AS "isTotal",
             COUNT(*)::int AS "count"
        FROM (SELECT ${[...aliases, ""].join(", ")} facility_id FROM links
               GROUP BY ${[...aliases, ""].join(", ")} facility_id) facilities
       ${aliases.length ? `GROUP BY ROLLUP((${list(aliases)}))` : ""}
      ${
        aliases.length
          ? `UNION ALL
      SELECT 'projects', ${list(aliases)}, false, COUNT(*)::int
        FROM (SELECT ${list(aliases)}, project_id FROM links GROUP BY ${list(aliases)}, project_id) pairs
       GROUP BY ${list(aliases)}`
          : ""
      }
      UNION ALL
      SELECT 'projects', ${[...aliases.map(() => "NULL"), ""].join(", ")} true, COUNT(*)::int
        FROM (SELECT project_id FROM links GROUP BY project_id) projects
    ) parts
    ORDER BY "part", "isTotal"${aliases.length ? `, ${list(aliases)}` : ""}`;
  const raw: Record<string, unknown>[] = await ctx.em.query(sql, params.values);
  // The đề án counts come in their own part; each facilities row takes the count of its group.
  const groupKey = (r: Record<string, unknown>) =>
    JSON.stringify([
      r.isTotal === true,
      r.communeCode,
      r.communeName,
      r.sector,
      r.legalForm,
      r.size,
      r.womenOwned,
    ]);
  const projectCounts = new Map(
    raw.filter((r) => r.part === "projects").map((r) => [groupKey(r), r.count as number]),
  );
  const facilityRows = raw.filter((r) => r.part === "facilities");
  const rows = facilityRows.map((r) =>
    Object.assign(new SupportedFacilitiesRow(), {
      communeCode: r.communeCode ?? null,
      communeName: r.communeName ?? null,
      sector: r.sector ?? null,
      legalForm: r.legalForm ?? null,
      size: r.size ?? null,
      womenOwned: r.womenOwned ?? null,
      facilityCount: r.count as number,
      projectCount: projectCounts.get(groupKey(r)) ?? 0,
    }),
  );
  const totalIndex = facilityRows.findIndex((r) => r.isTotal === true);
  const total =
    rows[totalIndex] ??
    Object.assign(new SupportedFacilitiesRow(), {
      communeCode: null,
      communeName: null,
      sector: null,
      legalForm: null,
      size: null,
      womenOwned: null,
      facilityCount: 0,
      projectCount: 0,
    });
  return Object.assign(new SupportedFacilities(), {
    groupBy,
    rows: aliases.length ? rows.filter((_, i) => i !== totalIndex) : [],
    total,
    coversAllProjects: scope === null,
  });
}

/**
 * Attainment by line or content group, as of each year asked for: `programmeProgress` run once per year
 * (its SQL and the domain's rules, unchanged), its lines or groups turned into rows. City-wide, like it.
 */
export async function attainment(ctx: Ctx, args: AttainmentArgs): Promise<AttainmentRow[]> {
  const years = [...args.years].sort((a, b) => a - b);
  const results = [];
  // One after the other: each run is a handful of statements, and the pool is shared with other requests.
  for (const year of years) {
    try {
      results.push(await programmeProgress(ctx, { asOfYear: year }));
    } catch (error) {
      if (error instanceof AppError && error.field === "asOfYear")
        throw AppError.badInput(error.message, "years");
      throw error;
    }
  }
  return results.flatMap((progress) =>
    progress.groups.flatMap((group): AttainmentRow[] => {
      const common = { year: progress.asOfYear, groupCode: group.groupCode, groupName: group.name };
      if (args.groupBy === "GROUP") {
        return [
          Object.assign(new AttainmentRow(), {
            ...common,
            lineCode: null,
            lineName: null,
            unit: null,
            yearTarget: null,
            yearAchieved: null,
            cumulativeTarget: null,
            cumulativeAchieved: null,
            periodTotal: null,
            attainment: group.attainment,
            attainmentToDate: group.attainmentToDate,
            status: null,
            linesBehind: group.linesBehind,
            linesOnTrack: group.linesOnTrack,
            linesAchieved: group.linesAchieved,
          }),
        ];
      }
      return group.lines.map((line) => {
        const thisYear = line.years.find((y) => y.year === progress.asOfYear);
        return Object.assign(new AttainmentRow(), {
          ...common,
          lineCode: line.code,
          lineName: line.name,
          unit: line.unit,
          yearTarget: thisYear?.target ?? null,
          yearAchieved: thisYear?.achieved ?? 0,
          cumulativeTarget: line.cumulativeTarget,
          cumulativeAchieved: line.cumulativeAchieved,
          periodTotal: line.total,
          attainment: line.rate,
          attainmentToDate:
            line.cumulativeTarget > 0 ? line.cumulativeAchieved / line.cumulativeTarget : null,
          status: line.status,
          linesBehind: null,
          linesOnTrack: null,
          linesAchieved: null,
        });
      });
    }),
  );
}
