import { describe, expect, it } from "vitest";
import { isCalendarDate, todayInVietnam } from "../calendar/calendar-date.js";
import {
  DUTY_BODY_LABELS,
  DUTY_BODY_ROLES,
  daysUntil,
  dutiesOf,
  dutyAgenda,
  dutyOccurrencesInYear,
  REPORTING_DUTIES,
  reportingDuty,
  yearlyDutyOccurrence,
} from "./reporting-duties.js";

describe("the reporting calendar", () => {
  it("holds every yearly duty of the decision, each with its body and citation", () => {
    // Điều 2: Sở Công Thương's plan and report, Sở Tài chính's funding proposal, each commune's plan and report.
    for (const code of [
      "DEPARTMENT_YEARLY_PLAN",
      "DEPARTMENT_YEARLY_REPORT",
      "FINANCE_YEARLY_FUNDING_PROPOSAL",
      "COMMUNE_YEARLY_PLAN",
      "COMMUNE_YEARLY_REPORT",
    ]) {
      const duty = reportingDuty(code);
      expect(duty.citation.document).toContain("Chương trình khuyến công thành phố Hải Phòng");
      expect(duty.citation.article).toBe("Điều 2");
    }
    expect(reportingDuty("COMMUNE_YEARLY_REPORT")).toMatchObject({
      body: "COMMUNE",
      recipient: "Sở Công Thương",
    });
    expect(dutiesOf("FINANCE").map((d) => d.code)).toEqual(["FINANCE_YEARLY_FUNDING_PROPOSAL"]);
  });

  it("says when a date is the software's own, not the text's", () => {
    for (const duty of REPORTING_DUTIES) {
      expect(DUTY_BODY_LABELS[duty.body]).toBeTruthy();
      if (duty.dateSource === "CONFIGURED") expect(duty.dateNote).toMatch(/chưa xác minh/);
      // A date read in a replaced text says so in its citation.
      if (duty.citation.status !== "VERIFIED")
        expect(duty.citation.status).toMatch(/VERIFIED_SUPERSEDED|UNVERIFIED|PARTLY/);
    }
    expect(new Set(REPORTING_DUTIES.map((d) => d.code)).size).toBe(REPORTING_DUTIES.length);
    expect(DUTY_BODY_ROLES.COMMUNE).toBe("COMMUNE_OFFICER");
  });

  it("lists a year's occurrences by due date, with the period each is about", () => {
    const year = dutyOccurrencesInYear(2026);
    expect(year.every((o) => isCalendarDate(o.dueOn) && o.dueOn.startsWith("2026-"))).toBe(true);
    expect(year.map((o) => o.dueOn)).toEqual([...year.map((o) => o.dueOn)].sort());
    const byKey = new Map(year.map((o) => [o.key, o]));
    // The plan for 2027 is prepared in 2026; the settlement of 2025 is due on 22/1/2026.
    expect(byKey.get("COMMUNE_YEARLY_PLAN:2027")?.dueOn).toBe("2026-05-20");
    expect(byKey.get("IMPLEMENTER_PROJECT_SUBMISSION:2027")?.dueOn).toBe("2026-05-19");
    expect(byKey.get("IMPLEMENTER_SETTLEMENT:2025")?.dueOn).toBe("2026-01-22");
    expect(byKey.get("COMMUNE_YEARLY_REPORT:2026")).toMatchObject({
      dueOn: "2026-12-15",
      periodLabel: "năm 2026",
    });
    expect(byKey.get("IMPLEMENTER_MONTHLY_PROGRESS:2026-02")).toMatchObject({
      dueOn: "2026-02-24",
      periodLabel: "tháng 2/2026",
    });
    expect(year.filter((o) => o.duty.code === "IMPLEMENTER_MONTHLY_PROGRESS")).toHaveLength(12);
    expect(yearlyDutyOccurrence("IMPLEMENTER_SETTLEMENT", 2026).dueOn).toBe("2027-01-22");
    expect(yearlyDutyOccurrence("COMMUNE_YEARLY_REPORT", 2027).key).toBe("COMMUNE_YEARLY_REPORT:2027");
  });

  it("tells what is overdue and what is coming on a day, leaving out what is done", () => {
    const communeDuties = dutiesOf("COMMUNE");
    const before = dutyAgenda("2026-11-20", { duties: communeDuties });
    expect(before.overdue.map((o) => o.key)).toEqual([
      "COMMUNE_YEARLY_PLAN:2026",
      "COMMUNE_YEARLY_PLAN:2027",
    ]);
    expect(before.upcoming.map((o) => o.key)).toEqual(["COMMUNE_YEARLY_REPORT:2026"]);

    // The due day itself is still upcoming; the day after, overdue.
    expect(dutyAgenda("2026-12-15", { duties: communeDuties }).upcoming.map((o) => o.key)).toContain(
      "COMMUNE_YEARLY_REPORT:2026",
    );
    const after = dutyAgenda("2026-12-16", {
      duties: communeDuties,
      done: (o) => o.duty.code === "COMMUNE_YEARLY_PLAN",
    });
    expect(after.overdue.map((o) => o.key)).toEqual(["COMMUNE_YEARLY_REPORT:2026"]);
    // Before the programme (2025) nothing is owed, unless the caller asks for those years.
    const withOlder = dutyAgenda("2026-12-16", { duties: communeDuties, periodYears: [2025, 2026] });
    expect(withOlder.overdue.map((o) => o.key)).toContain("COMMUNE_YEARLY_REPORT:2025");
    expect(after.upcoming).toEqual([]);

    const submitted = dutyAgenda("2026-12-16", {
      duties: communeDuties,
      done: (o) => o.duty.code === "COMMUNE_YEARLY_PLAN" || o.periodKey <= "2026",
    });
    expect(submitted.overdue).toEqual([]);
  });

  it("looks further ahead on request and refuses a day that is not a date", () => {
    expect(dutyAgenda("2026-11-20", { duties: dutiesOf("COMMUNE"), upcomingDays: 10 }).upcoming).toEqual([]);
    expect(() => dutyAgenda("2026-02-30")).toThrow(RangeError);
    expect(() => dutyAgenda("2026-11-20", { upcomingDays: -1 })).toThrow(RangeError);
    expect(dutyAgenda(todayInVietnam()).overdue.length).toBeGreaterThanOrEqual(0);
  });

  it("counts days between calendar dates across months and years", () => {
    expect(daysUntil("2026-12-31", "2027-01-22")).toBe(22);
    expect(daysUntil("2028-03-01", "2028-02-28")).toBe(-2);
  });
});
