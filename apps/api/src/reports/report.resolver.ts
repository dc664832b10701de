import { Args, Authorized, Ctx as Context, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { reportDownloads } from "./report-access.js";
import { ReportDownload, ReportDownloadsArgs } from "./report.types.js";

/** Every signed-in user; the list holds only what their role may download (report-access.ts). */
@Authorized()
@Resolver(() => ReportDownload)
export class ReportResolver {
  @Query(() => [ReportDownload], {
    description:
      "The reports of a year the user may download (progress report, Sở Công Thương's yearly report, annual-plan registration summary), each with its .xlsx and .csv path. Any signed-in user; the list depends on the role.",
  })
  reportDownloads(@Args() args: ReportDownloadsArgs, @Context() ctx: Ctx): Promise<ReportDownload[]> {
    return reportDownloads(ctx, args.year);
  }
}
