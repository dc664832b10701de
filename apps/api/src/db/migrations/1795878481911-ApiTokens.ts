import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApiTokens1795878481911 implements MigrationInterface {
  name = "ApiTokens1795878481911";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "api_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "prefix" character varying(16) NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_api_token_user" ON "api_token" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_api_token_secret_hash" ON "api_token" ("secret_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_api_token_secret_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_api_token_user"
        `);
    await queryRunner.query(`
            DROP TABLE "api_token"
        `);
  }
}
