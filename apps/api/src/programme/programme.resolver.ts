import { Arg, Authorized, Ctx as Context, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { Programme } from "./programme.entity.js";
import * as programmeService from "./programme.service.js";
import { AuditFindingType, YearTarget } from "./programme.types.js";
import { BodyTarget, ContentGroup, TargetLine } from "./target-line.entity.js";
import { COST } from "../graphql/limits.js";

/** The programme is public inside the administration: every signed-in role may read it. */
@Authorized()
@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, {
    description:
      "A programme by code, or the current one (2026–2030) when no code is given. Any signed-in user.",
  })
  programme(
    @Arg("code", () => String, { nullable: true, description: "Programme code, e.g. `HP-KC-2026-2030`." })
    code: string | null,
    @Context() ctx: Ctx,
  ): Promise<Programme> {
    return programmeService.getProgramme(ctx, code);
  }

  @Query(() => TargetLine, { description: "One target line by id. Any signed-in user." })
  targetLine(@Arg("id", () => String, { description: "The line's id." }) id: string, @Context() ctx: Ctx) {
    return programmeService.getTargetLine(ctx, id);
  }

  @FieldResolver(() => [ContentGroup], { description: "Content groups I–VI, in document order." })
  groups(@Root() programme: Programme, @Context() ctx: Ctx): Promise<ContentGroup[]> {
    return programmeService.listGroups(ctx, programme.code);
  }

  @FieldResolver(() => [TargetLine], { description: "Every target line, in document order." })
  targetLines(@Root() programme: Programme, @Context() ctx: Ctx): Promise<TargetLine[]> {
    return programmeService.listTargetLines(ctx, programme.code);
  }

  @FieldResolver(() => [AuditFindingType], {
    complexity: COST.PROGRAMME_AUDIT,
    description: "What the consistency audit finds in the programme's own figures, errors first.",
  })
  async findings(@Root() programme: Programme, @Context() ctx: Ctx): Promise<AuditFindingType[]> {
    return (await programmeService.programmeFindings(ctx, programme.code)).map(AuditFindingType.from);
  }

  @FieldResolver(() => [Int], { description: "The programme's years, e.g. [2026, …, 2030]." })
  years(@Root() programme: Programme): number[] {
    const years: number[] = [];
    for (let y = programme.firstYear; y <= programme.lastYear; y++) years.push(y);
    return years;
  }
}

@Resolver(() => ContentGroup)
export class ContentGroupResolver {
  @FieldResolver(() => [TargetLine], { description: "The group's rows, in document order." })
  lines(@Root() group: ContentGroup, @Context() ctx: Ctx): Promise<TargetLine[]> {
    return ctx.loaders.targetLinesByGroup.load(`${group.programmeCode}|${group.code}`);
  }
}

@Resolver(() => TargetLine)
export class TargetLineResolver {
  @FieldResolver(() => [YearTarget], {
    description: "Target per year of the programme, blank cells as null.",
  })
  async yearlyTargets(@Root() line: TargetLine, @Context() ctx: Ctx): Promise<YearTarget[]> {
    const years = await ctx.loaders.yearsByTargetLine.load(line.id);
    return years.map((y) => Object.assign(new YearTarget(), { year: y.year, target: y.target }));
  }

  @FieldResolver(() => Int, { description: "Sum of the yearly targets (blank cells count as 0)." })
  async sumOfYears(@Root() line: TargetLine, @Context() ctx: Ctx): Promise<number> {
    const years = await ctx.loaders.yearsByTargetLine.load(line.id);
    return years.reduce((sum, y) => sum + (y.target ?? 0), 0);
  }

  @FieldResolver(() => [BodyTarget], { description: "Figures the decision's body text states for this row." })
  bodyTargets(@Root() line: TargetLine, @Context() ctx: Ctx): Promise<BodyTarget[]> {
    return ctx.loaders.bodyTargetsByLineCode.load(`${line.programmeCode}|${line.code}`);
  }

  @FieldResolver(() => [AuditFindingType], { description: "The audit's findings on this row." })
  async findings(@Root() line: TargetLine, @Context() ctx: Ctx): Promise<AuditFindingType[]> {
    const all = await ctx.loaders.programmeFindings.load(line.programmeCode);
    return all.filter((f) => f.rowCode === line.code).map(AuditFindingType.from);
  }
}
