import type { NotificationKind } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { Notification } from "./notification.entity.js";

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  entityType?: string | null;
  entityId?: string | null;
}

/**
 * Notifies `recipientIds` (duplicates and null dropped) of a change, through `tx.em`: call it inside
 * the mutation's transaction, so that the notification commits or rolls back with the change. The e-mail
 * is queued (PENDING) only when mail is configured; the background sender sends it after commit.
 */
export async function notify(
  tx: Ctx,
  recipientIds: readonly (string | null | undefined)[],
  draft: NotificationDraft,
): Promise<void> {
  const recipients = [...new Set(recipientIds.filter((id): id is string => Boolean(id)))];
  if (recipients.length === 0) return;
  const mail = tx.settings.mail?.smtpUrl != null;
  await tx.em.insert(
    Notification,
    recipients.map((recipientId) => ({
      recipientId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      entityType: draft.entityType ?? null,
      entityId: draft.entityId ?? null,
      emailStatus: mail ? ("PENDING" as const) : ("NONE" as const),
      emailNextAt: mail ? new Date() : null,
    })),
  );
}

/** The signed-in user's notifications, newest first. */
export function myNotifications(
  ctx: Ctx,
  args: { first: number; unreadOnly: boolean },
): Promise<Notification[]> {
  const user = signedIn(ctx);
  const query = ctx.em
    .createQueryBuilder(Notification, "n")
    .where("n.recipientId = :me", { me: user })
    .orderBy("n.createdAt", "DESC")
    .addOrderBy("n.id", "DESC")
    .take(args.first);
  if (args.unreadOnly) query.andWhere("n.readAt IS NULL");
  return query.getMany();
}

/** How many of the signed-in user's notifications are unread (the bell's count). */
export function myUnreadNotificationCount(ctx: Ctx): Promise<number> {
  return ctx.em
    .createQueryBuilder(Notification, "n")
    .where("n.recipientId = :me AND n.readAt IS NULL", { me: signedIn(ctx) })
    .getCount();
}

/**
 * Marks the signed-in user's notifications read: those of `ids`, or all when `ids` is omitted. Another
 * user's ids are simply not matched. Returns how many changed. Reading one's own bell is not a change
 * to the programme's records, so it writes no audit row.
 */
export function markNotificationsRead(ctx: Ctx, ids: readonly string[] | null | undefined): Promise<number> {
  const me = signedIn(ctx);
  return inTransaction(ctx, async (tx) => {
    const query = tx.em
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => "now()" })
      .where("recipient_id = :me AND read_at IS NULL", { me });
    if (ids) query.andWhere("id IN (:...ids)", { ids: ids.length > 0 ? [...ids] : [null] });
    const result = await query.execute();
    return result.affected ?? 0;
  });
}

function signedIn(ctx: Ctx): string {
  if (!ctx.user) throw AppError.unauthenticated();
  return ctx.user.id;
}
