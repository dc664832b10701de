import { formatDong } from "@khuyencong/domain";

/** `2026-04-20` → `20/04/2026`; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/**
 * `1.234.567 ₫`; a dash for null. The space before ₫ does not break, so a narrow table column never
 * leaves the currency sign alone on the next line.
 */
export function money(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "—" : formatDong(amount).replace(/ ₫$/, "\u00A0₫");
}
