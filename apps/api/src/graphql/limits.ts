import type { ApolloServerOptions } from "@apollo/server";
import type { AppSettings, Ctx } from "../context.js";

/**
 * What a GraphQL document may cost before it runs (depth, aliases, tokens, directives, field cost), as
 * Apollo options. Filled in by the hardening work (issue 10, item 2).
 */
export function graphqlLimitOptions(
  _settings: AppSettings,
): Pick<ApolloServerOptions<Ctx>, "validationRules" | "parseOptions" | "plugins"> {
  return {};
}
