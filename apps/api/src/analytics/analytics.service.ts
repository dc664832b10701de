import type { ProjectState } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
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

/*
 * Every figure is summed by PostgreSQL in one statement per query (GROUP BY GROUPING SETS: the groups and
 * the total come from one snapshot); JavaScript only renames columns and turns bigint text into numbers.
 * Attainment is `programmeProgress` itself, run as of each year asked for.
 */

/** Đề án whose beneficiaries count as supported: decided by the city, not rejected (stopped ones were supported until the stop). */
export const SUPPORTED_STATES = [
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
  "ACCEPTED",
  "SETTLED",
  "CLOSED",
  "STOPPED",
] as const satisfies readonly ProjectState[];

/** Collects positional parameters for a hand-written statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The scope of the `projects` list, as SQL on `project` aliased `alias`: a commune officer their commune's
 * đề án, an implementing unit its own, every other role all. Returns null when the user sees all.
 */
function projectScope(ctx: Ctx, alias: string, params: Params): string | null {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  if (user.role === "COMMUNE_OFFICER") return `${alias}.commune_code = ${params.add(user.communeCode)}`;
  if (user.role === "IMPLEMENTING_UNIT") return `${alias}.implementing_unit_id = ${params.add(user.unitId)}`;
  return null;
}

function toDong(value: unknown): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`sum ${String(value)} is not a safe integer of đồng`);
  return n;
}

/** The GROUP BY of a breakdown: the groups asked for plus the total; the total alone without keys. */
function groupingSets(keys: readonly string[]): string {
  return keys.length === 0 ? "" : `GROUP BY GROUPING SETS ((${keys.join(", ")}), ())`;
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
  const columns: Record<MoneyGrouping, { keys: string[]; select: string }> = {
    YEAR: { keys: ["p.year"], select: `p.year AS "year"` },
    FUND_SOURCE: { keys: ["p.fund_source"], select: `p.fund_source AS "fundSource"` },
    COMMUNE: {
      keys: ["p.commune_code", "commune.name"],
      select: `p.commune_code AS "communeCode", commune.name AS "communeName"`,
    },
    CONTENT_GROUP: {
      keys: ["lines.group_code", "lines.group_name"],
      select: `lines.group_code AS "contentGroupCode", lines.group_name AS "contentGroupName"`,
    },
    STATE: { keys: ["p.state"], select: `p.state AS "state"` },
  };
  const keys = groupBy.flatMap((g) => columns[g].keys);
  const selects = groupBy.map((g) => columns[g].select);
  // Budget lines are summed per đề án (and content group) first, payments per đề án: no join multiplies rows.
  const lines = byGroup
    ? `SELECT line.project_id, target.group_code, content.name AS group_name,
              SUM(line.requested_support) AS requested, SUM(line.approved_support) AS approved
         FROM budget_line line
         JOIN p ON p.id = line.project_id
         JOIN project_activity activity ON activity.id = line.activity_id
         JOIN target_line target ON target.id = activity.target_line_id
         JOIN content_group content
           ON content.programme_code = target.programme_code AND content.code = target.group_code
        GROUP BY line.project_id, target.group_code, content.name`
    : `SELECT line.project_id, SUM(line.requested_support) AS requested, SUM(line.approved_support) AS approved
         FROM budget_line line JOIN p ON p.id = line.project_id
        GROUP BY line.project_id`;
  const sql = `
    WITH p AS (
      SELECT project.id, project.year, project.fund_source, project.commune_code, project.state, project.final_support
        FROM project ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ), lines AS (${lines}
    ), pays AS (
      SELECT payment.project_id, SUM(payment.amount) AS paid,
             SUM(payment.amount) FILTER (WHERE payment.kind = 'ADVANCE') AS advanced
        FROM payment_request payment JOIN p ON p.id = payment.project_id
       WHERE payment.status = 'PAID'
       GROUP BY payment.project_id
    )
    SELECT ${[...selects, ""].join(", ")}
           ${keys.length ? `GROUPING(${keys.join(", ")}) <> 0` : "true"} AS "isTotal",
           COUNT(DISTINCT p.id)::int AS "projectCount",
           COALESCE(SUM(lines.requested), 0)::text AS "requested",
           COALESCE(SUM(lines.approved), 0)::text AS "approved",
           ${byGroup ? "NULL" : "COALESCE(SUM(pays.advanced), 0)::text"} AS "advanced",
           ${byGroup ? "NULL" : "COALESCE(SUM(pays.paid), 0)::text"} AS "paid",
           ${byGroup ? "NULL" : "COALESCE(SUM(p.final_support), 0)::text"} AS "finalSupport"
      FROM p
      ${byGroup ? "JOIN" : "LEFT JOIN"} lines ON lines.project_id = p.id
      LEFT JOIN pays ON pays.project_id = p.id
      LEFT JOIN commune ON commune.code = p.commune_code
     ${groupingSets(keys)}
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
  const params = new Params();
  const where = [`project.state = ANY(${params.add([...SUPPORTED_STATES])}::text[])`];
  if (args.filter?.years) where.push(`project.year = ANY(${params.add(args.filter.years)}::int[])`);
  const scope = projectScope(ctx, "project", params);
  if (scope) where.push(scope);

  const size = facilitySizeSql("facility");
  const columns: Record<FacilityGrouping, { keys: string[]; select: string }> = {
    COMMUNE: {
      keys: ["facility.production_commune_code", "commune.name"],
      select: `facility.production_commune_code AS "communeCode", commune.name AS "communeName"`,
    },
    SECTOR: { keys: ["facility.sector"], select: `facility.sector AS "sector"` },
    LEGAL_FORM: { keys: ["facility.legal_form"], select: `facility.legal_form AS "legalForm"` },
    SIZE: { keys: [size], select: `${size} AS "size"` },
    WOMEN_OWNED: { keys: ["facility.women_owned"], select: `facility.women_owned AS "womenOwned"` },
  };
  const keys = groupBy.flatMap((g) => columns[g].keys);
  const selects = groupBy.map((g) => columns[g].select);
  const sql = `
    WITH supported AS (
      SELECT DISTINCT beneficiary.facility_id, beneficiary.project_id
        FROM project_beneficiary beneficiary
        JOIN project ON project.id = beneficiary.project_id
       WHERE ${where.join(" AND ")}
    )
    SELECT ${[...selects, ""].join(", ")}
           ${keys.length ? `GROUPING(${keys.join(", ")}) <> 0` : "true"} AS "isTotal",
           COUNT(DISTINCT facility.id)::int AS "facilityCount",
           COUNT(DISTINCT supported.project_id)::int AS "projectCount"
      FROM supported
      JOIN facility ON facility.id = supported.facility_id
      LEFT JOIN commune ON commune.code = facility.production_commune_code
     ${groupingSets(keys)}
     ORDER BY "isTotal"${keys.length ? `, ${keys.join(", ")}` : ""}`;
  const raw: Record<string, unknown>[] = await ctx.em.query(sql, params.values);
  const rows = raw.map((r) =>
    Object.assign(new SupportedFacilitiesRow(), {
      communeCode: r.communeCode ?? null,
      communeName: r.communeName ?? null,
      sector: r.sector ?? null,
      legalForm: r.legalForm ?? null,
      size: r.size ?? null,
      womenOwned: r.womenOwned ?? null,
      facilityCount: r.facilityCount as number,
      projectCount: r.projectCount as number,
    }),
  );
  const totalIndex = raw.findIndex((r) => r.isTotal === true);
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
    rows: keys.length ? rows.filter((_, i) => i !== totalIndex) : [],
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
