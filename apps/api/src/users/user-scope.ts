import { dataScopeOf, type Role } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { assertCommuneExists } from "../communes/commune.service.js";
import { AppError } from "../errors.js";

export interface UserScope {
  role: Role;
  communeCode?: string | null;
  unitId?: string | null;
}

/**
 * The one place that decides whether a user's scope fits their role; create and update both call it.
 * A COMMUNE_OFFICER needs an existing commune, an IMPLEMENTING_UNIT an existing unit; scope fields that
 * do not apply to the role are cleared. Returns the scope to store.
 */
export async function assertUserScope(
  ctx: Ctx,
  scope: UserScope,
): Promise<{ communeCode: string | null; unitId: string | null }> {
  const communeCode = scope.communeCode?.trim() || null;
  const unitId = scope.unitId?.trim() || null;
  // The account's scope follows its role's data scope (the domain's table), as every read does.
  switch (dataScopeOf(scope.role)) {
    case "COMMUNE":
      if (!communeCode) {
        throw AppError.badInput("Cán bộ xã phải được gắn với một xã, phường hoặc đặc khu", "communeCode");
      }
      await assertCommuneExists(ctx, communeCode);
      return { communeCode, unitId: null };
    case "UNIT":
      if (!unitId) throw AppError.badInput("Vui lòng chọn đơn vị thực hiện", "unitId");
      if (!(await ctx.loaders.unitById.load(unitId))) {
        throw AppError.badInput("Đơn vị thực hiện không tồn tại", "unitId");
      }
      return { communeCode: null, unitId };
    case "ALL":
      return { communeCode: null, unitId: null };
  }
}
