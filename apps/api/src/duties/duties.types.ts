import type { VerificationStatus } from "@khuyencong/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { VerificationStatusEnum } from "../graphql/enums.js";
import { CalendarDateScalar } from "../graphql/scalars.js";

@ObjectType({
  description:
    "One duty of the reporting calendar due on one day (a yearly plan, a yearly report, a monthly progress report…), from the domain's REPORTING_DUTIES.",
})
export class DutyOccurrence {
  @Field(() => String, {
    description: "Stable key: duty code and period, e.g. `COMMUNE_YEARLY_REPORT:2026`.",
  })
  key: string;

  @Field(() => String, { description: "The duty's code, e.g. `COMMUNE_YEARLY_REPORT`." })
  dutyCode: string;

  @Field(() => String, { description: "What is due, in Vietnamese." })
  title: string;

  @Field(() => String, { description: "Who carries it: DEPARTMENT, FINANCE, COMMUNE, IMPLEMENTING_UNIT, …" })
  body: string;

  @Field(() => String, { description: "Who carries it, in Vietnamese (e.g. `Sở Tài chính`)." })
  bodyLabel: string;

  @Field(() => String, { description: "To whom it goes." })
  recipient: string;

  @Field(() => String, { description: "The period it is about: `2026` or `2026-03`." })
  periodKey: string;

  @Field(() => String, { description: "The period in Vietnamese: `năm 2026`, `tháng 3/2026`." })
  periodLabel: string;

  @Field(() => CalendarDateScalar, { description: "The last day to do it." })
  dueOn: string;

  @Field(() => Int, { description: "Days from the day asked about to the due date; negative when past." })
  daysLeft: number;

  @Field(() => String, {
    description:
      "TEXT when the cited text gives the date; CONFIGURED when it is the software's own (chưa xác minh).",
  })
  dateSource: string;

  @Field(() => String, { nullable: true, description: "Why the date is what it is." })
  dateNote: string | null;

  @Field(() => String, { description: "Where the duty is written, as an official reads it." })
  citation: string;

  @Field(() => VerificationStatusEnum, { description: "How far the citation was checked." })
  citationStatus: VerificationStatus;

  @Field(() => Boolean, {
    description:
      "True when the software records the duty's completion (the commune's yearly report); an untracked duty is only ever a reminder, never overdue.",
  })
  tracked: boolean;
}

@ObjectType({ description: "The caller's duties on a day: what is overdue and what is coming." })
export class DutyAgenda {
  @Field(() => CalendarDateScalar, { description: "The day judged (today in Việt Nam unless asked)." })
  asOf: string;

  @Field(() => [DutyOccurrence], { description: "Due before the day and not done, oldest first." })
  overdue: DutyOccurrence[];

  @Field(() => [DutyOccurrence], { description: "Due within the coming days, soonest first." })
  upcoming: DutyOccurrence[];
}
