import { nextEmailAttemptDelayMs } from "@khuyencong/domain";
import nodemailer from "nodemailer";
import type { DataSource } from "typeorm";
import type { MailSettings } from "../config.js";
import type { Logger } from "../log.js";

/**
 * The e-mail side of notifications: a background sender, started by the app when `SMTP_URL` is set.
 * It never runs inside a request: a mutation only writes the notification (PENDING) in its transaction,
 * commits and answers; this loop then takes a few due rows (`FOR UPDATE SKIP LOCKED`, so two instances
 * never send one twice), sends them, and marks them SENT, or schedules a retry (the domain's schedule),
 * or FAILED after the last try. A slow or absent mail server therefore never slows a mutation.
 */
export interface NotificationMailer {
  /** Sends what is due now (also run every `pollMs`); resolves when this round is done. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const BATCH = 20;

export function startNotificationMailer(
  dataSource: DataSource,
  settings: MailSettings,
  log: Logger,
): NotificationMailer | null {
  if (!settings.smtpUrl) return null;
  const transport = nodemailer.createTransport(settings.smtpUrl);
  let running: Promise<number> | null = null;
  let stopped = false;

  const round = async (): Promise<number> => {
    let sent = 0;
    // One transaction per batch: the rows stay locked while they are being sent.
    await dataSource.transaction(async (em) => {
      const rows: { id: string; email: string; title: string; body: string; attempts: number }[] =
        await em.query(
          `SELECT n.id, u.email, n.title, n.body, n.email_attempts AS attempts
             FROM notification n JOIN app_user u ON u.id = n.recipient_id
            WHERE n.email_status = 'PENDING' AND n.email_next_at <= now()
            ORDER BY n.email_next_at
            LIMIT ${BATCH}
            FOR UPDATE OF n SKIP LOCKED`,
        );
      for (const row of rows) {
        try {
          await transport.sendMail({
            from: settings.from,
            to: row.email,
            subject: row.title,
            text: `${row.body}\n\n— Phần mềm quản lý khuyến công thành phố Hải Phòng`,
          });
          await em.query(
            "UPDATE notification SET email_status = 'SENT', email_sent_at = now(), email_attempts = email_attempts + 1, email_error = NULL WHERE id = $1",
            [row.id],
          );
          sent++;
        } catch (error) {
          const attempts = row.attempts + 1;
          const delay = nextEmailAttemptDelayMs(attempts);
          const message = error instanceof Error ? error.message : String(error);
          log.warn("notification e-mail failed", { id: row.id, attempts, error: message });
          await em.query(
            `UPDATE notification SET email_attempts = $2, email_error = $3,
               email_status = CASE WHEN $4::integer IS NULL THEN 'FAILED' ELSE 'PENDING' END,
               email_next_at = CASE WHEN $4::integer IS NULL THEN NULL ELSE now() + ($4::integer * interval '1 millisecond') END
             WHERE id = $1`,
            [row.id, attempts, message.slice(0, 1000), delay],
          );
        }
      }
    });
    return sent;
  };

  const runOnce = (): Promise<number> => {
    // One round at a time: a tick while a round runs waits for it instead of starting another.
    running ??= round()
      .catch((error) => {
        log.error("notification e-mail round failed", {
          error: error instanceof Error ? error.message : error,
        });
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void runOnce();
  }, settings.pollMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
