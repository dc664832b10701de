import type { MigrationInterface, QueryRunner } from "typeorm";

export class ForeignKeyIndexes1795886672943 implements MigrationInterface {
  name = "ForeignKeyIndexes1795886672943";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IX_project_activity_target_line" ON "project_activity" ("target_line_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_budget_line_facility" ON "budget_line" ("facility_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_budget_line_activity" ON "budget_line" ("activity_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IX_budget_line_activity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_budget_line_facility"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_activity_target_line"
        `);
  }
}
