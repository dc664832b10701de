import { can, rolesWith } from "@khuyencong/domain";
import { Not, QueryFailedError } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { revokeApiTokensOf } from "../auth/api-token.service.js";
import { assertAcceptablePassword } from "../auth/password-rules.js";
import { hashPassword } from "../auth/passwords.js";
import { revokeSessions } from "../auth/sessions.js";
import { signInThrottle } from "../auth/sign-in-throttle.js";
import { type Ctx, inTransaction } from "../context.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { type Page, type PageArgs, paginate } from "../graphql/pagination.js";
import type { CreateUserArgs, ResetPasswordArgs, UpdateUserArgs } from "./user.args.js";
import { User } from "./user.entity.js";
import { assertUserScope } from "./user-scope.js";

const WHAT = "người dùng";
const EMAIL_TAKEN = "Email này đã được dùng cho một tài khoản khác";

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const user = await ctx.em.findOneBy(User, { id });
  if (!user) throw AppError.notFound(WHAT);
  return user;
}

export function getCurrentUser(ctx: Ctx): Promise<User> {
  if (!ctx.user) throw AppError.unauthenticated();
  return getUser(ctx, ctx.user.id);
}

/** Oldest first, so that pages stay stable while users are added. */
export function listUsers(ctx: Ctx, page: PageArgs): Promise<Page<User>> {
  const query = ctx.em
    .createQueryBuilder(User, "user")
    .orderBy("user.createdAt", "ASC")
    .addOrderBy("user.id", "ASC");
  return paginate(query, page);
}

/**
 * Creates a user. The administrator chose the password, so it is one somebody else knows: the user must
 * change it at first sign-in (`mustChangePassword`), unless the caller says otherwise (the first
 * administrator with ADMIN_PASSWORD, whom nobody else knows).
 */
export async function createUser(
  ctx: Ctx,
  args: CreateUserArgs,
  options: { mustChangePassword?: boolean } = {},
): Promise<User> {
  const email = normaliseEmail(args.email);
  const scope = await assertUserScope(ctx, args);
  assertAcceptablePassword(args.password, "password", [email, args.fullName]);
  const passwordHash = await hashPassword(args.password);
  return inTransaction(ctx, async (tx) => {
    await assertEmailFree(tx, email);
    const user = await tx.em
      .save(
        tx.em.create(User, {
          email,
          fullName: args.fullName.trim(),
          role: args.role,
          ...scope,
          passwordHash,
          mustChangePassword: options.mustChangePassword ?? true,
        }),
      )
      .catch(rethrowEmailTaken);
    await recordAudit(tx, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}

export function updateUser(ctx: Ctx, args: UpdateUserArgs): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    // The checks judge the account as locked: the stale version is refused before anything is judged.
    const { before, after: updated } = await updateVersioned(
      tx.em,
      User,
      { id: args.id, version: args.version },
      async (before) => {
        const role = args.role ?? before.role;
        const scope = await assertUserScope(tx, {
          role,
          communeCode: args.communeCode === undefined ? before.communeCode : args.communeCode,
          unitId: args.unitId === undefined ? before.unitId : args.unitId,
        });
        const email =
          args.email === undefined || args.email === null ? before.email : normaliseEmail(args.email);
        if (email !== before.email) await assertEmailFree(tx, email, before.id);
        const active = args.active ?? before.active;
        if (!active && before.active && before.id === tx.user?.id) {
          throw AppError.conflict("Bạn không thể tự vô hiệu hoá tài khoản của mình", "active");
        }
        await assertAdminRemains(tx, before, role, active);
        const fullName = args.fullName?.trim() ?? before.fullName;
        return { email, fullName, role, active, ...scope };
      },
      WHAT,
    ).catch(rethrowEmailTaken);
    // Deactivated or given another role: what they signed in with dies now, whatever happens later.
    const revoked =
      (before.active && !updated.active) || before.role !== updated.role
        ? await revokeCredentials(tx, updated.id)
        : {};
    await recordAudit(tx, {
      action: "user.update",
      entityType: "User",
      entityId: updated.id,
      before,
      after: { ...updated, ...revoked },
    });
    return updated;
  });
}

