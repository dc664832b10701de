import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The domain's DECIDED_STATES as they were when this migration was written (their beneficiaries count as
 * supported). test/money-figures.property.test.ts fails if the domain's list moves away from this one: a
 * new migration must then recreate `money_supported_apply` with the new list and rebuild the counts.
 */
export const SUPPORTED_COUNTS_DECIDED_STATES = [
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
  "ACCEPTED",
  "SETTLED",
  "CLOSED",
  "STOPPED",
] as const;

const DECIDED = `ARRAY[${SUPPORTED_COUNTS_DECIDED_STATES.map((s) => `'${s}'`).join(", ")}]::varchar[]`;

/**
 * Supported facilities counted per commune, kept current (issue 11: analytics a9 and the annual report's
 * commune table read a few thousand counters instead of unnesting every facility's đề án and counting
 * distinct facilities and đề án, which took 200–600 ms and spilled to disk on the national dataset).
 *
 * - `supported_facility_count`: facilities of `facility_support` by production commune and by the years
 *   in which they have a decided đề án (`decided_years`) and a decided one with an approved support
 *   (`approved_years`). Every facility is in exactly one row, so counts add up over communes and over
 *   any set of years (`decided_years && $years`): a facility supported in two years counts once.
 * - `supported_commune_projects`: per production commune and per the đề án's year, state and whether its
 *   approved support is recorded, how many distinct đề án have a beneficiary there, and the support
 *   approved on their budget lines for those beneficiaries. A đề án has one year and one state, so these
 *   add up over years and states; over communes they do not (a đề án with beneficiaries in two communes
 *   counts in each), hence:
 * - `supported_projects`: the same distinct count over all communes.
 *
 * Derived from `facility_support` alone, by statement-level triggers on it (facility_support is itself
 * kept by triggers, refreshing a facility as DELETE + INSERT), so they are as right as it is. Facility
 * counts are pure ±1 deltas. A đề án's presence in a commune is a distinct count: for each đề án a
 * statement touches, the trigger takes a transaction-scoped advisory lock (in id order, after the
 * facility locks of money_facility_refresh; a bulk change locks the table instead) and compares its
 * presence before the statement (the table without the new rows, with the old ones) and after (the table
 * now), in a fresh snapshot, so concurrent writers touching one đề án serialise and the second one counts
 * with what the first committed. Counters
 * are added to with `n = n + delta` upserts in key order (exact under concurrency, no deadlock between
 * two writers of the same counters). Zero rows are left in place (harmless, filtered by the readers).
 *
 * Functions are named money_… so that the national generator switches these triggers off with the others
 * during its bulk load; `rebuildMoneyFigures` truncates these tables with facility_support, and the
 * triggers fill them again when it is rebuilt.
 */
