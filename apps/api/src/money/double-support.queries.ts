import {
  DECIDED_STATES,
  type DoubleSupportFinding,
  findDoubleSupport,
  type PriorSupport as DomainPrior,
} from "@khuyencong/domain";
import type { EntityManager } from "typeorm";

/**
 * Prior support of the beneficiaries of some đề án: the approved budget lines of their other đề án (any
 * state from approval on: the domain's DECIDED_STATES) and support recorded from other sources. Two queries
 * for any number of đề án.
 */
export async function doubleSupportFindingsFor(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<Map<string, DoubleSupportFinding[]>> {
  const proposed: { project_id: string; facility_id: string; activity_kind: string; cost_item: string }[] =
    await em.query(
      `SELECT b.project_id, b.facility_id, a.activity_kind, b.cost_item
       FROM budget_line b JOIN project_activity a ON a.id = b.activity_id
      WHERE b.project_id = ANY($1) AND b.facility_id IS NOT NULL`,
      [projectIds],
    );
  const result = new Map<string, DoubleSupportFinding[]>(projectIds.map((id) => [id, []]));
  if (proposed.length === 0) return result;
  // The earlier support may be a đề án of another commune or unit, which row-level security hides from a
  // commune officer or a unit: kc_prior_support (migration RowLevelSecurity) reads it for the beneficiaries
  // of the given đề án the caller may read, and nothing else.
  const prior: (DomainPrior & { project_id: string | null })[] = await em.query(
    "SELECT * FROM kc_prior_support($1, $2)",
    [projectIds, [...DECIDED_STATES]],
  );
  for (const id of projectIds) {
    const mine = proposed
      .filter((p) => p.project_id === id)
      .map((p) => ({
        facilityId: p.facility_id,
        activityKind: p.activity_kind as DomainPrior["activityKind"],
        costItem: p.cost_item,
      }));
    result.set(
      id,
      findDoubleSupport(
        mine,
        prior.filter((q) => q.project_id !== id),
      ),
    );
  }
  return result;
}
