import { createNormTable, type Norm as DomainNorm, type NormTable } from "@khuyencong/domain";
import type { EntityManager } from "typeorm";
import { Norm } from "./norm.entity.js";

/** The domain's view of a stored norm version. */
export function toDomainNorm(row: Norm): DomainNorm {
  return {
    id: row.id,
    activityKind: row.activityKind,
    fundLevel: row.fundLevel,
    rate: row.rate,
    cap: row.cap,
    capBasis: row.capBasis,
    ...(row.capMultiplierOf && row.capMultiplierNumerator && row.capMultiplierDenominator
      ? {
          capRule: {
            multiplierOf: row.capMultiplierOf,
            factor: { numerator: row.capMultiplierNumerator, denominator: row.capMultiplierDenominator },
          },
        }
      : {}),
    label: row.label,
    citation: row.citationData,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: row.status,
  };
}

/** The stored norm table, validated by the domain (overlaps, cap rules); built once per request. */
export async function buildNormTable(em: EntityManager): Promise<NormTable> {
  const rows = await em.find(Norm, { order: { id: "ASC" } });
  return createNormTable(rows.map(toDomainNorm));
}
