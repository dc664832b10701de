/**
 * Money is an integer number of Vietnamese đồng. The type is a plain `number` so that callers can use
 * ordinary literals; {@link assertDong} is the gate at every boundary that receives money.
 */
export type Dong = number;

/** One million đồng ("triệu đồng", trđ): the unit the legal texts use for caps. */
export const MILLION: Dong = 1_000_000;
/** One billion đồng ("tỷ đồng"): the unit of the SME size tests. */
export const BILLION: Dong = 1_000_000_000;

/** True when `value` is an amount of money this system accepts: a safe, non-negative integer. */
export function isDong(value: unknown): value is Dong {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** Throws a `RangeError` naming `field` unless `value` is a safe, non-negative integer of đồng. */
export function assertDong(value: unknown, field = "số tiền"): asserts value is Dong {
  if (!isDong(value)) {
    throw new RangeError(`${field} phải là số nguyên đồng không âm, nhận được ${String(value)}`);
  }
}

/** Basis points: 10 000 = 100 %. Rates are integers so that no floating point touches money. */
export type BasisPoints = number;

/** 100 % in basis points. */
export const FULL_RATE: BasisPoints = 10_000;

/**
 * `amount × rate`, rounded **down** to the đồng: support is a ceiling, so rounding must never give more
 * than the rate allows. Computed with BigInt so that large amounts times 10 000 cannot lose precision.
 */
export function applyRate(amount: Dong, rate: BasisPoints): Dong {
  assertDong(amount);
  if (!Number.isSafeInteger(rate) || rate < 0)
    throw new RangeError(`tỷ lệ phải là số nguyên điểm cơ bản không âm: ${rate}`);
  return Number((BigInt(amount) * BigInt(rate)) / BigInt(FULL_RATE));
}

/** Formats đồng as Vietnamese users read it: `1.234.567 ₫`. */
export function formatDong(amount: Dong): string {
  return `${formatInteger(amount)} ₫`;
}

/** Formats a whole number as Vietnamese users read it, thousands separated by dots: `10.000`, `-1.234`. */
export function formatInteger(value: number): string {
  const digits = Math.abs(Math.trunc(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${digits}`;
}

/** Formats a rate in basis points as a Vietnamese percentage: 3000 → "30%", 1250 → "12,5%". */
export function formatRate(rate: BasisPoints): string {
  const whole = Math.trunc(rate / 100);
  const fraction = rate % 100;
  return fraction === 0 ? `${whole}%` : `${whole},${String(fraction).padStart(2, "0").replace(/0$/, "")}%`;
}
