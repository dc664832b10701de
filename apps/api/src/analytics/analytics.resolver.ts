import { Args, Authorized, Ctx as Context, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { AttainmentArgs, MoneyBreakdownArgs, SupportedFacilitiesArgs } from "./analytics.args.js";
import * as analyticsService from "./analytics.service.js";
import { AttainmentRow, MoneyBreakdown, SupportedFacilities } from "./analytics.types.js";
import { attainmentComplexity, COST, Heavy } from "../graphql/limits.js";

/**
 * Aggregates for analysts (and everyone who reads đề án): computed in SQL. Commune officers and
 * implementing units get the same figures over their own đề án only (`coversAllProjects: false`).
 */
@Authorized()
@Resolver()
export class AnalyticsResolver {
  @Heavy()
  @Query(() => MoneyBreakdown, {
    complexity: COST.ANALYTICS,
    description:
      "Money of đề án grouped by year, fund source, commune, content group and/or state: support requested, approved, paid and finally owed, and the number of đề án. Any signed-in user; commune officers and implementing units over their own đề án only.",
  })
  moneyBreakdown(@Args() args: MoneyBreakdownArgs, @Context() ctx: Ctx): Promise<MoneyBreakdown> {
    return analyticsService.moneyBreakdown(ctx, args);
  }

  @Heavy()
  @Query(() => SupportedFacilities, {
    complexity: COST.ANALYTICS,
    description:
      "Distinct facilities that are beneficiaries of đề án approved or later (not rejected; stopped ones included), grouped by commune, sector, legal form, size and/or women-owned. Any signed-in user; commune officers and implementing units over their own đề án only.",
  })
  supportedFacilities(
    @Args() args: SupportedFacilitiesArgs,
    @Context() ctx: Ctx,
  ): Promise<SupportedFacilities> {
    return analyticsService.supportedFacilities(ctx, args);
  }

  @Heavy()
  @Query(() => [AttainmentRow], {
    complexity: attainmentComplexity,
    description:
      "Attainment of the programme's targets per target line or content group, as of each year asked for, from `programmeProgress` (same figures and rules). City-wide; any signed-in user.",
  })
  attainment(@Args() args: AttainmentArgs, @Context() ctx: Ctx): Promise<AttainmentRow[]> {
    return analyticsService.attainment(ctx, args);
  }
}
