import { Field, ObjectType } from "type-graphql";
import { Commune } from "../communes/commune.entity.js";
import { CalendarDateScalar } from "../graphql/scalars.js";
import { CommuneReport } from "./commune-report.entity.js";

@ObjectType({
  description:
    "Where one commune stands on its yearly report: the department's board of who has and has not reported.",
})
export class CommuneReportStanding {
  @Field(() => Commune, { description: "The commune-level unit (xã, phường, đặc khu)." })
  commune: Commune;

  @Field(() => CommuneReport, {
    nullable: true,
    description: "Its report for the year; null if not started.",
  })
  report: CommuneReport | null;

  @Field(() => Boolean, { description: "True when the report was sent (submitted or accepted)." })
  sent: boolean;

  @Field(() => CalendarDateScalar, { description: "The due date of the report by the reporting calendar." })
  dueOn: string;

  @Field(() => Boolean, {
    description: "True when not sent and the due date has passed (today in Việt Nam).",
  })
  overdue: boolean;
}
