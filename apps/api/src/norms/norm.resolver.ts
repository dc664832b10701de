import type { ActivityKind, FundLevel } from "@khuyencong/domain";
import { Arg, Args, Authorized, Ctx as Context, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { CitationType } from "../graphql/citation.type.js";
import { ActivityKindEnum, FundLevelEnum } from "../graphql/enums.js";
import { CalendarDateScalar } from "../graphql/scalars.js";
import { Norm } from "./norm.entity.js";
import * as normService from "./norm.service.js";
import { SupportCalculation, SupportCalculationArgs } from "./norm.types.js";

/** Norms are public inside the administration: every signed-in role may read them and use the calculator. */
@Authorized()
@Resolver(() => Norm)
export class NormResolver {
  @Query(() => [Norm], {
    description: "Norm versions, by fund, activity and start date; optionally only those in force on a date.",
  })
  norms(
    @Arg("activityKind", () => ActivityKindEnum, { nullable: true, description: "Only this activity." })
    activityKind: ActivityKind | null,
    @Arg("fundLevel", () => FundLevelEnum, { nullable: true, description: "Only this fund." })
    fundLevel: FundLevel | null,
    @Arg("date", () => CalendarDateScalar, {
      nullable: true,
      description: "Only versions in force on this date (YYYY-MM-DD).",
    })
    date: string | null,
    @Context() ctx: Ctx,
  ): Promise<Norm[]> {
    return normService.listNorms(ctx, { activityKind, fundLevel, date });
  }

  @Query(() => SupportCalculation, {
    description:
      "The norm calculator: maximum support for a cost under the norm in force on a date, explained with its citation.",
  })
  async supportCalculation(
    @Args() args: SupportCalculationArgs,
    @Context() ctx: Ctx,
  ): Promise<SupportCalculation> {
    const { result, norm } = await normService.calculateSupport(ctx, args);
    return SupportCalculation.from(result, norm);
  }

  @FieldResolver(() => CitationType, {
    description: "The legal source of the norm, with its verification status.",
  })
  citation(@Root() norm: Norm): CitationType {
    return CitationType.from(norm.citationData);
  }
}
