import {
  assertCalendarDate,
  calendarDateOfUtcDay,
  isCalendarDate,
  parseCalendarDate,
} from "../calendar/calendar-date.js";
import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import { PROGRAMME_YEARS } from "../programme/current.js";
import type { Role } from "../roles/role.js";

/**
 * The reporting calendar: every dated or yearly duty that the programme's decision (the seed, Điều 1 mục
 * V and Điều 2) and the law it cites put on the bodies that run the programme, as data. The software
 * reminds people of these duties, shows what is overdue, and the commune's yearly report is one of them.
 *
 * Two kinds of dates live here, and the difference matters to a reader:
 * - a date the cited text states (TT 36/2013: đề án to the Sở before 20/5, to the Cục before 15/6,
 *   progress before the 25th, settlement by 22/1) — but those texts are the old national procedure,
 *   since amended (TT 17/2018, not retrieved), so their citations say so;
 * - a date the decision does not give ("định kỳ hàng năm", "hàng năm"): the day here is the application's
 *   own working date, `dateSource: "CONFIGURED"`, marked "chưa xác minh" until Hải Phòng's own procedure
 *   (QĐ 25/2021/QĐ-UBND, not retrieved) or a Sở instruction fixes it.
 */

/** Who carries a duty: a body of the programme, as the decision names them. */
export type DutyBody =
  | "DEPARTMENT"
  | "FINANCE"
  | "COMMUNE"
  | "IMPLEMENTING_UNIT"
  | "CERTIFIED_PRODUCT_HOLDER";

/** Vietnamese names of the bodies, as the decision writes them. */
export const DUTY_BODY_LABELS: Readonly<Record<DutyBody, string>> = {
  DEPARTMENT: "Sở Công Thương",
  FINANCE: "Sở Tài chính",
  COMMUNE: "Ủy ban nhân dân xã, đặc khu (từng xã)",
  IMPLEMENTING_UNIT: "Đơn vị thực hiện đề án",
  CERTIFIED_PRODUCT_HOLDER: "Cơ sở có sản phẩm công nghiệp nông thôn tiêu biểu được chứng nhận",
};

/**
 * The application role that acts for a body: the duty shows on that role's "Việc cần xử lý". A certified
 * product holder has no account (the Sở collects its report), so it has none.
 */
export const DUTY_BODY_ROLES: Readonly<Record<DutyBody, Role | null>> = {
  DEPARTMENT: "DEPARTMENT",
  FINANCE: "FINANCE",
  COMMUNE: "COMMUNE_OFFICER",
  IMPLEMENTING_UNIT: "IMPLEMENTING_UNIT",
  CERTIFIED_PRODUCT_HOLDER: null,
};

/**
 * When a duty falls due.
 * - `YEARLY`: once a year on `month`/`day`; the occurrence due in calendar year Y concerns the period
 *   `periodYearOffset` years away (−1: the year just ended; 0: the year itself; +1: the coming year).
 * - `MONTHLY`: every month before `day` (on the day before it), about the month itself.
 */
export type DueRule =
  | {
      readonly kind: "YEARLY";
      readonly month: number;
      readonly day: number;
      readonly periodYearOffset: -1 | 0 | 1;
    }
  | { readonly kind: "MONTHLY"; readonly beforeDay: number };

/** The period a duty's occurrence is about. */
export type DutyPeriod = "YEAR" | "MONTH";

/** Whether the due date is written in the cited text or is the application's working date. */
export type DutyDateSource = "TEXT" | "CONFIGURED";

export interface ReportingDuty {
  /** Stable key, e.g. "COMMUNE_YEARLY_REPORT". */
  readonly code: string;
  readonly body: DutyBody;
  /** What is due, in Vietnamese as the text says it. */
  readonly title: string;
  /** To whom it goes. */
  readonly recipient: string;
  readonly period: DutyPeriod;
  readonly due: DueRule;
  readonly dateSource: DutyDateSource;
  /** Where the duty is written; for a CONFIGURED date the citation covers the duty, not the day. */
  readonly citation: Citation;
  /** Why the date is what it is, when it is not read in the text. */
  readonly dateNote?: string;
}

