import { Not } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { assertCommuneExists } from "../communes/commune.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import type { CreateImplementingUnitArgs, UpdateImplementingUnitArgs } from "./implementing-unit.args.js";
import { ImplementingUnit } from "./implementing-unit.entity.js";

const WHAT = "đơn vị thực hiện";
const NAME_TAKEN = "Đã có đơn vị thực hiện mang tên này";

export function listUnits(ctx: Ctx): Promise<ImplementingUnit[]> {
  return ctx.em.find(ImplementingUnit, { order: { name: "ASC" } });
}

export async function getUnit(ctx: Ctx, id: string): Promise<ImplementingUnit> {
  const unit = await ctx.loaders.unitById.load(id);
  if (!unit) throw AppError.notFound(WHAT);
  return unit;
}

export function createUnit(ctx: Ctx, args: CreateImplementingUnitArgs): Promise<ImplementingUnit> {
  return inTransaction(ctx, async (tx) => {
    const name = args.name.trim();
    const communeCode = args.communeCode?.trim() || null;
    if (communeCode) await assertCommuneExists(tx, communeCode);
    if (await tx.em.existsBy(ImplementingUnit, { name })) throw AppError.conflict(NAME_TAKEN, "name");
    const unit = await tx.em.save(tx.em.create(ImplementingUnit, { name, communeCode }));
    await recordAudit(tx, {
      action: "unit.create",
      entityType: "ImplementingUnit",
      entityId: unit.id,
      after: unit,
    });
    return unit;
  });
}

export function updateUnit(ctx: Ctx, args: UpdateImplementingUnitArgs): Promise<ImplementingUnit> {
  return inTransaction(ctx, async (tx) => {
    const change = await updateVersioned(
      tx.em,
      ImplementingUnit,
      { id: args.id, version: args.version },
      async () => {
        const name = args.name.trim();
        const communeCode = args.communeCode?.trim() || null;
        if (communeCode) await assertCommuneExists(tx, communeCode);
        if (await tx.em.existsBy(ImplementingUnit, { name, id: Not(args.id) }))
          throw AppError.conflict(NAME_TAKEN, "name");
        return { name, communeCode };
      },
      WHAT,
    );
    await recordAudit(tx, {
      action: "unit.update",
      entityType: "ImplementingUnit",
      entityId: args.id,
      ...change,
    });
    return change.after;
  });
}
