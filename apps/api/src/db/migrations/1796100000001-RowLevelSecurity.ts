import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Row-level security as the backstop of the API's scope (issue 12 §4; docs/security.md, "Scope enforced
 * twice"). The API's queries already carry the scope (src/db/data-scope.ts); these policies make the
 * database refuse the rest even to a query that forgot it.
 *
 * - The role `khuyencong_app` (NOLOGIN, not superuser, no BYPASSRLS, owns nothing) is the one every request
 *   transaction switches to (`SET LOCAL ROLE`, src/db/request-session.ts). Roles belong to the server, not
 *   the database: it is created once and kept by `down` (other databases of the server may use it).
 * - The owner (the account that connects and runs migrations) keeps its rights: RLS is ENABLEd, not
 *   FORCEd, so migrations, seeding, the first administrator, sign-in's throttle, the benchmark generator
 *   and `rebuildMoneyFigures` see every row, as they must. The policies name `khuyencong_app` only.
 * - The policies read three per-transaction settings, set by `set_config(…, true)` at the start of every
 *   request transaction: `khuyencong.scope` (`all`, `commune`, `unit`), `khuyencong.commune_code`,
 *   `khuyencong.unit_id`. No setting, or any other value, sees no row: only an explicit `all` sees all.
 *   Each setting is read once per statement (a scalar subquery is an InitPlan), not once per row.
 * - Protected: the đề án (`project`) and everything hanging from one (`project_beneficiary`,
 *   `project_activity`, `budget_line`, `project_event`, `project_document`, `payment_request`,
 *   `project_money`), facilities (`facility`, and per facility `prior_support`, `facility_support`), and
 *   plan registrations (`plan_registration`). A child is visible when its đề án (facility) is. A facility
 *   is visible to a commune officer when it produces in the commune or benefits from one of the commune's
 *   đề án; to a unit when the unit registered it or it benefits from one of the unit's đề án.
 *   Not protected, because the API shows them city-wide to every role that reads them: the reference data
 *   (communes, units, programme, norms), users and sessions, the audit log, envelopes, annual plans, and
 *   the city-wide aggregates (`project_group_money`, `progress_figures`, `supported_*`).
 * - USING is also WITH CHECK: a request can neither insert a row outside its scope (error 42501) nor
 *   update or delete one (it does not see it).
 * - One read crosses scopes on purpose: the double-support check (a beneficiary supported before by a đề án
 *   of another commune is flagged on the estimate the commune officer prepares). `kc_prior_support` is
 *   SECURITY DEFINER and returns the earlier support (by đề án in `states`, and from other sources) of the
 *   beneficiaries of the given đề án, only of those the caller may read (the same settings as the
 *   policy); nothing else of the other đề án.
 * - The aggregates' triggers read and write across scopes (a facility's figures span every đề án that
 *   supports it): every `money_…` and `progress_…` function becomes SECURITY DEFINER, run as the owner
 *   with a fixed search_path.
 */
export const APP_ROLE = "khuyencong_app";
/** The role of requests whose user sees every row (scope ALL): its policy reads no column. */
export const APP_ROLE_ALL = "khuyencong_app_all";

const ALL = "(SELECT kc_scope_all())";
const COMMUNE = "(SELECT kc_scope_commune())";
const UNIT = "(SELECT kc_scope_unit())";

/** Each protected table and which rows of it `khuyencong_app` (a commune's or a unit's request) sees. */
export const PROTECTED_TABLES: Readonly<Record<string, string>> = {
  project: `commune_code = ${COMMUNE} OR implementing_unit_id = ${UNIT}`,
  project_money: `commune_code = ${COMMUNE} OR implementing_unit_id = ${UNIT}`,
  plan_registration: `commune_code = ${COMMUNE} OR unit_id = ${UNIT}`,
  ...Object.fromEntries(
    [
      "project_beneficiary",
      "project_activity",
      "budget_line",
      "project_event",
      "project_document",
      "payment_request",
    ].map((table) => [table, `kc_project_visible(${table}.project_id)`]),
  ),
  facility: `production_commune_code = ${COMMUNE} OR created_by_unit_id = ${UNIT} OR kc_facility_visible(facility.id)`,
  ...Object.fromEntries(
    ["prior_support", "facility_support"].map((table) => [
      table,
      `kc_facility_visible(${table}.facility_id)`,
    ]),
  ),
};

/** The aggregates' functions (triggers and rebuilds), which must see every row. */
const DEFINER_FUNCTIONS = `
  SELECT p.oid::regprocedure AS signature
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = current_schema() AND (p.proname LIKE 'money\\_%' OR p.proname LIKE 'progress\\_%')`;

