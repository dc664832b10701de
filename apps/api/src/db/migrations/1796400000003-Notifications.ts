import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications (issue 13 §4): the bell's rows and the e-mail outbox in one table, written in the
 * transaction of the change that causes them; the pending e-mails are found through a partial index.
 * Generated from src/notifications/notification.entity.ts.
 */

export class Notifications1796400000003 implements MigrationInterface {
  name = "Notifications1796400000003";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "entity_type" character varying(64),
                "entity_id" character varying(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "email_status" character varying(16) NOT NULL,
                "email_attempts" integer NOT NULL DEFAULT '0',
                "email_next_at" TIMESTAMP WITH TIME ZONE,
                "email_error" text,
                "email_sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_notification_email_status" CHECK (
                    "email_status" IN ('NONE', 'PENDING', 'SENT', 'FAILED')
                ),
                CONSTRAINT "CHK_notification_kind" CHECK (
                    "kind" IN (
                        'PROJECT_RETURNED',
                        'PROJECT_APPROVED',
                        'PROJECT_REJECTED',
                        'PAYMENT_PAID',
                        'PLAN_OPENED',
                        'COMMUNE_REPORT_RETURNED',
                        'COMMUNE_REPORT_ACCEPTED'
                    )
                ),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_notification_email_pending" ON "notification" ("email_next_at")
            WHERE "email_status" = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE INDEX "IX_notification_recipient_created" ON "notification" ("recipient_id", "created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_notification_recipient_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IX_notification_email_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
  }
}
