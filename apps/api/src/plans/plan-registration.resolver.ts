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
import { TargetLine } from "../programme/target-line.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";
import { AnnualPlan } from "./annual-plan.entity.js";
import {
  RegisterPlannedActivityArgs,
  RegistrationIdArgs,
  UpdatePlanRegistrationArgs,
  WithdrawPlanRegistrationArgs,
} from "./plan.args.js";
import { PlanRegistration } from "./plan-registration.entity.js";
import * as registrationService from "./plan-registration.service.js";
import { Allow } from "../graphql/auth-checker.js";

/** Registrants: the department for anyone, commune officers and implementing units for themselves. */
@Authorized()
@Resolver(() => PlanRegistration)
export class PlanRegistrationResolver {
  @Query(() => PlanRegistration, {
    description:
      "One registration by id. Any signed-in user; NOT_FOUND for another commune's or unit's registration to a commune officer or an implementing unit.",
  })
  planRegistration(@Args() { id }: RegistrationIdArgs, @Context() ctx: Ctx): Promise<PlanRegistration> {
    return registrationService.getRegistration(ctx, id);
  }

  @Allow("RegisterPlans")
  @Mutation(() => PlanRegistration, {
    description:
      "Registers a planned activity for the year's open plan. A commune officer registers for their commune, an implementing unit for itself, the department for a commune or a unit it names.",
  })
  registerPlannedActivity(
    @Args() args: RegisterPlannedActivityArgs,
    @Context() ctx: Ctx,
  ): Promise<PlanRegistration> {
    return registrationService.registerActivity(ctx, args);
  }

  @Allow("RegisterPlans")
  @Mutation(() => PlanRegistration, {
    description:
      "Changes a registration of an open plan; STALE_VERSION if `version` is not current. Own registrations only, except for the department.",
  })
  updatePlanRegistration(
    @Args() args: UpdatePlanRegistrationArgs,
    @Context() ctx: Ctx,
  ): Promise<PlanRegistration> {
    return registrationService.updateRegistration(ctx, args);
  }

  @Allow("RegisterPlans")
  @Mutation(() => PlanRegistration, {
    description:
      "Withdraws (deletes) a registration of an open plan and returns it as it was; the audit log keeps it. Own registrations only, except for the department.",
  })
  withdrawPlanRegistration(
    @Args() args: WithdrawPlanRegistrationArgs,
    @Context() ctx: Ctx,
  ): Promise<PlanRegistration> {
    return registrationService.withdrawRegistration(ctx, args);
  }

  @FieldResolver(() => AnnualPlan, { description: "The plan registered for." })
  async plan(@Root() registration: PlanRegistration, @Context() ctx: Ctx): Promise<AnnualPlan> {
    return (await ctx.loaders.annualPlanById.load(registration.planId)) as AnnualPlan;
  }

  @FieldResolver(() => TargetLine, { description: "The target line the activity counts toward." })
  async targetLine(@Root() registration: PlanRegistration, @Context() ctx: Ctx): Promise<TargetLine> {
    return (await ctx.loaders.targetLineById.load(registration.targetLineId)) as TargetLine;
  }

  @FieldResolver(() => Commune, {
    nullable: true,
    description: "The registering commune, if a commune registered.",
  })
  commune(@Root() registration: PlanRegistration, @Context() ctx: Ctx): Promise<Commune | null> | null {
    return registration.communeCode ? ctx.loaders.communeByCode.load(registration.communeCode) : null;
  }

  @FieldResolver(() => ImplementingUnit, {
    nullable: true,
    description: "The registering implementing unit, if a unit registered.",
  })
  unit(@Root() registration: PlanRegistration, @Context() ctx: Ctx): Promise<ImplementingUnit | null> | null {
    return registration.unitId ? ctx.loaders.unitById.load(registration.unitId) : null;
  }

  @FieldResolver(() => User, { description: "Who registered the activity." })
  async createdBy(@Root() registration: PlanRegistration, @Context() ctx: Ctx): Promise<User> {
    return (await ctx.loaders.userById.load(registration.createdById)) as User;
  }
}
