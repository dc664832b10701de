import {
  Args,
  Authorized,
  Ctx as Context,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Commune } from "../communes/commune.entity.js";
import type { Ctx } from "../context.js";
import { Allow } from "../graphql/auth-checker.js";
import { TargetLine } from "../programme/target-line.entity.js";
import {
  CommuneReportOfArgs,
  CommuneReportVersionArgs,
  CommuneReportYearArgs,
  ReturnCommuneReportArgs,
  SaveCommuneReportArgs,
} from "./commune-report.args.js";
import { CommuneReport, CommuneReportLine } from "./commune-report.entity.js";
import * as service from "./commune-report.service.js";
import { CommuneReportStanding } from "./commune-report.types.js";

/** The commune writes and sends its yearly report; the department returns or accepts it. */
@Authorized()
@Resolver(() => CommuneReport)
export class CommuneReportResolver {
  @Query(() => CommuneReport, {
    nullable: true,
    description:
      "A commune's yearly report, or null if not started. A commune officer reads their own commune's (the default); FORBIDDEN for another's.",
  })
  communeReport(@Args() args: CommuneReportOfArgs, @Context() ctx: Ctx): Promise<CommuneReport | null> {
    return service.communeReportOf(ctx, args);
  }

  @Allow("ReviewCommuneReports")
  @Query(() => [CommuneReportStanding], {
    description:
      "Every commune and its yearly report for the year: who has sent it, who has not, who is overdue (not sent first).",
  })
  communeReportStandings(
    @Args() { year }: CommuneReportYearArgs,
    @Context() ctx: Ctx,
  ): Promise<CommuneReportStanding[]> {
    return service.communeReportStandings(ctx, year);
  }

  @Allow("SubmitCommuneReport")
  @Mutation(() => CommuneReport, {
    description:
      "Starts the commune's report for the year (no version; CONFLICT if it exists) or changes a draft or returned one (STALE_VERSION unless version is current): the note and all lines.",
  })
  saveCommuneReport(@Args() args: SaveCommuneReportArgs, @Context() ctx: Ctx): Promise<CommuneReport> {
    return service.saveCommuneReport(ctx, args);
  }

  @Allow("SubmitCommuneReport")
  @Mutation(() => CommuneReport, {
    description: "Sends a draft or returned report to the department. Own commune only.",
  })
  submitCommuneReport(@Args() args: CommuneReportVersionArgs, @Context() ctx: Ctx): Promise<CommuneReport> {
    return service.submitCommuneReport(ctx, args);
  }

  @Allow("ReviewCommuneReports")
  @Mutation(() => CommuneReport, {
    description: "Returns a sent report to the commune for completion, with the reason.",
  })
  returnCommuneReport(@Args() args: ReturnCommuneReportArgs, @Context() ctx: Ctx): Promise<CommuneReport> {
    return service.returnCommuneReport(ctx, args);
  }

  @Allow("ReviewCommuneReports")
  @Mutation(() => CommuneReport, { description: "Accepts a sent report (final)." })
  acceptCommuneReport(@Args() args: CommuneReportVersionArgs, @Context() ctx: Ctx): Promise<CommuneReport> {
    return service.acceptCommuneReport(ctx, args);
  }

  @FieldResolver(() => Commune, { description: "The reporting commune." })
  async commune(@Root() report: CommuneReport, @Context() ctx: Ctx): Promise<Commune> {
    return (await ctx.loaders.communeByCode.load(report.communeCode)) as Commune;
  }

  @FieldResolver(() => [CommuneReportLine], { description: "The lines, in the programme's order." })
  lines(@Root() report: CommuneReport, @Context() ctx: Ctx): Promise<CommuneReportLine[]> {
    return service.linesOf(ctx, report);
  }
}

@Authorized()
@Resolver(() => CommuneReportLine)
export class CommuneReportLineResolver {
  @FieldResolver(() => TargetLine, { description: "The programme's target line." })
  async targetLine(@Root() line: CommuneReportLine, @Context() ctx: Ctx): Promise<TargetLine> {
    return (await ctx.loaders.targetLineById.load(line.targetLineId)) as TargetLine;
  }
}
