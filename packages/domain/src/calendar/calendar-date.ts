/**
 * Calendar dates (`YYYY-MM-DD`): the one place that says what a date written by a user or read from a
 * legal act is. Decisions, contracts, payments and norms take effect on calendar days, not instants, so
 * they travel as these strings: in this format the string order is the date order.
 */

/**
 * Earliest and latest year accepted. The programme runs 2026–2030 and the oldest legal text it cites is
 * from 2012, so a year outside 1900–2200 is a typing slip (`0202`, `20266`), never a real decision date;
 * refusing it also keeps every accepted date inside what PostgreSQL's `date` and JavaScript's `Date` hold.
 */
export const CALENDAR_YEAR_MIN = 1900;
export const CALENDAR_YEAR_MAX = 2200;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date taken apart; `month` and `day` count from 1. */
export interface CalendarDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Why a text is not a calendar date, in Vietnamese a user can act on; `null` when it is one. */
export function calendarDateProblem(value: unknown): string | null {
  if (typeof value !== "string") return "phải là ngày dạng YYYY-MM-DD (ví dụ 2026-03-15)";
  const match = CALENDAR_DATE.exec(value);
  if (!match) return "phải là ngày dạng YYYY-MM-DD (ví dụ 2026-03-15)";
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    return `có năm ${match[1]} nằm ngoài khoảng ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}`;
  }
  if (month < 1 || month > 12) return `có tháng ${match[2]} không tồn tại`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `${match[3]}/${match[2]}/${match[1]} không có trong lịch`;
  }
  return null;
}

/**
 * True when `value` is a real Gregorian calendar date written `YYYY-MM-DD` with a year within
 * CALENDAR_YEAR_MIN–CALENDAR_YEAR_MAX (`2026-02-30`, `2026-13-01` and `0000-01-01` are not).
 */
export function isCalendarDate(value: unknown): value is string {
  return calendarDateProblem(value) === null;
}

/** The parts of a calendar date; throws a `RangeError` in Vietnamese unless `value` is one. */
export function parseCalendarDate(value: unknown, field = "Ngày"): CalendarDateParts {
  const problem = calendarDateProblem(value);
  if (problem !== null) throw new RangeError(`${field} ${problem}, nhận được “${String(value)}”`);
  const [year, month, day] = (value as string).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Throws a `RangeError` naming `field` unless `value` is a calendar date (see `isCalendarDate`). */
export function assertCalendarDate(value: unknown, field: string): asserts value is string {
  parseCalendarDate(value, field);
}

/** `2018-05-15` → `15/05/2018`, the way Vietnamese users and documents write dates. */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * The calendar date in Việt Nam (UTC+7, no daylight saving) at an instant: "today" for a decision that
 * may not be dated in the future, whatever the server's own time zone.
 */
export function calendarDateInVietnam(instant: Date): string {
  return calendarDateOfUtcDay(new Date(instant.getTime() + VIETNAM_OFFSET_MS));
}

/* Việt Nam keeps UTC+7 all year (no daylight saving), so its day is the UTC day of the instant + 7 h. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today in Việt Nam (`YYYY-MM-DD`): the latest date a decision may carry, the day a report is signed,
 * the default date of a new đề án. `now` is for tests; the server's own time zone never matters.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return calendarDateInVietnam(now);
}

/**
 * The calendar date of a `Date` that stands for a whole day at UTC midnight, as spreadsheet cells and
 * date pickers hand them over (`2026-03-15T00:00:00Z` → `2026-03-15`); not for instants (use
 * {@link calendarDateInVietnam}).
 */
export function calendarDateOfUtcDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The year of a calendar date, e.g. 2026 for `2026-03-15`; throws like {@link parseCalendarDate}. */
export function yearOfCalendarDate(date: string, field = "Ngày"): number {
  return parseCalendarDate(date, field).year;
}

/**
 * A date as Vietnamese users type it, day first (`20/4/2026`, `20/04/2026`, `20-04-2026`, `20.04.2026`),
 * as a calendar date (`2026-04-20`); `null` when it is not a real date within the accepted years.
 */
export function calendarDateFromDayMonthYear(input: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!match) return null;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(date) ? date : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