export class RowLevelSecurity1796100000001 implements MigrationInterface {
  name = "RowLevelSecurity1796100000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Several databases of one server (the tests') may run this at once: the second CREATE ROLE loses.
    await queryRunner.query(`
      DO $$
      DECLARE r text;
      BEGIN
        FOREACH r IN ARRAY ARRAY['${APP_ROLE}', '${APP_ROLE_ALL}'] LOOP
          BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
              EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT', r);
            END IF;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
          END;
        END LOOP;
      END $$`);
    // A superuser may SET ROLE to any role; any other owner needs to be a member.
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
            EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
          END IF;
          IF NOT pg_has_role(current_user, '${APP_ROLE_ALL}', 'MEMBER') THEN
            EXECUTE format('GRANT ${APP_ROLE_ALL} TO %I', current_user);
          END IF;
        END IF;
      END $$`);

    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}, ${APP_ROLE_ALL}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );
    await queryRunner.query(`REVOKE ALL ON "typeorm_migration" FROM ${APP_ROLE}, ${APP_ROLE_ALL}`);
    await queryRunner.query(
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );
    // Tables and sequences of later migrations (created by the same owner) get the same rights.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );

    // The settings, each read once per statement by the policies (through `(SELECT …)`).
    await queryRunner.query(`
      CREATE FUNCTION kc_scope_all() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('khuyencong.scope', true) = 'all', false)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION kc_scope_commune() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN current_setting('khuyencong.scope', true) = 'commune'
                    THEN nullif(current_setting('khuyencong.commune_code', true), '') END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION kc_scope_unit() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN current_setting('khuyencong.scope', true) = 'unit'
                    THEN nullif(current_setting('khuyencong.unit_id', true), '')::uuid END
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION kc_prior_support(project_ids uuid[], states varchar[])
      RETURNS TABLE ("facilityId" uuid, "activityKind" varchar, "costItem" varchar, source varchar,
                     year integer, project_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH facilities AS (
          SELECT DISTINCT b.facility_id
            FROM budget_line b JOIN project p ON p.id = b.project_id
           WHERE b.project_id = ANY(project_ids) AND b.facility_id IS NOT NULL
             -- The caller's own đề án only: the owner (role setting 'none') reads any, the app's roles
             -- those their scope settings let through, as the policies on project say.
             AND CASE current_setting('role')
                   WHEN '${APP_ROLE}' THEN p.commune_code = kc_scope_commune() OR p.implementing_unit_id = kc_scope_unit()
                   WHEN '${APP_ROLE_ALL}' THEN kc_scope_all()
                   ELSE true END)
        SELECT b.facility_id, a.activity_kind, b.cost_item, p.code, p.year, p.id
          FROM budget_line b JOIN project_activity a ON a.id = b.activity_id JOIN project p ON p.id = b.project_id
         WHERE b.facility_id IN (SELECT facility_id FROM facilities)
           AND p.approved_support IS NOT NULL AND p.state = ANY(states)
        UNION ALL
        SELECT s.facility_id, s.activity_kind, s.cost_item, s.source, s.year, NULL
          FROM prior_support s WHERE s.facility_id IN (SELECT facility_id FROM facilities)
      $$`);

    // A child row's visibility is its đề án's (facility's), asked through a PL/pgSQL function rather than an
    // EXISTS in the policy: PostgreSQL plans the function's query once per connection, where a subquery in
    // the policy is planned again with every statement on the table (measured: the detail's 15 statements
    // paid more for planning the policies than for running them). SECURITY DEFINER, so that it reads the
    // đề án without recursing into their policy; it applies the same settings itself, schema-qualified.
    await queryRunner.query(`
      CREATE FUNCTION kc_project_visible(project_id uuid) RETURNS boolean
      LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
      BEGIN
        RETURN EXISTS (
          SELECT 1 FROM public.project p
           WHERE p.id = project_id
             AND (p.commune_code = public.kc_scope_commune() OR p.implementing_unit_id = public.kc_scope_unit()));
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION kc_facility_visible(facility_id uuid) RETURNS boolean
      LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
      BEGIN
        RETURN EXISTS (
            SELECT 1 FROM public.facility f
             WHERE f.id = facility_id
               AND (f.production_commune_code = public.kc_scope_commune()
                    OR f.created_by_unit_id = public.kc_scope_unit()))
          OR EXISTS (
            SELECT 1 FROM public.project_beneficiary pb JOIN public.project p ON p.id = pb.project_id
             WHERE pb.facility_id = kc_facility_visible.facility_id
               AND (p.commune_code = public.kc_scope_commune() OR p.implementing_unit_id = public.kc_scope_unit()));
      END $$`);

    for (const [table, visible] of Object.entries(PROTECTED_TABLES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "scope" ON "${table}" FOR ALL TO ${APP_ROLE} USING (${visible}) WITH CHECK (${visible})`,
      );
      // No column in it: PostgreSQL reads no field of the row for it (the department's lists pay nothing
      // per row), and it still sees nothing unless the transaction says 'all'.
      await queryRunner.query(
        `CREATE POLICY "all" ON "${table}" FOR ALL TO ${APP_ROLE_ALL} USING (${ALL}) WITH CHECK (${ALL})`,
      );
    }

    await queryRunner.query(`
      DO $$
      DECLARE f record;
      BEGIN
        FOR f IN ${DEFINER_FUNCTIONS} LOOP
          EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                         f.signature, current_schema());
        END LOOP;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE f record;
      BEGIN
        FOR f IN ${DEFINER_FUNCTIONS} LOOP
          EXECUTE format('ALTER FUNCTION %s SECURITY INVOKER RESET search_path', f.signature);
        END LOOP;
      END $$`);
    for (const table of Object.keys(PROTECTED_TABLES).reverse()) {
      await queryRunner.query(`DROP POLICY "all" ON "${table}"`);
      await queryRunner.query(`DROP POLICY "scope" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query("DROP FUNCTION kc_prior_support(uuid[], varchar[])");
    await queryRunner.query("DROP FUNCTION kc_facility_visible(uuid)");
    await queryRunner.query("DROP FUNCTION kc_project_visible(uuid)");
    await queryRunner.query("DROP FUNCTION kc_scope_unit()");
    await queryRunner.query("DROP FUNCTION kc_scope_commune()");
    await queryRunner.query("DROP FUNCTION kc_scope_all()");
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}, ${APP_ROLE_ALL}`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}, ${APP_ROLE_ALL}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}, ${APP_ROLE_ALL}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}, ${APP_ROLE_ALL}`);
  }
}
