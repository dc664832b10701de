import { FUND_SOURCES, type FundSource } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { bigintToNumber } from "../db/columns.js";
import type { AnnualPlan } from "./annual-plan.entity.js";
import {
  PlanCommuneTotal,
  PlanComparison,
  PlanFundSourceTotal,
  PlanLineComparison,
  PlanTotal,
  PlanUnitTotal,
} from "./plan-comparison.types.js";
import { registrationScope, scopeSql } from "./plan-scope.js";

/*
 * Every figure here is one GROUP BY in PostgreSQL over the viewer's registrations (plan-scope.ts); the
 * code only renames columns and reads bigint sums as safe integers. Quantities are summed per target
 * line only: lines count different things (cơ sở, lớp, học viên…), so a quantity total would mean nothing.
 */

export function comparisonOf(ctx: Ctx, plan: AnnualPlan): PlanComparison {
  return Object.assign(new PlanComparison(), {
    plan,
    coversAllRegistrations: registrationScope(ctx).kind === "ALL",
  });
}

/** Every target line of the plan's programme, in document order, with its target for the year. */
export async function lineComparisons(ctx: Ctx, plan: AnnualPlan): Promise<PlanLineComparison[]> {
  const params: unknown[] = [plan.programmeCode, plan.year, plan.id];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  const rows: {
    targetLineId: string;
    target: number | null;
    registeredQuantity: number;
    estimatedCost: string;
    registrationCount: number;
    difference: number | null;
  }[] = await ctx.em.query(
    `SELECT line.id AS "targetLineId",
            yearly.target AS "target",
            COALESCE(SUM(registration.quantity), 0)::int AS "registeredQuantity",
            COALESCE(SUM(registration.estimated_cost), 0)::bigint AS "estimatedCost",
            COUNT(registration.id)::int AS "registrationCount",
            (COALESCE(SUM(registration.quantity), 0) - yearly.target)::int AS "difference"
       FROM target_line line
       JOIN content_group grp ON grp.programme_code = line.programme_code AND grp.code = line.group_code
       LEFT JOIN target_line_year yearly ON yearly.target_line_id = line.id AND yearly.year = $2
       LEFT JOIN plan_registration registration
              ON registration.target_line_id = line.id AND registration.plan_id = $3 AND ${scope}
      WHERE line.programme_code = $1
      GROUP BY line.id, yearly.target, grp.position, line.position
      ORDER BY grp.position, line.position`,
    params,
  );
  return rows.map((row) =>
    Object.assign(new PlanLineComparison(), { ...row, estimatedCost: money(row.estimatedCost) }),
  );
}

/** Every fund source, in the domain's order, 0 where none is used. */
export async function fundSourceTotals(ctx: Ctx, plan: AnnualPlan): Promise<PlanFundSourceTotal[]> {
  const params: unknown[] = [[...FUND_SOURCES], plan.id];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  const rows: { fundSource: FundSource; registrationCount: number; estimatedCost: string }[] =
    await ctx.em.query(
      `SELECT source.code AS "fundSource",
              COUNT(registration.id)::int AS "registrationCount",
              COALESCE(SUM(registration.estimated_cost), 0)::bigint AS "estimatedCost"
         FROM unnest($1::varchar[]) WITH ORDINALITY AS source(code, position)
         LEFT JOIN plan_registration registration
                ON registration.fund_source = source.code AND registration.plan_id = $2 AND ${scope}
        GROUP BY source.code, source.position
        ORDER BY source.position`,
      params,
    );
  return rows.map((row) =>
    Object.assign(new PlanFundSourceTotal(), { ...row, estimatedCost: money(row.estimatedCost) }),
  );
}

/** The communes that registered, by code (kind, then name without accents). */
export async function communeTotals(ctx: Ctx, plan: AnnualPlan): Promise<PlanCommuneTotal[]> {
  const params: unknown[] = [plan.id];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  const rows: { communeCode: string; registrationCount: number; estimatedCost: string }[] =
    await ctx.em.query(
      `SELECT registration.commune_code AS "communeCode",
              COUNT(*)::int AS "registrationCount",
              SUM(registration.estimated_cost)::bigint AS "estimatedCost"
         FROM plan_registration registration
        WHERE registration.plan_id = $1 AND registration.commune_code IS NOT NULL AND ${scope}
        GROUP BY registration.commune_code
        ORDER BY registration.commune_code`,
      params,
    );
  return rows.map((row) =>
    Object.assign(new PlanCommuneTotal(), { ...row, estimatedCost: money(row.estimatedCost) }),
  );
}

/** The implementing units that registered, by name. */
export async function unitTotals(ctx: Ctx, plan: AnnualPlan): Promise<PlanUnitTotal[]> {
  const params: unknown[] = [plan.id];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  const rows: { unitId: string; registrationCount: number; estimatedCost: string }[] = await ctx.em.query(
    `SELECT registration.unit_id AS "unitId",
            COUNT(*)::int AS "registrationCount",
            SUM(registration.estimated_cost)::bigint AS "estimatedCost"
       FROM plan_registration registration
       JOIN implementing_unit unit ON unit.id = registration.unit_id
      WHERE registration.plan_id = $1 AND ${scope}
      GROUP BY registration.unit_id, unit.name
      ORDER BY unit.name, registration.unit_id`,
    params,
  );
  return rows.map((row) =>
    Object.assign(new PlanUnitTotal(), { ...row, estimatedCost: money(row.estimatedCost) }),
  );
}

export async function planTotal(ctx: Ctx, plan: AnnualPlan): Promise<PlanTotal> {
  const params: unknown[] = [plan.id];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  const [row]: { registrationCount: number; estimatedCost: string }[] = await ctx.em.query(
    `SELECT COUNT(*)::int AS "registrationCount",
            COALESCE(SUM(registration.estimated_cost), 0)::bigint AS "estimatedCost"
       FROM plan_registration registration
      WHERE registration.plan_id = $1 AND ${scope}`,
    params,
  );
  return Object.assign(new PlanTotal(), {
    registrationCount: row?.registrationCount ?? 0,
    estimatedCost: money(row?.estimatedCost ?? "0"),
  });
}

/** A bigint sum as a number; refuses (loudly) what is not a safe integer. */
function money(value: string): number {
  return bigintToNumber.from(value) ?? 0;
}
