import type { AuditAction } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { type Page, type PageArgs, paginate } from "../graphql/pagination.js";
import { AuditEntry } from "./audit-entry.entity.js";
import type { AuditFilter } from "./audit.args.js";
import { auditPayload } from "./audit-payload.js";

export interface AuditRecord {
  /** One of the domain's AUDIT_ACTIONS (`entity.verb`, e.g. "user.create"): an unlisted one does not compile. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The record before the change, as read (an entity or a plain object); absent on create. */
  before?: object | null;
  /** The record after the change; absent on delete. */
  after?: object | null;
  /** Defaults to the signed-in user; set it when there is none yet (login). */
  userId?: string | null;
}

/**
 * Writes one audit row through `ctx.em`, so it commits or rolls back with the change it records. Call it
 * inside `inTransaction`, once per mutation, after the change succeeded.
 */
export async function recordAudit(ctx: Ctx, record: AuditRecord): Promise<void> {
  if (!ctx.em.queryRunner?.isTransactionActive) {
    throw new Error(
      `recordAudit("${record.action}") outside a transaction: wrap the mutation in inTransaction`,
    );
  }
  const entry = ctx.em.create(AuditEntry, {
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    userId: record.userId === undefined ? (ctx.user?.id ?? null) : record.userId,
    before: auditPayload(record.before),
    after: auditPayload(record.after),
  });
  await ctx.em.save(entry);
}

/** Newest first. */
export function listAuditEntries(
  ctx: Ctx,
  filter: AuditFilter | undefined,
  page: PageArgs,
): Promise<Page<AuditEntry>> {
  const query = ctx.em.createQueryBuilder(AuditEntry, "entry").orderBy("entry.id", "DESC");
  if (filter?.entityType) query.andWhere("entry.entityType = :entityType", { entityType: filter.entityType });
  if (filter?.entityId) query.andWhere("entry.entityId = :entityId", { entityId: filter.entityId });
  // "project." asks for every action on đề án; LIKE's wildcards in the input are taken literally.
  if (filter?.action) {
    if (filter.action.endsWith(".")) {
      query.andWhere("entry.action LIKE :prefix ESCAPE '\\'", {
        prefix: `${filter.action.replace(/[\\%_]/g, "\\$&")}%`,
      });
    } else query.andWhere("entry.action = :action", { action: filter.action });
  }
  if (filter?.userId) query.andWhere("entry.userId = :userId", { userId: filter.userId });
  if (filter?.from) query.andWhere("entry.at >= :from", { from: filter.from });
  if (filter?.to) query.andWhere("entry.at < :to", { to: filter.to });
  return paginate(query, page);
}
