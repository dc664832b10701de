import {
  DUTY_BODY_LABELS,
  DUTY_BODY_ROLES,
  type DutyOccurrence as DomainOccurrence,
  daysUntil,
  dutyAgenda,
  dutyOccurrencesInYear,
  formatCitation,
  REPORTING_DUTIES,
  type ReportingDuty,
  todayInVietnam,
} from "@khuyencong/domain";
import { COMMUNE_REPORT_DUTY, sentReportYears } from "../commune-reports/commune-report.service.js";
import type { Ctx } from "../context.js";
import { dataScopeOfUser } from "../db/data-scope.js";
import { AppError } from "../errors.js";
import type { DutyAgendaArgs } from "./duties.args.js";
import type { DutyAgenda, DutyOccurrence } from "./duties.types.js";

/*
 * The reporting calendar is the domain's (packages/domain/src/duties): here only who asks, what the
 * database knows is done, and the GraphQL shape.
 */

/** The duties whose completion the software records; the others are reminders only. */
const TRACKED_DUTIES: ReadonlySet<string> = new Set([COMMUNE_REPORT_DUTY]);

/** Every duty due in calendar year `year`, by due date; `daysLeft` counted from `asOf`. */
export function reportingCalendar(year: number, asOf: string = todayInVietnam()): DutyOccurrence[] {
  return dutyOccurrencesInYear(year).map((o) => toGraphql(o, asOf));
}

/**
 * The caller's duties on a day: those of the body their role acts for (a commune officer: the commune's),
 * overdue and upcoming. A tracked duty is done when the database says so (the commune's report sent);
 * an untracked one is never "overdue", since the software cannot know it was done.
 */
export async function myDutyAgenda(ctx: Ctx, args: DutyAgendaArgs): Promise<DutyAgenda> {
  if (!ctx.user) throw AppError.unauthenticated();
  const asOf = args.asOf ?? todayInVietnam();
  const role = ctx.user.role;
  const duties: ReportingDuty[] = REPORTING_DUTIES.filter((d) => DUTY_BODY_ROLES[d.body] === role);
  const scope = dataScopeOfUser(ctx.user);
  const sentYears =
    scope.kind === "COMMUNE" ? await sentReportYears(ctx, scope.communeCode) : new Set<number>();
  const agenda = dutyAgenda(asOf, {
    duties,
    upcomingDays: args.upcomingDays,
    done: (o) => {
      if (!TRACKED_DUTIES.has(o.duty.code)) return o.dueOn < asOf;
      return sentYears.has(Number(o.periodKey));
    },
  });
  return {
    asOf,
    overdue: agenda.overdue.map((o) => toGraphql(o, asOf)),
    upcoming: agenda.upcoming.map((o) => toGraphql(o, asOf)),
  };
}

function toGraphql(o: DomainOccurrence, asOf: string): DutyOccurrence {
  return {
    key: o.key,
    dutyCode: o.duty.code,
    title: o.duty.title,
    body: o.duty.body,
    bodyLabel: DUTY_BODY_LABELS[o.duty.body],
    recipient: o.duty.recipient,
    periodKey: o.periodKey,
    periodLabel: o.periodLabel,
    dueOn: o.dueOn,
    daysLeft: daysUntil(asOf, o.dueOn),
    dateSource: o.duty.dateSource,
    dateNote: o.duty.dateNote ?? null,
    citation: formatCitation(o.duty.citation),
    citationStatus: o.duty.citation.status,
    tracked: TRACKED_DUTIES.has(o.duty.code),
  };
}
