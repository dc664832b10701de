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
