import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { Facility } from "../facilities/facility.entity.js";
import type { PriorSupportArgs } from "./money.args.js";
import { PriorSupport } from "./prior-support.entity.js";

/** Records support from another source so that the double-support guard sees it. */
export function recordPriorSupport(ctx: Ctx, args: PriorSupportArgs): Promise<PriorSupport> {
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.em.existsBy(Facility, { id: args.facilityId })))
      throw AppError.badInput("Không tìm thấy cơ sở", "facilityId");
    const row = await tx.em.save(
      tx.em.create(PriorSupport, {
        facilityId: args.facilityId,
        activityKind: args.activityKind,
        costItem: args.costItem.trim(),
        source: args.source.trim(),
        year: args.year,
        amount: args.amount ?? null,
        recordedById: tx.user?.id ?? null,
      }),
    );
    await recordAudit(tx, {
      action: "prior_support.create",
      entityType: "PriorSupport",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
