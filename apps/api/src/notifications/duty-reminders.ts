import {
  COMMUNE_REPORT_SENT_STATUSES,
  DUTY_BODY_ROLES,
  DUTY_REMINDER_DAYS,
  dutyAgenda,
  type DutyOccurrence,
  formatCalendarDate,
  reportingDuty,
  todayInVietnam,
} from "@khuyencong/domain";
import type { DataSource } from "typeorm";
import { COMMUNE_REPORT_DUTY } from "../commune-reports/commune-report.service.js";
import { type AppSettings, inTransaction, systemContext } from "../context.js";
import type { Logger } from "../log.js";
import { Notification } from "./notification.entity.js";

/*
 * Reminders of the reporting calendar's tracked duty, the commune's yearly report (issue 13 §4: "due
 * soon, overdue"): each commune officer whose commune has not sent its report is told once when it is
 * due within DUTY_REMINDER_DAYS, and once when it is overdue. Untracked duties are reminders in
 * myDutyAgenda only: the software cannot know they were done, so it does not nag about them.
 */

/** Writes the reminders due on `today`; returns how many were new. Safe to run any number of times. */
export async function remindDuties(
  dataSource: DataSource,
  log: Logger,
  settings: Partial<AppSettings>,
  today: string = todayInVietnam(),
): Promise<number> {
  const ctx = systemContext(dataSource, log, settings);
  const duty = reportingDuty(COMMUNE_REPORT_DUTY);
  const role = DUTY_BODY_ROLES[duty.body];
  if (!role) return 0;
  // Every active officer of a commune, and the years their commune has sent.
  const officers: { id: string; communeCode: string; sent: number[] | null }[] = await ctx.em.query(
    `SELECT u.id, u.commune_code AS "communeCode",
            (SELECT array_agg(r.year) FROM commune_report r
              WHERE r.commune_code = u.commune_code AND r.status = ANY($2)) AS sent
       FROM app_user u WHERE u.active AND u.role = $1 AND u.commune_code IS NOT NULL`,
    [role, [...COMMUNE_REPORT_SENT_STATUSES]],
  );
  const mail = ctx.settings.mail?.smtpUrl != null;
  let created = 0;
  await inTransaction(ctx, async (tx) => {
    for (const officer of officers) {
      const sent = new Set(officer.sent ?? []);
      const agenda = dutyAgenda(today, {
        duties: [duty],
        upcomingDays: DUTY_REMINDER_DAYS,
        done: (o) => sent.has(Number(o.periodKey)),
      });
      const rows = [
        ...agenda.upcoming.map((o) => reminder(officer.id, o, false, mail)),
        ...agenda.overdue.map((o) => reminder(officer.id, o, true, mail)),
      ];
      if (rows.length === 0) continue;
      const result = await tx.em
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows)
        .orIgnore()
        .returning("id")
        .execute();
      created += result.raw.length;
    }
  });
  return created;
}

function reminder(recipientId: string, o: DutyOccurrence, overdue: boolean, mail: boolean) {
  const due = formatCalendarDate(o.dueOn);
  return {
    recipientId,
    kind: overdue ? ("DUTY_OVERDUE" as const) : ("DUTY_DUE_SOON" as const),
    title: overdue
      ? `Quá hạn: ${o.duty.title.toLowerCase()} ${o.periodLabel} (hạn ${due})`
      : `Sắp đến hạn: ${o.duty.title.toLowerCase()} ${o.periodLabel} (hạn ${due})`,
    body: `${o.duty.title} ${o.periodLabel} gửi ${o.duty.recipient}, hạn ${due}.${o.duty.dateNote ? ` ${o.duty.dateNote}` : ""}`,
    entityType: "Duty",
    entityId: o.key,
    emailStatus: mail ? ("PENDING" as const) : ("NONE" as const),
    emailNextAt: mail ? new Date() : null,
  };
}

/** Runs the reminders at start and then every hour, outside every request; stops with the app. */
export function startDutyReminders(
  dataSource: DataSource,
  log: Logger,
  settings: Partial<AppSettings>,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = remindDuties(dataSource, log, settings).catch((error) =>
      log.warn("duty reminders failed", { error: error instanceof Error ? error.message : error }),
    );
  };
  const first = setTimeout(run, 1_000);
  const timer = setInterval(run, 60 * 60 * 1_000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
