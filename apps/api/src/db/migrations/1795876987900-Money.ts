import type { MigrationInterface, QueryRunner } from "typeorm";

export class Money1795876987900 implements MigrationInterface {
  name = "Money1795876987900";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "budget_envelope" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "year" integer NOT NULL,
                "fund_source" character varying(32) NOT NULL,
                "amount" bigint NOT NULL,
                "decision_number" character varying(64),
                "decision_date" date,
                "created_by_id" uuid,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2ed2da6f8a315beb209f4a1953b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_budget_envelope_year_fund" ON "budget_envelope" ("year", "fund_source")
        `);
    await queryRunner.query(`
            CREATE TABLE "payment_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "request_key" character varying(64) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "amount" bigint NOT NULL,
                "progress" integer,
                "status" character varying(16) NOT NULL,
                "requested_by_id" uuid,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "paid_on" date,
                "treasury_reference" character varying(64),
                "refusal_reason" text,
                CONSTRAINT "CHK_payment_request_status" CHECK ("status" IN ('PENDING', 'PAID', 'REFUSED')),
                CONSTRAINT "CHK_payment_request_kind" CHECK ("kind" IN ('ADVANCE', 'PAYMENT', 'FINAL')),
                CONSTRAINT "CHK_payment_request_amount" CHECK ("amount" > 0),
                CONSTRAINT "PK_b274a8e7b35dd0fd12e46e89f3c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_payment_request_status" ON "payment_request" ("status", "requested_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_payment_request_key" ON "payment_request" ("project_id", "request_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "prior_support" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "activity_kind" character varying(48) NOT NULL,
                "cost_item" character varying(300) NOT NULL,
                "source" character varying(300) NOT NULL,
                "year" integer NOT NULL,
                "amount" bigint,
                "recorded_by_id" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c45bcd8d39bfedb1d7e0de158dd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_prior_support_facility" ON "prior_support" ("facility_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "advance_amount"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "advance_date"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "settlement_amount"
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "approved_support" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "double_support_justification" text
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "final_support" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "final_payment" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "refund_due" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "refund_received" bigint NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD "approved_support" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line"
            ADD "accepted_cost" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_envelope"
            ADD CONSTRAINT "FK_7835e5d30d66fe268bcd8ea7f1c" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request"
            ADD CONSTRAINT "FK_4806c0562dabf69d7ab90695ed1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request"
            ADD CONSTRAINT "FK_15de98cce7275bdf88eac8ee898" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request"
            ADD CONSTRAINT "FK_68bb2b40337637494fa8a2c430e" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "prior_support"
            ADD CONSTRAINT "FK_b39836d64e4949699f55c5fbef2" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "prior_support"
            ADD CONSTRAINT "FK_d127fbaa51226330cf69e97e2df" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "prior_support" DROP CONSTRAINT "FK_d127fbaa51226330cf69e97e2df"
        `);
    await queryRunner.query(`
            ALTER TABLE "prior_support" DROP CONSTRAINT "FK_b39836d64e4949699f55c5fbef2"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request" DROP CONSTRAINT "FK_68bb2b40337637494fa8a2c430e"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request" DROP CONSTRAINT "FK_15de98cce7275bdf88eac8ee898"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_request" DROP CONSTRAINT "FK_4806c0562dabf69d7ab90695ed1"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_envelope" DROP CONSTRAINT "FK_7835e5d30d66fe268bcd8ea7f1c"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP COLUMN "accepted_cost"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_line" DROP COLUMN "approved_support"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "refund_received"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "refund_due"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "final_payment"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "final_support"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "double_support_justification"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP COLUMN "approved_support"
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "settlement_amount" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "advance_date" date
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD "advance_amount" bigint
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_prior_support_facility"
        `);
    await queryRunner.query(`
            DROP TABLE "prior_support"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_payment_request_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_payment_request_status"
        `);
    await queryRunner.query(`
            DROP TABLE "payment_request"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_budget_envelope_year_fund"
        `);
    await queryRunner.query(`
            DROP TABLE "budget_envelope"
        `);
  }
}
