import { ROLE_LABELS, ROLES, type Role } from "@khuyencong/domain";
import { registerEnumType } from "type-graphql";

/** The domain's roles as a GraphQL enum; values and labels come from `@khuyencong/domain`. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a user may do. Scope (commune, implementing unit) is data on the user, not a role.",
  valuesConfig: Object.fromEntries(ROLES.map((role) => [role, { description: ROLE_LABELS[role] }])),
});

/** SQL list of the roles, for the CHECK constraint on `app_user.role`. */
export const ROLES_SQL = ROLES.map((role) => `'${role}'`).join(", ");
