import type { Role } from "@khuyencong/domain";
import { Args, Authorized, Ctx as Context, Mutation, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import {
  ApiTokenIdArgs,
  ApiTokensArgs,
  CreateApiTokenArgs,
  CreateApiTokenPayload,
} from "./api-token.args.js";
import { ApiToken } from "./api-token.entity.js";
import * as apiTokenService from "./api-token.service.js";

/** Personal API tokens: analysts create and revoke their own; administrators list and revoke anyone's. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized<Role>("ANALYST")
  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Creates a personal API token for the signed-in analyst (read-only, acts as ANALYST). The secret is in the answer only, never again. At most 10 active tokens per user (CONFLICT). Analysts signed in with a password only: a token cannot create tokens.",
  })
  createApiToken(@Args() args: CreateApiTokenArgs, @Context() ctx: Ctx): Promise<CreateApiTokenPayload> {
    return apiTokenService.createApiToken(ctx, args);
  }

  @Authorized<Role>("ANALYST", "ADMIN")
  @Mutation(() => ApiToken, {
    description:
      "Revokes a token at once: its next request is UNAUTHENTICATED. Analysts their own (another's is NOT_FOUND), administrators anyone's.",
  })
  revokeApiToken(@Args() args: ApiTokenIdArgs, @Context() ctx: Ctx): Promise<ApiToken> {
    return apiTokenService.revokeApiToken(ctx, args.id);
  }

  @Authorized<Role>("ANALYST")
  @Query(() => [ApiToken], {
    description: "The signed-in analyst's API tokens, newest first, revoked and expired ones included.",
  })
  myApiTokens(@Context() ctx: Ctx): Promise<ApiToken[]> {
    return apiTokenService.myApiTokens(ctx);
  }

  @Authorized<Role>("ADMIN")
  @Query(() => [ApiToken], {
    description: "A user's API tokens, newest first, revoked and expired ones included. Administrators only.",
  })
  apiTokens(@Args() args: ApiTokensArgs, @Context() ctx: Ctx): Promise<ApiToken[]> {
    return apiTokenService.listApiTokens(ctx, args.userId);
  }
}
