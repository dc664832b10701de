import { APPROVED_PLAN_STATUS, type Programme as DomainProgramme } from "@khuyencong/domain";
import type { EntityManager } from "typeorm";
import { readTogether } from "../db/read-together.js";
import { loadDomainProgramme } from "../programme/programme.queries.js";
import { TargetLine } from "../programme/target-line.entity.js";

/** The domain's state groups of programme progress (packages/domain/src/lifecycle/state-groups.ts). */
export { ACHIEVED_STATES, PIPELINE_STATES } from "@khuyencong/domain";

/** The sums of one target line in one year, or over the period's years when `year` is null; 0 where nothing counts. */
export interface LineYearFigures {
  lineCode: string;
  year: number | null;
  achieved: number;
  pipeline: number;
  /** Σ quantity of the year's APPROVED plan; 0 also when the year has no approved plan (see approvedPlanYears). */
  planned: number;
}

/**
 * Achieved, pipeline and planned quantities of a programme's lines, by line and year: one statement, so
 * that the three come from one snapshot and a đề án accepted meanwhile is never counted both in the
 * pipeline and as achieved. Achieved and pipeline come from `progress_figures` (migration ProgressFigures:
 * Σ actual quantity of ACHIEVED_STATES and Σ planned quantity of PIPELINE_STATES by target line and year,
 * kept current by triggers in the transaction of every change), a few hundred rows whatever the history;
 * planned sums the year's APPROVED plan over every commune (kc_planned_figures, migration
 * CityWidePlannedFigures: the city's figure under row-level security). The grouping sets add each line's totals over the period (year
 * null). Years outside the period are left out, as the domain leaves them out of progress.
 */
export async function lineYearFigures(em: EntityManager, programmeCode: string): Promise<LineYearFigures[]> {
  const rows: LineYearFigures[] = await em.query(
    `WITH work AS (
       SELECT target_line_id, year, achieved, pipeline, 0 AS planned FROM progress_figures
     ), plans AS (
       SELECT target_line_id, year, 0, 0, planned FROM kc_planned_figures($1, $2)
     )
     SELECT line.code AS "lineCode", figures.year AS "year",
            SUM(figures.achieved)::int AS "achieved",
            SUM(figures.pipeline)::int AS "pipeline",
            SUM(figures.planned)::int AS "planned"
       FROM (SELECT * FROM work UNION ALL SELECT * FROM plans) figures
       JOIN target_line line ON line.id = figures.target_line_id
       JOIN programme ON programme.code = line.programme_code
      WHERE line.programme_code = $1 AND figures.year BETWEEN programme.first_year AND programme.last_year
      GROUP BY GROUPING SETS ((line.code, figures.year), (line.code))
      ORDER BY line.code, figures.year`,
    [programmeCode, APPROVED_PLAN_STATUS],
  );
  return rows;
}

/**
 * The same figures summed from the base rows (every activity of every đề án): what progress_figures must
 * always equal. For tests and for checking a database by hand; the API never runs it.
 */
export const LINE_YEAR_FIGURES_FROM_BASE_ROWS = `
  SELECT activity.target_line_id, project.year,
         COALESCE(SUM(activity.actual_quantity) FILTER (WHERE project.state = ANY($1)), 0)::bigint AS achieved,
         COALESCE(SUM(activity.planned_quantity) FILTER (WHERE project.state = ANY($2)), 0)::bigint AS pipeline
    FROM project_activity activity
    JOIN project ON project.id = activity.project_id
   WHERE project.state = ANY($1) OR project.state = ANY($2)
   GROUP BY activity.target_line_id, project.year`;

/** The years of the programme whose annual plan is APPROVED, ascending. */
export async function approvedPlanYears(em: EntityManager, programmeCode: string): Promise<number[]> {
  const rows: { year: number }[] = await em.query(
    `SELECT year FROM annual_plan WHERE programme_code = $1 AND status = $2 ORDER BY year`,
    [programmeCode, APPROVED_PLAN_STATUS],
  );
  return rows.map((r) => r.year);
}

/** What progress is computed from, as of any year: the figures by line and year do not depend on it. */
export interface ProgressInputs {
  programme: DomainProgramme;
  figures: LineYearFigures[];
  planYears: number[];
  lines: Pick<TargetLine, "id" | "code">[];
}

/** Reads a programme's progress inputs: its one aggregate (progress-figures.ts) and reference rows. */
export async function loadProgressInputs(em: EntityManager, code: string): Promise<ProgressInputs> {
  const [programme, figures, planYears, lines] = await readTogether(em, [
    () => loadDomainProgramme(em, code),
    () => lineYearFigures(em, code),
    () => approvedPlanYears(em, code),
    () => em.find(TargetLine, { where: { programmeCode: code }, select: { id: true, code: true } }),
  ]);
  return { programme, figures, planYears, lines };
}
