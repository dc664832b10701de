import { API_TOKEN_ROLE } from "@khuyencong/domain";
import { type EntityManager, IsNull } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, type CtxUser, inTransaction } from "../context.js";
import { AppError, MESSAGES } from "../errors.js";
import { User } from "../users/user.entity.js";
import { getUser, normaliseEmail, setPasswordHash } from "../users/user.service.js";
import type { ChangePasswordArgs, LoginArgs, LoginPayload } from "./auth.args.js";
import { assertAcceptablePassword } from "./password-rules.js";
import { hashPassword, verifyNothing, verifyPassword } from "./passwords.js";
import { Session } from "./session.entity.js";
import { revokeSessions } from "./sessions.js";
import { signInThrottle, tooManyAttemptsMessage } from "./sign-in-throttle.js";
import { ApiToken } from "./api-token.entity.js";
import { bearerToken, hashToken, isApiToken, newSessionToken } from "./tokens.js";

const HOUR_MS = 3_600_000;

/** Who a request is: the user, and the session or personal API token it came with. */
export interface Authenticated {
  user: CtxUser;
  sessionId: string | null;
  apiTokenId: string | null;
}

/**
 * The user behind an `Authorization: Bearer …` header, or null when there is none or the session or API
 * token is unknown, revoked or expired, or the user deactivated. The one place a request is authenticated.
 *
 * A bearer starting with `kc_` is a personal API token: it acts as ANALYST (read-only) whatever the
 * user's role is now, and only while the user is still an active analyst; the request then carries
 * `apiTokenId`, and every mutation is refused to it (`api-token-guard.ts`).
 */
export async function authenticate(
  em: EntityManager,
  authorization: string | undefined,
): Promise<Authenticated | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  if (isApiToken(token)) return authenticateApiToken(em, token);
  const session = await em
    .createQueryBuilder(Session, "session")
    .innerJoinAndSelect("session.user", "user")
    .where("session.tokenHash = :tokenHash", { tokenHash: hashToken(token) })
    .andWhere("session.revokedAt IS NULL")
    .andWhere("session.expiresAt > now()")
    .andWhere("user.active = true")
    .getOne();
  if (!session?.user) return null;
  const { id, role, communeCode, unitId, mustChangePassword } = session.user;
  return {
    user: { id, role, communeCode, unitId, mustChangePassword },
    sessionId: session.id,
    apiTokenId: null,
  };
}

