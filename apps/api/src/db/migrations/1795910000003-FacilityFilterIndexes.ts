import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The facility list filtered by sector or legal form, in its order (search_text, id): the page from the
 * index and the count by an index-only scan, instead of a scan of every facility for the count.
 */
export class FacilityFilterIndexes1795910000003 implements MigrationInterface {
  name = "FacilityFilterIndexes1795910000003";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IX_facility_sector_name" ON "facility" ("sector", "search_text", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_facility_legal_form_name" ON "facility" ("legal_form", "search_text", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_facility_legal_form_name"`);
    await queryRunner.query(`DROP INDEX "public"."IX_facility_sector_name"`);
  }
}
