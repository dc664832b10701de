import { can, dataScopeOf } from "@khuyencong/domain";
import type { SelectQueryBuilder } from "typeorm";
import type { Ctx } from "../context.js";
import { dataScopeOfUser, scopeWhere } from "../db/data-scope.js";
import { AppError } from "../errors.js";
import type { Facility } from "./facility.entity.js";

/**
 * Restricts a query on facilities to what the signed-in user may read:
 * - a commune officer: facilities producing in their commune;
 * - an implementing unit: facilities its users registered, and the beneficiaries of its đề án;
 * - every other role: all facilities.
 * Used by every read, lists and single rows alike, so that a facility outside the scope is simply not
 * found (its existence is not revealed).
 */
export function applyFacilityReadScope(
  ctx: Ctx,
  query: SelectQueryBuilder<Facility>,
  alias: string,
): SelectQueryBuilder<Facility> {
  const { where, params } = scopeWhere(dataScopeOfUser(ctx.user), "facility", alias);
  return where === "TRUE" ? query : query.andWhere(where, params);
}

/**
 * Whether the user may change this facility (and place it in `communeCode`): who writes facilities
 * city-wide (the department) always; a commune officer within their commune; an implementing unit the
 * facilities it registered.
 */
export function assertCanWriteFacility(
  ctx: Ctx,
  facility: Pick<Facility, "productionCommuneCode" | "createdByUnitId"> | null,
  communeCode: string,
): void {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  switch (dataScopeOf(user.role)) {
    case "ALL":
      if (can(user.role, "WriteFacilities")) return;
      throw AppError.forbidden();
    case "COMMUNE":
      if (
        communeCode !== user.communeCode ||
        (facility && facility.productionCommuneCode !== user.communeCode)
      ) {
        throw AppError.forbidden("Cán bộ xã chỉ được đăng ký, sửa cơ sở sản xuất trên địa bàn xã mình.");
      }
      return;
    case "UNIT":
      if (facility && facility.createdByUnitId !== user.unitId) {
        throw AppError.forbidden("Đơn vị thực hiện chỉ được sửa cơ sở do đơn vị mình đăng ký.");
      }
      return;
    default:
      throw AppError.forbidden();
  }
}
