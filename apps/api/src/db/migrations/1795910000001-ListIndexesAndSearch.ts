import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for every list's order and filters, and accent-insensitive trigram search (issue 11).
 *
 * - Đề án lists: `ORDER BY created_at DESC, id DESC` read backwards from (created_at, id), per scope
 *   (commune, implementing unit) and per year; the commune and unit indexes replace the one-column ones.
 * - Facility lists: `ORDER BY search_text, id`, whole city and per commune.
 * - Audit log: `ORDER BY id DESC` per entity, per user and per action (a prefix `LIKE 'project.%'` too).
 * - Plan registrations and users: their list order.
 * - Search: `kc_fold(text)` is the SQL twin of the API's folding (foldVietnamese, lower case, whitespace
 *   collapsed, trimmed; test/search-folding.test.ts proves them equal on every commune name and a list of
 *   facility names). `project.search_text` = kc_fold(code || ' ' || title), kept by a trigger so that every
 *   writer (services, the demo seed, the national generator) fills it; facility.search_text is written by
 *   the API already. pg_trgm GIN indexes serve `search_text LIKE '%term%'` from 3 characters on.
 */
export class ListIndexesAndSearch1795910000001 implements MigrationInterface {
  name = "ListIndexesAndSearch1795910000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // JavaScript's \s, spelled out: PostgreSQL's [[:space:]] depends on the server's locale.
    await queryRunner.query(String.raw`
            CREATE FUNCTION kc_fold(input text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $fold$
              SELECT btrim(
                regexp_replace(
                  lower(translate(
                    regexp_replace(normalize(input, NFD),
                      '[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
                    'đĐ', 'dd')),
                  '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g'),
                ' ')
            $fold$
        `);

    // Đề án: list orders per scope, search column and its trigger.
    await queryRunner.query(`DROP INDEX "public"."IX_project_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_unit"`);
    await queryRunner.query(`CREATE INDEX "IX_project_created" ON "project" ("created_at", "id")`);
    await queryRunner.query(
      `CREATE INDEX "IX_project_commune_created" ON "project" ("commune_code", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_project_unit_created" ON "project" ("implementing_unit_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_project_year_created" ON "project" ("year", "created_at", "id")`,
    );
    // The "waiting for you" counts per state, and the list filtered by state.
    await queryRunner.query(
      `CREATE INDEX "IX_project_state_created" ON "project" ("state", "created_at", "id")`,
    );
    // Filled by a rewrite (a generated column, then a plain one), not by an UPDATE: the UPDATE's HOT chains
    // would make the trigram index below unusable (indcheckxmin) until every older transaction ends.
    await queryRunner.query(
      `ALTER TABLE "project" ADD "search_text" text GENERATED ALWAYS AS (kc_fold("code" || ' ' || "title")) STORED`,
    );
    await queryRunner.query(`ALTER TABLE "project" ALTER COLUMN "search_text" DROP EXPRESSION`);
    await queryRunner.query(`ALTER TABLE "project" ALTER COLUMN "search_text" SET NOT NULL`);
    await queryRunner.query(`
            CREATE FUNCTION project_search_text() RETURNS trigger LANGUAGE plpgsql AS $t$
            BEGIN
              NEW.search_text := kc_fold(NEW.code || ' ' || NEW.title);
              RETURN NEW;
            END
            $t$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TR_project_search_text" BEFORE INSERT OR UPDATE OF "code", "title" ON "project"
            FOR EACH ROW EXECUTE FUNCTION project_search_text()
        `);
    await queryRunner.query(
      `CREATE INDEX "IX_project_search_trgm" ON "project" USING gin ("search_text" gin_trgm_ops)`,
    );

    // Facilities: the list's order, whole city and per commune; the unit scope; search.
    await queryRunner.query(`DROP INDEX "public"."IX_facility_commune"`);
    await queryRunner.query(`CREATE INDEX "IX_facility_name" ON "facility" ("search_text", "id")`);
    await queryRunner.query(
      `CREATE INDEX "IX_facility_commune_name" ON "facility" ("production_commune_code", "search_text", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_facility_created_by_unit" ON "facility" ("created_by_unit_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_facility_search_trgm" ON "facility" USING gin ("search_text" gin_trgm_ops)`,
    );

    // Audit log: newest first per entity, per user, per action (exact or prefix).
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d00a7e11628569c6e2c2ce27b6"`);
    await queryRunner.query(
      `CREATE INDEX "IX_audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IX_audit_entry_user" ON "audit_entry" ("user_id", "id")`);
    await queryRunner.query(
      `CREATE INDEX "IX_audit_entry_action" ON "audit_entry" ("action" varchar_pattern_ops, "id")`,
    );

    // Plan registrations of a plan, oldest first; users, oldest first.
    await queryRunner.query(
      `CREATE INDEX "IX_plan_registration_plan_created" ON "plan_registration" ("plan_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IX_app_user_created" ON "app_user" ("created_at", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_app_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_plan_registration_plan_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_entry_action"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_entry_user"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_entry_entity"`);
    await queryRunner.query(`CREATE INDEX "IDX_d00a7e11628569c6e2c2ce27b6" ON "audit_entry" ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry" ("entity_type", "entity_id")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IX_facility_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IX_facility_created_by_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IX_facility_commune_name"`);
    await queryRunner.query(`DROP INDEX "public"."IX_facility_name"`);
    await queryRunner.query(`CREATE INDEX "IX_facility_commune" ON "facility" ("production_commune_code")`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_search_trgm"`);
    await queryRunner.query(`DROP TRIGGER "TR_project_search_text" ON "project"`);
    await queryRunner.query(`DROP FUNCTION project_search_text()`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "search_text"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_state_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_year_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_unit_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_commune_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_project_created"`);
    await queryRunner.query(`CREATE INDEX "IX_project_unit" ON "project" ("implementing_unit_id")`);
    await queryRunner.query(`CREATE INDEX "IX_project_commune" ON "project" ("commune_code")`);
    await queryRunner.query(`DROP FUNCTION kc_fold(text)`);
    // pg_trgm stays: other databases objects may use it, and it is harmless.
  }
}
