import type { FundSource } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { FundSourceEnum } from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import type { AnnualPlan } from "./annual-plan.entity.js";

/**
 * The registrations of a plan set against the programme's targets for its year. Each list is one SQL
 * aggregate, run only when asked for. A commune officer or an implementing unit sees the figures of
 * their own registrations only (`coversAllRegistrations` false); the targets are the city's.
 */
@ObjectType({
  description:
    "The plan's registrations compared with the programme's targets for the year, with totals by fund source and registrant.",
})
export class PlanComparison {
  /** The plan compared; the scope is the viewer's, derived again from ctx by each aggregate. */
  plan: AnnualPlan;

  @Field(() => Boolean, {
    description:
      "True when the figures count every registration; false when they count only the viewer's own (commune officer, implementing unit).",
  })
  coversAllRegistrations: boolean;
}

@ObjectType({
  description: "One target line of the programme: its target for the year and what was registered.",
})
export class PlanLineComparison {
  @Field(() => ID, { description: "The target line's id." })
  targetLineId: string;

  @Field(() => Int, {
    nullable: true,
    description: "The line's target for the plan's year; null where the appendix cell is blank.",
  })
  target: number | null;

  @Field(() => Int, { description: "Sum of the registered quantities (0 if none)." })
  registeredQuantity: number;

  @Field(() => DongScalar, { description: "Sum of the registrations' estimated costs (0 if none)." })
  estimatedCost: number;

  @Field(() => Int, { description: "Number of registrations on the line." })
  registrationCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Registered quantity minus target: negative = short of the target; null when there is no target.",
  })
  difference: number | null;
}

@ObjectType({ description: "Registrations and estimated cost of one fund source." })
export class PlanFundSourceTotal {
  @Field(() => FundSourceEnum, { description: "The fund source; every source is listed, 0 where unused." })
  fundSource: FundSource;

  @Field(() => Int, { description: "Number of registrations paid from it." })
  registrationCount: number;

  @Field(() => DongScalar, { description: "Their estimated cost." })
  estimatedCost: number;
}

@ObjectType({ description: "Registrations and estimated cost of one registering commune." })
export class PlanCommuneTotal {
  @Field(() => String, { description: "The commune's code." })
  communeCode: string;

  @Field(() => Int, { description: "Number of its registrations." })
  registrationCount: number;

  @Field(() => DongScalar, { description: "Their estimated cost." })
  estimatedCost: number;
}

@ObjectType({ description: "Registrations and estimated cost of one registering implementing unit." })
export class PlanUnitTotal {
  @Field(() => ID, { description: "The unit's id." })
  unitId: string;

  @Field(() => Int, { description: "Number of its registrations." })
  registrationCount: number;

  @Field(() => DongScalar, { description: "Their estimated cost." })
  estimatedCost: number;
}

@ObjectType({ description: "Totals over all the registrations counted." })
export class PlanTotal {
  @Field(() => Int, { description: "Number of registrations." })
  registrationCount: number;

  @Field(() => DongScalar, { description: "Their estimated cost." })
  estimatedCost: number;
}
