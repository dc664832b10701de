import type { MigrationInterface, QueryRunner } from "typeorm";

export class FacilitiesAndProjects1795875704313 implements MigrationInterface {
  name = "FacilitiesAndProjects1795875704313";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers the đề án codes (ĐA-2026-0001…); a sequence never hands out one number twice, even under
    // concurrent creation. TypeORM does not model sequences, so it is written by hand.
    await queryRunner.query(`CREATE SEQUENCE "project_code_seq"`);
    await queryRunner.query(`
            CREATE TABLE "facility" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(300) NOT NULL,
                "legal_form" character varying(32) NOT NULL,
                "tax_code" character varying(32),
                "representative" character varying(200),
                "phone" character varying(32),
                "hq_address" character varying(500),
                "production_commune_code" character varying(64) NOT NULL,
                "production_address" character varying(500),
                "craft_village_name" character varying(200),
                "craft_village_recognised" boolean NOT NULL DEFAULT false,
                "sector" character varying(48) NOT NULL,
                "clay_brick_kiln" character varying(32),
                "business_field" character varying(32),
                "average_insured_workers" numeric(10, 2),
                "prior_year_revenue" bigint,
                "total_capital" bigint,
                "applies_cleaner_production" boolean NOT NULL DEFAULT false,
                "is_cluster_infrastructure_investor" boolean NOT NULL DEFAULT false,
                "artisan_title" character varying(32),
                "artisan_craft" character varying(200),
                "artisan_is_handicraft" boolean NOT NULL DEFAULT false,
                "in_disadvantaged_area" boolean NOT NULL DEFAULT false,
                "women_owned" boolean NOT NULL DEFAULT false,
                "employs_ethnic_minorities" boolean NOT NULL DEFAULT false,
                "search_text" text NOT NULL,
                "created_by_id" uuid,
                "created_by_unit_id" uuid,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07c6c82781d105a680b5c265be6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_facility_commune" ON "facility" ("production_commune_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(32) NOT NULL,
                "title" character varying(500) NOT NULL,
                "year" integer NOT NULL,
                "fund_source" character varying(32) NOT NULL,
                "commune_code" character varying(64) NOT NULL,
                "implementing_unit_id" uuid,
                "proposed_on" date NOT NULL,
                "objective" text NOT NULL DEFAULT '',
                "planned_start" date,
                "planned_end" date,
                "state" character varying(24) NOT NULL,
                "appraised_by_id" uuid,
                "appraised_on" date,
                "appraisal_opinion" text,
                "decision_number" character varying(64),
                "decision_date" date,
                "approved_by_id" uuid,
                "contract_number" character varying(64),
                "contract_date" date,
                "advance_amount" bigint,
                "advance_date" date,
                "accepted_on" date,
                "settled_on" date,
                "settlement_amount" bigint,
                "last_reason" text,
                "created_by_id" uuid,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_project_fund_source" CHECK (
                    "fund_source" IN ('NATIONAL_FUND', 'CITY_BUDGET')
                ),
                CONSTRAINT "CHK_project_state" CHECK (
                    "state" IN (
                        'DRAFT',
                        'SUBMITTED',
                        'APPRAISED',
                        'APPROVED',
                        'CONTRACTED',
                        'ADVANCED',
                        'IN_PROGRESS',
                        'ADJUSTING',
                        'ACCEPTED',
                        'SETTLED',
                        'CLOSED',
                        'REJECTED',
                        'STOPPED'
                    )
                ),
                CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_project_code" ON "project" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_year_state" ON "project" ("year", "state")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_unit" ON "project" ("implementing_unit_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_commune" ON "project" ("commune_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_beneficiary" (
                "project_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d2b8a49cb3d3c6ed364a1ab69b0" PRIMARY KEY ("project_id", "facility_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_beneficiary_facility" ON "project_beneficiary" ("facility_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_activity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "activity_kind" character varying(48) NOT NULL,
                "target_line_id" uuid NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "planned_quantity" integer NOT NULL,
                "actual_quantity" integer,
                "machinery_is_new" boolean,
                "machinery_improves" boolean,
                "demonstration_superior" boolean,
                "overseas_fairs_this_year" integer,
                CONSTRAINT "CHK_project_activity_quantity" CHECK (
                    "planned_quantity" > 0
                    AND (
                        "actual_quantity" IS NULL
                        OR "actual_quantity" >= 0
                    )
                ),
                CONSTRAINT "PK_d1d722fe8898deff9b95ba377a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_activity_project" ON "project_activity" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "budget_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "activity_id" uuid NOT NULL,
                "facility_id" uuid,
                "cost_item" character varying(300) NOT NULL,
                "cost" bigint NOT NULL,
                "requested_support" bigint NOT NULL,
                "counterpart_funds" bigint NOT NULL,
                "norm_id" character varying(80),
                "allowed_support" bigint,
                "bound_by" character varying(16) NOT NULL,
                "norm_explanation" text NOT NULL,
                CONSTRAINT "CHK_budget_line_amounts" CHECK (
                    "requested_support" >= 0
                    AND "requested_support" <= "cost"
                    AND "counterpart_funds" = "cost" - "requested_support"
                ),
                CONSTRAINT "PK_18b9f7e8a4626eb7f1fd4a63f57" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_budget_line_project" ON "budget_line" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_event" (
                "id" BIGSERIAL NOT NULL,
                "project_id" uuid NOT NULL,
                "action" character varying(32) NOT NULL,
                "from_state" character varying(24),
                "to_state" character varying(24) NOT NULL,
                "actor_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reason" text,
                "details" jsonb,
                CONSTRAINT "PK_84a11a59920c5c503d1e4c23c08" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_project_event_project" ON "project_event" ("project_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD CONSTRAINT "FK_44fb88226870ed457268a072605" FOREIGN KEY ("production_commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD CONSTRAINT "FK_a29d9cf2dcc16bd220facd527f5" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD CONSTRAINT "FK_61794ac4926c2d7cb2121da4826" FOREIGN KEY ("created_by_unit_id") REFERENCES "implementing_unit"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_58039bae6ab4a612b6095e23f6d" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_25ce3ed38b236512dd7f34c87fb" FOREIGN KEY ("implementing_unit_id") REFERENCES "implementing_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_efe881a072bacec49acc7761003" FOREIGN KEY ("appraised_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_14a48a3db81e3afba2cd974417b" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_e155d8f98ec858daa457d6ff291" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_beneficiary"
            ADD CONSTRAINT "FK_76c9e5ea750cf02c287669d9303" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_beneficiary"
            ADD CONSTRAINT "FK_73d9497906e7885890821fcfafa" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_activity"
            ADD CONSTRAINT "FK_400d4f14fa12168d2af9c3c5437" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_activity"
            ADD CONSTRAINT "FK_1bfb9848acf7c2c449bab0623f3" FOREIGN KEY ("target_line_id") REFERENCES "target_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD CONSTRAINT "FK_1512fe26dd11a75295c0d429e26" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD CONSTRAINT "FK_2c6d4a907023334cfc7acc90187" FOREIGN KEY ("activity_id") REFERENCES "project_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD CONSTRAINT "FK_81d701e80af2b93d19991fe96e9" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD CONSTRAINT "FK_f79e64fda7b7ba9867f52990208" FOREIGN KEY ("norm_id") REFERENCES "norm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_event"
            ADD CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_event"
            ADD CONSTRAINT "FK_b774bc5ad2a4b49563c8d5aafa3" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "project_event" DROP CONSTRAINT "FK_b774bc5ad2a4b49563c8d5aafa3"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_event" DROP CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP CONSTRAINT "FK_f79e64fda7b7ba9867f52990208"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP CONSTRAINT "FK_81d701e80af2b93d19991fe96e9"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP CONSTRAINT "FK_2c6d4a907023334cfc7acc90187"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP CONSTRAINT "FK_1512fe26dd11a75295c0d429e26"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_activity" DROP CONSTRAINT "FK_1bfb9848acf7c2c449bab0623f3"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_activity" DROP CONSTRAINT "FK_400d4f14fa12168d2af9c3c5437"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_beneficiary" DROP CONSTRAINT "FK_73d9497906e7885890821fcfafa"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_beneficiary" DROP CONSTRAINT "FK_76c9e5ea750cf02c287669d9303"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_e155d8f98ec858daa457d6ff291"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_14a48a3db81e3afba2cd974417b"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_efe881a072bacec49acc7761003"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_25ce3ed38b236512dd7f34c87fb"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_58039bae6ab4a612b6095e23f6d"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP CONSTRAINT "FK_61794ac4926c2d7cb2121da4826"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP CONSTRAINT "FK_a29d9cf2dcc16bd220facd527f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP CONSTRAINT "FK_44fb88226870ed457268a072605"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_event_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_budget_line_project"
        `);
    await queryRunner.query(`
            DROP TABLE "budget_line"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_activity_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_activity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_beneficiary_facility"
        `);
    await queryRunner.query(`
            DROP TABLE "project_beneficiary"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_commune"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_unit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_project_year_state"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_project_code"
        `);
    await queryRunner.query(`
            DROP TABLE "project"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_facility_commune"
        `);
    await queryRunner.query(`
            DROP TABLE "facility"
        `);
    await queryRunner.query(`DROP SEQUENCE "project_code_seq"`);
  }
}