async function authenticateApiToken(em: EntityManager, secret: string): Promise<Authenticated | null> {
  const token = await em
    .createQueryBuilder(ApiToken, "token")
    .innerJoinAndSelect("token.user", "user")
    .where("token.secretHash = :secretHash", { secretHash: hashToken(secret) })
    .andWhere("token.revokedAt IS NULL")
    .andWhere("(token.expiresAt IS NULL OR token.expiresAt > now())")
    .andWhere("user.active = true")
    .andWhere("user.role = :tokenRole", { tokenRole: API_TOKEN_ROLE })
    .getOne();
  if (!token?.user) return null;
  // At most one write a minute per token, so that a busy script does not write on every read.
  await em.query(
    `UPDATE api_token SET last_used_at = now()
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [token.id],
  );
  return {
    user: { id: token.user.id, role: API_TOKEN_ROLE, communeCode: null, unitId: null },
    sessionId: null,
    apiTokenId: token.id,
  };
}

/** Why a sign-in failed, as the audit log records it (the client is told none of this). */
export type SignInFailure = "unknown_account" | "wrong_password" | "deactivated" | "throttled";

/**
 * Signs in. Unknown email, wrong password and deactivated user get the same answer, in about the same
 * time (an unknown email still spends one verification). Every attempt is counted first by the sign-in
 * throttle; over its limit the password is not even verified and the answer is TOO_MANY_ATTEMPTS with
 * the wait. Failures are written to the audit log in their own transaction, so that the row stays
 * although the request fails.
 */
export async function login(ctx: Ctx, args: LoginArgs): Promise<LoginPayload> {
  const email = normaliseEmail(args.email);
  const throttle = signInThrottle(ctx.dataSource, ctx.settings.signIn);
  const wait = await throttle.attempt(email, ctx.clientAddress);
  if (wait > 0) {
    // The same lookup whether or not the account exists: the answer's time tells nothing.
    const target = await ctx.em.findOne(User, { where: { email }, select: { id: true } });
    await recordSignInFailure(ctx, email, "throttled", target?.id ?? null);
    throw new AppError("TOO_MANY_ATTEMPTS", tooManyAttemptsMessage(wait)).withRetryAfter(wait);
  }

  const user = await ctx.em.findOneBy(User, { email });
  const valid = user
    ? await verifyPassword(user.passwordHash, args.password)
    : await verifyNothing(args.password);
  if (!user || !valid || !user.active) {
    const reason = !user ? "unknown_account" : !valid ? "wrong_password" : "deactivated";
    await recordSignInFailure(ctx, email, reason, user?.id ?? null);
    throw new AppError("UNAUTHENTICATED", MESSAGES.BAD_CREDENTIALS);
  }

  const payload = await inTransaction(ctx, async (tx) => {
    const { token, tokenHash } = newSessionToken();
    const expiresAt = new Date(Date.now() + tx.settings.sessionTtlHours * HOUR_MS);
    const session = await tx.em.save(
      tx.em.create(Session, { userId: user.id, tokenHash, expiresAt, revokedAt: null }),
    );
    await recordAudit(tx, {
      action: "session.login",
      entityType: "Session",
      entityId: session.id,
      userId: user.id,
      after: { userId: user.id, clientAddress: ctx.clientAddress, expiresAt: expiresAt.toISOString() },
    });
    return { token, expiresAt, user };
  });
  await throttle.succeeded(email, ctx.clientAddress);
  return payload;
}

/**
 * One `session.login_failed` row, committed on its own (the sign-in itself fails): the e-mail as typed
 * (normalised), the client address and why, never the password.
 */
async function recordSignInFailure(
  ctx: Ctx,
  email: string,
  reason: SignInFailure,
  userId: string | null,
): Promise<void> {
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: "session.login_failed",
      entityType: "User",
      // The account when it exists, so that its history shows the attempts; else a fixed marker.
      entityId: userId ?? "unknown",
      userId: null,
      after: { email: email.slice(0, 254), clientAddress: ctx.clientAddress, reason },
    }),
  );
}

/** Revokes the session the request came with. */
export async function logout(ctx: Ctx): Promise<boolean> {
  const sessionId = ctx.sessionId;
  if (!sessionId) throw AppError.unauthenticated();
  return inTransaction(ctx, async (tx) => {
    const revokedAt = new Date();
    const result = await tx.em.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt });
    if (!result.affected) throw AppError.unauthenticated();
    await recordAudit(tx, {
      action: "session.logout",
      entityType: "Session",
      entityId: sessionId,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return true;
  });
}

/**
 * Changes the signed-in user's password and signs out their other sessions (this one stays). The new
 * password must pass the password rule; it clears `mustChangePassword`.
 */
export async function changePassword(ctx: Ctx, args: ChangePasswordArgs): Promise<User> {
  const me = ctx.user;
  if (!me) throw AppError.unauthenticated();
  const user = await getUser(ctx, me.id);
  if (!(await verifyPassword(user.passwordHash, args.currentPassword))) {
    throw AppError.badInput("Mật khẩu hiện tại không đúng", "currentPassword");
  }
  if (args.newPassword === args.currentPassword) {
    throw AppError.badInput("Mật khẩu mới phải khác mật khẩu hiện tại", "newPassword");
  }
  assertAcceptablePassword(args.newPassword, "newPassword", [user.email, user.fullName]);
  const passwordHash = await hashPassword(args.newPassword);

  return inTransaction(ctx, async (tx) => {
    const updated = await setPasswordHash(tx, user, passwordHash, { mustChangePassword: false });
    await revokeSessions(tx, user.id, ctx.sessionId);
    await recordAudit(tx, {
      action: "user.change_password",
      entityType: "User",
      entityId: user.id,
      before: user,
      after: updated,
    });
    return updated;
  });
}
