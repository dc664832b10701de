import {
  allTargetLines,
  HAI_PHONG_COMMUNES,
  HAI_PHONG_PROGRAMME_2026_2030,
  type Programme as DomainProgramme,
  programmeYears,
  SEED_NORMS,
} from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { Commune } from "../communes/commune.entity.js";
import { type Ctx, inTransaction } from "../context.js";
import { Norm } from "../norms/norm.entity.js";
import { Programme } from "../programme/programme.entity.js";
import { BodyTarget, ContentGroup, TargetLine, TargetLineYear } from "../programme/target-line.entity.js";
import { CITY_EXTENSION_CENTRE, ImplementingUnit } from "../units/implementing-unit.entity.js";

export interface SeedReport {
  communes: number;
  norms: number;
  programmes: number;
  units: number;
}

/**
 * Loads what the domain package knows into an empty (or older) database: the communes, the norm table,
 * the programme 2026–2030 and the city's extension centre. Adds what is missing and never overwrites a
 * row that exists, since norms and programme figures may have been corrected since. Idempotent and safe
 * when two instances start together (advisory lock). Writes one audit row when it added anything.
 */
export function seedReferenceData(ctx: Ctx): Promise<SeedReport> {
  return inTransaction(ctx, async (tx) => {
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext('khuyencong.reference-data'))");
    const communes = await insertMissing(
      tx,
      Commune,
      "code",
      HAI_PHONG_COMMUNES.map((c) => ({
        code: c.code,
        name: c.name,
        kind: c.kind,
        formerProvince: c.formerProvince,
        nameNote: c.nameNote ?? null,
      })),
    );
    const norms = await insertMissing(
      tx,
      Norm,
      "id",
      SEED_NORMS.map((n) => ({
        id: n.id,
        activityKind: n.activityKind,
        fundLevel: n.fundLevel,
        rate: n.rate,
        cap: n.cap,
        capBasis: n.capBasis,
        capMultiplierOf: n.capRule?.multiplierOf ?? null,
        capMultiplierNumerator: n.capRule?.factor.numerator ?? null,
        capMultiplierDenominator: n.capRule?.factor.denominator ?? null,
        label: n.label,
        citationData: n.citation,
        validFrom: n.validFrom,
        validTo: n.validTo,
        status: n.status,
      })),
    );
    const programmes = (await tx.em.existsBy(Programme, { code: HAI_PHONG_PROGRAMME_2026_2030.code }))
      ? 0
      : await insertProgramme(tx, HAI_PHONG_PROGRAMME_2026_2030);
    const units = (await tx.em.count(ImplementingUnit)) > 0 ? 0 : 1;
    if (units)
      await tx.em.save(tx.em.create(ImplementingUnit, { name: CITY_EXTENSION_CENTRE, communeCode: null }));

    const report = { communes, norms, programmes, units };
    if (communes + norms + programmes + units > 0) {
      await recordAudit(tx, {
        action: "reference.seed",
        entityType: "ReferenceData",
        entityId: "seed",
        after: report,
        userId: null,
      });
    }
    return report;
  });
}

async function insertMissing<T extends object>(
  ctx: Ctx,
  entity: new () => T,
  key: keyof T & string,
  rows: Partial<T>[],
): Promise<number> {
  const result = await ctx.em
    .createQueryBuilder()
    .insert()
    .into(entity)
    // biome-ignore lint/suspicious/noExplicitAny: TypeORM's insert values are typed loosely
    .values(rows as any)
    .orIgnore()
    .returning([key])
    .execute();
  return result.raw.length;
}

/** One programme with its groups, lines, yearly targets and body-text figures. Returns 1. */
async function insertProgramme(ctx: Ctx, p: DomainProgramme): Promise<number> {
  await ctx.em.insert(Programme, {
    code: p.code,
    name: p.name,
    firstYear: p.firstYear,
    lastYear: p.lastYear,
    decisionNumber: p.decision.number,
    decisionDate: p.decision.date,
    issuer: p.decision.issuer,
    decisionTitle: p.decision.title,
  });
  await ctx.em.insert(
    ContentGroup,
    p.groups.map((g, i) => ({ programmeCode: p.code, code: g.code, position: i + 1, name: g.name })),
  );
  const lines = allTargetLines(p);
  const inserted = await ctx.em.insert(
    TargetLine,
    lines.map((l) => ({
      programmeCode: p.code,
      groupCode: l.groupCode,
      code: l.code,
      position: l.order,
      name: l.name,
      unit: l.unit,
      printedTotal: l.printedTotal,
      perUnitQuantity: l.perUnit?.quantity ?? null,
      perUnitUnit: l.perUnit?.unit ?? null,
      activityKinds: [...l.activityKinds],
      source: l.source,
    })),
  );
  const years = programmeYears(p);
  await ctx.em.insert(
    TargetLineYear,
    lines.flatMap((l, i) =>
      years.map((year) => ({
        targetLineId: inserted.identifiers[i]?.id as string,
        year,
        target: l.yearly[year] ?? null,
      })),
    ),
  );
  await ctx.em.insert(
    BodyTarget,
    p.bodyTargets.map((b) => ({ ...b, programmeCode: p.code })),
  );
  return 1;
}