export class SupportedCounts1796000000001 implements MigrationInterface {
  name = "SupportedCounts1796000000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "supported_facility_count" (
                "production_commune_code" character varying(64) NOT NULL,
                "decided_years" integer[] NOT NULL,
                "approved_years" integer[] NOT NULL,
                "facilities" integer NOT NULL,
                CONSTRAINT "PK_supported_facility_count" PRIMARY KEY ("production_commune_code", "decided_years", "approved_years")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "supported_commune_projects" (
                "production_commune_code" character varying(64) NOT NULL,
                "year" integer NOT NULL,
                "state" character varying(24) NOT NULL,
                "approved" boolean NOT NULL,
                "projects" integer NOT NULL,
                "support" bigint NOT NULL,
                CONSTRAINT "PK_supported_commune_projects" PRIMARY KEY ("production_commune_code", "year", "state", "approved")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "supported_projects" (
                "year" integer NOT NULL,
                "state" character varying(24) NOT NULL,
                "approved" boolean NOT NULL,
                "projects" integer NOT NULL,
                CONSTRAINT "PK_supported_projects" PRIMARY KEY ("year", "state", "approved")
            )
        `);
    // A đề án's facilities, found without reading every row (the trigger's presence checks).
    await queryRunner.query(
      `CREATE INDEX "IDX_facility_support_project_ids" ON "facility_support" USING gin ("project_ids")`,
    );
    await queryRunner.query(`
            CREATE FUNCTION money_supported_apply(olds facility_support[], news facility_support[])
            RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
              touched uuid[];
            BEGIN
              -- Facilities: -1 for each old row, +1 for each new one, by commune and years.
              INSERT INTO supported_facility_count AS c (production_commune_code, decided_years, approved_years, facilities)
              SELECT commune, decided, approved, SUM(sign)::int FROM (
                SELECT r.production_commune_code AS commune, sign,
                       ARRAY(SELECT DISTINCT u.y FROM unnest(r.years, r.states) u(y, s)
                              WHERE u.s = ANY(${DECIDED}) ORDER BY 1) AS decided,
                       ARRAY(SELECT DISTINCT u.y FROM unnest(r.years, r.states, r.approved) u(y, s, a)
                              WHERE u.s = ANY(${DECIDED}) AND u.a ORDER BY 1) AS approved
                  FROM (SELECT o.*, -1 AS sign FROM unnest(olds) o
                        UNION ALL SELECT n.*, 1 FROM unnest(news) n) r
              ) d
              WHERE cardinality(decided) > 0
              GROUP BY commune, decided, approved
              HAVING SUM(sign) <> 0
              ORDER BY commune, decided, approved
              ON CONFLICT (production_commune_code, decided_years, approved_years)
                DO UPDATE SET facilities = c.facilities + EXCLUDED.facilities;

              touched := ARRAY(
                SELECT DISTINCT p FROM (
                  SELECT unnest(o.project_ids) AS p FROM unnest(olds) o
                  UNION ALL SELECT unnest(n.project_ids) FROM unnest(news) n) x ORDER BY 1);
              IF cardinality(touched) = 0 THEN RETURN; END IF;
              IF cardinality(touched) <= 200 THEN
                PERFORM pg_advisory_xact_lock(hashtextextended(p::text, 12)) FROM unnest(touched) AS p;
              ELSE
                -- A bulk change (a rebuild, this migration): one lock for all, not one per đề án (the lock
                -- table holds a few thousand); every other writer of facility_support waits for it.
                LOCK TABLE facility_support IN EXCLUSIVE MODE;
              END IF;

              -- After the lock, in this statement's fresh snapshot: every link (facility, đề án) of the
              -- touched đề án now, and as it was before the statement (the table without the new rows,
              -- with the old ones); per commune and over all, presence after − presence before.
              -- Planned for what it is given: a few đề án are found through the GIN index on project_ids; a
              -- bulk change reads every link (hash joins), where testing each row against thousands of ids
              -- took 20 s on the national dataset. Links of đề án not touched count 0 either way.
              EXECUTE format($stmt$
              WITH now_links AS (
                SELECT f.facility_id, f.production_commune_code AS commune, u.p AS project_id, u.y AS year,
                       u.s AS state, u.a AS approved, u.support
                  FROM facility_support f,
                       unnest(f.project_ids, f.years, f.states, f.approved, f.supports) u(p, y, s, a, support)
                 WHERE %s
              ), links AS (
                SELECT l.*, true AS now FROM now_links l
                UNION ALL
                SELECT l.*, false FROM now_links l
                 WHERE NOT EXISTS (SELECT 1 FROM unnest($3) n WHERE n.facility_id = l.facility_id)
                UNION ALL
                SELECT o.facility_id, o.production_commune_code, u.p, u.y, u.s, u.a, u.support, false
                  FROM unnest($2) o,
                       unnest(o.project_ids, o.years, o.states, o.approved, o.supports) u(p, y, s, a, support)
              ), per_commune AS (
                INSERT INTO supported_commune_projects AS c (production_commune_code, year, state, approved, projects, support)
                SELECT commune, year, state, approved, SUM(presence)::int, SUM(support)::bigint FROM (
                  SELECT commune, project_id, year, state, approved,
                         bool_or(now)::int - bool_or(NOT now)::int AS presence,
                         COALESCE(SUM(support) FILTER (WHERE now), 0)
                           - COALESCE(SUM(support) FILTER (WHERE NOT now), 0) AS support
                    FROM links
                   GROUP BY commune, project_id, year, state, approved
                ) d
                GROUP BY commune, year, state, approved
                HAVING SUM(presence) <> 0 OR SUM(support) <> 0
                ORDER BY commune, year, state, approved
                ON CONFLICT (production_commune_code, year, state, approved)
                  DO UPDATE SET projects = c.projects + EXCLUDED.projects, support = c.support + EXCLUDED.support
              )
              INSERT INTO supported_projects AS c (year, state, approved, projects)
              SELECT year, state, approved, SUM(presence)::int FROM (
                SELECT project_id, year, state, approved, bool_or(now)::int - bool_or(NOT now)::int AS presence
                  FROM links
                 GROUP BY project_id, year, state, approved
              ) d
              GROUP BY year, state, approved
              HAVING SUM(presence) <> 0
              ORDER BY year, state, approved
              ON CONFLICT (year, state, approved) DO UPDATE SET projects = c.projects + EXCLUDED.projects
              $stmt$,
                CASE WHEN cardinality(touched) <= 200 THEN 'f.project_ids && $1 AND u.p = ANY($1)' ELSE 'true' END)
              USING touched, olds, news;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_supported_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_supported_apply('{}', ARRAY(SELECT n::facility_support FROM new_rows n));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_supported_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_supported_apply(ARRAY(SELECT o::facility_support FROM old_rows o), '{}');
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION money_supported_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM money_supported_apply(ARRAY(SELECT o::facility_support FROM old_rows o),
                                            ARRAY(SELECT n::facility_support FROM new_rows n));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "money_supported_insert" AFTER INSERT ON "facility_support"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_supported_after_insert()`);
    await queryRunner.query(`
            CREATE TRIGGER "money_supported_delete" AFTER DELETE ON "facility_support"
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION money_supported_after_delete()`);
    await queryRunner.query(`
            CREATE TRIGGER "money_supported_update" AFTER UPDATE ON "facility_support"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION money_supported_after_update()`);
    // The counts of the rows there are now: nothing before, every row new.
    await queryRunner.query(`SELECT money_supported_apply('{}', ARRAY(SELECT f FROM facility_support f))`);
    // Statistics now, not at autovacuum's next pass: without them the planner takes the counters for a
    // few rows and joins them by nested loops (4 s instead of 30 ms on the national dataset).
    await queryRunner.query(
      `ANALYZE supported_facility_count, supported_commune_projects, supported_projects`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "money_supported_update" ON "facility_support"`);
    await queryRunner.query(`DROP TRIGGER "money_supported_delete" ON "facility_support"`);
    await queryRunner.query(`DROP TRIGGER "money_supported_insert" ON "facility_support"`);
    await queryRunner.query(`DROP FUNCTION money_supported_after_update()`);
    await queryRunner.query(`DROP FUNCTION money_supported_after_delete()`);
    await queryRunner.query(`DROP FUNCTION money_supported_after_insert()`);
    await queryRunner.query(`DROP FUNCTION money_supported_apply(facility_support[], facility_support[])`);
    await queryRunner.query(`DROP INDEX "IDX_facility_support_project_ids"`);
    await queryRunner.query(`DROP TABLE "supported_projects"`);
    await queryRunner.query(`DROP TABLE "supported_commune_projects"`);
    await queryRunner.query(`DROP TABLE "supported_facility_count"`);
  }
}
