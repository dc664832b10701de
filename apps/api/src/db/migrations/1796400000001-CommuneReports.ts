import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The commune's yearly report (issue 13 §3): one report per commune and year (`commune_report`), one line
 * per target line of the programme (`commune_report_line`). Generated from the entities
 * (src/commune-reports/commune-report.entity.ts); row-level security comes in CommuneReportScope.
 */

export class CommuneReports1796400000001 implements MigrationInterface {
  name = "CommuneReports1796400000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "commune_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "commune_code" character varying(64) NOT NULL,
                "year" integer NOT NULL,
                "programme_code" character varying(32) NOT NULL,
                "status" character varying(16) NOT NULL,
                "note" text,
                "return_reason" text,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "reviewed_by_id" uuid,
                "created_by_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_commune_report_status" CHECK (
                    "status" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')
                ),
                CONSTRAINT "PK_f68d3b625450e7751be3e82f489" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_commune_report_year" ON "commune_report" ("year")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_commune_report_commune_year" ON "commune_report" ("commune_code", "year")
        `);
    await queryRunner.query(`
            CREATE TABLE "commune_report_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "target_line_id" uuid NOT NULL,
                "achieved" integer NOT NULL,
                "note" text,
                CONSTRAINT "CHK_commune_report_line_achieved" CHECK ("achieved" >= 0),
                CONSTRAINT "PK_4937ec032b5b4ad384479a65789" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_commune_report_line_target_line" ON "commune_report_line" ("target_line_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_commune_report_line" ON "commune_report_line" ("report_id", "target_line_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report"
            ADD CONSTRAINT "FK_ffe2beff409a670b59938060a71" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report"
            ADD CONSTRAINT "FK_93a4e16fe0a3cc70dc3203c4468" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report"
            ADD CONSTRAINT "FK_a893aa9fad3cdc81000a5a8a023" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report"
            ADD CONSTRAINT "FK_6e2f5c2b8dd0096aa83240e770b" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report"
            ADD CONSTRAINT "FK_7538973cb30f51984ae914ebf35" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report_line"
            ADD CONSTRAINT "FK_2a473def87508bfaba0993fb4e3" FOREIGN KEY ("report_id") REFERENCES "commune_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report_line"
            ADD CONSTRAINT "FK_aa9750f2cede610a171497ab9e7" FOREIGN KEY ("target_line_id") REFERENCES "target_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "commune_report_line" DROP CONSTRAINT "FK_aa9750f2cede610a171497ab9e7"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report_line" DROP CONSTRAINT "FK_2a473def87508bfaba0993fb4e3"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report" DROP CONSTRAINT "FK_7538973cb30f51984ae914ebf35"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report" DROP CONSTRAINT "FK_6e2f5c2b8dd0096aa83240e770b"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report" DROP CONSTRAINT "FK_a893aa9fad3cdc81000a5a8a023"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report" DROP CONSTRAINT "FK_93a4e16fe0a3cc70dc3203c4468"
        `);
    await queryRunner.query(`
            ALTER TABLE "commune_report" DROP CONSTRAINT "FK_ffe2beff409a670b59938060a71"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_commune_report_line"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_commune_report_line_target_line"
        `);
    await queryRunner.query(`
            DROP TABLE "commune_report_line"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_commune_report_commune_year"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_commune_report_year"
        `);
    await queryRunner.query(`
            DROP TABLE "commune_report"
        `);
  }
}
