import {
  type ActivityKind,
  computeSupport,
  type FundLevel,
  type NormTable,
  type SupportResult,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { Norm } from "./norm.entity.js";

export function loadNormTable(ctx: Ctx): Promise<NormTable> {
  return ctx.loaders.normTable.load("all");
}

export interface NormFilter {
  activityKind?: ActivityKind | null;
  fundLevel?: FundLevel | null;
  /** Only the versions in force on this date. */
  date?: string | null;
}

export function listNorms(ctx: Ctx, filter: NormFilter): Promise<Norm[]> {
  const query = ctx.em
    .createQueryBuilder(Norm, "norm")
    .orderBy("norm.fundLevel", "ASC")
    .addOrderBy("norm.activityKind", "ASC")
    .addOrderBy("norm.validFrom", "ASC");
  if (filter.activityKind) query.andWhere("norm.activityKind = :kind", { kind: filter.activityKind });
  if (filter.fundLevel) query.andWhere("norm.fundLevel = :level", { level: filter.fundLevel });
  if (filter.date) {
    query
      .andWhere("norm.validFrom <= :date", { date: filter.date })
      .andWhere("(norm.validTo IS NULL OR norm.validTo >= :date)", { date: filter.date });
  }
  return query.getMany();
}

export interface SupportQueryInput {
  activityKind: ActivityKind;
  fundLevel: FundLevel;
  date: string;
  eligibleCost: number;
  requested?: number | null;
}

/** The maximum support under the norm in force, with the limit that bound it, its citation and its stored row. */
export async function calculateSupport(
  ctx: Ctx,
  input: SupportQueryInput,
): Promise<{ result: SupportResult; norm: Norm | null }> {
  const result = computeSupportOrBadInput(await loadNormTable(ctx), input);
  const norm = result.norm ? await ctx.em.findOneBy(Norm, { id: result.norm.id }) : null;
  return { result, norm };
}

/** `computeSupport`, with the domain's RangeError (a bad amount or date) turned into BAD_USER_INPUT. */
export function computeSupportOrBadInput(table: NormTable, input: SupportQueryInput): SupportResult {
  try {
    return computeSupport(table, {
      activityKind: input.activityKind,
      fundLevel: input.fundLevel,
      date: input.date,
      eligibleCost: input.eligibleCost,
      ...(input.requested === null || input.requested === undefined ? {} : { requested: input.requested }),
    });
  } catch (error) {
    if (error instanceof RangeError) throw AppError.badInput(error.message);
    throw error;
  }
}
