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
import type { Ctx } from "../context.js";
import { PageArgs } from "../graphql/pagination.js";
import { Programme } from "../programme/programme.entity.js";
import { User } from "../users/user.entity.js";
import { AnnualPlan } from "./annual-plan.entity.js";
import * as planService from "./annual-plan.service.js";
import {
  ApproveAnnualPlanArgs,
  PlanRegistrationConnection,
  PlanVersionArgs,
  PlanYearArgs,
  ReopenAnnualPlanArgs,
} from "./plan.args.js";
import { comparisonOf } from "./plan-comparison.service.js";
import { PlanComparison } from "./plan-comparison.types.js";
import * as registrationService from "./plan-registration.service.js";
import { pageComplexity } from "../graphql/limits.js";
import { Allow } from "../graphql/auth-checker.js";

/**
 * Every signed-in role reads plans; what each sees of the registrations is the services' scope. Only
 * the department opens, consolidates, reopens and approves.
 */
@Authorized()
@Resolver(() => AnnualPlan)
export class AnnualPlanResolver {
  @Query(() => [AnnualPlan], { description: "Every annual plan, by year. Any signed-in user." })
  annualPlans(@Context() ctx: Ctx): Promise<AnnualPlan[]> {
    return planService.listPlans(ctx);
  }

  @Query(() => AnnualPlan, {
    description:
      "The plan of a year; NOT_FOUND before it is opened. Any signed-in user; commune officers and implementing units see only their own registrations in it.",
  })
  annualPlan(@Args() { year }: PlanYearArgs, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return planService.getPlan(ctx, year);
  }

  @Allow("ManageAnnualPlans")
  @Mutation(() => AnnualPlan, {
    description: "Opens the plan of a year of the programme for registration. The department only.",
  })
  openAnnualPlan(@Args() { year }: PlanYearArgs, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return planService.openPlan(ctx, year);
  }

  @Allow("ManageAnnualPlans")
  @Mutation(() => AnnualPlan, {
    description:
      "OPEN → CONSOLIDATED: registrations can no longer change. STALE_VERSION if anything changed since `version`. The department only.",
  })
  consolidateAnnualPlan(@Args() args: PlanVersionArgs, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return planService.consolidatePlan(ctx, args);
  }

  @Allow("ManageAnnualPlans")
  @Mutation(() => AnnualPlan, {
    description:
      "CONSOLIDATED → OPEN, with a reason, so that registrations can change again. The department only.",
  })
  reopenAnnualPlan(@Args() args: ReopenAnnualPlanArgs, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return planService.reopenPlan(ctx, args);
  }

  @Allow("ManageAnnualPlans")
  @Mutation(() => AnnualPlan, {
    description:
      "CONSOLIDATED → APPROVED: records the approving decision's number and date; the plan is then locked. The department only.",
  })
  approveAnnualPlan(@Args() args: ApproveAnnualPlanArgs, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return planService.approvePlan(ctx, args);
  }

  @FieldResolver(() => PlanRegistrationConnection, {
    complexity: pageComplexity,
    description:
      "The registrations, oldest first: all of them, or only the viewer's own for a commune officer or an implementing unit.",
  })
  registrations(
    @Root() plan: AnnualPlan,
    @Args() page: PageArgs,
    @Context() ctx: Ctx,
  ): Promise<PlanRegistrationConnection> {
    return registrationService.listRegistrations(ctx, plan, page);
  }

  @FieldResolver(() => PlanComparison, {
    description:
      "The registrations compared with the programme's targets for the year; over the viewer's own registrations only for a commune officer or an implementing unit.",
  })
  comparison(@Root() plan: AnnualPlan, @Context() ctx: Ctx): PlanComparison {
    return comparisonOf(ctx, plan);
  }

  @FieldResolver(() => Programme, { description: "The programme the plan carries out." })
  async programme(@Root() plan: AnnualPlan, @Context() ctx: Ctx): Promise<Programme> {
    return (await ctx.loaders.programmeByCode.load(plan.programmeCode)) as Programme;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who consolidated the plan." })
  consolidatedBy(@Root() plan: AnnualPlan, @Context() ctx: Ctx): Promise<User | null> | null {
    return plan.consolidatedById ? ctx.loaders.userById.load(plan.consolidatedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded the approval." })
  approvedBy(@Root() plan: AnnualPlan, @Context() ctx: Ctx): Promise<User | null> | null {
    return plan.approvedById ? ctx.loaders.userById.load(plan.approvedById) : null;
  }
}
