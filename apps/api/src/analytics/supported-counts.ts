import { DECIDED_STATES } from "@khuyencong/domain";
import type { EntityManager } from "typeorm";
import type { Ctx } from "../context.js";
import { dataScopeOfUser } from "../db/data-scope.js";
import { type FacilityGrouping, SupportedFacilities, SupportedFacilitiesRow } from "./analytics.types.js";

/*
 * Supported facilities per production commune read from the counters kept by migration
 * SupportedCounts1796000000001 (supported_facility_count, supported_commune_projects, supported_projects):
 * a few thousand rows instead of every facility's đề án unnested and counted distinct. They answer the
 * questions grouped by commune or not grouped, over all đề án or some plan years — analytics a9 and the
 * annual report's commune table; any other grouping, or a user who sees only their own đề án, takes the
 * general query of analytics.service.ts.
 */

/** Whether the kept counters answer this question for this user (who must see every đề án). */
export function countersAnswer(ctx: Ctx, groupBy: readonly FacilityGrouping[]): boolean {
  return dataScopeOfUser(ctx.user).kind === "ALL" && groupBy.every((g) => g === "COMMUNE");
}

const row = (fields: Partial<SupportedFacilitiesRow>): SupportedFacilitiesRow =>
  Object.assign(new SupportedFacilitiesRow(), {
    communeCode: null,
    communeName: null,
    sector: null,
    legalForm: null,
    size: null,
    womenOwned: null,
    facilityCount: 0,
    projectCount: 0,
    ...fields,
  });

/**
 * Facilities with a decided đề án (of `years` if given), and those đề án, per production commune and in
 * total: one statement. Facilities are counted once however many đề án and years they have; a đề án once
 * per commune it has beneficiaries in, and once in the total.
 */
export async function supportedFacilitiesFromCounters(
  ctx: Ctx,
  groupBy: FacilityGrouping[],
  years: readonly number[] | null | undefined,
): Promise<SupportedFacilities> {
  const raw: {
    code: string | null;
    name: string | null;
    facilities: number;
    projects: number;
  }[] = await ctx.em.query(
    `WITH f AS (
       SELECT production_commune_code AS code, SUM(facilities)::int AS n FROM supported_facility_count
        WHERE facilities <> 0 AND ($1::int[] IS NULL OR decided_years && $1::int[])
        GROUP BY 1 HAVING SUM(facilities) > 0
     ), p AS (
       SELECT production_commune_code AS code, SUM(projects)::int AS n FROM supported_commune_projects
        WHERE projects <> 0 AND state = ANY($2::varchar[]) AND ($1::int[] IS NULL OR year = ANY($1::int[]))
        GROUP BY 1
     )
     SELECT f.code, commune.name, f.n AS facilities, COALESCE(p.n, 0) AS projects
       FROM f LEFT JOIN p ON p.code = f.code LEFT JOIN commune ON commune.code = f.code
     UNION ALL
     SELECT NULL, NULL, (SELECT COALESCE(SUM(n), 0)::int FROM f),
            (SELECT COALESCE(SUM(projects), 0)::int FROM supported_projects
              WHERE state = ANY($2::varchar[]) AND ($1::int[] IS NULL OR year = ANY($1::int[])))
     ORDER BY 1 NULLS LAST, 2`,
    [years ? [...years] : null, [...DECIDED_STATES]],
  );
  const rows = raw.map((r) =>
    row({
      communeCode: r.code,
      communeName: r.code === null ? null : r.name,
      facilityCount: r.facilities,
      projectCount: r.projects,
    }),
  );
  const total = rows.pop() ?? row({});
  return Object.assign(new SupportedFacilities(), {
    groupBy,
    rows: groupBy.length ? rows : [],
    total,
    coversAllProjects: true,
  });
}

export interface CommuneSupportCount {
  /** null on the total row. */
  communeCode: string | null;
  kind: string | null;
  name: string | null;
  facilityCount: number;
  projectCount: number;
  approvedSupport: string;
}

/**
 * Facilities supported by decided đề án of `year` with an approved support, per production commune (in
 * the communes' order: kind, name, code), then the total: how many facilities, how many đề án (once per
 * commune, once in the total) and the support approved on their lines for those facilities.
 */
export function supportedByCommuneOfYear(em: EntityManager, year: number): Promise<CommuneSupportCount[]> {
  return em.query(
    `WITH f AS (
       SELECT production_commune_code AS code, SUM(facilities)::int AS n FROM supported_facility_count
        WHERE facilities <> 0 AND approved_years && ARRAY[$1::int]
        GROUP BY 1 HAVING SUM(facilities) > 0
     ), p AS (
       SELECT production_commune_code AS code, SUM(projects)::int AS n, SUM(support) AS support
         FROM supported_commune_projects
        WHERE year = $1 AND approved AND state = ANY($2::varchar[]) AND (projects <> 0 OR support <> 0)
        GROUP BY 1
     )
     SELECT * FROM (
       SELECT f.code AS "communeCode", commune.kind, commune.name, f.n AS "facilityCount",
              COALESCE(p.n, 0) AS "projectCount", COALESCE(p.support, 0)::bigint AS "approvedSupport"
         FROM f JOIN commune ON commune.code = f.code LEFT JOIN p ON p.code = f.code
       UNION ALL
       SELECT NULL, NULL, NULL, (SELECT COALESCE(SUM(n), 0)::int FROM f),
              (SELECT COALESCE(SUM(projects), 0)::int FROM supported_projects
                WHERE year = $1 AND approved AND state = ANY($2::varchar[])),
              (SELECT COALESCE(SUM(support), 0)::bigint FROM p)
     ) r
     ORDER BY "communeCode" IS NULL, kind, name, "communeCode"`,
    [year, [...DECIDED_STATES]],
  );
}
