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
import { type Capability, capabilitiesOf } from "@khuyencong/domain";
import { Commune } from "../communes/commune.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import type { Ctx } from "../context.js";
import { CapabilityEnum } from "../auth/capability-enum.js";
import { PageArgs } from "../graphql/pagination.js";
import {
  CreateUserArgs,
  ResetPasswordArgs,
  UpdateUserArgs,
  UserConnection,
  UserIdArgs,
} from "./user.args.js";
import { User } from "./user.entity.js";
import * as userService from "./user.service.js";
import { pageComplexity } from "../graphql/limits.js";
import { Allow } from "../graphql/auth-checker.js";

/** Thin: a permission, validated args, one service call. */
@Authorized()
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: "The signed-in user." })
  me(@Context() ctx: Ctx): Promise<User> {
    return userService.getCurrentUser(ctx);
  }

  @Allow("ManageUsers")
  @Query(() => UserConnection, {
    complexity: pageComplexity,
    description: "All users, oldest first. Administrators only.",
  })
  users(@Args() page: PageArgs, @Context() ctx: Ctx): Promise<UserConnection> {
    return userService.listUsers(ctx, page);
  }

  @Allow("ManageUsers")
  @Query(() => User, { description: "One user by id. Administrators only." })
  user(@Args() { id }: UserIdArgs, @Context() ctx: Ctx): Promise<User> {
    return userService.getUser(ctx, id);
  }

  @Allow("ManageUsers")
  @Mutation(() => User, { description: "Creates a user. Administrators only." })
  createUser(@Args() args: CreateUserArgs, @Context() ctx: Ctx): Promise<User> {
    return userService.createUser(ctx, args);
  }

  @Allow("ManageUsers")
  @Mutation(() => User, {
    description:
      "Changes a user; refused with STALE_VERSION if `version` is not the current one. Administrators only.",
  })
  updateUser(@Args() args: UpdateUserArgs, @Context() ctx: Ctx): Promise<User> {
    return userService.updateUser(ctx, args);
  }

  @Allow("ManageUsers")
  @Mutation(() => User, { description: "Deactivates a user and ends their sessions. Administrators only." })
  deactivateUser(@Args() { id }: UserIdArgs, @Context() ctx: Ctx): Promise<User> {
    return userService.deactivateUser(ctx, id);
  }

  @Allow("ManageUsers")
  @Mutation(() => User, {
    description: "Sets a new password for a user and ends their sessions. Administrators only.",
  })
  resetPassword(@Args() args: ResetPasswordArgs, @Context() ctx: Ctx): Promise<User> {
    return userService.resetPassword(ctx, args);
  }

  @FieldResolver(() => [CapabilityEnum], {
    description:
      "What the user's role may do (the domain's access table), for the admin app's menu, pages and buttons. Scope (commune, unit) comes on top.",
  })
  capabilities(@Root() user: User): Capability[] {
    return capabilitiesOf(user.role);
  }

  @FieldResolver(() => Commune, { nullable: true, description: "The commune a COMMUNE_OFFICER works for." })
  commune(@Root() user: User, @Context() ctx: Ctx): Promise<Commune | null> {
    return user.communeCode ? ctx.loaders.communeByCode.load(user.communeCode) : Promise.resolve(null);
  }

  @FieldResolver(() => ImplementingUnit, {
    nullable: true,
    description: "The implementing unit of an IMPLEMENTING_UNIT user.",
  })
  unit(@Root() user: User, @Context() ctx: Ctx): Promise<ImplementingUnit | null> {
    return user.unitId ? ctx.loaders.unitById.load(user.unitId) : Promise.resolve(null);
  }
}
