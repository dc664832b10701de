import { Not, QueryFailedError } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { hashPassword } from "../auth/passwords.js";
import { revokeSessions } from "../auth/sessions.js";
import { type Ctx, inTransaction } from "../context.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { type Page, type PageArgs, paginate } from "../graphql/pagination.js";
import type { CreateUserArgs, ResetPasswordArgs, UpdateUserArgs } from "./user.args.js";
import { User, userAuditView } from "./user.entity.js";
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

export async function createUser(ctx: Ctx, args: CreateUserArgs): Promise<User> {
  const email = normaliseEmail(args.email);
  const scope = await assertUserScope(ctx, args);
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
        }),
      )
      .catch(rethrowEmailTaken);
    await recordAudit(tx, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: userAuditView(user),
    });
    return user;
  });
}

export function updateUser(ctx: Ctx, args: UpdateUserArgs): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const before = await getUser(tx, args.id);
    if (before.version !== args.version) throw AppError.staleVersion();
    const role = args.role ?? before.role;
    const scope = await assertUserScope(tx, {
      role,
      communeCode: args.communeCode === undefined ? before.communeCode : args.communeCode,
      unitId: args.unitId === undefined ? before.unitId : args.unitId,
    });
    const email = args.email === undefined || args.email === null ? before.email : normaliseEmail(args.email);
    if (email !== before.email) await assertEmailFree(tx, email, before.id);
    const active = args.active ?? before.active;
    if (!active && before.active && before.id === tx.user?.id) {
      throw AppError.conflict("Bạn không thể tự vô hiệu hoá tài khoản của mình", "active");
    }
    await assertAdminRemains(tx, before, role, active);

    const fullName = args.fullName?.trim() ?? before.fullName;
    const updated = await updateVersioned(
      tx.em,
      User,
      before.id,
      args.version,
      { email, fullName, role, active, ...scope },
      WHAT,
    ).catch(rethrowEmailTaken);
    if (before.active && !updated.active) await revokeSessions(tx, updated.id);
    await recordAudit(tx, {
      action: "user.update",
      entityType: "User",
      entityId: updated.id,
      before: userAuditView(before),
      after: userAuditView(updated),
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
    const updated = await updateVersioned(tx.em, User, before.id, before.version, { active: false }, WHAT);
    await revokeSessions(tx, updated.id);
    await recordAudit(tx, {
      action: "user.deactivate",
      entityType: "User",
      entityId: updated.id,
      before: userAuditView(before),
      after: userAuditView(updated),
    });
    return updated;
  });
}

/** An administrator sets a new password for a user; all of that user's sessions end. */
export async function resetPassword(ctx: Ctx, args: ResetPasswordArgs): Promise<User> {
  const passwordHash = await hashPassword(args.newPassword);
  return inTransaction(ctx, async (tx) => {
    const before = await getUser(tx, args.id);
    const updated = await setPasswordHash(tx, before, passwordHash);
    await revokeSessions(tx, updated.id);
    await recordAudit(tx, {
      action: "user.reset_password",
      entityType: "User",
      entityId: updated.id,
      before: userAuditView(before),
      after: userAuditView(updated),
    });
    return updated;
  });
}

/** Stores a new password hash (a change like any other: the version moves on). */
export function setPasswordHash(ctx: Ctx, user: User, passwordHash: string): Promise<User> {
  return updateVersioned(ctx.em, User, user.id, user.version, { passwordHash }, WHAT);
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
 * Refuses a change that would leave no active administrator: nobody could manage users any more.
 * Locks the other administrators' rows so that two such changes cannot both pass.
 */
async function assertAdminRemains(
  ctx: Ctx,
  before: User,
  role: User["role"],
  active: boolean,
): Promise<void> {
  const losesAdmin = before.role === "ADMIN" && before.active && (role !== "ADMIN" || !active);
  if (!losesAdmin) return;
  const others = await ctx.em
    .createQueryBuilder(User, "user")
    .select("user.id")
    .where("user.role = 'ADMIN' AND user.active = true AND user.id <> :id", { id: before.id })
    .setLock("pessimistic_write")
    .getMany();
  if (others.length === 0) {
    throw AppError.conflict("Hệ thống phải còn ít nhất một quản trị viên đang hoạt động", "role");
  }
}
