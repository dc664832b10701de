import type { Ctx } from "../context.js";
import {
  type DataScope,
  dataScopeOfUser,
  PositionalParams,
  scopeCondition,
  scopeWhere as entityScopeWhere,
} from "../db/data-scope.js";

/**
 * Whose registrations a user may see and change. A commune officer: their commune's; an implementing
 * unit: their unit's; every other signed-in role: all of them (only the department may change them,
 * which the resolvers' roles decide). The scope itself is the API's one scope (db/data-scope.ts).
 */
export type RegistrationScope = DataScope;

export function registrationScope(ctx: Ctx): RegistrationScope {
  return dataScopeOfUser(ctx.user);
}

export function inScope(
  scope: RegistrationScope,
  registrant: { communeCode: string | null; unitId: string | null },
): boolean {
  switch (scope.kind) {
    case "ALL":
      return true;
    case "COMMUNE":
      return registrant.communeCode === scope.communeCode;
    case "UNIT":
      return registrant.unitId === scope.unitId;
  }
}

/**
 * The scope as an SQL condition on a `plan_registration` alias, with its parameter appended to `params`
 * (PostgreSQL `$n` numbering). "TRUE" when the scope is everything.
 */
export function scopeSql(scope: RegistrationScope, alias: string, params: unknown[]): string {
  return scopeCondition(scope, "registration", alias, new PositionalParams(params)) ?? "TRUE";
}

/** The same condition for a TypeORM query builder, with named parameters. */
export function scopeWhere(
  scope: RegistrationScope,
  alias: string,
): { where: string; params: Record<string, unknown> } {
  return entityScopeWhere(scope, "registration", alias);
}
