import { CAPABILITY_LABELS, type Capability, can } from "@khuyencong/domain";
import { type AuthChecker, Authorized } from "type-graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";

/**
 * `@Authorized()` = any signed-in user; `@Allow("ManageUsers")` = a user whose role holds that capability
 * in the domain's access table (ROLE_CAPABILITIES), or any one of several. Throws itself so that an
 * anonymous request is UNAUTHENTICATED even on a restricted field (type-graphql alone would say "not
 * authorized").
 */
export const authChecker: AuthChecker<Ctx, Capability> = ({ context }, capabilities) => {
  const user = context.user;
  if (!user) throw AppError.unauthenticated();
  if (capabilities.length > 0 && !capabilities.some((c) => can(user.role, c)))
    throw AppError.forbidden(forbiddenMessage(capabilities));
  return true;
};

/** The refusal names what was missing, in the access table's words, so the user knows what to ask for. */
function forbiddenMessage(capabilities: readonly Capability[]): string {
  const names = capabilities.map((c) => `“${CAPABILITY_LABELS[c]}”`).join(" hoặc ");
  return `Bạn không có quyền thực hiện thao tác này (cần quyền ${names}).`;
}

/**
 * Requires one of `capabilities` (after the sign-in): type-graphql's `@Authorized`, typed so that only a
 * capability, never a role, can be named. The authorisation matrix test prints what each field requires.
 */
export function Allow(...capabilities: [Capability, ...Capability[]]): ReturnType<typeof Authorized> {
  return Authorized<Capability>(...capabilities);
}
