import type { Role } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

export interface UserScope {
  role: Role;
  communeCode?: string | null;
  unitName?: string | null;
}

/**
 * The one place that decides whether a user's scope fits their role; create and update both call it.
 * A COMMUNE_OFFICER needs a commune, an IMPLEMENTING_UNIT a unit; scope fields that do not apply to the
 * role are cleared. Returns the scope to store.
 *
 * The commune code is only checked for presence here. When communes exist, this is where it is looked
 * up (the domain's `findCommune`), which is why it is async and takes `ctx`.
 */
export async function assertUserScope(
  _ctx: Ctx,
  scope: UserScope,
): Promise<{ communeCode: string | null; unitName: string | null }> {
  const communeCode = scope.communeCode?.trim() || null;
  const unitName = scope.unitName?.trim() || null;
  switch (scope.role) {
    case "COMMUNE_OFFICER":
      if (!communeCode) {
        throw AppError.badInput("Cán bộ xã phải được gắn với một xã, phường hoặc đặc khu", "communeCode");
      }
      return { communeCode, unitName: null };
    case "IMPLEMENTING_UNIT":
      if (!unitName) throw AppError.badInput("Vui lòng nhập tên đơn vị thực hiện", "unitName");
      return { communeCode: null, unitName };
    default:
      return { communeCode: null, unitName: null };
  }
}
