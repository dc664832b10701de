import type { ApolloServerPlugin } from "@apollo/server";
import type { Ctx } from "../context.js";

/**
 * One mechanism for every string a client sends (NUL, unpaired surrogates, length). Filled in by the
 * hardening work (issue 10, item 6).
 */
export const inputHygiene: ApolloServerPlugin<Ctx> = {};
