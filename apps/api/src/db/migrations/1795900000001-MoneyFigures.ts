import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Money figures per đề án, kept current by PostgreSQL itself (docs/decisions.md, "Money figures"):
 * - `project_money`: one row per đề án with the columns the aggregates filter on (year, fund, commune,
 *   implementing unit, state) and the sums of its budget lines (cost, requested, counterpart, approved) and
 *   payment requests (advanced, paid, pending), plus its own approved/final support and refund received;
 * - `project_group_money`: per đề án and content group, the requested and approved support of its lines.
 * Statement-level triggers (with transition tables: one call per statement, bulk inserts included) on
 * project, budget_line, payment_request and project_activity call `money_refresh(ids)`, which locks the
 * figures rows of those đề án and recomputes them from the base rows in a fresh snapshot: two transactions
 * moving the same đề án's money wait for each other, and the figures commit with the change that moved
 * them. `money_rebuild()` recomputes everything (after bulk loads; the backfill below).
 * No entities: only src/money/money-figures.ts and the aggregates read these tables.
 */
export class MoneyFigures1795900000001 implements MigrationInterface {
  name = "MoneyFigures1795900000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "project_money" (
                "project_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "fund_source" character varying(32) NOT NULL,
                "commune_code" character varying(64) NOT NULL,
                "implementing_unit_id" uuid,
                "state" character varying(24) NOT NULL,
                "line_count" integer NOT NULL,
                "cost" bigint NOT NULL,
                "requested" bigint NOT NULL,
                "counterpart" bigint NOT NULL,
                "line_approved" bigint NOT NULL,
                "approved_support" bigint,
                "final_support" bigint,
                "refund_received" bigint NOT NULL,
                "advanced" bigint NOT NULL,
                "paid" bigint NOT NULL,
                "pending" bigint NOT NULL,
                CONSTRAINT "PK_project_money" PRIMARY KEY ("project_id"),
                CONSTRAINT "FK_project_money_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IX_project_money_year" ON "project_money" ("year", "fund_source")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_project_money_commune" ON "project_money" ("commune_code", "year")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_project_money_unit" ON "project_money" ("implementing_unit_id", "year")`,
    );
    await queryRunner.query(`
            CREATE TABLE "project_group_money" (
                "project_id" uuid NOT NULL,
                "programme_code" character varying(32) NOT NULL,
                "group_code" character varying(8) NOT NULL,
                "requested" bigint NOT NULL,
                "approved" bigint NOT NULL,
                CONSTRAINT "PK_project_group_money" PRIMARY KEY ("project_id", "programme_code", "group_code"),
                CONSTRAINT "FK_project_group_money_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE
            )
        `);

    // The figures of the đề án in ids, recomputed from their base rows.
    await queryRunner.query(`
            CREATE FUNCTION money_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
              -- Serialise with any other transaction moving the same đề án's money; under READ COMMITTED the
              -- statements below then read the base rows in a snapshot taken after that transaction committed.
              PERFORM 1 FROM project_money WHERE project_id = ANY(ids) ORDER BY project_id FOR UPDATE;
              INSERT INTO project_money AS m (project_id, year, fund_source, commune_code, implementing_unit_id, state,
                     line_count, cost, requested, counterpart, line_approved, approved_support, final_support,
                     refund_received, advanced, paid, pending)
              SELECT p.id, p.year, p.fund_source, p.commune_code, p.implementing_unit_id, p.state,
                     l.line_count, l.cost, l.requested, l.counterpart, l.approved, p.approved_support, p.final_support,
                     p.refund_received, r.advanced, r.paid, r.pending
                FROM project p
                CROSS JOIN LATERAL (
                  SELECT count(*)::int AS line_count, coalesce(sum(cost), 0) AS cost,
                         coalesce(sum(requested_support), 0) AS requested,
                         coalesce(sum(counterpart_funds), 0) AS counterpart,
                         coalesce(sum(approved_support), 0) AS approved
                    FROM budget_line WHERE project_id = p.id) l
                CROSS JOIN LATERAL (
                  SELECT coalesce(sum(amount) FILTER (WHERE status = 'PAID' AND kind = 'ADVANCE'), 0) AS advanced,
                         coalesce(sum(amount) FILTER (WHERE status = 'PAID'), 0) AS paid,
                         coalesce(sum(amount) FILTER (WHERE status = 'PENDING'), 0) AS pending
                    FROM payment_request WHERE project_id = p.id) r
               WHERE p.id = ANY(ids)
              ON CONFLICT (project_id) DO UPDATE SET
                     year = excluded.year, fund_source = excluded.fund_source, commune_code = excluded.commune_code,
                     implementing_unit_id = excluded.implementing_unit_id, state = excluded.state,
                     line_count = excluded.line_count, cost = excluded.cost, requested = excluded.requested,
                     counterpart = excluded.counterpart, line_approved = excluded.line_approved,
                     approved_support = excluded.approved_support, final_support = excluded.final_support,
                     refund_received = excluded.refund_received, advanced = excluded.advanced, paid = excluded.paid,
                     pending = excluded.pending;
              DELETE FROM project_group_money WHERE project_id = ANY(ids);
              INSERT INTO project_group_money (project_id, programme_code, group_code, requested, approved)
              SELECT line.project_id, target.programme_code, target.group_code,
                     sum(line.requested_support), coalesce(sum(line.approved_support), 0)
                FROM budget_line line
                JOIN project_activity activity ON activity.id = line.activity_id
                JOIN target_line target ON target.id = activity.target_line_id
               WHERE line.project_id = ANY(ids)
               GROUP BY line.project_id, target.programme_code, target.group_code;
            END $$
        `);

    // Every figure, from scratch, set-based (after a bulk load; the backfill).
    await queryRunner.query(`
            CREATE FUNCTION money_rebuild() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              LOCK TABLE project_money, project_group_money IN EXCLUSIVE MODE;
              DELETE FROM project_money;
              DELETE FROM project_group_money;
              INSERT INTO project_money (project_id, year, fund_source, commune_code, implementing_unit_id, state,
                     line_count, cost, requested, counterpart, line_approved, approved_support, final_support,
                     refund_received, advanced, paid, pending)
              SELECT p.id, p.year, p.fund_source, p.commune_code, p.implementing_unit_id, p.state,
                     coalesce(l.line_count, 0), coalesce(l.cost, 0), coalesce(l.requested, 0),
                     coalesce(l.counterpart, 0), coalesce(l.approved, 0), p.approved_support, p.final_support,
                     p.refund_received, coalesce(r.advanced, 0), coalesce(r.paid, 0), coalesce(r.pending, 0)
                FROM project p
                LEFT JOIN (
                  SELECT project_id, count(*)::int AS line_count, sum(cost) AS cost, sum(requested_support) AS requested,
                         sum(counterpart_funds) AS counterpart, sum(approved_support) AS approved
                    FROM budget_line GROUP BY project_id) l ON l.project_id = p.id
                LEFT JOIN (
                  SELECT project_id,
                         sum(amount) FILTER (WHERE status = 'PAID' AND kind = 'ADVANCE') AS advanced,
                         sum(amount) FILTER (WHERE status = 'PAID') AS paid,
                         sum(amount) FILTER (WHERE status = 'PENDING') AS pending
                    FROM payment_request GROUP BY project_id) r ON r.project_id = p.id;
              INSERT INTO project_group_money (project_id, programme_code, group_code, requested, approved)
              SELECT line.project_id, target.programme_code, target.group_code,
                     sum(line.requested_support), coalesce(sum(line.approved_support), 0)
                FROM budget_line line
                JOIN project_activity activity ON activity.id = line.activity_id
                JOIN target_line target ON target.id = activity.target_line_id
               GROUP BY line.project_id, target.programme_code, target.group_code;
            END $$
        `);

    // Rows with a project_id column (budget_line, payment_request, project_activity): inserted, updated, deleted.
    await queryRunner.query(`
            CREATE FUNCTION money_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_refresh(ARRAY(SELECT DISTINCT project_id FROM new_rows));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_refresh(ARRAY(SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_refresh(ARRAY(SELECT DISTINCT project_id FROM old_rows));
              RETURN NULL;
            END $$
        `);
    for (const table of ["budget_line", "payment_request"]) {
      await queryRunner.query(`
            CREATE TRIGGER "money_${table}_insert" AFTER INSERT ON "${table}"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_insert()`);
      await queryRunner.query(`
            CREATE TRIGGER "money_${table}_update" AFTER UPDATE ON "${table}"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_update()`);
      await queryRunner.query(`
            CREATE TRIGGER "money_${table}_delete" AFTER DELETE ON "${table}"
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_delete()`);
    }
    // An activity moved to another target line moves its lines to that line's content group.
    await queryRunner.query(`
            CREATE TRIGGER "money_project_activity_update" AFTER UPDATE ON "project_activity"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_update()`);

    // The đề án itself: a new one gets its (zero) row; a change of the columns the figures copy refreshes it.
    await queryRunner.query(`
            CREATE FUNCTION money_after_project_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_refresh(ARRAY(SELECT id FROM new_rows));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_after_project_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_refresh(ARRAY(
                SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (n.year, n.fund_source, n.commune_code, n.implementing_unit_id, n.state, n.approved_support,
                        n.final_support, n.refund_received)
                       IS DISTINCT FROM
                       (o.year, o.fund_source, o.commune_code, o.implementing_unit_id, o.state, o.approved_support,
                        o.final_support, o.refund_received)));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "money_project_insert" AFTER INSERT ON "project"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_project_insert()`);
    await queryRunner.query(`
            CREATE TRIGGER "money_project_update" AFTER UPDATE ON "project"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_after_project_update()`);

    // Backfill: the figures of every đề án already recorded.
    await queryRunner.query(`SELECT money_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "money_project_update" ON "project"`);
    await queryRunner.query(`DROP TRIGGER "money_project_insert" ON "project"`);
    await queryRunner.query(`DROP TRIGGER "money_project_activity_update" ON "project_activity"`);
    for (const table of ["payment_request", "budget_line"]) {
      await queryRunner.query(`DROP TRIGGER "money_${table}_delete" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "money_${table}_update" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "money_${table}_insert" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION money_after_project_update()`);
    await queryRunner.query(`DROP FUNCTION money_after_project_insert()`);
    await queryRunner.query(`DROP FUNCTION money_after_delete()`);
    await queryRunner.query(`DROP FUNCTION money_after_update()`);
    await queryRunner.query(`DROP FUNCTION money_after_insert()`);
    await queryRunner.query(`DROP FUNCTION money_rebuild()`);
    await queryRunner.query(`DROP FUNCTION money_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "project_group_money"`);
    await queryRunner.query(`DROP TABLE "project_money"`);
  }
}
