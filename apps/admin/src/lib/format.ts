import { formatDong } from "@khuyencong/domain";

/** Việt Nam's time zone (UTC+7, no daylight saving): events are read in Hải Phòng's time, whatever the computer's. */
const VN_OFFSET_MS = 7 * 3600_000;

function vnParts(iso: string): { d: string; m: string; y: string; hh: string; mm: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const local = new Date(date.getTime() + VN_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return {
    d: two(local.getUTCDate()),
    m: two(local.getUTCMonth() + 1),
    y: String(local.getUTCFullYear()),
    hh: two(local.getUTCHours()),
    mm: two(local.getUTCMinutes()),
  };
}

/**
 * `2026-04-20` → `20/04/2026`; a timestamp (`2026-04-19T18:30:00Z`) gives its day in Việt Nam
 * (`20/04/2026`); empty for null.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  if (iso.length > 10 && iso.includes("T")) {
    const p = vnParts(iso);
    return p ? `${p.d}/${p.m}/${p.y}` : "";
  }
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** `2026-05-10T01:05:00Z` → `10/05/2026 08:05`, Việt Nam time; empty for null or not a date. */
export function formatDateTime(iso: string | null | undefined): string {
  const p = iso ? vnParts(iso) : null;
  return p ? `${p.d}/${p.m}/${p.y} ${p.hh}:${p.mm}` : "";
}

/**
 * `1.234.567 ₫`; a dash for null. The space before ₫ does not break, so a narrow table column never
 * leaves the currency sign alone on the next line.
 */
export function money(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "—" : formatDong(amount).replace(/ ₫$/, "\u00A0₫");
}
