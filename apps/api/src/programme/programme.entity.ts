import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CalendarDateScalar } from "../graphql/scalars.js";

/** A five-year programme as approved; loaded from `@khuyencong/domain` on an empty database. */
@Entity({ name: "programme" })
@ObjectType({
  description: "A five-year khuyến công programme (Chương trình khuyến công) with its target table.",
})
export class Programme {
  @PrimaryColumn({ type: "varchar", length: 32 })
  @Field(() => String, { description: "Stable code, e.g. `HP-KC-2026-2030`." })
  code: string;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "Name as the decision words it." })
  name: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "First year of the period." })
  firstYear: number;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Last year of the period (inclusive)." })
  lastYear: number;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Number of the approving decision; null while the draft leaves it blank.",
  })
  decisionNumber: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Date of the approving decision (YYYY-MM-DD); null while blank.",
  })
  decisionDate: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Who issued the decision." })
  issuer: string;

  @Column({ type: "varchar", length: 500 })
  @Field(() => String, { description: "Title of the decision." })
  decisionTitle: string;
}
