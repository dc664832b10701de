import type { MigrationInterface, QueryRunner } from "typeorm";

/** progress-figures.ts's ACHIEVED_STATES and PIPELINE_STATES as they were when this migration was written. */
const ACHIEVED = `ARRAY['ACCEPTED', 'SETTLED', 'CLOSED']::varchar[]`;
const PIPELINE = `ARRAY['APPROVED', 'CONTRACTED', 'ADVANCED', 'IN_PROGRESS', 'ADJUSTING']::varchar[]`;

/** Signed contributions of activities `a` of đề án `p` (state, year) to the figures, `sign` = 1 or -1. */
const contributions = (activities: string, projects: string, sign: string) => `
  SELECT a.target_line_id, p.year,
         ${sign} * CASE WHEN p.state = ANY(${ACHIEVED}) THEN COALESCE(a.actual_quantity, 0) ELSE 0 END AS achieved,
         ${sign} * CASE WHEN p.state = ANY(${PIPELINE}) THEN a.planned_quantity ELSE 0 END AS pipeline
    FROM ${activities} a JOIN ${projects} p ON p.id = a.project_id
   WHERE p.state = ANY(${ACHIEVED} || ${PIPELINE})`;

/** Adds the summed deltas to the figures, keys in order (concurrent writers lock rows in the same order). */
const apply = (deltas: string) => `
  INSERT INTO progress_figures (target_line_id, year, achieved, pipeline)
  SELECT target_line_id, year, SUM(achieved), SUM(pipeline) FROM (${deltas}) d
   GROUP BY target_line_id, year
  HAVING SUM(achieved) <> 0 OR SUM(pipeline) <> 0
   ORDER BY target_line_id, year
  ON CONFLICT (target_line_id, year) DO UPDATE
     SET achieved = progress_figures.achieved + EXCLUDED.achieved,
         pipeline = progress_figures.pipeline + EXCLUDED.pipeline`;

/**
 * Programme progress by target line and year, kept current in the transaction of every change that moves
 * it (issue 11): what accepted đề án achieved (Σ actual quantity) and what approved ones still plan
 * (Σ planned quantity), by their activities' target line and the đề án's year. progress-figures.ts reads
 * these few hundred rows instead of every activity of every đề án.
 *
 * Statement-level triggers with transition tables, so that a bulk insert (the national generator) costs
 * one set-based statement, not one per row; each adds signed deltas (`achieved = achieved + d`), which is
 * exact under concurrent writers (the upsert re-reads the committed row it locks). A đề án's deletion
 * takes its activities' share away BEFORE the cascade removes them.
 */
export class ProgressFigures1795910000002 implements MigrationInterface {
  name = "ProgressFigures1795910000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "progress_figures" (
                "target_line_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "achieved" bigint NOT NULL,
                "pipeline" bigint NOT NULL,
                CONSTRAINT "PK_progress_figures" PRIMARY KEY ("target_line_id", "year"),
                CONSTRAINT "FK_progress_figures_line" FOREIGN KEY ("target_line_id") REFERENCES "target_line"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(apply(contributions("project_activity", "project", "1")));

    await queryRunner.query(`
            CREATE FUNCTION progress_activity_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN ${apply(contributions("new_rows", "project", "1"))}; RETURN NULL; END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION progress_activity_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN ${apply(contributions("old_rows", "project", "-1"))}; RETURN NULL; END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION progress_activity_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN ${apply(
              `${contributions("old_rows", "project", "-1")} UNION ALL ${contributions("new_rows", "project", "1")}`,
            )}; RETURN NULL; END $$
        `);
    // A đề án whose state or year changed moves its activities' share; other updates change nothing.
    await queryRunner.query(`
            CREATE FUNCTION progress_project_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN ${apply(
              `${contributions(
                "project_activity",
                "(SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.state, o.year) IS DISTINCT FROM (n.state, n.year))",
                "-1",
              )} UNION ALL ${contributions(
                "project_activity",
                "(SELECT n.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.state, o.year) IS DISTINCT FROM (n.state, n.year))",
                "1",
              )}`,
            )}; RETURN NULL; END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION progress_project_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN ${apply(contributions("project_activity", "(SELECT OLD.id AS id, OLD.state AS state, OLD.year AS year)", "-1"))}; RETURN OLD; END $$
        `);
    for (const event of ["insert", "update", "delete"]) {
      const tables =
        event === "insert"
          ? "NEW TABLE AS new_rows"
          : event === "delete"
            ? "OLD TABLE AS old_rows"
            : "OLD TABLE AS old_rows NEW TABLE AS new_rows";
      await queryRunner.query(`
            CREATE TRIGGER "progress_activity_${event}" AFTER ${event.toUpperCase()} ON "project_activity"
            REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION progress_activity_${event}()
        `);
    }
    await queryRunner.query(`
            CREATE TRIGGER "progress_project_update" AFTER UPDATE ON "project"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION progress_project_update()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "progress_project_delete" BEFORE DELETE ON "project"
            FOR EACH ROW EXECUTE FUNCTION progress_project_delete()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_project_delete" ON "project"`);
    await queryRunner.query(`DROP TRIGGER "progress_project_update" ON "project"`);
    for (const event of ["delete", "update", "insert"]) {
      await queryRunner.query(`DROP TRIGGER "progress_activity_${event}" ON "project_activity"`);
    }
    await queryRunner.query(`DROP FUNCTION progress_project_delete()`);
    await queryRunner.query(`DROP FUNCTION progress_project_update()`);
    await queryRunner.query(`DROP FUNCTION progress_activity_update()`);
    await queryRunner.query(`DROP FUNCTION progress_activity_delete()`);
    await queryRunner.query(`DROP FUNCTION progress_activity_insert()`);
    await queryRunner.query(`DROP TABLE "progress_figures"`);
  }
}
