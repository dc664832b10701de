import type { FundSource } from "@khuyencong/domain";
import { formatDong, FUND_SOURCE_LABELS } from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { BudgetEnvelope } from "./budget-envelope.entity.js";
import { committedSql } from "./money-figures.js";

const WHAT = "dự toán kinh phí";

/**
 * What is committed against an envelope: the domain's `committedSupport` summed over the đề án of its
 * year and fund, read from the money figures (one row per đề án; docs/decisions.md, "Money figures").
 */
export const ALLOCATED_SQL = `
  SELECT coalesce(sum(${committedSql("m")}), 0)::bigint AS allocated
    FROM project_money m
   WHERE m.year = $1 AND m.fund_source = $2`;

export async function allocatedOf(ctx: Ctx, year: number, fundSource: FundSource): Promise<number> {
  const [{ allocated }] = await ctx.em.query(ALLOCATED_SQL, [year, fundSource]);
  return Number(allocated);
}

export function listEnvelopes(ctx: Ctx, year?: number | null): Promise<BudgetEnvelope[]> {
  return ctx.em.find(BudgetEnvelope, {
    where: year ? { year } : {},
    order: { year: "ASC", fundSource: "ASC" },
  });
}

export interface EnvelopeInput {
  year: number;
  fundSource: FundSource;
  amount: number;
  decisionNumber?: string | null;
  decisionDate?: string | null;
}

export function createEnvelope(ctx: Ctx, input: EnvelopeInput): Promise<BudgetEnvelope> {
  return inTransaction(ctx, async (tx) => {
    if (await tx.em.existsBy(BudgetEnvelope, { year: input.year, fundSource: input.fundSource })) {
      throw AppError.conflict(
        `Đã có dự toán năm ${input.year} nguồn "${FUND_SOURCE_LABELS[input.fundSource]}"; hãy sửa dự toán đó`,
        "fundSource",
      );
    }
    const envelope = await tx.em.save(
      tx.em.create(BudgetEnvelope, {
        ...input,
        decisionNumber: input.decisionNumber?.trim() || null,
        decisionDate: input.decisionDate ?? null,
        createdById: tx.user?.id ?? null,
      }),
    );
    await recordAudit(tx, {
      action: "envelope.create",
      entityType: "BudgetEnvelope",
      entityId: envelope.id,
      after: envelope,
    });
    return envelope;
  });
}

/** Changes an envelope's amount or decision; never below what is already committed against it. */
export function updateEnvelope(
  ctx: Ctx,
  args: {
    id: string;
    version: number;
    amount: number;
    decisionNumber?: string | null;
    decisionDate?: string | null;
  },
): Promise<BudgetEnvelope> {
  return inTransaction(ctx, async (tx) => {
    // The envelope stays locked until commit, so an approval drawing on it waits for the new amount.
    const change = await updateVersioned(
      tx.em,
      BudgetEnvelope,
      { id: args.id, version: args.version },
      async (before) => {
        const allocated = await allocatedOf(tx, before.year, before.fundSource);
        if (args.amount < allocated) {
          throw new AppError(
            "INSUFFICIENT_FUNDS",
            `Không thể giảm dự toán xuống ${formatDong(args.amount)}: đã phân bổ cho đề án ${formatDong(allocated)}.`,
            "amount",
          );
        }
        return {
          amount: args.amount,
          decisionNumber: args.decisionNumber?.trim() || null,
          decisionDate: args.decisionDate ?? null,
        };
      },
      WHAT,
    );
    await recordAudit(tx, {
      action: "envelope.update",
      entityType: "BudgetEnvelope",
      entityId: args.id,
      ...change,
    });
    return change.after;
  });
}

/**
 * Takes the envelope of a year and fund for the rest of the transaction (FOR UPDATE), so that two
 * approvals drawing on it run one after the other and the balance cannot go negative between them.
 */
export async function lockEnvelope(ctx: Ctx, year: number, fundSource: FundSource): Promise<BudgetEnvelope> {
  const envelope = await ctx.em
    .createQueryBuilder(BudgetEnvelope, "e")
    .setLock("pessimistic_write")
    .where("e.year = :year AND e.fundSource = :fundSource", { year, fundSource })
    .getOne();
  if (!envelope) {
    throw new AppError(
      "INSUFFICIENT_FUNDS",
      `Chưa có dự toán kinh phí năm ${year} nguồn "${FUND_SOURCE_LABELS[fundSource]}"; Sở Tài chính hoặc Sở Công Thương cần nhập dự toán trước khi phê duyệt đề án.`,
    );
  }
  return envelope;
}
