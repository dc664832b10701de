import { dataScopeOf } from "@khuyencong/domain";
import type { CtxUser } from "../auth/current-user.js";
import { AppError } from "../errors.js";

/**
 * Whose data a user may read: the one scope mechanism of the API (issue 12 §4). The role's scope comes from
 * the domain (`dataScopeOf`), the commune or unit from the account. Two consumers read it:
 * - the queries, through `scopeCondition` (one SQL condition per scoped entity, for query builders and
 *   hand-written SQL alike), so that a row outside the scope is simply not found;
 * - the database, through `scopeSettings`: every request transaction runs as the role `khuyencong_app`
 *   with these settings, and row-level security (migration RowLevelSecurity) refuses the rest even to a
 *   query that forgot its condition (db/request-session.ts).
 */
export type DataScope =
  | { kind: "ALL" }
  | { kind: "COMMUNE"; communeCode: string }
  | { kind: "UNIT"; unitId: string };

/** The scope of a signed-in user. An account missing its commune or unit sees nothing, never everything. */
export function dataScopeOfUser(user: CtxUser | null): DataScope {
  if (!user) throw AppError.unauthenticated();
  switch (dataScopeOf(user.role)) {
    case "ALL":
      return { kind: "ALL" };
    case "COMMUNE":
      // assertUserScope guarantees a commune; an account without one is refused rather than widened.
      if (!user.communeCode)
        throw AppError.forbidden("Tài khoản của bạn chưa được gắn với xã, phường, đặc khu");
      return { kind: "COMMUNE", communeCode: user.communeCode };
    case "UNIT":
      if (!user.unitId) throw AppError.forbidden("Tài khoản của bạn chưa được gắn với đơn vị thực hiện");
      return { kind: "UNIT", unitId: user.unitId };
  }
}

/**
 * The scoped entities and the columns that place a row in a commune or with a unit. A facility belongs to
 * a unit when the unit registered it or it benefits from one of the unit's đề án; the database's policy
 * says the same (and, for a commune, also lets through a beneficiary of the commune's đề án produced
 * elsewhere, which the đề án's own pages show).
 */
export type ScopedEntity = "project" | "facility" | "registration" | "commune_report";

/** Collects bind parameters: positional (`$n`, hand-written SQL) or named (`:name`, TypeORM). */
export interface ScopeParams {
  add(value: unknown): string;
}

/**
 * The scope as an SQL condition on `alias` (a table alias of `entity`), or null when the scope is
 * everything. Its parameters go through `params`.
 */
export function scopeCondition(
  scope: DataScope,
  entity: ScopedEntity,
  alias: string,
  params: ScopeParams,
): string | null {
  switch (scope.kind) {
    case "ALL":
      return null;
    case "COMMUNE": {
      const column = entity === "facility" ? "production_commune_code" : "commune_code";
      return `${alias}.${column} = ${params.add(scope.communeCode)}`;
    }
    case "UNIT": {
      // A commune's yearly report is the commune's alone: a unit reads none (and binds no parameter).
      if (entity === "commune_report") return "FALSE";
      const unit = params.add(scope.unitId);
      switch (entity) {
        case "project":
          return `${alias}.implementing_unit_id = ${unit}`;
        case "registration":
          return `${alias}.unit_id = ${unit}`;
        case "facility":
          // IN (… UNION …) rather than `created_by_unit_id = u OR EXISTS (…)`: each branch uses its index
          // (IX_facility_created_by_unit; the unit's đề án, then their beneficiaries), where the OR reads
          // every facility.
          return `${alias}.id IN (
           SELECT own.id FROM facility own WHERE own.created_by_unit_id = ${unit}
           UNION
           SELECT pb.facility_id FROM project p JOIN project_beneficiary pb ON pb.project_id = p.id
           WHERE p.implementing_unit_id = ${unit})`;
      }
    }
  }
}

/** Positional parameters for hand-written SQL: `$1`, `$2`, … in the order added. */
export class PositionalParams implements ScopeParams {
  constructor(readonly values: unknown[] = []) {}
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Named parameters for a TypeORM query builder, to pass with the condition. Named after the alias, so that
 * two scopes on one query (a đề án and its facility) do not overwrite each other's values.
 */
export class NamedParams implements ScopeParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  constructor(private readonly prefix = "scope") {}
  add(value: unknown): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `:${name}`;
  }
}

/** The condition for a query builder, with its named parameters; `TRUE` when the scope is everything. */
export function scopeWhere(
  scope: DataScope,
  entity: ScopedEntity,
  alias: string,
): { where: string; params: Record<string, unknown> } {
  const params = new NamedParams(`scope_${alias.replace(/\W/g, "_")}_`);
  return { where: scopeCondition(scope, entity, alias, params) ?? "TRUE", params: params.values };
}

/**
 * The per-transaction settings the row-level security policies read. `none` (no user: sign-in, a refused
 * request) sees no scoped row; a missing setting means the same. Only an explicit `all` sees everything.
 */
export interface ScopeSettings {
  scope: "all" | "commune" | "unit" | "none";
  communeCode: string;
  unitId: string;
}

export function scopeSettings(user: CtxUser | null): ScopeSettings {
  if (!user) return { scope: "none", communeCode: "", unitId: "" };
  const scope = dataScopeOfUser(user);
  switch (scope.kind) {
    case "ALL":
      return { scope: "all", communeCode: "", unitId: "" };
    case "COMMUNE":
      return { scope: "commune", communeCode: scope.communeCode, unitId: "" };
    case "UNIT":
      return { scope: "unit", communeCode: "", unitId: scope.unitId };
  }
}
