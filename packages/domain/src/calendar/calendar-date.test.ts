import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  calendarDateFromDayMonthYear,
  calendarDateInVietnam,
  calendarDateOfUtcDay,
  calendarDateProblem,
  isCalendarDate,
  parseCalendarDate,
  todayInVietnam,
  yearOfCalendarDate,
} from "./calendar-date.js";

describe("isCalendarDate", () => {
  it.each(["2026-01-01", "2026-02-28", "2024-02-29", "2000-02-29", "2026-12-31", "1900-01-01", "2200-12-31"])(
    "accepts %s",
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
    },
  );

  it.each([
    ["2026-02-30", "a day February never has"],
    ["2026-02-29", "29 February in a common year"],
    ["1900-02-29", "1900 is not a leap year"],
    ["2026-04-31", "April has 30 days"],
    ["2026-13-01", "month 13"],
    ["2026-00-10", "month 0"],
    ["2026-01-00", "day 0"],
    ["0000-01-01", "year 0"],
    ["1899-12-31", "before the range"],
    ["2201-01-01", "after the range"],
    ["2026-1-01", "unpadded month"],
    ["2026-01-01T00:00:00Z", "an instant"],
    [" 2026-01-01", "leading space"],
    ["2026-01-01\n", "trailing newline"],
    ["２０２６-01-01", "full-width digits"],
    ["", "empty"],
  ])("refuses %s (%s)", (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 20260101, new Date(), {}])
      expect(isCalendarDate(value)).toBe(false);
  });

  it("agrees with the Gregorian calendar of JavaScript's Date for every day of the range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: CALENDAR_YEAR_MIN, max: CALENDAR_YEAR_MAX }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = new Date(Date.UTC(year, month - 1, day));
          const exists =
            month >= 1 && day >= 1 && real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(exists);
        },
      ),
    );
  });
});

describe("parseCalendarDate", () => {
  it("takes a date apart", () => {
    expect(parseCalendarDate("2026-03-15")).toEqual({ year: 2026, month: 3, day: 15 });
  });

  it("says in Vietnamese what is wrong, naming the field", () => {
    expect(() => parseCalendarDate("2026-02-30", "Ngày đề án")).toThrow(
      "Ngày đề án 30/02/2026 không có trong lịch, nhận được “2026-02-30”",
    );
    expect(() => parseCalendarDate("2026-13-01", "Ngày quyết định")).toThrow("có tháng 13 không tồn tại");
    expect(() => parseCalendarDate("0000-01-01")).toThrow("có năm 0000 nằm ngoài khoảng 1900–2200");
    expect(() => parseCalendarDate("15/03/2026")).toThrow(RangeError);
    expect(calendarDateProblem("15/03/2026")).toBe("phải là ngày dạng YYYY-MM-DD (ví dụ 2026-03-15)");
  });
});

describe("calendarDateInVietnam", () => {
  it("is the day in Việt Nam (UTC+7), not the server's", () => {
    expect(calendarDateInVietnam(new Date("2026-12-06T16:59:59Z"))).toBe("2026-12-06");
    expect(calendarDateInVietnam(new Date("2026-12-06T17:00:00Z"))).toBe("2026-12-07");
  });
});

describe("todayInVietnam", () => {
  it("turns the page at midnight in Hải Phòng, 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2026-12-31T16:59:59.999Z"))).toBe("2026-12-31");
    expect(todayInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
  });

  it("is a calendar date by default (the clock of the machine)", () => {
    expect(isCalendarDate(todayInVietnam())).toBe(true);
  });
});

describe("calendarDateOfUtcDay and yearOfCalendarDate", () => {
  it("read a spreadsheet's day (UTC midnight) and a date's year", () => {
    expect(calendarDateOfUtcDay(new Date(Date.UTC(2026, 2, 15)))).toBe("2026-03-15");
    expect(yearOfCalendarDate("2027-01-01")).toBe(2027);
    expect(() => yearOfCalendarDate("2027-02-30", "Ngày chi")).toThrow(
      "Ngày chi 30/02/2027 không có trong lịch",
    );
  });
});

describe("calendarDateFromDayMonthYear", () => {
  it.each([
    ["20/4/2026", "2026-04-20"],
    ["20/04/2026", "2026-04-20"],
    [" 1.1.2027 ", "2027-01-01"],
    ["29-02-2028", "2028-02-29"],
  ])("reads %s as %s", (input, date) => {
    expect(calendarDateFromDayMonthYear(input)).toBe(date);
  });

  it.each(["30/02/2026", "29/02/2027", "2026-04-20", "4/20/2026x", "01/13/2026", "01/01/0202", ""])(
    "refuses %s",
    (input) => {
      expect(calendarDateFromDayMonthYear(input)).toBeNull();
    },
  );
});
