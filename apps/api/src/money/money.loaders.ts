import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { manyByKey } from "../db/dataloaders.js";
import { doubleSupportFindingsFor } from "./double-support.queries.js";
import { allocatedByEnvelope, estimateTotalsOf } from "./money-figures.js";
import { PaymentRequest } from "./payment-request.entity.js";

/** Per-request loaders of money: payment requests, double support, envelopes, figures (assembled in loaders.ts). */
export function moneyLoaders(em: EntityManager) {
  return {
    paymentRequestsByProject: manyByKey(em, PaymentRequest, "projectId", { requestedAt: "ASC" }),
    doubleSupportByProject: new DataLoader(async (ids: readonly string[]) => {
      const found = await doubleSupportFindingsFor(em, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    /** Allocation of every envelope, one GROUP BY per request; key `${year}|${fundSource}`. */
    allocatedByEnvelope: new DataLoader(async (keys: readonly string[]) => {
      const all = await allocatedByEnvelope(
        em,
        keys.map((k) => Number(k.split("|")[0])),
      );
      return keys.map((k) => all.get(k) ?? 0);
    }),
    /** The estimate's totals from the money figures (project_money): no budget line read. */
    estimateTotalsByProject: new DataLoader(async (ids: readonly string[]) => {
      const totals = await estimateTotalsOf(em, ids);
      return ids.map((id) => totals.get(id) ?? null);
    }),
  };
}