const SEED = LEGAL_DOCUMENTS.QD_PROGRAMME_HP;
const CONFIGURED_DATE_NOTE =
  "Quyết định chỉ ghi “hàng năm”, không ghi ngày: ngày này là ngày làm việc do phần mềm đặt (chưa xác minh), Sở Công Thương có thể điều chỉnh.";
const OLD_PROCEDURE_NOTE =
  "Quy trình đề án khuyến công quốc gia cũ (đã được sửa đổi bởi Thông tư 17/2018/TT-BCT, chưa xác minh); Hải Phòng áp dụng theo Quyết định 25/2021/QĐ-UBND (chưa tìm được văn bản).";

/**
 * The duties, in the order a year runs. The seed's yearly duties first (Điều 1 mục V khoản 2, Điều 2
 * khoản 1, 2, 6, 7), then the dated ones of the law.
 */
export const REPORTING_DUTIES: readonly ReportingDuty[] = Object.freeze([
  {
    code: "COMMUNE_YEARLY_PLAN",
    body: "COMMUNE",
    title: "Xây dựng, đăng ký kế hoạch khuyến công năm sau và dự toán kinh phí các đề án",
    recipient: "Sở Công Thương",
    period: "YEAR",
    due: { kind: "YEARLY", month: 5, day: 20, periodYearOffset: 1 },
    dateSource: "CONFIGURED",
    dateNote:
      "Quyết định không ghi ngày; đặt trùng hạn gửi đề án về Sở trước ngày 20/5 của quy trình cũ (Thông tư 36/2013/TT-BCT), chưa xác minh cho Hải Phòng.",
    citation: { document: SEED, article: "Điều 2", clause: "khoản 6", point: "điểm a", status: "VERIFIED" },
  },
  {
    code: "IMPLEMENTER_PROJECT_SUBMISSION",
    body: "IMPLEMENTING_UNIT",
    title: "Gửi hồ sơ đề án khuyến công năm sau (3 bộ) về Sở Công Thương",
    recipient: "Sở Công Thương",
    period: "YEAR",
    due: { kind: "YEARLY", month: 5, day: 19, periodYearOffset: 1 },
    dateSource: "TEXT",
    dateNote: "“Trước ngày 20/5”: hạn cuối là ngày 19/5.",
    citation: {
      document: LEGAL_DOCUMENTS.TT_36_2013,
      note: OLD_PROCEDURE_NOTE,
      status: "VERIFIED_SUPERSEDED",
    },
  },
  {
    code: "DEPARTMENT_APPRAISED_PROJECTS_TO_AGENCY",
    body: "DEPARTMENT",
    title: "Gửi đề án khuyến công quốc gia đã thẩm định cấp cơ sở và biểu tổng hợp về Cục",
    recipient: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; sao gửi Ủy ban nhân dân thành phố",
    period: "YEAR",
    due: { kind: "YEARLY", month: 6, day: 14, periodYearOffset: 1 },
    dateSource: "TEXT",
    dateNote: "“Trước ngày 15/6”: hạn cuối là ngày 14/6.",
    citation: {
      document: LEGAL_DOCUMENTS.TT_36_2013,
      note: OLD_PROCEDURE_NOTE,
      status: "VERIFIED_SUPERSEDED",
    },
  },
  {
    code: "DEPARTMENT_YEARLY_PLAN",
    body: "DEPARTMENT",
    title:
      "Xây dựng kế hoạch, dự toán kinh phí khuyến công năm sau; tổng hợp đăng ký kế hoạch gửi Cục và Ủy ban nhân dân thành phố",
    recipient: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; Ủy ban nhân dân thành phố",
    period: "YEAR",
    due: { kind: "YEARLY", month: 7, day: 31, periodYearOffset: 1 },
    dateSource: "CONFIGURED",
    dateNote: `${CONFIGURED_DATE_NOTE} Đặt trước kỳ lập dự toán ngân sách năm sau (Nghị định 45/2012/NĐ-CP Điều 14 khoản 3: dự toán lập cùng dự toán ngân sách hằng năm).`,
    citation: { document: SEED, article: "Điều 2", clause: "khoản 1", point: "điểm a", status: "VERIFIED" },
  },
  {
    code: "FINANCE_YEARLY_FUNDING_PROPOSAL",
    body: "FINANCE",
    title: "Đề xuất Ủy ban nhân dân thành phố bố trí kinh phí sự nghiệp khuyến công năm sau",
    recipient: "Ủy ban nhân dân thành phố",
    period: "YEAR",
    due: { kind: "YEARLY", month: 9, day: 30, periodYearOffset: 1 },
    dateSource: "CONFIGURED",
    dateNote: `${CONFIGURED_DATE_NOTE} Đặt sau khi Sở Công Thương gửi đề xuất, trước kỳ trình dự toán ngân sách thành phố.`,
    citation: { document: SEED, article: "Điều 2", clause: "khoản 2", point: "điểm a", status: "VERIFIED" },
  },
  {
    code: "COMMUNE_YEARLY_REPORT",
    body: "COMMUNE",
    title: "Báo cáo tình hình thực hiện Chương trình khuyến công trong năm",
    recipient: "Sở Công Thương",
    period: "YEAR",
    due: { kind: "YEARLY", month: 12, day: 15, periodYearOffset: 0 },
    dateSource: "CONFIGURED",
    dateNote: `${CONFIGURED_DATE_NOTE} Đặt giữa tháng 12 để Sở kịp tổng hợp báo cáo năm.`,
    citation: { document: SEED, article: "Điều 2", clause: "khoản 6", point: "điểm c", status: "VERIFIED" },
  },
  {
    code: "DEPARTMENT_YEARLY_REPORT",
    body: "DEPARTMENT",
    title: "Tổng hợp, báo cáo kết quả thực hiện Chương trình trong năm",
    recipient: "Bộ Công Thương; Ủy ban nhân dân thành phố và các cơ quan liên quan",
    period: "YEAR",
    due: { kind: "YEARLY", month: 12, day: 31, periodYearOffset: 0 },
    dateSource: "CONFIGURED",
    dateNote: `${CONFIGURED_DATE_NOTE} Đặt sau hạn báo cáo của các xã.`,
    citation: { document: SEED, article: "Điều 2", clause: "khoản 1", point: "điểm đ", status: "VERIFIED" },
  },
  {
    code: "IMPLEMENTER_SETTLEMENT",
    body: "IMPLEMENTING_UNIT",
    title: "Quyết toán kinh phí các đề án khuyến công của năm",
    recipient: "Sở Công Thương",
    period: "YEAR",
    due: { kind: "YEARLY", month: 1, day: 22, periodYearOffset: -1 },
    dateSource: "TEXT",
    dateNote:
      "“Chậm nhất ngày 22/01 năm sau”; hồ sơ quyết toán trong 15 ngày sau lần nghiệm thu cuối (theo từng đề án).",
    citation: {
      document: LEGAL_DOCUMENTS.TT_36_2013,
      note: OLD_PROCEDURE_NOTE,
      status: "VERIFIED_SUPERSEDED",
    },
  },
  {
    code: "IMPLEMENTER_MONTHLY_PROGRESS",
    body: "IMPLEMENTING_UNIT",
    title: "Báo cáo tiến độ thực hiện đề án trong tháng (Mẫu 3a/3b)",
    recipient: "Sở Công Thương (và Cục với đề án khuyến công quốc gia)",
    period: "MONTH",
    due: { kind: "MONTHLY", beforeDay: 25 },
    dateSource: "TEXT",
    dateNote: "“Trước ngày 25 hằng tháng”: hạn cuối là ngày 24.",
    citation: {
      document: LEGAL_DOCUMENTS.TT_36_2013,
      note: OLD_PROCEDURE_NOTE,
      status: "VERIFIED_SUPERSEDED",
    },
  },
  {
    code: "CERTIFIED_PRODUCT_YEARLY_REPORT",
    body: "CERTIFIED_PRODUCT_HOLDER",
    title:
      "Báo cáo tình hình sản xuất, kinh doanh sản phẩm công nghiệp nông thôn tiêu biểu đã được chứng nhận",
    recipient: "Sở Công Thương",
    period: "YEAR",
    due: { kind: "YEARLY", month: 12, day: 15, periodYearOffset: 0 },
    dateSource: "CONFIGURED",
    dateNote: "Văn bản ghi báo cáo hằng năm; ngày do phần mềm đặt (chưa xác minh).",
    citation: {
      document: LEGAL_DOCUMENTS.TT_26_2014,
      article: "Điều 22",
      status: "VERIFIED_SUPERSEDED",
    },
  },
  {
    code: "DEPARTMENT_CERTIFIED_PRODUCTS_REPORT",
    body: "DEPARTMENT",
    title: "Báo cáo kết quả bình chọn, tình hình sản phẩm công nghiệp nông thôn tiêu biểu",
    recipient: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công",
    period: "YEAR",
    due: { kind: "YEARLY", month: 12, day: 31, periodYearOffset: 0 },
    dateSource: "CONFIGURED",
    dateNote: "Văn bản ghi báo cáo hằng năm; ngày do phần mềm đặt (chưa xác minh).",
    citation: {
      document: LEGAL_DOCUMENTS.TT_26_2014,
      article: "Điều 23",
      status: "VERIFIED_SUPERSEDED",
    },
  },
] satisfies ReportingDuty[]);

