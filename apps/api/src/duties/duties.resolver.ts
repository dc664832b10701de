import { Args, Authorized, Ctx as Context, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { DutyAgendaArgs, ReportingCalendarArgs } from "./duties.args.js";
import * as service from "./duties.service.js";
import { DutyAgenda, DutyOccurrence } from "./duties.types.js";

/** The reporting calendar: every signed-in user reads it; the agenda is the caller's own. */
@Authorized()
@Resolver()
export class DutiesResolver {
  @Query(() => [DutyOccurrence], {
    description:
      "The reporting calendar of a year: every duty of the programme's decision and of the law due that year, by due date.",
  })
  reportingCalendar(@Args() { year }: ReportingCalendarArgs): DutyOccurrence[] {
    return service.reportingCalendar(year);
  }

  @Query(() => DutyAgenda, {
    description:
      "The caller's duties on a day (today in Việt Nam by default): overdue and upcoming, for 'Việc cần xử lý'.",
  })
  myDutyAgenda(@Args() args: DutyAgendaArgs, @Context() ctx: Ctx): Promise<DutyAgenda> {
    return service.myDutyAgenda(ctx, args);
  }
}
