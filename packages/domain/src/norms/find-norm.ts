import { type ActivityKind, isActivityKind } from "../activities/activity-kind.js";
import { assertCalendarDate } from "../calendar/calendar-date.js";
import { type FundLevel, isFundLevel, type Norm } from "./norm.js";
import type { NormTable } from "./norm-table.js";

/** What {@link findNorm} looks up: an activity, the fund that pays, and the date the decision is judged at. */
export interface NormQuery {
  readonly activityKind: ActivityKind;
  readonly fundLevel: FundLevel;
  /** `YYYY-MM-DD`: the date of the decision (approval, contract) whose norms apply. */
  readonly date: string;
}

/**
 * The version of the norm for `activityKind` and `fundLevel` in force on `date` (validFrom ≤ date ≤ validTo,
 * both inclusive), or `null` when none is: the activity has no norm from that fund, or not yet, or no longer.
 * Throws a `RangeError` when `date` is not a `YYYY-MM-DD` calendar date or the activity kind or fund level is
 * unknown (callers outside TypeScript, e.g. a GraphQL argument passed through).
 */
export function findNorm(table: NormTable, query: NormQuery): Norm | null {
  assertCalendarDate(query.date, "ngày áp dụng định mức");
  if (!isActivityKind(query.activityKind)) {
    throw new RangeError(`loại hoạt động không hợp lệ: ${String(query.activityKind)}`);
  }
  if (!isFundLevel(query.fundLevel))
    throw new RangeError(`nguồn kinh phí không hợp lệ: ${String(query.fundLevel)}`);
  const { activityKind, fundLevel, date } = query;
  // The table guarantees that versions do not overlap, so the first match is the only one.
  return (
    table.norms.find(
      (norm) =>
        norm.activityKind === activityKind &&
        norm.fundLevel === fundLevel &&
        norm.validFrom <= date &&
        (norm.validTo === null || date <= norm.validTo),
    ) ?? null
  );
}
