import { BILLION, type Dong, formatDong } from "../money/dong.js";

/*
 * Formatting shared by the eligibility reasons. Kept out of the package's public surface: the admin
 * app formats with the money module, these only make the Vietnamese sentences readable.
 */

/** "150 tỷ đồng" for whole billions (how the law states limits), else the exact amount in đồng. */
export function formatBillions(amount: Dong): string {
  if (amount % BILLION === 0) return `${formatDong(amount / BILLION).replace(" ₫", "")} tỷ đồng`;
  return formatDong(amount);
}

/** A head count with a Vietnamese decimal comma: 200.5 → "200,5". */
export function formatCount(value: number): string {
  return String(value).replace(".", ",");
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

/** True when `date` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}
