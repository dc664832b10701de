/**
 * The reporting calendar through the API (issue 13 §3): the year's duties with their due dates and
 * citations, and each caller's agenda — the commune's yearly report overdue until it is sent, the other
 * duties as reminders only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let department: TestUser;
let officer: TestUser;
let unitUser: TestUser;
let finance: TestUser;

const CALENDAR = graphql(`
  query DutiesCalendar($year: Int!) {
    reportingCalendar(year: $year) { key dutyCode bodyLabel periodLabel dueOn dateSource citation citationStatus tracked }
  }
`);

const AGENDA = graphql(`
  query DutiesAgenda($asOf: CalendarDate, $days: Int) {
    myDutyAgenda(asOf: $asOf, upcomingDays: $days) {
      asOf
      overdue { key daysLeft tracked }
      upcoming { key daysLeft tracked }
    }
  }
`);

const SAVE = graphql(`
  mutation DutiesSaveReport($lines: [CommuneReportLineInput!]!) {
    saveCommuneReport(year: 2026, lines: $lines) { id version }
  }
`);

const SUBMIT = graphql(`
  mutation DutiesSubmitReport($id: ID!, $version: Int!) { submitCommuneReport(id: $id, version: $version) { status } }
`);

const LINES = graphql(`query DutiesLines { programme { groups { lines { id } } } }`);

beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  unitUser = await t.createUser("IMPLEMENTING_UNIT", { unitId: t.unitId });
  finance = await t.createUser("FINANCE");
});
afterAll(() => t?.close());

describe("the reporting calendar", () => {
  it("lists the year's duties of the decision and the law, dated and cited", async () => {
    const year = (await t.ok(CALENDAR, { year: 2026 }, officer.token)).reportingCalendar;
    const byKey = new Map(year.map((o) => [o.key, o]));
    expect(byKey.get("COMMUNE_YEARLY_REPORT:2026")).toMatchObject({
      dueOn: "2026-12-15",
      dateSource: "CONFIGURED",
      citationStatus: "VERIFIED",
      tracked: true,
    });
    expect(byKey.get("COMMUNE_YEARLY_REPORT:2026")?.citation).toMatch(/điểm c khoản 6 Điều 2/);
    expect(byKey.get("FINANCE_YEARLY_FUNDING_PROPOSAL:2027")?.bodyLabel).toBe("Sở Tài chính");
    // A date read in the old national procedure says so.
    expect(byKey.get("IMPLEMENTER_SETTLEMENT:2025")).toMatchObject({
      dueOn: "2026-01-22",
      dateSource: "TEXT",
      citationStatus: "VERIFIED_SUPERSEDED",
    });
    expect(year.map((o) => o.dueOn)).toEqual([...year.map((o) => o.dueOn)].sort());
    expect(errorCode(await t.gql(CALENDAR, { year: 2026 }))).toBe("UNAUTHENTICATED");
  });

  it("shows the commune its yearly report as upcoming, then overdue, and no more once sent", async () => {
    const before = (await t.ok(AGENDA, { asOf: "2026-12-01" }, officer.token)).myDutyAgenda;
    expect(before.upcoming).toContainEqual({
      key: "COMMUNE_YEARLY_REPORT:2026",
      daysLeft: 14,
      tracked: true,
    });
    expect(before.overdue).toEqual([]);

    const late = (await t.ok(AGENDA, { asOf: "2026-12-16" }, officer.token)).myDutyAgenda;
    expect(late.overdue).toEqual([{ key: "COMMUNE_YEARLY_REPORT:2026", daysLeft: -1, tracked: true }]);

    const lineId = (await t.ok(LINES, {}, officer.token)).programme.groups[0]?.lines[0]?.id as string;
    const saved = (await t.ok(SAVE, { lines: [{ targetLineId: lineId, achieved: 3 }] }, officer.token))
      .saveCommuneReport;
    // A draft is not the duty done.
    expect((await t.ok(AGENDA, { asOf: "2026-12-16" }, officer.token)).myDutyAgenda.overdue).toHaveLength(1);
    await t.ok(SUBMIT, { id: saved.id, version: saved.version }, officer.token);
    expect((await t.ok(AGENDA, { asOf: "2026-12-16" }, officer.token)).myDutyAgenda.overdue).toEqual([]);
  });

  it("reminds each body of its own duties, and never calls an untracked one overdue", async () => {
    const dept = (await t.ok(AGENDA, { asOf: "2026-12-20" }, department.token)).myDutyAgenda;
    expect(dept.overdue).toEqual([]);
    expect(dept.upcoming.map((o) => o.key)).toEqual([
      "DEPARTMENT_YEARLY_REPORT:2026",
      "DEPARTMENT_CERTIFIED_PRODUCTS_REPORT:2026",
    ]);
    const fin = (await t.ok(AGENDA, { asOf: "2026-09-01", days: 60 }, finance.token)).myDutyAgenda;
    expect(fin.upcoming.map((o) => o.key)).toEqual(["FINANCE_YEARLY_FUNDING_PROPOSAL:2027"]);
    const unit = (await t.ok(AGENDA, { asOf: "2026-03-20", days: 10 }, unitUser.token)).myDutyAgenda;
    expect(unit.upcoming.map((o) => o.key)).toEqual(["IMPLEMENTER_MONTHLY_PROGRESS:2026-03"]);
    expect(errorCode(await t.gql(AGENDA, { days: -1 }, unitUser.token))).toBe("BAD_USER_INPUT");
  });
});