/** One duty due on one day: the duty, the period it is about, and the due date. */
export interface DutyOccurrence {
  readonly duty: ReportingDuty;
  /** Stable key of the occurrence, e.g. "COMMUNE_YEARLY_REPORT:2026" or "IMPLEMENTER_MONTHLY_PROGRESS:2026-03". */
  readonly key: string;
  /** The period it is about: "2026" (a year) or "2026-03" (a month). */
  readonly periodKey: string;
  /** Vietnamese: "năm 2026", "tháng 3/2026". */
  readonly periodLabel: string;
  /** The last day to do it, `YYYY-MM-DD`. */
  readonly dueOn: string;
}

/** The duty with `code`; throws when there is none (a misspelt code is a programming error). */
export function reportingDuty(code: string): ReportingDuty {
  const duty = REPORTING_DUTIES.find((d) => d.code === code);
  if (!duty) throw new RangeError(`Không có nghĩa vụ báo cáo “${code}”`);
  return duty;
}

/** The duties a body carries, in calendar order. */
export function dutiesOf(body: DutyBody): ReportingDuty[] {
  return REPORTING_DUTIES.filter((d) => d.body === body);
}

/**
 * Every occurrence whose due date falls in calendar year `year`, by due date (then duty order): the
 * calendar of that year. A yearly duty about the coming year (a plan) is in the year it is prepared; a
 * yearly report due in January of the next year is in that next year.
 */
