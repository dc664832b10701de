import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `facility_support`: one row per facility that is a beneficiary of a đề án, with the facility's columns
 * the supported-facilities aggregates group on (commune, sector, legal form, women-owned, the size
 * inputs) and, in parallel arrays, its đề án (id, plan year, state, commune, implementing unit, whether an
 * approved support is recorded, Σ approved support of that đề án's lines for this facility). The
 * aggregates (analytics a7–a9, the annual report's commune table) read this table — one row per facility
 * — instead of every beneficiary, đề án, facility and budget line (docs/decisions.md, "Money figures").
 * No state list here: the aggregates filter the states with the domain's groups.
 * Kept by statement-level triggers (functions named money_… like the money figures', so the national
 * generator's bulk load switches them off and rebuilds once): beneficiaries added or removed, a đề án's
 * copied columns changed, a facility's copied columns changed, budget lines written. `money_facility_refresh`
 * takes a transaction-scoped advisory lock per facility (in id order) and then recomputes its row from the
 * base rows in a fresh snapshot, so concurrent writers serialise and the last one sums everything.
 */
export class FacilitySupport1795900000002 implements MigrationInterface {
  name = "FacilitySupport1795900000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "facility_support" (
                "facility_id" uuid NOT NULL,
                "production_commune_code" character varying(64) NOT NULL,
                "sector" character varying(48) NOT NULL,
                "legal_form" character varying(32) NOT NULL,
                "women_owned" boolean NOT NULL,
                "business_field" character varying(32),
                "average_insured_workers" numeric,
                "prior_year_revenue" bigint,
                "total_capital" bigint,
                "project_ids" uuid[] NOT NULL,
                "years" integer[] NOT NULL,
                "states" character varying(24)[] NOT NULL,
                "communes" character varying(64)[] NOT NULL,
                "units" uuid[] NOT NULL,
                "approved" boolean[] NOT NULL,
                "supports" bigint[] NOT NULL,
                CONSTRAINT "PK_facility_support" PRIMARY KEY ("facility_id"),
                CONSTRAINT "FK_facility_support_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE
            )
        `);
    const rows = (where: string) => `
              INSERT INTO facility_support
              SELECT f.id, f.production_commune_code, f.sector, f.legal_form, f.women_owned, f.business_field,
                     f.average_insured_workers, f.prior_year_revenue, f.total_capital,
                     array_agg(p.id ORDER BY p.id), array_agg(p.year ORDER BY p.id), array_agg(p.state ORDER BY p.id),
                     array_agg(p.commune_code ORDER BY p.id), array_agg(p.implementing_unit_id ORDER BY p.id),
                     array_agg(p.approved_support IS NOT NULL ORDER BY p.id),
                     array_agg(coalesce((SELECT sum(l.approved_support) FROM budget_line l
                                          WHERE l.project_id = p.id AND l.facility_id = f.id), 0) ORDER BY p.id)
                FROM facility f
                JOIN project_beneficiary b ON b.facility_id = f.id
                JOIN project p ON p.id = b.project_id
               ${where}
               GROUP BY f.id`;
    await queryRunner.query(`
            CREATE FUNCTION money_facility_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
              PERFORM pg_advisory_xact_lock(hashtextextended(id::text, 11))
                 FROM (SELECT DISTINCT id FROM unnest(ids) AS id ORDER BY id) sorted;
              DELETE FROM facility_support WHERE facility_id = ANY(ids);
              ${rows("WHERE f.id = ANY(ids)")};
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_facility_rebuild() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              LOCK TABLE facility_support IN EXCLUSIVE MODE;
              DELETE FROM facility_support;
              ${rows("")};
            END $$
        `);
    // Beneficiaries added or removed; budget lines written (their facility's support).
    await queryRunner.query(`
            CREATE FUNCTION money_facility_after_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_facility_refresh(ARRAY(SELECT DISTINCT facility_id FROM new_rows WHERE facility_id IS NOT NULL));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_facility_after_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_facility_refresh(ARRAY(SELECT DISTINCT facility_id FROM old_rows WHERE facility_id IS NOT NULL));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_facility_after_changed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_facility_refresh(ARRAY(
                SELECT facility_id FROM new_rows WHERE facility_id IS NOT NULL
                UNION SELECT facility_id FROM old_rows WHERE facility_id IS NOT NULL));
              RETURN NULL;
            END $$
        `);
    for (const table of ["project_beneficiary", "budget_line"]) {
      await queryRunner.query(`
            CREATE TRIGGER "money_facility_${table}_insert" AFTER INSERT ON "${table}"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_facility_after_new_rows()`);
      await queryRunner.query(`
            CREATE TRIGGER "money_facility_${table}_delete" AFTER DELETE ON "${table}"
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION money_facility_after_old_rows()`);
    }
    await queryRunner.query(`
            CREATE TRIGGER "money_facility_budget_line_update" AFTER UPDATE ON "budget_line"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_facility_after_changed_rows()`);
    // A đề án's copied columns changed: its beneficiaries' rows.
    await queryRunner.query(`
            CREATE FUNCTION money_facility_after_project_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_facility_refresh(ARRAY(
                SELECT b.facility_id FROM project_beneficiary b
                 WHERE b.project_id IN (
                   SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                    WHERE (n.year, n.state, n.commune_code, n.implementing_unit_id, n.approved_support IS NULL)
                          IS DISTINCT FROM
                          (o.year, o.state, o.commune_code, o.implementing_unit_id, o.approved_support IS NULL))));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "money_facility_project_update" AFTER UPDATE ON "project"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_facility_after_project_update()`);
    // A facility's copied columns changed.
    await queryRunner.query(`
            CREATE FUNCTION money_facility_after_facility_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_facility_refresh(ARRAY(
                SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (n.production_commune_code, n.sector, n.legal_form, n.women_owned, n.business_field,
                        n.average_insured_workers, n.prior_year_revenue, n.total_capital)
                       IS DISTINCT FROM
                       (o.production_commune_code, o.sector, o.legal_form, o.women_owned, o.business_field,
                        o.average_insured_workers, o.prior_year_revenue, o.total_capital)));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "money_facility_facility_update" AFTER UPDATE ON "facility"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_facility_after_facility_update()`);

    await queryRunner.query(`SELECT money_facility_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "money_facility_facility_update" ON "facility"`);
    await queryRunner.query(`DROP TRIGGER "money_facility_project_update" ON "project"`);
    await queryRunner.query(`DROP TRIGGER "money_facility_budget_line_update" ON "budget_line"`);
    for (const table of ["budget_line", "project_beneficiary"]) {
      await queryRunner.query(`DROP TRIGGER "money_facility_${table}_delete" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "money_facility_${table}_insert" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION money_facility_after_facility_update()`);
    await queryRunner.query(`DROP FUNCTION money_facility_after_project_update()`);
    await queryRunner.query(`DROP FUNCTION money_facility_after_changed_rows()`);
    await queryRunner.query(`DROP FUNCTION money_facility_after_old_rows()`);
    await queryRunner.query(`DROP FUNCTION money_facility_after_new_rows()`);
    await queryRunner.query(`DROP FUNCTION money_facility_rebuild()`);
    await queryRunner.query(`DROP FUNCTION money_facility_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "facility_support"`);
  }
}
