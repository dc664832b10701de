import {
  ACHIEVED_STATES,
  LINE_YEAR_FIGURES_FROM_BASE_ROWS,
  PIPELINE_STATES,
} from "../src/progress/progress-figures.js";
import type { TestServer } from "./harness.js";

/** progress_figures, and the same sums from every activity of every đề án, as comparable sorted rows. */
export async function figuresAndBaseRows(t: TestServer) {
  const kept: { k: string }[] = await t.dataSource.query(
    `SELECT target_line_id || '|' || year || '|' || achieved || '|' || pipeline AS k FROM progress_figures
      WHERE achieved <> 0 OR pipeline <> 0 ORDER BY 1`,
  );
  const base: { k: string }[] = await t.dataSource.query(
    `SELECT target_line_id || '|' || year || '|' || achieved || '|' || pipeline AS k
       FROM (${LINE_YEAR_FIGURES_FROM_BASE_ROWS}) f WHERE achieved <> 0 OR pipeline <> 0 ORDER BY 1`,
    [[...ACHIEVED_STATES], [...PIPELINE_STATES]],
  );
  return { kept: kept.map((r) => r.k), base: base.map((r) => r.k) };
}
