import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reminders of the reporting calendar (issue 13 §4): two more notification kinds (DUTY_DUE_SOON,
 * DUTY_OVERDUE), and one reminder per person, kind and duty occurrence however often the hourly job
 * runs (a unique partial index the job's INSERT … ON CONFLICT DO NOTHING relies on). The kinds are
 * spelled here, not imported: a migration is history.
 */
const KINDS_BEFORE = [
  "PROJECT_RETURNED",
  "PROJECT_APPROVED",
  "PROJECT_REJECTED",
  "PAYMENT_PAID",
  "PLAN_OPENED",
  "COMMUNE_REPORT_RETURNED",
  "COMMUNE_REPORT_ACCEPTED",
];
const KINDS_AFTER = [...KINDS_BEFORE, "DUTY_DUE_SOON", "DUTY_OVERDUE"];
const list = (kinds: string[]) => kinds.map((k) => `'${k}'`).join(", ");

export class DutyReminders1796400000004 implements MigrationInterface {
  name = "DutyReminders1796400000004";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_kind" CHECK ("kind" IN (${list(KINDS_AFTER)}))`,
    );
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_notification_duty_reminder" ON "notification" ("recipient_id", "kind", "entity_id")
            WHERE "entity_type" = 'Duty'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_duty_reminder"`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" IN ('DUTY_DUE_SOON', 'DUTY_OVERDUE')`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_kind" CHECK ("kind" IN (${list(KINDS_BEFORE)}))`,
    );
  }
}
