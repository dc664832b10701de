const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD`. Legal acts take effect on calendar days,
 * not instants, so norms compare dates as strings: in this format the string order is the date order.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls 2025-02-30 over to March; a round trip rejects it.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Throws a `RangeError` naming `field` unless `value` is a `YYYY-MM-DD` calendar date. */
export function assertCalendarDate(value: unknown, field: string): asserts value is string {
  if (!isCalendarDate(value)) {
    throw new RangeError(`${field} phải là ngày dạng YYYY-MM-DD, nhận được ${String(value)}`);
  }
}

/** `2018-05-15` → `15/05/2018`, the way Vietnamese users read dates. */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}
