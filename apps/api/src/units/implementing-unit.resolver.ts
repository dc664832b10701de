import { Args, Authorized, Ctx as Context, Mutation, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { CreateImplementingUnitArgs, UpdateImplementingUnitArgs } from "./implementing-unit.args.js";
import { ImplementingUnit } from "./implementing-unit.entity.js";
import * as unitService from "./implementing-unit.service.js";
import { Allow } from "../graphql/auth-checker.js";

@Authorized()
@Resolver(() => ImplementingUnit)
export class ImplementingUnitResolver {
  @Query(() => [ImplementingUnit], { description: "Every implementing unit, by name. Any signed-in user." })
  implementingUnits(@Context() ctx: Ctx): Promise<ImplementingUnit[]> {
    return unitService.listUnits(ctx);
  }

  @Allow("ManageImplementingUnits")
  @Mutation(() => ImplementingUnit, {
    description: "Registers an implementing unit. Administrators and the department.",
  })
  createImplementingUnit(
    @Args() args: CreateImplementingUnitArgs,
    @Context() ctx: Ctx,
  ): Promise<ImplementingUnit> {
    return unitService.createUnit(ctx, args);
  }

  @Allow("ManageImplementingUnits")
  @Mutation(() => ImplementingUnit, {
    description:
      "Renames or moves an implementing unit; STALE_VERSION if `version` is not current. Administrators and the department.",
  })
  updateImplementingUnit(
    @Args() args: UpdateImplementingUnitArgs,
    @Context() ctx: Ctx,
  ): Promise<ImplementingUnit> {
    return unitService.updateUnit(ctx, args);
  }
}
