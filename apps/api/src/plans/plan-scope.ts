import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

/**
 * Whose registrations a user may see and change. A commune officer: their commune's; an implementing
 * unit: their unit's; every other signed-in role: all of them (only the department may change them,
 * which the resolvers' roles decide).
 */
export type RegistrationScope =
  | { kind: "ALL" }
  | { kind: "COMMUNE"; communeCode: string }
  | { kind: "UNIT"; unitId: string };

export function registrationScope(ctx: Ctx): RegistrationScope {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  switch (user.role) {
    case "COMMUNE_OFFICER":
      // assertUserScope guarantees a commune; an account without one sees nothing rather than everything.
      if (!user.communeCode)
        throw AppError.forbidden("Tài khoản của bạn chưa được gắn với xã, phường, đặc khu");
      return { kind: "COMMUNE", communeCode: user.communeCode };
    case "IMPLEMENTING_UNIT":
      if (!user.unitId) throw AppError.forbidden("Tài khoản của bạn chưa được gắn với đơn vị thực hiện");
      return { kind: "UNIT", unitId: user.unitId };
    default:
      return { kind: "ALL" };
  }
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
  switch (scope.kind) {
    case "ALL":
      return "TRUE";
    case "COMMUNE":
      params.push(scope.communeCode);
      return `${alias}.commune_code = $${params.length}`;
    case "UNIT":
      params.push(scope.unitId);
      return `${alias}.unit_id = $${params.length}`;
  }
}

/** The same condition for a TypeORM query builder, with named parameters. */
export function scopeWhere(
  scope: RegistrationScope,
  alias: string,
): { where: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case "ALL":
      return { where: "TRUE", params: {} };
    case "COMMUNE":
      return { where: `${alias}.communeCode = :scopeCommune`, params: { scopeCommune: scope.communeCode } };
    case "UNIT":
      return { where: `${alias}.unitId = :scopeUnit`, params: { scopeUnit: scope.unitId } };
  }
}
