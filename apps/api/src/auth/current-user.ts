import type { Role } from "@khuyencong/domain";

/**
 * The signed-in user, as much as permission and scope checks need. Below context.ts (which re-exports it)
 * so that the scope and the request's database session can name it without importing the context back.
 */
export interface CtxUser {
  id: string;
  role: Role;
  /** Set for COMMUNE_OFFICER: the only commune whose data the user may touch. */
  communeCode: string | null;
  /** Set for IMPLEMENTING_UNIT: the unit whose đề án the user may touch. */
  unitId: string | null;
  /** True while the user must replace a password somebody else knows (auth/password-change-guard.ts). */
  mustChangePassword?: boolean;
}
