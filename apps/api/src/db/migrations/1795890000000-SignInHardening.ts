import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * - `app_user.must_change_password`: a password an administrator chose or the system generated must be
 *   changed at the next sign-in (auth/password-change-guard.ts).
 * - `sign_in_throttle`: failed sign-in counts per account and per client address, shared by every API
 *   instance. Its shape is rate-limiter-flexible's RateLimiterPostgres table (key, points, expire in epoch
 *   milliseconds), created here rather than by the library at run time so that the schema has one owner
 *   and the application's role needs no CREATE right. No entity: only auth/sign-in-throttle.ts reads it.
 */
export class SignInHardening1795890000000 implements MigrationInterface {
  name = "SignInHardening1795890000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "must_change_password" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_throttle" (
                "key" character varying(255) NOT NULL,
                "points" integer NOT NULL DEFAULT 0,
                "expire" bigint,
                CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("key")
            )
        `);
    // The library deletes rows that expired an hour ago every five minutes.
    await queryRunner.query(`
            CREATE INDEX "IDX_sign_in_throttle_expire" ON "sign_in_throttle" ("expire")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "sign_in_throttle"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "must_change_password"
        `);
  }
}
