import { Args, Authorized, Ctx as Context, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { ProgrammeProgressArgs } from "./progress.args.js";
import * as progressService from "./progress.service.js";
import { ProgrammeProgress, ProgressLine } from "./progress.types.js";
import { COST, Heavy } from "../graphql/limits.js";

/** Aggregates by target line, city-wide, with no facility in them: every signed-in role reads them. */
@Authorized()
@Resolver(() => ProgrammeProgress)
export class ProgressResolver {
  @Heavy()
  @Query(() => ProgrammeProgress, {
    complexity: COST.PROGRESS,
    description:
      "Progress of the programme whose period covers `asOfYear`: per line and year the target, the approved plan, what accepted đề án achieved and what approved ones still plan (pipeline); rates, status, roll-ups per group and for the programme; forecasts for the year's end and the period's end. City-wide figures. Any signed-in user.",
  })
  programmeProgress(@Args() args: ProgrammeProgressArgs, @Context() ctx: Ctx): Promise<ProgrammeProgress> {
    return progressService.programmeProgress(ctx, args);
  }
}

@Resolver(() => ProgressLine)
export class ProgressLineResolver {
  @FieldResolver(() => TargetLine, { description: "The target line, with its yearly targets and findings." })
  async targetLine(@Root() line: ProgressLine, @Context() ctx: Ctx): Promise<TargetLine> {
    return (await ctx.loaders.targetLineById.load(line.targetLineId)) as TargetLine;
  }
}
