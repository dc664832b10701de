import type { Dong } from "../money/dong.js";
import type { Fraction, Norm } from "./norm.js";

/**
 * `cap × numerator / denominator`, rounded **down** to the đồng: a derived cap is a ceiling too, so rounding
 * must never raise it. BigInt keeps large caps exact.
 */
export function multiplyCap(cap: Dong, factor: Fraction): Dong {
  return Number((BigInt(cap) * BigInt(factor.numerator)) / BigInt(factor.denominator));
}

/**
 * What {@link resolveCap} reads of a NormTable. Stated here, not imported: norm-table.ts checks cap rules
 * with {@link multiplyCap}, so importing its type back would make the two files an import cycle.
 */
export interface NormsById {
  readonly byId: ReadonlyMap<string, Norm>;
}

/**
 * The cap that applies to `norm` in `table`: its own {@link Norm.cap}, or for a norm with a
 * {@link Norm.capRule} the referenced norm's cap times the factor. `null` means no fixed cap.
 * Throws when the rule's target is not in `table` (the norm does not belong to that table).
 */
export function resolveCap(table: NormsById, norm: Norm): Dong | null {
  if (!norm.capRule) return norm.cap;
  const target = table.byId.get(norm.capRule.multiplierOf);
  if (!target || target.cap === null) {
    throw new Error(
      `Định mức "${norm.id}": không tìm thấy mức trần của định mức "${norm.capRule.multiplierOf}" trong bảng định mức`,
    );
  }
  return multiplyCap(target.cap, norm.capRule.factor);
}

/**
 * A factor the way a Vietnamese text writes it: 3/2 → "1,5", 2/1 → "2"; a factor with no short decimal
 * form stays a fraction ("1/3").
 */
export function formatFactor(factor: Fraction): string {
  const { numerator, denominator } = factor;
  for (let digits = 0; digits <= 4; digits++) {
    const scale = 10 ** digits;
    if ((numerator * scale) % denominator === 0) {
      const scaled = (numerator * scale) / denominator;
      const whole = Math.trunc(scaled / scale);
      const fraction = scaled % scale;
      return digits === 0 ? `${whole}` : `${whole},${String(fraction).padStart(digits, "0")}`;
    }
  }
  return `${numerator}/${denominator}`;
}
