import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795874228203 implements MigrationInterface {
  name = "Init1795874228203";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "role" character varying(32) NOT NULL,
                "commune_code" character varying(32),
                "unit_name" character varying(300),
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
            ALTER TABLE "audit_entry"
            ADD CONSTRAINT "FK_d00a7e11628569c6e2c2ce27b62" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_d00a7e11628569c6e2c2ce27b62"
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
  }
}
