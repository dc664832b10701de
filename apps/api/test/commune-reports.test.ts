/**
 * The commune's yearly report (issue 13 §3): the commune officer writes it from the programme's target
 * lines and sends it; the department returns it with a reason or accepts it; the department's board says
 * who has not reported. Scoped to the commune (service and row-level security), versioned, audited.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestDatabase } from "../src/context.js";
import { communeReportStandings } from "../src/commune-reports/commune-report.service.js";
import { systemContext } from "../src/context.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

const COMMUNE_A = "xa-an-hung";
const COMMUNE_B = "xa-kien-thuy";
const YEAR = 2026;

let t: TestServer;
let department: TestUser;
let officerA: TestUser;
let officerB: TestUser;
let unitUser: TestUser;
let analyst: TestUser;
let lineIds: string[];

const PROGRAMME = graphql(`
  query CommuneReportProgramme { programme { groups { lines { id code } } } }
`);

const REPORT_OF = graphql(`
  query CommuneReportOf($year: Int!, $communeCode: String) {
    communeReport(year: $year, communeCode: $communeCode) {
      id status version note returnReason submittedAt communeCode
      commune { code }
      lines { achieved note targetLine { code } }
    }
  }
`);

const SAVE = graphql(`
  mutation CommuneReportSave($year: Int!, $communeCode: String, $version: Int, $note: String, $lines: [CommuneReportLineInput!]!) {
    saveCommuneReport(year: $year, communeCode: $communeCode, version: $version, note: $note, lines: $lines) {
      id status version note
      lines { achieved note targetLine { code } }
    }
  }
`);

const SUBMIT = graphql(`
  mutation CommuneReportSubmit($id: ID!, $version: Int!) {
    submitCommuneReport(id: $id, version: $version) { id status version submittedAt }
  }
`);

const RETURN = graphql(`
  mutation CommuneReportReturn($id: ID!, $version: Int!, $reason: String!) {
    returnCommuneReport(id: $id, version: $version, reason: $reason) { id status version returnReason }
  }
`);

const ACCEPT = graphql(`
  mutation CommuneReportAccept($id: ID!, $version: Int!) {
    acceptCommuneReport(id: $id, version: $version) { id status version reviewedAt }
  }
`);

const STANDINGS = graphql(`
  query CommuneReportStandings($year: Int!) {
    communeReportStandings(year: $year) { commune { code } report { status } sent dueOn overdue }
  }
`);

beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
  officerA = await t.createUser("COMMUNE_OFFICER", { communeCode: COMMUNE_A });
  officerB = await t.createUser("COMMUNE_OFFICER", { communeCode: COMMUNE_B });
  unitUser = await t.createUser("IMPLEMENTING_UNIT", { unitId: t.unitId });
  analyst = await t.createUser("ANALYST");
  const programme = await t.ok(PROGRAMME, {}, analyst.token);
  lineIds = programme.programme.groups.flatMap((g) => g.lines.map((l) => l.id));
});
afterAll(() => t?.close());

describe("the commune's yearly report", () => {
  it("is written, sent, returned with a reason, sent again and accepted, each step audited", async () => {
    expect((await t.ok(REPORT_OF, { year: YEAR }, officerA.token)).communeReport).toBeNull();

    const created = await t.ok(
      SAVE,
      {
        year: YEAR,
        note: "Năm đầu của Chương trình",
        lines: [
          { targetLineId: lineIds[0] as string, achieved: 2, note: "Hai lớp" },
          { targetLineId: lineIds[1] as string, achieved: 0 },
        ],
      },
      officerA.token,
    );
    const report = created.saveCommuneReport;
    expect(report).toMatchObject({ status: "DRAFT", version: 1, note: "Năm đầu của Chương trình" });
    expect(report.lines.map((l) => l.achieved)).toEqual([2, 0]);

    // Starting it again is a conflict, not a second report.
    const again = await t.gql(SAVE, { year: YEAR, lines: [] }, officerA.token);
    expect(errorCode(again)).toBe("CONFLICT");

    // Editing replaces all lines; a stale version is refused.
    const edited = await t.ok(
      SAVE,
      {
        year: YEAR,
        version: report.version,
        note: "Đã bổ sung",
        lines: [{ targetLineId: lineIds[2] as string, achieved: 5 }],
      },
      officerA.token,
    );
    expect(edited.saveCommuneReport).toMatchObject({ version: 2, note: "Đã bổ sung" });
    expect(edited.saveCommuneReport.lines).toHaveLength(1);
    const stale = await t.gql(SAVE, { year: YEAR, version: 1, lines: [] }, officerA.token);
    expect(errorCode(stale)).toBe("STALE_VERSION");

    const sent = await t.ok(SUBMIT, { id: report.id, version: 2 }, officerA.token);
    expect(sent.submitCommuneReport).toMatchObject({ status: "SUBMITTED", version: 3 });
    expect(sent.submitCommuneReport.submittedAt).toBeTruthy();

    // Sent: the commune can no longer edit it, nor send it twice.
    const lockedEdit = await t.gql(SAVE, { year: YEAR, version: 3, lines: [] }, officerA.token);
    expect(errorCode(lockedEdit)).toBe("INVALID_TRANSITION");

    // A return needs a reason (the domain's rule) and is the department's decision.
    expect(errorCode(await t.gql(RETURN, { id: report.id, version: 3, reason: " " }, department.token))).toBe(
      "BAD_USER_INPUT",
    );
    expect(errorCode(await t.gql(RETURN, { id: report.id, version: 3, reason: "x" }, officerA.token))).toBe(
      "FORBIDDEN",
    );
    const returned = await t.ok(
      RETURN,
      { id: report.id, version: 3, reason: "Thiếu số liệu nhóm II" },
      department.token,
    );
    expect(returned.returnCommuneReport).toMatchObject({
      status: "RETURNED",
      returnReason: "Thiếu số liệu nhóm II",
    });

    const fixed = await t.ok(
      SAVE,
      {
        year: YEAR,
        version: 4,
        lines: [
          { targetLineId: lineIds[2] as string, achieved: 5 },
          { targetLineId: lineIds[3] as string, achieved: 1 },
        ],
      },
      officerA.token,
    );
    const resent = await t.ok(
      SUBMIT,
      { id: report.id, version: fixed.saveCommuneReport.version },
      officerA.token,
    );
    const accepted = await t.ok(
      ACCEPT,
      { id: report.id, version: resent.submitCommuneReport.version },
      department.token,
    );
    expect(accepted.acceptCommuneReport.status).toBe("ACCEPTED");
    expect(
      errorCode(await t.gql(RETURN, { id: report.id, version: 7, reason: "Muộn" }, department.token)),
    ).toBe("INVALID_TRANSITION");

    const audit: { action: string }[] = await t.dataSource.query(
      "SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id",
      [report.id],
    );
    // One row per mutation that succeeded, in order; the refused ones left none.
    expect(audit.map((a) => a.action)).toEqual([
      "commune_report.create",
      "commune_report.update",
      "commune_report.submit",
      "commune_report.return",
      "commune_report.update",
      "commune_report.submit",
      "commune_report.accept",
    ]);
  });

  it("is not sent empty, and takes only the programme's lines, once each", async () => {
    const empty = await t.ok(SAVE, { year: 2027, lines: [] }, officerA.token);
    const refused = await t.gql(SUBMIT, { id: empty.saveCommuneReport.id, version: 1 }, officerA.token);
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/chưa có dòng/);

    const twice = await t.gql(
      SAVE,
      {
        year: 2027,
        version: 1,
        lines: [
          { targetLineId: lineIds[0] as string, achieved: 1 },
          { targetLineId: lineIds[0] as string, achieved: 2 },
        ],
      },
      officerA.token,
    );
    expect(errorCode(twice)).toBe("BAD_USER_INPUT");
    expect(twice.errors?.[0]?.extensions?.field).toBe("lines.1.targetLineId");

    const unknown = await t.gql(
      SAVE,
      {
        year: 2027,
        version: 1,
        lines: [{ targetLineId: "00000000-0000-4000-8000-000000000000", achieved: 1 }],
      },
      officerA.token,
    );
    expect(errorCode(unknown)).toBe("BAD_USER_INPUT");
    const outside = await t.gql(SAVE, { year: 2031, lines: [] }, officerA.token);
    expect(errorCode(outside)).toBe("BAD_USER_INPUT");
  });

  it("is the commune's own: another commune, a unit, or a reader cannot read or write it", async () => {
    const mine = await t.ok(REPORT_OF, { year: YEAR }, officerA.token);
    const id = mine.communeReport?.id as string;
    expect(errorCode(await t.gql(REPORT_OF, { year: YEAR, communeCode: COMMUNE_A }, officerB.token))).toBe(
      "FORBIDDEN",
    );
    expect(errorCode(await t.gql(SUBMIT, { id, version: 1 }, officerB.token))).toBe("NOT_FOUND");
    expect(
      errorCode(await t.gql(SAVE, { year: YEAR, communeCode: COMMUNE_A, lines: [] }, officerB.token)),
    ).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(SAVE, { year: 2028, lines: [] }, unitUser.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(SAVE, { year: 2028, lines: [] }, analyst.token))).toBe("FORBIDDEN");
    // The department reads any commune's report by naming it.
    const read = await t.ok(REPORT_OF, { year: YEAR, communeCode: COMMUNE_A }, department.token);
    expect(read.communeReport?.status).toBe("ACCEPTED");
    expect(read.communeReport?.lines.length).toBe(2);
  });

  it("row-level security: a raw query in officer B's session sees none of commune A's report or lines", async () => {
    const asOfficer = async (communeCode: string, sql: string) => {
      const db = requestDatabase(t.dataSource, {
        id: officerB.id,
        role: "COMMUNE_OFFICER",
        communeCode,
        unitId: null,
      });
      try {
        return (await db.em.query(sql)) as unknown[];
      } finally {
        await db.end();
      }
    };
    const [{ n: reports }] = await t.dataSource.query("SELECT count(*)::int AS n FROM commune_report");
    const [{ n: lines }] = await t.dataSource.query("SELECT count(*)::int AS n FROM commune_report_line");
    expect(reports).toBeGreaterThan(0);
    expect(lines).toBeGreaterThan(0);
    expect(await asOfficer(COMMUNE_B, "SELECT * FROM commune_report")).toEqual([]);
    expect(await asOfficer(COMMUNE_B, "SELECT * FROM commune_report_line")).toEqual([]);
    expect(await asOfficer(COMMUNE_A, "SELECT * FROM commune_report")).toHaveLength(reports);
    expect(await asOfficer(COMMUNE_A, "SELECT * FROM commune_report_line")).toHaveLength(lines);
  });

  it("tells the department who has not reported, and who is overdue", async () => {
    const board = (await t.ok(STANDINGS, { year: YEAR }, department.token)).communeReportStandings;
    const [{ n: communes }] = await t.dataSource.query("SELECT count(*)::int AS n FROM commune");
    expect(board).toHaveLength(communes);
    const a = board.find((s) => s.commune.code === COMMUNE_A);
    const b = board.find((s) => s.commune.code === COMMUNE_B);
    expect(a).toMatchObject({
      sent: true,
      overdue: false,
      report: { status: "ACCEPTED" },
      dueOn: "2026-12-15",
    });
    expect(b).toMatchObject({ sent: false, report: null });
    // Those that have not sent come first.
    expect(board[0]?.sent).toBe(false);
    expect(board.at(-1)?.sent).toBe(true);
    expect(errorCode(await t.gql(STANDINGS, { year: YEAR }, officerA.token))).toBe("FORBIDDEN");

    // Overdue is judged on the day (Việt Nam's): after 15/12 an unsent report is late, a sent one never.
    const ctx = {
      ...systemContext(t.dataSource, console as never),
      user: { id: department.id, role: "DEPARTMENT" as const, communeCode: null, unitId: null },
    };
    const before = await communeReportStandings(ctx, YEAR, "2026-12-15");
    const after = await communeReportStandings(ctx, YEAR, "2026-12-16");
    expect(before.find((s) => s.commune.code === COMMUNE_B)?.overdue).toBe(false);
    expect(after.find((s) => s.commune.code === COMMUNE_B)?.overdue).toBe(true);
    expect(after.find((s) => s.commune.code === COMMUNE_A)?.overdue).toBe(false);
  });

  it("is consolidated for the department in a workbook: per line, who reported, and the detail", async () => {
    const res = await fetch(`${t.url}/reports/commune-reports/${YEAR}.xlsx`, {
      headers: { authorization: `Bearer ${department.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Tình hình báo cáo", "Chi tiết"]);
    const values = (name: string) =>
      (book.getWorksheet(name) as ExcelJS.Worksheet)
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1));
    // Commune A's accepted report: 5 on its third line, 1 on its fourth; nothing else was sent.
    const summary = values("Tổng hợp");
    const withResult = summary.filter((r) => typeof r[4] === "number" && (r[4] as number) > 0);
    expect(withResult.map((r) => [r[4], r[5], r[6]])).toEqual([
      [5, 5, 1],
      [1, 1, 1],
    ]);
    const standing = values("Tình hình báo cáo");
    expect(standing.some((r) => String(r[0]).endsWith("An Hưng") && r[1] === "Sở đã tiếp nhận")).toBe(true);
    expect(standing.some((r) => String(r[0]).endsWith("Kiến Thụy") && r[1] === "Chưa lập")).toBe(true);
    expect(values("Chi tiết").filter((r) => String(r[0]).endsWith("An Hưng"))).toHaveLength(2);

    const refused = await fetch(`${t.url}/reports/commune-reports/${YEAR}.xlsx`, {
      headers: { authorization: `Bearer ${officerA.token}` },
    });
    expect(refused.status).toBe(403);
  });
});
