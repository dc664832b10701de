import type { SelectQueryBuilder } from "typeorm";
import type { Ctx } from "../context.js";
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
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  switch (user.role) {
    case "COMMUNE_OFFICER":
      return query.andWhere(`${alias}.production_commune_code = :scopeCommune`, {
        scopeCommune: user.communeCode,
      });
    case "IMPLEMENTING_UNIT":
      // IN (… UNION …) rather than `created_by_unit_id = u OR EXISTS (…)`: each branch uses its index
      // (IX_facility_created_by_unit; the unit's đề án, then their beneficiaries), where the OR reads
      // every facility.
      return query.andWhere(
        `${alias}.id IN (
           SELECT own.id FROM facility own WHERE own.created_by_unit_id = :scopeUnit
           UNION
           SELECT pb.facility_id FROM project p JOIN project_beneficiary pb ON pb.project_id = p.id
           WHERE p.implementing_unit_id = :scopeUnit)`,
        { scopeUnit: user.unitId },
      );
    default:
      return query;
  }
}

/**
 * Whether the user may change this facility (and place it in `communeCode`): the department always; a
 * commune officer within their commune; an implementing unit the facilities it registered.
 */
export function assertCanWriteFacility(
  ctx: Ctx,
  facility: Pick<Facility, "productionCommuneCode" | "createdByUnitId"> | null,
  communeCode: string,
): void {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  switch (user.role) {
    case "DEPARTMENT":
      return;
    case "COMMUNE_OFFICER":
      if (
        communeCode !== user.communeCode ||
        (facility && facility.productionCommuneCode !== user.communeCode)
      ) {
        throw AppError.forbidden("Cán bộ xã chỉ được đăng ký, sửa cơ sở sản xuất trên địa bàn xã mình.");
      }
      return;
    case "IMPLEMENTING_UNIT":
      if (facility && facility.createdByUnitId !== user.unitId) {
        throw AppError.forbidden("Đơn vị thực hiện chỉ được sửa cơ sở do đơn vị mình đăng ký.");
      }
      return;
    default:
      throw AppError.forbidden();
  }
}
