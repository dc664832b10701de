import { Args, Authorized, Ctx as Context, Mutation, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { User } from "../users/user.entity.js";
import { ChangePasswordArgs, LoginArgs, LoginPayload } from "./auth.args.js";
import * as authService from "./auth.service.js";

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: "Signs in. A wrong email or password gives UNAUTHENTICATED, without saying which was wrong.",
  })
  login(@Args() args: LoginArgs, @Context() ctx: Ctx): Promise<LoginPayload> {
    return authService.login(ctx, args);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the session whose token the request carries." })
  logout(@Context() ctx: Ctx): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Authorized()
  @Mutation(() => User, {
    description: "Changes the signed-in user's password; their other sessions end, this one stays.",
  })
  changePassword(@Args() args: ChangePasswordArgs, @Context() ctx: Ctx): Promise<User> {
    return authService.changePassword(ctx, args);
  }
}
