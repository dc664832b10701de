export {
  assertCalendarDate,
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  type CalendarDateParts,
  calendarDateInVietnam,
  calendarDateProblem,
  formatCalendarDate,
  isCalendarDate,
  parseCalendarDate,
} from "./calendar-date.js";
