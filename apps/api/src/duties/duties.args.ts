import { DEFAULT_UPCOMING_DAYS } from "@khuyencong/domain";
import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { CalendarDateScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";

@ArgsType()
export class ReportingCalendarArgs {
  @Field(() => Int, { description: "The calendar year whose due dates are listed." })
  @Min(1900, msg("Năm không hợp lệ"))
  @Max(2999, msg("Năm không hợp lệ"))
  year: number;
}

@ArgsType()
export class DutyAgendaArgs {
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "The day to judge (YYYY-MM-DD); today in Việt Nam when omitted.",
  })
  asOf?: string | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_UPCOMING_DAYS,
    description: "How many days ahead a duty counts as upcoming.",
  })
  @Min(0, msg("Số ngày báo trước không được âm"))
  @Max(366, msg("Số ngày báo trước tối đa 366"))
  upcomingDays: number;
}
