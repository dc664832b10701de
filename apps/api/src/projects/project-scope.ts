import { can, dataScopeOf } from "@khuyencong/domain";
import type { SelectQueryBuilder } from "typeorm";
import type { Ctx } from "../context.js";
import { dataScopeOfUser, scopeWhere } from "../db/data-scope.js";
import { AppError } from "../errors.js";
import type { Project } from "./project.entity.js";

/**
 * Restricts a query on đề án to what the user may read: a commune officer their commune's, an
 * implementing unit its own, every other role all of them. A đề án outside the scope is not found.
 */
export function applyProjectReadScope<T extends object>(
  ctx: Ctx,
  query: SelectQueryBuilder<T>,
  alias: string,
): SelectQueryBuilder<T> {
  const { where, params } = scopeWhere(dataScopeOfUser(ctx.user), "project", alias);
  return where === "TRUE" ? query : query.andWhere(where, params);
}

/**
 * Who may prepare a đề án (create it, edit its draft): who prepares city-wide (the department) for any
 * commune or unit; a commune officer for their commune; an implementing unit for itself. Other roles never.
 */
export function assertCanPrepare(
  ctx: Ctx,
  target: Pick<Project, "communeCode" | "implementingUnitId">,
): void {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  switch (dataScopeOf(user.role)) {
    case "ALL":
      if (can(user.role, "PrepareProject")) return;
      throw AppError.forbidden();
    case "COMMUNE":
      if (target.communeCode === user.communeCode) return;
      throw AppError.forbidden("Cán bộ xã chỉ được lập đề án trên địa bàn xã mình.");
    case "UNIT":
      if (target.implementingUnitId === user.unitId) return;
      throw AppError.forbidden("Đơn vị thực hiện chỉ được lập đề án do đơn vị mình thực hiện.");
    default:
      throw AppError.forbidden();
  }
}
