import type { Role } from "@khuyencong/domain";
import type { AuthChecker } from "type-graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

/**
 * `@Authorized()` = any signed-in user; `@Authorized<Role>("ADMIN", "DEPARTMENT")` = one of those roles.
 * Throws itself so that an anonymous request is UNAUTHENTICATED even on a role-restricted field
 * (type-graphql alone would say "not authorized").
 */
export const authChecker: AuthChecker<Ctx, Role> = ({ context }, roles) => {
  if (!context.user) throw AppError.unauthenticated();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw AppError.forbidden();
  return true;
};
