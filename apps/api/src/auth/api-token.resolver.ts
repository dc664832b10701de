import { Args, Ctx as Context, Mutation, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import {
  ApiTokenIdArgs,
  ApiTokensArgs,
  CreateApiTokenArgs,
  CreateApiTokenPayload,
} from "./api-token.args.js";
import { ApiToken } from "./api-token.entity.js";
import * as apiTokenService from "./api-token.service.js";
import { Allow } from "../graphql/auth-checker.js";

/** Personal API tokens: analysts create and revoke their own; administrators list and revoke anyone's. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Allow("ManageOwnApiTokens")
  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Creates a personal API token for the signed-in analyst (read-only, acts as ANALYST). The secret is in the answer only, never again. At most 10 active tokens per user (CONFLICT). Analysts signed in with a password only: a token cannot create tokens.",
  })
  createApiToken(@Args() args: CreateApiTokenArgs, @Context() ctx: Ctx): Promise<CreateApiTokenPayload> {
    return apiTokenService.createApiToken(ctx, args);
  }

  @Allow("ManageOwnApiTokens", "ManageApiTokens")
  @Mutation(() => ApiToken, {
    description:
      "Revokes a token at once: its next request is UNAUTHENTICATED. Analysts their own (another's is NOT_FOUND), administrators anyone's.",
  })
  revokeApiToken(@Args() args: ApiTokenIdArgs, @Context() ctx: Ctx): Promise<ApiToken> {
    return apiTokenService.revokeApiToken(ctx, args.id);
  }

  @Allow("ManageOwnApiTokens")
  @Query(() => [ApiToken], {
    description: "The signed-in analyst's API tokens, newest first, revoked and expired ones included.",
  })
  myApiTokens(@Context() ctx: Ctx): Promise<ApiToken[]> {
    return apiTokenService.myApiTokens(ctx);
  }

  @Allow("ManageApiTokens")
  @Query(() => [ApiToken], {
    description: "A user's API tokens, newest first, revoked and expired ones included. Administrators only.",
  })
  apiTokens(@Args() args: ApiTokensArgs, @Context() ctx: Ctx): Promise<ApiToken[]> {
    return apiTokenService.listApiTokens(ctx, args.userId);
  }
}