/** Deactivates a user and ends their sessions; the account and its history stay. */
export function deactivateUser(ctx: Ctx, id: string): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const before = await getUser(tx, id);
    if (!before.active) throw new AppError("INVALID_TRANSITION", "Tài khoản này đã bị vô hiệu hoá");
    if (before.id === tx.user?.id) throw AppError.conflict("Bạn không thể tự vô hiệu hoá tài khoản của mình");
    await assertAdminRemains(tx, before, before.role, false);
    // At the version just read: a change made since is refused as stale, not overwritten.
    const { after: updated } = await updateVersioned(tx.em, User, before, { active: false }, WHAT);
    const revoked = await revokeCredentials(tx, updated.id);
    await recordAudit(tx, {
      action: "user.deactivate",
      entityType: "User",
      entityId: updated.id,
      before,
      after: { ...updated, ...revoked },
    });
    return updated;
  });
}

/**
 * An administrator sets a new password for a user; all of that user's sessions end. The administrator
 * knows it, so the user must change it at the next sign-in (an administrator resetting their own
 * password chose it for themself: no change asked). The account's sign-in wait, if any, is lifted: a
 * reset is how a person locked out by somebody else's guesses gets back in.
 */
export async function resetPassword(ctx: Ctx, args: ResetPasswordArgs): Promise<User> {
  const target = await getUser(ctx, args.id);
  assertAcceptablePassword(args.newPassword, "newPassword", [target.email, target.fullName]);
  const passwordHash = await hashPassword(args.newPassword);
  const updated = await inTransaction(ctx, async (tx) => {
    const before = await getUser(tx, args.id);
    const updated = await setPasswordHash(tx, before, passwordHash, {
      mustChangePassword: before.id !== tx.user?.id,
    });
    await revokeSessions(tx, updated.id);
    await recordAudit(tx, {
      action: "user.reset_password",
      entityType: "User",
      entityId: updated.id,
      before,
      after: updated,
    });
    return updated;
  });
  await signInThrottle(ctx.dataSource, ctx.settings.signIn).forgetAccount(updated.email);
  return updated;
}

/**
 * Stores a new password hash (a change like any other: the version moves on), at the version `user` was
 * read at in this transaction. Returns the account as changed.
 */
export async function setPasswordHash(
  ctx: Ctx,
  user: User,
  passwordHash: string,
  flags: { mustChangePassword: boolean },
): Promise<User> {
  const { after } = await updateVersioned(
    ctx.em,
    User,
    user,
    { passwordHash, mustChangePassword: flags.mustChangePassword },
    WHAT,
  );
  return after;
}

/**
 * Ends every session and revokes every API token of a user who was deactivated or whose role changed,
 * for good (revoked_at is set): reactivating the account or giving the role back brings none of them
 * back; the person signs in again and makes new tokens. Returns the counts for the change's audit row
 * (key names avoid "token", which the audit log drops as a secret).
 */
async function revokeCredentials(
  tx: Ctx,
  userId: string,
): Promise<{ revokedSessions: number; revokedApiCredentials: number }> {
  return {
    revokedSessions: await revokeSessions(tx, userId),
    revokedApiCredentials: await revokeApiTokensOf(tx, userId),
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function assertEmailFree(ctx: Ctx, email: string, exceptId?: string): Promise<void> {
  const taken = await ctx.em.existsBy(User, exceptId ? { email, id: Not(exceptId) } : { email });
  if (taken) throw AppError.conflict(EMAIL_TAKEN, "email");
}

/** Two requests can pass `assertEmailFree` at once; the unique index decides, and this translates it. */
function rethrowEmailTaken(error: unknown): never {
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  if (error instanceof QueryFailedError && constraint === "UQ_app_user_email") {
    throw AppError.conflict(EMAIL_TAKEN, "email");
  }
  throw error;
}

/**
 * Refuses a change that would leave no active user able to manage users (an administrator): nobody could
 * manage accounts any more. Locks the other such users' rows so that two such changes cannot both pass.
 */
async function assertAdminRemains(
  ctx: Ctx,
  before: User,
  role: User["role"],
  active: boolean,
): Promise<void> {
  const losesAdmin =
    can(before.role, "ManageUsers") && before.active && (!can(role, "ManageUsers") || !active);
  if (!losesAdmin) return;
  const others = await ctx.em
    .createQueryBuilder(User, "user")
    .select("user.id")
    .where("user.role IN (:...managers) AND user.active = true AND user.id <> :id", {
      managers: rolesWith("ManageUsers"),
      id: before.id,
    })
    .setLock("pessimistic_write")
    .getMany();
  if (others.length === 0) {
    throw AppError.conflict("Hệ thống phải còn ít nhất một quản trị viên đang hoạt động", "role");
  }
}
