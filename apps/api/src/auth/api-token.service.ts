import { can } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { inTransaction } from "../context.js";
import { recordAudit } from "../audit/audit.service.js";
import { AppError } from "../errors.js";
import { ApiToken } from "./api-token.entity.js";
import type { CreateApiTokenArgs, CreateApiTokenPayload } from "./api-token.args.js";
import { newApiToken } from "./tokens.js";

const DAY_MS = 86_400_000;
/** Active (not revoked, not expired) tokens one user may hold: enough for a few machines and scripts. */
export const MAX_ACTIVE_API_TOKENS = 10;
const WHAT = "mã truy cập API";

/**
 * Creates a personal API token for the signed-in analyst. The secret is returned here only; the table
 * keeps its SHA-256 and its first characters. Only analysts hold tokens: a token acts as ANALYST, and a
 * credential that outlives a session should not carry more than read-only rights.
 */
export async function createApiToken(ctx: Ctx, args: CreateApiTokenArgs): Promise<CreateApiTokenPayload> {
  const me = ctx.user;
  if (!me) throw AppError.unauthenticated();
  if (!can(me.role, "ManageOwnApiTokens") || ctx.apiTokenId) throw AppError.forbidden();
  const name = args.name.trim();
  if (!name) throw AppError.badInput("Vui lòng đặt tên cho mã truy cập", "name");
  const { secret, secretHash, prefix } = newApiToken();
  const expiresAt = args.expiresInDays ? new Date(Date.now() + args.expiresInDays * DAY_MS) : null;

  return inTransaction(ctx, async (tx) => {
    // Serialises two creations by the same user, so that the limit holds.
    await tx.em.query("SELECT id FROM app_user WHERE id = $1 FOR UPDATE", [me.id]);
    const [{ count }] = await tx.em.query(
      `SELECT count(*)::int AS count FROM api_token
        WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [me.id],
    );
    if (count >= MAX_ACTIVE_API_TOKENS) {
      throw AppError.conflict(
        `Mỗi người dùng có tối đa ${MAX_ACTIVE_API_TOKENS} mã truy cập còn hiệu lực; hãy thu hồi mã không dùng nữa.`,
      );
    }
    const token = await tx.em.save(
      tx.em.create(ApiToken, {
        userId: me.id,
        name,
        prefix,
        secretHash,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    await recordAudit(tx, {
      action: "api_token.create",
      entityType: "ApiToken",
      entityId: token.id,
      after: token,
    });
    return { secret, apiToken: token };
  });
}

/**
 * Revokes a token at once. An analyst revokes their own; an administrator anyone's (a leaked token, a
 * person leaving). Someone else's token is NOT_FOUND to an analyst, so that its existence is not disclosed.
 * Revoking a revoked token is a no-op that returns it as it is.
 */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiToken> {
  const me = ctx.user;
  if (!me) throw AppError.unauthenticated();
  if (ctx.apiTokenId) throw AppError.forbidden();
  return inTransaction(ctx, async (tx) => {
    const token = await tx.em
      .createQueryBuilder(ApiToken, "token")
      .setLock("pessimistic_write")
      .where("token.id = :id", { id })
      .getOne();
    if (!token || (!can(me.role, "ManageApiTokens") && token.userId !== me.id)) throw AppError.notFound(WHAT);
    if (token.revokedAt) return token;
    const before = { ...token };
    token.revokedAt = new Date();
    await tx.em.update(ApiToken, { id: token.id }, { revokedAt: token.revokedAt });
    await recordAudit(tx, {
      action: "api_token.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before,
      after: token,
    });
    return token;
  });
}

/** The signed-in user's tokens, newest first, revoked and expired ones included (so they can be told apart). */
export function myApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  const me = ctx.user;
  if (!me) throw AppError.unauthenticated();
  return listApiTokens(ctx, me.id);
}

/** One user's tokens, newest first (administrators). */
export function listApiTokens(ctx: Ctx, userId: string): Promise<ApiToken[]> {
  return ctx.em.find(ApiToken, { where: { userId }, order: { createdAt: "DESC", id: "ASC" } });
}

/**
 * Revokes every live token of a user at once (deactivation, role change), inside the caller's
 * transaction and audited by the caller's row. Returns how many were revoked.
 */
export async function revokeApiTokensOf(tx: Ctx, userId: string): Promise<number> {
  const result = await tx.em
    .createQueryBuilder()
    .update(ApiToken)
    .set({ revokedAt: () => "now()" })
    .where("user_id = :userId AND revoked_at IS NULL", { userId })
    .execute();
  return result.affected ?? 0;
}
