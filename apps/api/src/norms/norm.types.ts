import type { SupportBound, SupportResult } from "@khuyencong/domain";
import { IsInt, Min } from "class-validator";
import { ArgsType, Field, ObjectType } from "type-graphql";
import type { ActivityKind, FundLevel } from "@khuyencong/domain";
import { CitationType } from "../graphql/citation.type.js";
import { ActivityKindEnum, FundLevelEnum } from "../graphql/enums.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";
import { Norm } from "./norm.entity.js";

@ArgsType()
export class SupportCalculationArgs {
  @Field(() => ActivityKindEnum, { description: "The activity." })
  activityKind: ActivityKind;

  @Field(() => FundLevelEnum, { description: "The fund that pays." })
  fundLevel: FundLevel;

  @Field(() => CalendarDateScalar, {
    description: "Date the norm is taken at (YYYY-MM-DD): the đề án's date.",
  })
  date: string;

  @Field(() => DongScalar, { description: "Eligible cost in đồng." })
  @IsInt(msg("Chi phí phải là số nguyên đồng"))
  @Min(0, msg("Chi phí không được âm"))
  eligibleCost: number;

  @Field(() => DongScalar, {
    nullable: true,
    description: "Support asked for, in đồng; the answer gives the excess.",
  })
  @IsInt(msg("Số tiền đề nghị phải là số nguyên đồng"))
  @Min(0, msg("Số tiền đề nghị không được âm"))
  requested?: number | null;
}

@ObjectType({ description: "The maximum support a norm allows for a cost, how it was reached, and why." })
export class SupportCalculation {
  @Field(() => Norm, { nullable: true, description: "The norm version in force; null when none is." })
  norm: Norm | null;

  @Field(() => DongScalar, { description: "The eligible cost the calculation started from." })
  eligibleCost: number;

  @Field(() => DongScalar, {
    description: "Maximum support: min(rate × cost, cap, cost); 0 with no norm in force.",
  })
  allowed: number;

  @Field(() => DongScalar, {
    nullable: true,
    description: "Rate × cost, rounded down; null when the norm has no rate.",
  })
  rateLimit: number | null;

  @Field(() => DongScalar, {
    nullable: true,
    description: "The cap that applied (a multiplier resolved); null if none.",
  })
  cap: number | null;

  @Field(() => String, { description: "What bound the support: RATE, CAP, RATE_AND_CAP, COST or NO_NORM." })
  boundBy: SupportBound;

  @Field(() => CitationType, { nullable: true, description: "The norm's legal source; null with no norm." })
  citation: CitationType | null;

  @Field(() => DongScalar, { nullable: true, description: "The amount asked for, if given." })
  requested: number | null;

  @Field(() => DongScalar, { description: "What the request asks beyond the maximum; 0 if within it." })
  excess: number;

  @Field(() => String, {
    description: "One Vietnamese sentence with the rate, the cap, the result and the citation.",
  })
  explanation: string;

  static from(result: SupportResult, norm: Norm | null): SupportCalculation {
    return Object.assign(new SupportCalculation(), {
      ...result,
      norm,
      citation: result.citation ? CitationType.from(result.citation) : null,
    });
  }
}
