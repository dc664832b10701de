import { DECIDED_STATES, STOPPED_STATES } from "@khuyencong/domain";
import type { EntityManager } from "typeorm";

/*
 * Money figures per đề án (`project_money`) and per đề án and content group (`project_group_money`),
 * kept current by PostgreSQL triggers in the transaction of every change to a đề án, its budget lines,
 * activities or payment requests (migration MoneyFigures1795900000001; docs/decisions.md, "Money
 * figures"). Every money aggregate reads these rows — one per đề án — instead of the budget-line and
 * payment history.
 */

/**
 * Recomputes every figure from the base rows, in SQL (one set-based statement per table). For bulk loads
 * (the national generator) and repairs; the triggers keep the figures right otherwise. TRUNCATE first
 * (inside the caller's transaction, rolled back with it): the rows the triggers kept during a bulk load
 * leave no dead tuples behind, so the aggregates read a compact table.
 */
export async function rebuildMoneyFigures(em: EntityManager): Promise<void> {
  // The supported-facility counters are derived from facility_support by its triggers: emptied with it,
  // they are filled again when money_facility_rebuild inserts its rows.
  await em.query(
    "TRUNCATE project_money, project_group_money, facility_support, supported_facility_count, supported_commune_projects, supported_projects",
  );
  await em.query("SELECT money_rebuild()");
  await em.query("SELECT money_facility_rebuild()");
}

/** `'APPROVED', 'CONTRACTED', …`: a domain state group written into SQL text (constants, not user input). */
export function sqlStates(states: readonly string[]): string {
  return states
    .map((s) => {
      if (!/^[A-Z_]+$/.test(s)) throw new Error(`not a state: ${s}`);
      return `'${s}'`;
    })
    .join(", ");
}

/**
 * What a đề án commits against its envelope, as SQL over a `project_money` row aliased `m`: the domain's
 * `committedSupport` — nothing unless decided; a stopped one what was paid; a settled one its final
 * support; otherwise its approved support.
 */
export function committedSql(m: string): string {
  return `(CASE
    WHEN ${m}.approved_support IS NULL OR ${m}.state NOT IN (${sqlStates(DECIDED_STATES)}) THEN 0
    WHEN ${m}.state IN (${sqlStates(STOPPED_STATES)}) THEN ${m}.paid
    ELSE coalesce(${m}.final_support, ${m}.approved_support) END)`;
}

export interface EstimateTotals {
  cost: number;
  requestedSupport: number;
  counterpartFunds: number;
}

/** The estimate's totals of these đề án from their figures (one indexed read), keyed by đề án id. */
export async function estimateTotalsOf(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<Map<string, EstimateTotals>> {
  const rows: { project_id: string; cost: string; requested: string; counterpart: string }[] = await em.query(
    "SELECT project_id, cost, requested, counterpart FROM project_money WHERE project_id = ANY($1::uuid[])",
    [[...projectIds]],
  );
  return new Map(
    rows.map((r) => [
      r.project_id,
      {
        cost: Number(r.cost),
        requestedSupport: Number(r.requested),
        counterpartFunds: Number(r.counterpart),
      },
    ]),
  );
}

/** Allocation of the envelopes of these years at once (one GROUP BY), keyed `${year}|${fundSource}`. */
export async function allocatedByEnvelope(
  em: EntityManager,
  years: readonly number[],
): Promise<Map<string, number>> {
  const rows: { year: number; fund_source: string; allocated: string }[] = await em.query(
    `SELECT m.year, m.fund_source, coalesce(sum(${committedSql("m")}), 0)::bigint AS allocated
      FROM project_money m
     WHERE m.year = ANY($1::int[])
     GROUP BY m.year, m.fund_source`,
    [[...new Set(years)]],
  );
  return new Map(rows.map((r) => [`${r.year}|${r.fund_source}`, Number(r.allocated)]));
}
