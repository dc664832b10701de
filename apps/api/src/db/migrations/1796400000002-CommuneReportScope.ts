import type { MigrationInterface, QueryRunner } from "typeorm";
import { APP_ROLE, APP_ROLE_ALL } from "./1796100000001-RowLevelSecurity.js";

/**
 * Row-level security on the commune's yearly report, as on the other commune data (RowLevelSecurity):
 * the request role `khuyencong_app` sees a report when its scope is `all` or the report's commune is the
 * user's; a line when its report is visible. A unit sees none. USING is also WITH CHECK, so a commune
 * officer can neither write another commune's report nor move theirs elsewhere.
 */
const ALL = "(SELECT kc_scope_all())";
const COMMUNE = "(SELECT kc_scope_commune())";

export const COMMUNE_REPORT_PROTECTED_TABLES: Readonly<Record<string, string>> = {
  commune_report: `${ALL} OR commune_code = ${COMMUNE}`,
  commune_report_line: `${ALL} OR EXISTS (SELECT 1 FROM commune_report r WHERE r.id = commune_report_line.report_id)`,
};

export class CommuneReportScope1796400000002 implements MigrationInterface {
  name = "CommuneReportScope1796400000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, visible] of Object.entries(COMMUNE_REPORT_PROTECTED_TABLES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "scope" ON "${table}" FOR ALL TO ${APP_ROLE} USING (${visible}) WITH CHECK (${visible})`,
      );
      // Users who see everything run as khuyencong_app_all, whose policy is the 'all' setting alone.
      await queryRunner.query(
        `CREATE POLICY "all" ON "${table}" FOR ALL TO ${APP_ROLE_ALL} USING (${ALL}) WITH CHECK (${ALL})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(COMMUNE_REPORT_PROTECTED_TABLES).reverse()) {
      await queryRunner.query(`DROP POLICY "all" ON "${table}"`);
      await queryRunner.query(`DROP POLICY "scope" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
