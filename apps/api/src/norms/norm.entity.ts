import type { ActivityKind, Citation, FundLevel, VerificationStatus } from "@khuyencong/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { dongColumn } from "../db/columns.js";
import { ActivityKindEnum, FundLevelEnum, VerificationStatusEnum } from "../graphql/enums.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";

/**
 * One version of a support norm (định mức / mức hỗ trợ). Seeded from `@khuyencong/domain` and meant to
 * be corrected as texts are verified; a đề án is judged by the version in force on its date.
 */
@Entity({ name: "norm" })
@ObjectType({
  description: "One version of a support norm: rate, cap, legal citation, validity and verification status.",
})
export class Norm {
  @PrimaryColumn({ type: "varchar", length: 80 })
  @Field(() => String, { description: "Stable id, e.g. `KCQG.MACHINERY.2018`." })
  id: string;

  @Column({ type: "varchar", length: 48 })
  @Field(() => ActivityKindEnum, { description: "The activity the norm applies to." })
  activityKind: ActivityKind;

  @Column({ type: "varchar", length: 16 })
  @Field(() => FundLevelEnum, { description: "The fund that pays under this norm." })
  fundLevel: FundLevel;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Support rate in basis points (3000 = 30 %); null when the text states none.",
  })
  rate: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Cap in đồng; null when there is none or it is derived (`capMultiplierOf`).",
  })
  cap: number | null;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, {
    description: "What the cap is counted per, in Vietnamese (`mỗi cơ sở`, `mỗi mô hình`…).",
  })
  capBasis: string;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Id of the norm whose cap this one multiplies (a technology line: 1,5 × machinery).",
  })
  capMultiplierOf: string | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Numerator of the cap multiplier (3 for 1,5)." })
  capMultiplierNumerator: number | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Denominator of the cap multiplier (2 for 1,5)." })
  capMultiplierDenominator: number | null;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "Vietnamese name of the norm." })
  label: string;

  /** Shown through `citation` (CitationType). */
  @Column({ type: "jsonb" })
  citationData: Citation;

  @Column({ type: "date" })
  @Field(() => CalendarDateScalar, { description: "First day in force (YYYY-MM-DD, inclusive)." })
  validFrom: string;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Last day in force (inclusive); null while in force.",
  })
  validTo: string | null;

  @Column({ type: "varchar", length: 32 })
  @Field(() => VerificationStatusEnum, { description: "How far the values were checked against the text." })
  status: VerificationStatus;
}
