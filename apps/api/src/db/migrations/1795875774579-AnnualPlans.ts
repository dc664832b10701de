import type { MigrationInterface, QueryRunner } from "typeorm";

export class AnnualPlans1795875774579 implements MigrationInterface {
  name = "AnnualPlans1795875774579";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "annual_plan" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_code" character varying(32) NOT NULL,
                "year" integer NOT NULL,
                "status" character varying(16) NOT NULL,
                "decision_number" character varying(64),
                "decision_date" date,
                "consolidated_at" TIMESTAMP WITH TIME ZONE,
                "consolidated_by_id" uuid,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "approved_by_id" uuid,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_annual_plan_consolidation" CHECK (
                    "status" = 'OPEN'
                    OR (
                        "consolidated_at" IS NOT NULL
                        AND "consolidated_by_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_annual_plan_approval" CHECK (
                    "status" <> 'APPROVED'
                    OR (
                        "decision_number" IS NOT NULL
                        AND "decision_date" IS NOT NULL
                        AND "approved_at" IS NOT NULL
                        AND "approved_by_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_annual_plan_status" CHECK ("status" IN ('OPEN', 'CONSOLIDATED', 'APPROVED')),
                CONSTRAINT "PK_d39dd5f70470bf2a692f72ea12c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_annual_plan_year" ON "annual_plan" ("programme_code", "year")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_registration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "commune_code" character varying(64),
                "unit_id" uuid,
                "target_line_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "estimated_cost" bigint NOT NULL,
                "fund_source" character varying(32) NOT NULL,
                "note" text,
                "created_by_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_plan_registration_fund_source" CHECK (
                    "fund_source" IN (
                        'NATIONAL_FUND',
                        'CITY_BUDGET',
                        'COUNTERPART',
                        'INTEGRATED',
                        'OTHER'
                    )
                ),
                CONSTRAINT "CHK_plan_registration_cost" CHECK ("estimated_cost" >= 0),
                CONSTRAINT "CHK_plan_registration_quantity" CHECK ("quantity" > 0),
                CONSTRAINT "CHK_plan_registration_one_registrant" CHECK (("commune_code" IS NULL) <> ("unit_id" IS NULL)),
                CONSTRAINT "PK_f1669df0a397b5f1958a22d02e6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plan_registration_plan_line" ON "plan_registration" ("plan_id", "target_line_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plan_registration_plan_unit" ON "plan_registration" ("plan_id", "unit_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plan_registration_plan_commune" ON "plan_registration" ("plan_id", "commune_code")
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan"
            ADD CONSTRAINT "FK_e176d79c1bb2c5090a8313abf9d" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan"
            ADD CONSTRAINT "FK_ff6e04f0a724fe0d6bb77b9d20a" FOREIGN KEY ("consolidated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan"
            ADD CONSTRAINT "FK_e2e43e0c8ad5d0f0d50d2363f34" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration"
            ADD CONSTRAINT "FK_5924875b4cfaddbc9cdbff34f2b" FOREIGN KEY ("plan_id") REFERENCES "annual_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration"
            ADD CONSTRAINT "FK_280cd030ca9c04659c550af2648" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration"
            ADD CONSTRAINT "FK_ad8b892b9d587a8e01461537354" FOREIGN KEY ("unit_id") REFERENCES "implementing_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration"
            ADD CONSTRAINT "FK_b6f0659f5b4d0784bb548284773" FOREIGN KEY ("target_line_id") REFERENCES "target_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration"
            ADD CONSTRAINT "FK_cbe8cebc07c249da28a4411481f" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "plan_registration" DROP CONSTRAINT "FK_cbe8cebc07c249da28a4411481f"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration" DROP CONSTRAINT "FK_b6f0659f5b4d0784bb548284773"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration" DROP CONSTRAINT "FK_ad8b892b9d587a8e01461537354"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration" DROP CONSTRAINT "FK_280cd030ca9c04659c550af2648"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_registration" DROP CONSTRAINT "FK_5924875b4cfaddbc9cdbff34f2b"
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_e2e43e0c8ad5d0f0d50d2363f34"
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_ff6e04f0a724fe0d6bb77b9d20a"
        `);
    await queryRunner.query(`
            ALTER TABLE "annual_plan" DROP CONSTRAINT "FK_e176d79c1bb2c5090a8313abf9d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plan_registration_plan_commune"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plan_registration_plan_unit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plan_registration_plan_line"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_registration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_annual_plan_year"
        `);
    await queryRunner.query(`
            DROP TABLE "annual_plan"
        `);
  }
}