export function dutyOccurrencesInYear(year: number, duties: readonly ReportingDuty[] = REPORTING_DUTIES) {
  if (!Number.isInteger(year)) throw new RangeError(`Năm “${year}” không hợp lệ`);
  const out: DutyOccurrence[] = [];
  for (const duty of duties) {
    if (duty.due.kind === "YEARLY") {
      const periodYear = year + duty.due.periodYearOffset;
      out.push({
        duty,
        key: `${duty.code}:${periodYear}`,
        periodKey: String(periodYear),
        periodLabel: `năm ${periodYear}`,
        dueOn: calendarDate(year, duty.due.month, duty.due.day),
      });
    } else {
      for (let month = 1; month <= 12; month++) {
        const periodKey = `${year}-${String(month).padStart(2, "0")}`;
        out.push({
          duty,
          key: `${duty.code}:${periodKey}`,
          periodKey,
          periodLabel: `tháng ${month}/${year}`,
          dueOn: calendarDate(year, month, duty.due.beforeDay - 1),
        });
      }
    }
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** The occurrence of a yearly duty about `periodYear` (e.g. the commune's report on 2026). */
export function yearlyDutyOccurrence(code: string, periodYear: number): DutyOccurrence {
  const duty = reportingDuty(code);
  if (duty.due.kind !== "YEARLY") throw new RangeError(`Nghĩa vụ “${code}” không theo năm`);
  const found = dutyOccurrencesInYear(periodYear - duty.due.periodYearOffset, [duty])[0];
  if (!found) throw new RangeError(`Không có kỳ ${periodYear} của “${code}”`);
  return found;
}

/** Days a duty shows as upcoming before it is due, unless the caller asks otherwise. */
export const DEFAULT_UPCOMING_DAYS = 30;

export interface DutyAgenda {
  /** Due before `today` and not done: oldest first. */
  readonly overdue: readonly DutyOccurrence[];
  /** Due from `today` to `today + upcomingDays`, not done: soonest first. */
  readonly upcoming: readonly DutyOccurrence[];
}

export interface DutyAgendaOptions {
  /** Only these duties (e.g. those of one body); all by default. */
  readonly duties?: readonly ReportingDuty[];
  /** Occurrences already done, by `DutyOccurrence.key` (the API knows which reports were submitted). */
  readonly done?: (occurrence: DutyOccurrence) => boolean;
  readonly upcomingDays?: number;
  /** How many years back an undone occurrence still counts as overdue (1 by default: this and last year). */
  readonly overdueYears?: number;
  /**
   * The years whose periods count (the programme's years by default): a report on 2025 or a plan for
   * 2031 is not a duty of the 2026–2030 programme.
   */
  readonly periodYears?: readonly number[];
}

/**
 * What is overdue and what is coming on `today` (a calendar date, e.g. `todayInVietnam()`): the reminders
 * of "Việc cần xử lý". Pure: what is done is the caller's answer.
 */
export function dutyAgenda(today: string, options: DutyAgendaOptions = {}): DutyAgenda {
  assertCalendarDate(today, "Ngày xét");
  const duties = options.duties ?? REPORTING_DUTIES;
  const upcomingDays = options.upcomingDays ?? DEFAULT_UPCOMING_DAYS;
  const overdueYears = options.overdueYears ?? 1;
  if (!Number.isInteger(upcomingDays) || upcomingDays < 0) {
    throw new RangeError("Số ngày báo trước phải là số nguyên không âm");
  }
  const done = options.done ?? (() => false);
  const periodYears = options.periodYears ?? PROGRAMME_YEARS;
  const { year } = parseCalendarDate(today);
  const horizon = addDays(today, upcomingDays);
  const overdue: DutyOccurrence[] = [];
  const upcoming: DutyOccurrence[] = [];
  for (let y = year - overdueYears; y <= year + 1; y++) {
    for (const occurrence of dutyOccurrencesInYear(y, duties)) {
      if (!periodYears.includes(periodYearOf(occurrence)) || done(occurrence)) continue;
      if (occurrence.dueOn < today) overdue.push(occurrence);
      else if (occurrence.dueOn <= horizon) upcoming.push(occurrence);
    }
  }
  return { overdue, upcoming };
}

/** The year an occurrence is about: 2026 for "2026" and for "2026-03". */
export function periodYearOf(occurrence: DutyOccurrence): number {
  return Number(occurrence.periodKey.slice(0, 4));
}

/** Whole days from `from` to `to` (negative when `to` is earlier): "còn 5 ngày", "quá hạn 3 ngày". */
export function daysUntil(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(date: string): number {
  const { year, month, day } = parseCalendarDate(date);
  return Date.UTC(year, month - 1, day);
}

function addDays(date: string, days: number): string {
  return calendarDateOfUtcDay(new Date(utcDay(date) + days * DAY_MS));
}

function calendarDate(year: number, month: number, day: number): string {
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!isCalendarDate(date)) throw new RangeError(`Ngày ${date} không có trong lịch`);
  return date;
}
