import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795875195565 implements MigrationInterface {
  name = "Init1795875195565";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "commune" (
                "code" character varying(64) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "former_province" character varying(16) NOT NULL,
                "name_note" character varying(300),
                CONSTRAINT "PK_c7da656431051b5e8b730945285" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "implementing_unit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(300) NOT NULL,
                "commune_code" character varying(64),
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_81196e5f61c609817ed02c7297a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_implementing_unit_name" ON "implementing_unit" ("name")
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "role" character varying(32) NOT NULL,
                "commune_code" character varying(64),
                "unit_id" uuid,
                "password_hash" character varying(200) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_app_user_email_lowercase" CHECK ("email" = lower("email")),
                CONSTRAINT "CHK_app_user_role" CHECK (
                    "role" IN (
                        'ADMIN',
                        'DEPARTMENT',
                        'COMMUNE_OFFICER',
                        'IMPLEMENTING_UNIT',
                        'FINANCE',
                        'TREASURY',
                        'ANALYST'
                    )
                ),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid,
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(64) NOT NULL,
                "entity_id" character varying(64) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d00a7e11628569c6e2c2ce27b6" ON "audit_entry" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry" ("entity_type", "entity_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "norm" (
                "id" character varying(80) NOT NULL,
                "activity_kind" character varying(48) NOT NULL,
                "fund_level" character varying(16) NOT NULL,
                "rate" integer,
                "cap" bigint,
                "cap_basis" character varying(100) NOT NULL,
                "cap_multiplier_of" character varying(80),
                "cap_multiplier_numerator" integer,
                "cap_multiplier_denominator" integer,
                "label" character varying(300) NOT NULL,
                "citation_data" jsonb NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "status" character varying(32) NOT NULL,
                CONSTRAINT "PK_030f174f0bbc01af1365cdbd872" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "programme" (
                "code" character varying(32) NOT NULL,
                "name" character varying(300) NOT NULL,
                "first_year" integer NOT NULL,
                "last_year" integer NOT NULL,
                "decision_number" character varying(64),
                "decision_date" date,
                "issuer" character varying(200) NOT NULL,
                "decision_title" character varying(500) NOT NULL,
                CONSTRAINT "PK_0cb721fe5a34b811494fb228d98" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "content_group" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_code" character varying(32) NOT NULL,
                "code" character varying(8) NOT NULL,
                "position" integer NOT NULL,
                "name" text NOT NULL,
                CONSTRAINT "PK_b459ae1ffef2a947ebe7f06f0bf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_content_group_code" ON "content_group" ("programme_code", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "target_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_code" character varying(32) NOT NULL,
                "group_code" character varying(8) NOT NULL,
                "code" character varying(16) NOT NULL,
                "position" integer NOT NULL,
                "name" text NOT NULL,
                "unit" character varying(64) NOT NULL,
                "printed_total" integer,
                "per_unit_quantity" integer,
                "per_unit_unit" character varying(64),
                "activity_kinds" character varying(48) array NOT NULL DEFAULT '{}',
                "source" character varying(100) NOT NULL,
                CONSTRAINT "PK_a1cb63ce8fc6897dc739c79686b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_target_line_code" ON "target_line" ("programme_code", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "target_line_year" (
                "target_line_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "target" integer,
                CONSTRAINT "PK_17b38fb1f37359d1d2fd6bcdb26" PRIMARY KEY ("target_line_id", "year")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "body_target" (
                "id" character varying(64) NOT NULL,
                "programme_code" character varying(32) NOT NULL,
                "line_code" character varying(16),
                "value" integer NOT NULL,
                "unit" character varying(64) NOT NULL,
                "quote" text NOT NULL,
                "location" character varying(100) NOT NULL,
                CONSTRAINT "PK_3680fae72c4a62f3fdbbfededdf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "implementing_unit"
            ADD CONSTRAINT "FK_bb0b9638727981eef39ce765e29" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_e1b14d026dc9c8ab5d937f9e3ba" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "implementing_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_entry"
            ADD CONSTRAINT "FK_d00a7e11628569c6e2c2ce27b62" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "content_group"
            ADD CONSTRAINT "FK_6d7013e5ce69d925a6df79d865c" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "target_line"
            ADD CONSTRAINT "FK_bc06dbe3e1d6613d4fdc05448c8" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "target_line_year"
            ADD CONSTRAINT "FK_1af2bc0dd8900cc976fc3862808" FOREIGN KEY ("target_line_id") REFERENCES "target_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "body_target"
            ADD CONSTRAINT "FK_509876df42474be691ecfc0b104" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "body_target" DROP CONSTRAINT "FK_509876df42474be691ecfc0b104"
        `);
    await queryRunner.query(`
            ALTER TABLE "target_line_year" DROP CONSTRAINT "FK_1af2bc0dd8900cc976fc3862808"
        `);
    await queryRunner.query(`
            ALTER TABLE "target_line" DROP CONSTRAINT "FK_bc06dbe3e1d6613d4fdc05448c8"
        `);
    await queryRunner.query(`
            ALTER TABLE "content_group" DROP CONSTRAINT "FK_6d7013e5ce69d925a6df79d865c"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_d00a7e11628569c6e2c2ce27b62"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_e1b14d026dc9c8ab5d937f9e3ba"
        `);
    await queryRunner.query(`
            ALTER TABLE "implementing_unit" DROP CONSTRAINT "FK_bb0b9638727981eef39ce765e29"
        `);
    await queryRunner.query(`
            DROP TABLE "body_target"
        `);
    await queryRunner.query(`
            DROP TABLE "target_line_year"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_target_line_code"
        `);
    await queryRunner.query(`
            DROP TABLE "target_line"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_content_group_code"
        `);
    await queryRunner.query(`
            DROP TABLE "content_group"
        `);
    await queryRunner.query(`
            DROP TABLE "programme"
        `);
    await queryRunner.query(`
            DROP TABLE "norm"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_user_session_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"
        `);
    await queryRunner.query(`
            DROP TABLE "user_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d00a7e11628569c6e2c2ce27b6"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_app_user_email"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_implementing_unit_name"
        `);
    await queryRunner.query(`
            DROP TABLE "implementing_unit"
        `);
    await queryRunner.query(`
            DROP TABLE "commune"
        `);
  }
}
