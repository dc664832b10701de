import {
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  calendarDateProblem,
  isCalendarDate,
} from "@khuyencong/domain";
import { GraphQLScalarType, Kind, print } from "graphql";
import { GraphQLSafeInt } from "graphql-scalars";

/**
 * An amount of money in đồng. GraphQL `Int` stops at 2^31 − 1 (about 2,1 tỷ đồng), too small for budgets;
 * this is graphql-scalars' SafeInt (±2^53 − 1) under a name that says what it holds. Use it with
 * `@Field(() => DongScalar)` and `@Column(dongColumn())`.
 */
export const DongScalar = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: "Dong",
  description:
    "An amount of money in Vietnamese đồng (VND), as an integer: graphql-scalars' SafeInt, range ±(2^53 − 1).",
});

/** Why a value is refused as a CalendarDate; the scalar and the input-hygiene walk say the same thing. */
export function calendarDateRefusal(value: unknown): string | null {
  const problem = calendarDateProblem(value);
  return problem === null ? null : `Ngày ${problem}, nhận được “${printable(value)}”`;
}

/**
 * Thrown by the CalendarDate scalar; formatError answers it as BAD_USER_INPUT in Vietnamese (graphql-js
 * would otherwise wrap it in an English "Expected value of type…" validation error).
 */
export class CalendarDateError extends Error {}

/**
 * A day of the Gregorian calendar, `YYYY-MM-DD`, with a year in 1900–2200: dates of decisions, contracts,
 * payments, norms. A day, not an instant: no time, no time zone. The rule is the domain's
 * (`isCalendarDate`); `2026-02-30`, `2026-13-01` and `0000-01-01` are refused before any resolver runs.
 */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: "CalendarDate",
  description: `A calendar day written YYYY-MM-DD (ISO 8601), a real date of the Gregorian calendar with a year in ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}, e.g. 2026-03-15.`,
  specifiedByURL: "https://www.iso.org/iso-8601-date-and-time-format.html",
  serialize(value) {
    // PostgreSQL `date` columns reach us as YYYY-MM-DD strings (TypeORM); a Date would be a bug upstream.
    if (isCalendarDate(value)) return value;
    throw new TypeError(`CalendarDate cannot represent ${String(value)}`);
  },
  parseValue(value) {
    const refusal = calendarDateRefusal(value);
    if (refusal !== null) throw new CalendarDateError(refusal);
    return value as string;
  },
  parseLiteral(ast) {
    const value = ast.kind === Kind.STRING ? ast.value : print(ast);
    const refusal = calendarDateRefusal(value);
    if (refusal !== null) throw new CalendarDateError(refusal);
    return value;
  },
});

/** A refused value as a user can read it back: short, without control characters. */
function printable(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  // Control characters and lone surrogates would garble the message; a refused date has no use for them.
  const clean = Array.from(text, (char) =>
    char.charCodeAt(0) < 0x20 || /\p{Cs}/u.test(char) ? "�" : char,
  ).join("");
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
