import { type Commune as DomainCommune, type CommuneKind, foldVietnamese } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { Commune } from "./commune.entity.js";

const KIND_ORDER: Record<CommuneKind, number> = { XA: 0, DAC_KHU: 1, PHUONG: 2 };

/** 114 rows: filtered in memory after one query, which keeps accent-insensitive search simple. */
export async function listCommunes(
  ctx: Ctx,
  filter: { kind?: CommuneKind | null; search?: string | null },
): Promise<Commune[]> {
  const all = await ctx.em.find(Commune, filter.kind ? { where: { kind: filter.kind } } : {});
  const needle = filter.search ? foldVietnamese(filter.search).toLowerCase().trim() : "";
  return all
    .filter((c) => !needle || foldVietnamese(c.name).toLowerCase().includes(needle))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "vi"));
}

export async function getCommune(ctx: Ctx, code: string): Promise<Commune> {
  const commune = await ctx.loaders.communeByCode.load(code);
  if (!commune) throw AppError.notFound("xã, phường, đặc khu");
  return commune;
}

/** Throws BAD_USER_INPUT naming `field` unless `code` is a known commune. */
export async function assertCommuneExists(ctx: Ctx, code: string, field = "communeCode"): Promise<Commune> {
  const commune = await ctx.loaders.communeByCode.load(code);
  if (!commune) throw AppError.badInput(`Mã xã, phường, đặc khu "${code}" không tồn tại`, field);
  return commune;
}

/** All communes in the domain's shape, for the eligibility rules; one query per request. */
export async function loadDomainCommunes(ctx: Ctx): Promise<DomainCommune[]> {
  return ctx.loaders.allCommunes.load("all");
}
