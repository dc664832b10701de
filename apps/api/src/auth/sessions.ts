import type { Ctx } from "../context.js";
import { Session } from "./session.entity.js";

/** Revokes every open session of `userId`, except `keepSessionId`. Returns how many were revoked. */
export async function revokeSessions(
  ctx: Ctx,
  userId: string,
  keepSessionId: string | null = null,
): Promise<number> {
  const query = ctx.em
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: () => "now()" })
    .where("user_id = :userId AND revoked_at IS NULL", { userId });
  if (keepSessionId) query.andWhere("id <> :keepSessionId", { keepSessionId });
  const result = await query.execute();
  return result.affected ?? 0;
}
