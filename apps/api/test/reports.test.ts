import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WalkOptions, walkProject } from "./builders/project.js";
import {
  addActivity,
  addBeneficiary,
  addBudgetLine,
  createEnvelope,
  createFacility,
  createProject,
  must,
  targetLineId,
} from "./fixtures.js";
import type { FundSource } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";
import { parseCsv } from "./csv-reader.js";

/*
 * Đề án in several states and years, with outputs and payments, and an approved annual plan with
 * registrations from several communes and units, all made through the API. Each report is downloaded as
 * .xlsx and .csv; the workbook is parsed back with exceljs and every cell of every table compared with
 * a computation of this file straight from the raw tables (no API SQL, no domain function); the CSV is
 * parsed (RFC 4180) and compared too.
 */

let t: TestServer;
let officer: TestUser; // xã An Hưng
let drafter: TestUser; // department user who drafts đề án of other communes
let appraiser: TestUser;
let approver: TestUser;
let treasury: TestUser;
let finance: TestUser;
let analyst: TestUser;
let unitUser: TestUser; // the quoted unit's
let quotedUnitId: string;

const PROGRAMME = "HP-KC-2026-2030";
const YEARS = [2026, 2027, 2028, 2029, 2030];
const ACHIEVED = ["ACCEPTED", "SETTLED", "CLOSED"];
const APPROVED = [
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
  "ACCEPTED",
  "SETTLED",
  "CLOSED",
  "STOPPED",
];
const QUOTED_UNIT = 'Hợp tác xã "Làng nghề", Thủy Nguyên';

/* ------------------------------------------------------------------------------------ building data */

/**
 * How each state is reached (builders/project.ts walks the shortest path through these states): the
 * rejection after an appraisal, an advance paid on the way to a stop or an acceptance.
 */
const PATHS = {
  DRAFT: {},
  REJECTED: { through: ["APPRAISED"], records: { reason: "Không đạt" } },
  APPROVED: {},
  ADVANCED: {},
  IN_PROGRESS: {},
  STOPPED: { through: ["ADVANCED", "IN_PROGRESS"], records: { reason: "Dừng" } },
  ACCEPTED: { through: ["ADVANCED"] },
  SETTLED: {},
  CLOSED: {},
} satisfies Record<string, WalkOptions>;

interface Spec {
  year: number;
  state: keyof typeof PATHS;
  commune?: string;
  fund?: "CITY_BUDGET" | "NATIONAL_FUND";
  /** Machinery activities on I.2: planned and accepted quantities. */
  planned?: number;
  actual?: number;
  cost?: number;
  support?: number;
}

async function build(spec: Spec): Promise<string> {
  const commune = spec.commune ?? "xa-an-hung";
  const user = commune === "xa-an-hung" ? officer : drafter;
  const facility = await createFacility(t, user.token, {
    productionCommuneCode: commune,
    name: `Cơ sở ${Math.random().toString(36).slice(2, 8)}`,
  });
  const project = await createProject(t, user.token, {
    year: spec.year,
    communeCode: commune,
    fundSource: spec.fund ?? "CITY_BUDGET",
    proposedOn: "2026-03-15",
  });
  await addBeneficiary(t, user.token, project.id, facility.id);
  const { id: activityId } = await addActivity(t, user.token, project.id, {
    activityKind: "MACHINERY",
    targetLineId: await targetLineId(t, "I.2"),
    plannedQuantity: spec.planned ?? 1,
    description: "Máy đóng gói",
    machineryIsNew: true,
    machineryImproves: true,
  });
  await addBudgetLine(t, user.token, project.id, {
    activityId,
    facilityId: facility.id,
    costItem: "Máy đóng gói",
    cost: spec.cost ?? 400_000_000,
    requestedSupport: spec.support ?? 200_000_000,
  });
  const path: WalkOptions = PATHS[spec.state];
  await walkProject(t, { preparer: user, appraiser, approver, finance, treasury }, project.id, spec.state, {
    ...path,
    records: {
      ...path.records,
      contract: { contractNumber: "3/HĐ", contractDate: "2026-05-01" },
      acceptance: { acceptedOn: "2026-10-01", actualQuantity: spec.actual ?? spec.planned ?? 1 },
      settlement: { settledOn: "2026-11-01" },
    },
  });
  const [{ state }] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [project.id]);
  expect(state).toBe(spec.state);
  return project.id;
}

async function plan(
  year: number,
  registrations: {
    line: string;
    quantity: number;
    cost: number;
    fund?: FundSource;
    commune?: string;
    unitId?: string;
  }[],
  approve: boolean,
) {
  await must(
    t.gql(
      graphql(`mutation ReportsOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }`),
      { year },
      appraiser.token,
    ),
  );
  for (const r of registrations) {
    await must(
      t.gql(
        graphql(`mutation ReportsRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $cost: Dong!, $fund: FundSource!, $communeCode: String, $unitId: ID) {
          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: $cost,
            fundSource: $fund, communeCode: $communeCode, unitId: $unitId) { id }
        }`),
        {
          year,
          line: await targetLineId(t, r.line),
          quantity: r.quantity,
          cost: r.cost,
          fund: r.fund ?? "CITY_BUDGET",
          communeCode: r.unitId ? null : (r.commune ?? "xa-an-hung"),
          unitId: r.unitId ?? null,
        },
        appraiser.token,
      ),
    );
  }
  if (!approve) return;
  const version = async () =>
    (
      await t.gql(
        graphql(`query ReportsAnnualPlan($year: Int!) { annualPlan(year: $year) { version } }`),
        { year },
        appraiser.token,
      )
    ).data!.annualPlan.version;
  await must(
    t.gql(
      graphql(
        `mutation ReportsConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }`,
      ),
      { year, version: await version() },
      appraiser.token,
    ),
  );
  await must(
    t.gql(
      graphql(`mutation ReportsApproveAnnualPlan($year: Int!, $version: Int!) {
        approveAnnualPlan(year: $year, version: $version, decisionNumber: "88/QĐ-UBND", decisionDate: "2026-01-20") { id }
      }`),
      { year, version: await version() },
      approver.token,
    ),
  );
}

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  drafter = await t.createUser("DEPARTMENT");
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  analyst = await t.createUser("ANALYST");
  const unit = await must(
    t.gql(
      graphql(
        `mutation ReportsCreateImplementingUnit($name: String!) { createImplementingUnit(name: $name) { id } }`,
      ),
      { name: QUOTED_UNIT },
      t.adminToken,
    ),
  );
  quotedUnitId = unit.data!.createImplementingUnit.id;
  unitUser = await t.createUser("IMPLEMENTING_UNIT", { unitId: quotedUnitId });
  for (const year of [2026, 2027]) {
    await createEnvelope(t, finance.token, year, "CITY_BUDGET", 20_000_000_000);
  }
  await createEnvelope(t, finance.token, 2026, "NATIONAL_FUND", 5_000_000_000);

  await plan(
    2026,
    [
      { line: "I.2", quantity: 10, cost: 1_500_000_000 },
      { line: "I.2", quantity: 2, cost: 700_000_000, fund: "NATIONAL_FUND" },
      { line: "VI.3", quantity: 1, cost: 45_000_000 },
      { line: "I.2", quantity: 5, cost: 800_000_000, commune: "xa-kien-thuy" },
      { line: "II.4", quantity: 3, cost: 90_000_000, commune: "xa-kien-thuy" },
      { line: "II.4", quantity: 4, cost: 120_000_000, commune: "xa-kien-thuy" },
      { line: "V.1", quantity: 4, cost: 200_000_000, unitId: t.unitId },
      { line: "II.7", quantity: 1, cost: 300_000_000, unitId: quotedUnitId },
    ],
    true,
  );
  await plan(2027, [{ line: "I.2", quantity: 9, cost: 1_000_000_000 }], false);

  await build({ year: 2026, state: "ACCEPTED", planned: 2, actual: 3 });
  await build({ year: 2026, state: "SETTLED", cost: 300_000_000, support: 150_000_000 });
  await build({ year: 2026, state: "CLOSED" });
  await build({ year: 2026, state: "APPROVED", support: 120_000_000 });
  await build({ year: 2026, state: "REJECTED" });
  await build({ year: 2026, state: "DRAFT" });
  await build({ year: 2026, state: "ADVANCED", commune: "xa-kien-thuy", fund: "NATIONAL_FUND", planned: 2 });
  await build({ year: 2026, state: "STOPPED", commune: "xa-kien-thuy", fund: "NATIONAL_FUND" });
  await build({ year: 2027, state: "ACCEPTED", planned: 4, actual: 5 });
  await build({ year: 2027, state: "IN_PROGRESS" });
}, 300_000);
afterAll(() => t?.close());

/* ---------------------------------------------------------------------------------- downloading */

function download(path: string, token?: string) {
  return fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function workbook(path: string, token: string): Promise<ExcelJS.Workbook> {
  const res = await download(path, token);
  if (res.status !== 200)
    console.log(JSON.stringify(t.logs.slice(-2), (_k, v) => (v instanceof Error ? `${v.message}` : v)));
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  expect(res.headers.get("content-disposition")).toMatch(
    /^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''/,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return book;
}

type Cell = string | number | null;

/** The rows of a table: from under its header (the frozen rows) for `count` rows, `width` cells each. */
function tableRows(ws: ExcelJS.Worksheet, width: number, count: number): Cell[][] {
  const start = (ws.views[0] as { ySplit: number }).ySplit + 1;
  const rows: Cell[][] = [];
  for (let r = start; r < start + count; r++) {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const v = ws.getCell(r, c).value;
      cells.push(v === undefined || v === null || v === "" ? null : (v as Cell));
    }
    rows.push(cells);
  }
  // Nothing but notes (or nothing) after the table.
  const after = ws.getCell(start + count, 2).value;
  expect(after ?? null).toBeNull();
  return rows;
}

/** Rates rounded, so two correct computations in another order compare equal. */
const r9 = (v: Cell) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v);
const norm = (rows: Cell[][]) => rows.map((row) => row.map(r9));

async function csv(path: string, token: string): Promise<{ text: string; rows: string[][] }> {
  const res = await download(path, token);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  return { text, rows: parseCsv(text) };
}

/** How the CSV writes an expected cell: integers plain, rates in % with one decimal, blanks empty. */
function csvCells(rows: Cell[][], percentColumns: number[]): string[][] {
  return rows.map((row) =>
    row.map((v, i) =>
      v === null
        ? ""
        : typeof v === "number" && percentColumns.includes(i)
          ? (Math.round(v * 1000) / 10).toFixed(1)
          : String(v),
    ),
  );
}

/* ---------------------------------------------------------------------- expected, from raw tables */

async function raw() {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const groups: { code: string; name: string }[] = await q(
    "SELECT code, name FROM content_group WHERE programme_code = $1 ORDER BY position",
    [PROGRAMME],
  );
  const lines: {
    id: string;
    code: string;
    name: string;
    unit: string;
    group_code: string;
    printed_total: number | null;
    position: number;
  }[] = await q(
    "SELECT id, code, name, unit, group_code, printed_total, position FROM target_line WHERE programme_code = $1 ORDER BY position",
    [PROGRAMME],
  );
  const targets: { target_line_id: string; year: number; target: number | null }[] = await q(
    "SELECT target_line_id, year, target FROM target_line_year",
  );
  const activities: {
    target_line_id: string;
    actual_quantity: number | null;
    state: string;
    year: number;
  }[] = await q(
    "SELECT a.target_line_id, a.actual_quantity, p.state, p.year FROM project_activity a JOIN project p ON p.id = a.project_id",
  );
  const plans: { id: string; year: number; status: string; decision_number: string | null }[] = await q(
    "SELECT id, year, status, decision_number FROM annual_plan",
  );
  const registrations: {
    plan_id: string;
    commune_code: string | null;
    unit_id: string | null;
    target_line_id: string;
    quantity: number;
    estimated_cost: string;
    fund_source: string;
  }[] = await q(
    "SELECT plan_id, commune_code, unit_id, target_line_id, quantity, estimated_cost, fund_source FROM plan_registration",
  );
  const projects: {
    id: string;
    year: number;
    state: string;
    fund_source: string;
    approved_support: string | null;
    final_support: string | null;
    refund_received: string;
  }[] = await q(
    "SELECT id, year, state, fund_source, approved_support, final_support, refund_received FROM project",
  );
  const budgetLines: {
    project_id: string;
    facility_id: string | null;
    cost: string;
    requested_support: string;
    counterpart_funds: string;
    approved_support: string | null;
  }[] = await q(
    "SELECT project_id, facility_id, cost, requested_support, counterpart_funds, approved_support FROM budget_line",
  );
  const payments: { project_id: string; amount: string; status: string }[] = await q(
    "SELECT project_id, amount, status FROM payment_request",
  );
  const envelopes: { year: number; fund_source: string; amount: string }[] = await q(
    "SELECT year, fund_source, amount FROM budget_envelope",
  );
  const beneficiaries: { project_id: string; facility_id: string; commune: string }[] = await q(
    "SELECT b.project_id, b.facility_id, f.production_commune_code AS commune FROM project_beneficiary b JOIN facility f ON f.id = b.facility_id",
  );
  const communes: { code: string; name: string; kind: string }[] = await q(
    "SELECT code, name, kind FROM commune",
  );
  const units: { id: string; name: string }[] = await q("SELECT id, name FROM implementing_unit");
  const findings = (
    await t.gql(
      graphql(`query ReportsProgramme { programme { findings { rowCode severity message } } }`),
      {},
      t.adminToken,
    )
  ).data!.programme.findings as { rowCode: string; severity: string; message: string }[];
  return {
    groups,
    lines,
    targets,
    activities,
    plans,
    registrations,
    projects,
    budgetLines,
    payments,
    envelopes,
    beneficiaries,
    communes,
    units,
    findings,
  };
}
type Raw = Awaited<ReturnType<typeof raw>>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const n = (v: string | number | null) => (v === null ? 0 : Number(v));
const KIND: Record<string, string> = { XA: "Xã", PHUONG: "Phường", DAC_KHU: "Đặc khu" };
const SEVERITY: Record<string, string> = { ERROR: "Sai lệch", WARNING: "Lưu ý", INFO: "Ghi chú" };

function note(d: Raw, code: string): string | null {
  const mine = d.findings.filter((f) => f.rowCode === code);
  return mine.length ? mine.map((f) => `${SEVERITY[f.severity]}: ${f.message}`).join("\n") : null;
}

function lineFigures(d: Raw, line: Raw["lines"][number], asOf: number) {
  const target = (y: number) =>
    d.targets.find((x) => x.target_line_id === line.id && x.year === y)?.target ?? null;
  const achieved = (y: number) =>
    sum(
      d.activities
        .filter((a) => a.target_line_id === line.id && a.year === y && ACHIEVED.includes(a.state))
        .map((a) => a.actual_quantity ?? 0),
    );
  const planned = (y: number) => {
    const p = d.plans.find((x) => x.year === y && x.status === "APPROVED");
    return p
      ? sum(
          d.registrations
            .filter((r) => r.plan_id === p.id && r.target_line_id === line.id)
            .map((r) => r.quantity),
        )
      : null;
  };
  const upTo = YEARS.filter((y) => y <= asOf);
  const anyTarget = YEARS.some((y) => target(y) !== null);
  const total = line.printed_total ?? (anyTarget ? sum(YEARS.map((y) => target(y) ?? 0)) : null);
  const cumTarget = sum(upTo.map((y) => target(y) ?? 0));
  const cumAchieved = sum(upTo.map(achieved));
  const status = !total
    ? "NO_TARGET"
    : cumAchieved >= total
      ? "ACHIEVED"
      : cumAchieved >= cumTarget
        ? "ON_TRACK"
        : "BEHIND";
  return {
    target,
    achieved,
    planned,
    total,
    cumTarget,
    cumAchieved,
    status,
    rate: total ? cumAchieved / total : null,
  };
}

function expectedYearSheet(d: Raw, N: number): Cell[][] {
  const rows: Cell[][] = [];
  for (const g of d.groups) {
    rows.push([g.code, g.name, ...Array(9).fill(null), note(d, g.code)]);
    for (const line of d.lines.filter((l) => l.group_code === g.code)) {
      const f = lineFigures(d, line, N);
      const tgt = f.target(N);
      rows.push([
        String(line.position),
        line.name,
        line.unit,
        tgt,
        f.planned(N),
        f.achieved(N),
        tgt ? f.achieved(N) / tgt : null,
        f.cumTarget,
        f.cumAchieved,
        f.total,
        f.rate,
        note(d, line.code),
      ]);
    }
  }
  return rows;
}

function expectedPeriodSheet(d: Raw): Cell[][] {
  const rows: Cell[][] = [];
  for (const g of d.groups) {
    rows.push([g.code, g.name, ...Array(YEARS.length * 3 + 4).fill(null), note(d, g.code)]);
    for (const line of d.lines.filter((l) => l.group_code === g.code)) {
      const f = lineFigures(d, line, 2030);
      rows.push([
        String(line.position),
        line.name,
        line.unit,
        ...YEARS.flatMap((y) => [f.target(y), f.planned(y), f.achieved(y)]),
        f.total,
        f.cumAchieved,
        f.rate,
        note(d, line.code),
      ]);
    }
  }
  return rows;
}

function expectedResults(d: Raw, N: number): Cell[][] {
  const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : null);
  const roll = (ls: ReturnType<typeof lineFigures>[]) => {
    const withTotal = ls.filter((l) => l.total !== null && l.total > 0);
    const count = (s: string) => ls.filter((l) => l.status === s).length;
    return [
      withTotal.length,
      count("ACHIEVED"),
      count("ON_TRACK"),
      count("BEHIND"),
      count("NO_TARGET"),
      mean(ls.filter((l) => l.cumTarget > 0).map((l) => Math.min(1, l.cumAchieved / l.cumTarget))),
      mean(withTotal.map((l) => Math.min(1, l.cumAchieved / (l.total as number)))),
    ];
  };
  const all: ReturnType<typeof lineFigures>[] = [];
  const rows: Cell[][] = d.groups.map((g) => {
    const ls = d.lines.filter((l) => l.group_code === g.code).map((l) => lineFigures(d, l, N));
    all.push(...ls);
    return [g.code, g.name, ls.length, ...roll(ls)];
  });
  rows.push([null, "Toàn Chương trình", all.length, ...roll(all)]);
  return rows;
}

const FUND_LABELS: Record<string, string> = {
  NATIONAL_FUND: "Kinh phí khuyến công quốc gia",
  CITY_BUDGET: "Ngân sách thành phố (khuyến công địa phương)",
};

function expectedMoney(d: Raw, N: number): Cell[][] {
  const figures = (funds: string[]) => {
    const approved = d.projects.filter(
      (p) =>
        p.year === N &&
        funds.includes(p.fund_source) &&
        APPROVED.includes(p.state) &&
        p.approved_support !== null,
    );
    const ids = new Set(approved.map((p) => p.id));
    const linesOf = d.budgetLines.filter((l) => ids.has(l.project_id));
    const yearIds = new Set(
      d.projects.filter((p) => p.year === N && funds.includes(p.fund_source)).map((p) => p.id),
    );
    const approvedSupport = sum(approved.map((p) => n(p.approved_support)));
    const paid = sum(
      d.payments.filter((x) => x.status === "PAID" && yearIds.has(x.project_id)).map((x) => n(x.amount)),
    );
    return [
      sum(d.envelopes.filter((e) => e.year === N && funds.includes(e.fund_source)).map((e) => n(e.amount))),
      approved.length,
      sum(linesOf.map((l) => n(l.cost))),
      approvedSupport,
      sum(linesOf.map((l) => n(l.counterpart_funds))),
      paid,
      sum(approved.map((p) => n(p.final_support))),
      sum(approved.map((p) => n(p.refund_received))),
      approvedSupport > 0 ? paid / approvedSupport : null,
    ];
  };
  return [
    [1, FUND_LABELS.NATIONAL_FUND as string, ...figures(["NATIONAL_FUND"])],
    [2, FUND_LABELS.CITY_BUDGET as string, ...figures(["CITY_BUDGET"])],
    [null, "Tổng cộng", ...figures(["NATIONAL_FUND", "CITY_BUDGET"])],
  ];
}

const STATES: [string, string][] = [
  ["DRAFT", "Dự thảo"],
  ["SUBMITTED", "Đã trình"],
  ["APPRAISED", "Đã thẩm định"],
  ["APPROVED", "Đã phê duyệt"],
  ["CONTRACTED", "Đã ký hợp đồng"],
  ["ADVANCED", "Đã tạm ứng"],
  ["IN_PROGRESS", "Đang thực hiện"],
  ["ADJUSTING", "Đang điều chỉnh"],
  ["ACCEPTED", "Đã nghiệm thu"],
  ["SETTLED", "Đã quyết toán"],
  ["CLOSED", "Đã kết thúc"],
  ["REJECTED", "Không phê duyệt"],
  ["STOPPED", "Đã dừng"],
];

function expectedStates(d: Raw, N: number, labels: Record<string, string>): Cell[][] {
  const of = (states: string[]) => {
    const ps = d.projects.filter((p) => p.year === N && states.includes(p.state));
    const ids = new Set(ps.map((p) => p.id));
    return [
      ps.length,
      sum(d.budgetLines.filter((l) => ids.has(l.project_id)).map((l) => n(l.requested_support))),
      sum(ps.map((p) => n(p.approved_support))),
    ];
  };
  return [
    ...STATES.map(([s], i) => [i + 1, labels[s] as string, ...of([s])]),
    [null, "Tổng cộng", ...of(STATES.map(([s]) => s))],
  ];
}

function communeName(d: Raw, code: string): string {
  const c = d.communes.find((x) => x.code === code);
  return `${KIND[c?.kind as string]} ${c?.name}`;
}

function expectedCommunes(d: Raw, N: number): Cell[][] {
  const approved = new Set(
    d.projects
      .filter((p) => p.year === N && APPROVED.includes(p.state) && p.approved_support !== null)
      .map((p) => p.id),
  );
  const supported = d.beneficiaries.filter((b) => approved.has(b.project_id));
  const figures = (bs: typeof supported) => [
    new Set(bs.map((b) => b.facility_id)).size,
    new Set(bs.map((b) => b.project_id)).size,
    sum(
      bs.flatMap((b) =>
        d.budgetLines
          .filter((l) => l.project_id === b.project_id && l.facility_id === b.facility_id)
          .map((l) => n(l.approved_support)),
      ),
    ),
  ];
  const codes = [...new Set(supported.map((b) => b.commune))].sort((a, b) => {
    const ca = d.communes.find((c) => c.code === a) as Raw["communes"][number];
    const cb = d.communes.find((c) => c.code === b) as Raw["communes"][number];
    return ca.kind.localeCompare(cb.kind) || (ca.name < cb.name ? -1 : ca.name > cb.name ? 1 : 0);
  });
  return [
    ...codes.map((code, i) => [
      i + 1,
      communeName(d, code),
      ...figures(supported.filter((b) => b.commune === code)),
    ]),
    [null, "Tổng cộng", ...figures(supported)],
  ];
}

function expectedRegistrations(d: Raw, N: number, only?: { commune?: string; unit?: string }): Cell[][] {
  const p = d.plans.find((x) => x.year === N) as Raw["plans"][number];
  const regs = d.registrations.filter(
    (r) =>
      r.plan_id === p.id &&
      (!only || (only.commune ? r.commune_code === only.commune : r.unit_id === only.unit)),
  );
  const lineOf = (id: string) => d.lines.find((l) => l.id === id) as Raw["lines"][number];
  const groupPos = (code: string) => d.groups.findIndex((g) => g.code === code);
  const rows: Cell[][] = [];
  const blank = [null, null, null, null, null, null];
  const FUNDS = ["NATIONAL_FUND", "CITY_BUDGET", "COUNTERPART", "INTEGRATED", "OTHER"];
  const FULL_FUNDS: Record<string, string> = {
    ...FUND_LABELS,
    COUNTERPART: "Vốn đối ứng của cơ sở",
    INTEGRATED: "Vốn lồng ghép từ chương trình, dự án khác",
    OTHER: "Nguồn huy động hợp pháp khác",
  };
  const sections: [string, string, (r: (typeof regs)[number]) => string | null, (key: string) => string][] = [
    ["A", "XÃ, PHƯỜNG, ĐẶC KHU", (r) => r.commune_code, (k) => communeName(d, k)],
    ["B", "ĐƠN VỊ THỰC HIỆN", (r) => r.unit_id, (k) => d.units.find((u) => u.id === k)?.name as string],
  ];
  for (const [letter, title, keyOf, nameOf] of sections) {
    const mine = regs.filter((r) => keyOf(r) !== null);
    if (!mine.length) continue;
    rows.push([letter, title, ...blank]);
    const keys = [...new Set(mine.map((r) => keyOf(r) as string))].sort((a, b) => {
      if (letter === "A") {
        const ca = d.communes.find((c) => c.code === a) as Raw["communes"][number];
        const cb = d.communes.find((c) => c.code === b) as Raw["communes"][number];
        return ca.kind.localeCompare(cb.kind) || (ca.name < cb.name ? -1 : 1);
      }
      return nameOf(a) < nameOf(b) ? -1 : 1;
    });
    keys.forEach((key, i) => {
      rows.push([String(i + 1), nameOf(key), ...blank]);
      const own = mine.filter((r) => keyOf(r) === key);
      const groups = new Map<string, typeof own>();
      for (const r of own) {
        const k = `${r.target_line_id}|${r.fund_source}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      const ordered = [...groups.values()].sort((a, b) => {
        const la = lineOf((a[0] as (typeof own)[number]).target_line_id);
        const lb = lineOf((b[0] as (typeof own)[number]).target_line_id);
        return (
          groupPos(la.group_code) - groupPos(lb.group_code) ||
          la.position - lb.position ||
          FUNDS.indexOf((a[0] as (typeof own)[number]).fund_source) -
            FUNDS.indexOf((b[0] as (typeof own)[number]).fund_source)
        );
      });
      ordered.forEach((rs, j) => {
        const line = lineOf((rs[0] as (typeof own)[number]).target_line_id);
        rows.push([
          `${i + 1}.${j + 1}`,
          line.name,
          line.code,
          line.unit,
          sum(rs.map((r) => r.quantity)),
          sum(rs.map((r) => n(r.estimated_cost))),
          FULL_FUNDS[(rs[0] as (typeof own)[number]).fund_source] as string,
          rs.length,
        ]);
      });
      rows.push([
        null,
        `Cộng ${nameOf(key)}`,
        null,
        null,
        null,
        sum(own.map((r) => n(r.estimated_cost))),
        null,
        own.length,
      ]);
    });
  }
  rows.push([
    null,
    "TỔNG CỘNG",
    null,
    null,
    null,
    sum(regs.map((r) => n(r.estimated_cost))),
    null,
    regs.length,
  ]);
  return rows;
}

/* ---------------------------------------------------------------------------------------- tests */

describe("the progress report", () => {
  it("is the appendix with the year's figures, cell by cell (.xlsx)", async () => {
    const d = await raw();
    const book = await workbook("/reports/progress/2026.xlsx", analyst.token);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Năm 2026", "Giai đoạn 2026-2030"]);
    const ws = book.getWorksheet("Năm 2026") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM 2026");
    // Two header rows: "Năm 2026" over four columns, "Lũy kế 2026–2026" over two; frozen and repeated.
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5, xSplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "4:5",
    });
    expect([1, 2, 3, 4, 8, 10, 11, 12].map((c) => ws.getCell(4, c).value)).toEqual([
      "TT",
      "Nội dung",
      "ĐVT",
      "Năm 2026",
      "Lũy kế 2026–2026",
      "Tổng chỉ tiêu giai đoạn",
      "Tỷ lệ so với tổng (%)",
      "Ghi chú",
    ]);
    expect([4, 5, 6, 7, 8, 9].map((c) => ws.getCell(5, c).value)).toEqual([
      "Chỉ tiêu",
      "Kế hoạch được duyệt",
      "Thực hiện",
      "Tỷ lệ (%)",
      "Chỉ tiêu",
      "Thực hiện",
    ]);
    const expected = expectedYearSheet(d, 2026);
    expect(expected).toHaveLength(6 + 34);
    expect(norm(tableRows(ws, 12, expected.length))).toEqual(norm(expected));
    // Read as a person would: I.2 in 2026 — target 24, plan 10+2 (An Hưng) + 5 (Kiến Thụy), achieved 3+1+1.
    const i2 = tableRows(ws, 12, expected.length)[2] as Cell[];
    expect(i2.slice(0, 11)).toEqual([
      "2",
      expect.stringContaining("chuyển giao"),
      "Cơ sở",
      24,
      17,
      5,
      5 / 24,
      24,
      5,
      143,
      5 / 143,
    ]);
    expect(ws.getCell(6 + 2, 4).numFmt).toBe("#,##0");
    expect(ws.getCell(6 + 2, 7).numFmt).toBe("0.0%");
    expect(ws.getCell(6, 1).font?.bold).toBe(true); // group I
    // II.7's printed total (25) is kept and the audit's finding printed beside it.
    const ii7 = expected.find(
      (r) => r[0] === "7" && String(r[1]).startsWith("Hỗ trợ đầu tư các phòng trưng bày"),
    ) as Cell[];
    expect(ii7[9]).toBe(25);
    expect(ii7[11]).toContain("Sai lệch");

    const period = book.getWorksheet("Giai đoạn 2026-2030") as ExcelJS.Worksheet;
    expect(period.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(period.getCell(4, 4).value).toBe("Năm 2026");
    expect(period.getCell(4, 19).value).toBe("Tổng chỉ tiêu");
    const all = expectedPeriodSheet(d);
    expect(norm(tableRows(period, 22, all.length))).toEqual(norm(all));
  });

  it("is the same table as CSV, with a BOM and RFC 4180 quoting", async () => {
    const d = await raw();
    const { text, rows } = await csv("/reports/progress/2026.csv", officer.token);
    expect(rows[0]).toEqual([
      "TT",
      "Nội dung",
      "ĐVT",
      "Năm 2026 - Chỉ tiêu",
      "Năm 2026 - Kế hoạch được duyệt",
      "Năm 2026 - Thực hiện",
      "Năm 2026 - Tỷ lệ (%)",
      "Lũy kế 2026–2026 - Chỉ tiêu",
      "Lũy kế 2026–2026 - Thực hiện",
      "Tổng chỉ tiêu giai đoạn",
      "Tỷ lệ so với tổng (%)",
      "Ghi chú",
    ]);
    expect(rows.slice(1)).toEqual(csvCells(expectedYearSheet(d, 2026), [6, 10]));
    // Texts with commas are quoted; the line ends are CRLF.
    expect(text).toContain('"Hỗ trợ chuyển giao, ứng dụng máy móc thiết bị');
    expect(text.split("\r\n").length).toBe(rows.length + 1);
    expect(rows[3]?.slice(3, 7)).toEqual(["24", "17", "5", "20.8"]);
  });
});

describe("Sở Công Thương's yearly report", () => {
  it("has a cover and four tables whose cells match the raw tables (.xlsx)", async () => {
    const d = await raw();
    const book = await workbook("/reports/annual/2026.xlsx", finance.token);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Bìa",
      "1. Kết quả theo nội dung",
      "2. Kinh phí",
      "3. Đề án theo trạng thái",
      "4. Cơ sở theo xã",
    ]);
    const cover = book.getWorksheet("Bìa") as ExcelJS.Worksheet;
    expect(cover.getCell("A1").value).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM 2026");
    expect(cover.getCell("A4").value).toBe("Cơ quan báo cáo: Sở Công Thương thành phố Hải Phòng");
    const [dd, mm, yyyy] = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh" })
      .format(new Date())
      .split("/");
    expect(cover.getCell("A6").value).toBe(`Hải Phòng, ngày ${dd} tháng ${mm} năm ${yyyy}`);

    const results = book.getWorksheet("1. Kết quả theo nội dung") as ExcelJS.Worksheet;
    expect(norm(tableRows(results, 10, 7))).toEqual(norm(expectedResults(d, 2026)));

    const money = book.getWorksheet("2. Kinh phí") as ExcelJS.Worksheet;
    const expectedMoneyRows = expectedMoney(d, 2026);
    expect(norm(tableRows(money, 11, 3))).toEqual(norm(expectedMoneyRows));
    // By hand: the city budget's approved đề án of 2026 are the accepted, settled, closed and approved ones.
    expect(expectedMoneyRows[1]?.slice(2, 4)).toEqual([20_000_000_000, 4]);
    expect(expectedMoneyRows[0]?.[3]).toBe(2); // national fund: advanced and stopped
    expect(money.getCell(6, 3).numFmt).toBe("#,##0");
    expect(money.getCell(6, 11).numFmt).toBe("0.0%");

    const labels = Object.fromEntries(
      (
        await t.gql(
          graphql(`query Reports__type { __type(name: "ProjectState") { enumValues { name description } } }`),
          {},
          t.adminToken,
        )
      ).data!.__type!.enumValues!.map((v) => [v.name, v.description]),
    );
    const states = book.getWorksheet("3. Đề án theo trạng thái") as ExcelJS.Worksheet;
    const stateLabels = Object.fromEntries(
      tableRows(states, 5, 14)
        .slice(0, 13)
        .map((r, i) => [STATES[i]?.[0], r[1]]),
    );
    expect(Object.keys(labels).length).toBe(13);
    expect(norm(tableRows(states, 5, 14))).toEqual(
      norm(expectedStates(d, 2026, stateLabels as Record<string, string>)),
    );
    expect(tableRows(states, 5, 14)[13]?.[2]).toBe(8); // eight đề án of 2026

    const communes = book.getWorksheet("4. Cơ sở theo xã") as ExcelJS.Worksheet;
    const expectedCommuneRows = expectedCommunes(d, 2026);
    expect(expectedCommuneRows.map((r) => r.slice(1, 4))).toEqual([
      ["Xã An Hưng", 4, 4],
      ["Xã Kiến Thụy", 2, 2],
      ["Tổng cộng", 6, 6],
    ]);
    expect(norm(tableRows(communes, 5, expectedCommuneRows.length))).toEqual(norm(expectedCommuneRows));
  });

  it("gives the results per content group as its CSV", async () => {
    const d = await raw();
    const { rows } = await csv("/reports/annual/2026.csv", analyst.token);
    expect(rows[0]?.[1]).toBe("Nhóm nội dung");
    expect(rows.slice(1)).toEqual(csvCells(expectedResults(d, 2026), [8, 9]));
  });
});

describe("the annual-plan registration summary", () => {
  it("lists every registrant with its lines, subtotals and a grand total (.xlsx)", async () => {
    const d = await raw();
    const book = await workbook("/reports/plan-registrations/2026.xlsx", appraiser.token);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("TỔNG HỢP ĐĂNG KÝ KẾ HOẠCH KHUYẾN CÔNG NĂM 2026");
    expect(ws.getCell("A2").value).toBe(
      "Toàn thành phố — Trạng thái kế hoạch: Đã phê duyệt, Quyết định số 88/QĐ-UBND",
    );
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    const expected = expectedRegistrations(d, 2026);
    expect(norm(tableRows(ws, 8, expected.length))).toEqual(norm(expected));
    // By hand: An Hưng registered I.2 from two funds and VI.3; the two II.4 rows of Kiến Thụy are one line.
    expect(expected.map((r) => [r[0], r[1] && String(r[1]).slice(0, 24), r[4], r[5], r[7]])).toEqual([
      ["A", "XÃ, PHƯỜNG, ĐẶC KHU", null, null, null],
      ["1", "Xã An Hưng", null, null, null],
      ["1.1", expect.any(String), 2, 700_000_000, 1],
      ["1.2", expect.any(String), 10, 1_500_000_000, 1],
      ["1.3", expect.any(String), 1, 45_000_000, 1],
      [null, "Cộng Xã An Hưng", null, 2_245_000_000, 3],
      ["2", "Xã Kiến Thụy", null, null, null],
      ["2.1", expect.any(String), 5, 800_000_000, 1],
      ["2.2", expect.any(String), 7, 210_000_000, 2],
      [null, "Cộng Xã Kiến Thụy", null, 1_010_000_000, 3],
      ["B", "ĐƠN VỊ THỰC HIỆN", null, null, null],
      ["1", QUOTED_UNIT.slice(0, 24), null, null, null],
      ["1.1", expect.any(String), 1, 300_000_000, 1],
      [null, `Cộng ${QUOTED_UNIT}`.slice(0, 24), null, 300_000_000, 1],
      ["2", expect.any(String), null, null, null],
      ["2.1", expect.any(String), 4, 200_000_000, 1],
      [null, expect.any(String), null, 200_000_000, 1],
      [null, "TỔNG CỘNG", null, 3_755_000_000, 8],
    ]);
    expect(ws.getCell(5 + 2, 6).numFmt).toBe("#,##0");
  });

  it("is the same table as CSV; a name with quotes and a comma survives", async () => {
    const d = await raw();
    const { text, rows } = await csv("/reports/plan-registrations/2026.csv", analyst.token);
    expect(rows[0]).toEqual([
      "TT",
      "Nội dung đăng ký",
      "Mã nội dung",
      "ĐVT",
      "Số lượng",
      "Kinh phí dự kiến (đồng)",
      "Nguồn kinh phí",
      "Số lượt đăng ký",
    ]);
    expect(rows.slice(1)).toEqual(csvCells(expectedRegistrations(d, 2026), []));
    expect(text).toContain('"Hợp tác xã ""Làng nghề"", Thủy Nguyên"');
    expect(text).toContain(",3755000000,");
  });

  it("is limited to the commune of a commune officer, and to the unit of a unit", async () => {
    const d = await raw();
    const book = await workbook("/reports/plan-registrations/2026.xlsx", officer.token);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("A2").value).toContain("Phạm vi: Xã An Hưng");
    const mine = expectedRegistrations(d, 2026, { commune: "xa-an-hung" });
    expect(norm(tableRows(ws, 8, mine.length))).toEqual(norm(mine));
    expect(mine.at(-1)).toEqual([null, "TỔNG CỘNG", null, null, null, 2_245_000_000, null, 3]);
    const { text } = await csv("/reports/plan-registrations/2026.csv", officer.token);
    expect(text).not.toContain("Kiến Thụy");

    const { rows } = await csv("/reports/plan-registrations/2026.csv", unitUser.token);
    expect(rows.slice(1)).toEqual(csvCells(expectedRegistrations(d, 2026, { unit: quotedUnitId }), []));
  });

  it("answers 404 for a year whose plan is not opened", async () => {
    const res = await download("/reports/plan-registrations/2028.xlsx", appraiser.token);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("who may download what", () => {
  it("gives the money report to the city's roles, not to a commune or a unit", async () => {
    for (const token of [t.adminToken, appraiser.token, finance.token, treasury.token, analyst.token]) {
      expect((await download("/reports/annual/2026.xlsx", token)).status).toBe(200);
    }
    for (const user of [officer, unitUser]) {
      for (const format of ["xlsx", "csv"]) {
        const res = await download(`/reports/annual/2026.${format}`, user.token);
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
      }
      expect((await download("/reports/progress/2026.xlsx", user.token)).status).toBe(200);
    }
  });

  it("refuses without a token, with a bad year, and answers 404 for an unknown report", async () => {
    for (const path of [
      "/reports/progress/2026.xlsx",
      "/reports/annual/2026.csv",
      "/reports/plan-registrations/2026.xlsx",
    ]) {
      const res = await download(path);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
      expect(await res.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    }
    for (const path of [
      "/reports/progress/2025.xlsx",
      "/reports/annual/2031.csv",
      "/reports/plan-registrations/abc.xlsx",
    ]) {
      const res = await download(path, finance.token);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "BAD_USER_INPUT", field: "year" } });
    }
    expect((await download("/reports/secret/2026.xlsx", finance.token)).status).toBe(404);
    expect((await download("/reports/progress/2026.pdf", finance.token)).status).toBe(404);
    const post = await fetch(`${t.url}/reports/progress/2026.xlsx`, {
      method: "POST",
      headers: { authorization: `Bearer ${finance.token}` },
    });
    expect(post.status).toBe(400);
  });

  it("lists the downloads a user may make (reportDownloads)", async () => {
    const query = "query($year: Int!) { reportDownloads(year: $year) { kind title xlsxPath csvPath } }";
    const kinds = async (token: string, year = 2026) =>
      (await must(t.gql(query, { year }, token))).data!.reportDownloads.map((r: { kind: string }) => r.kind);
    expect(await kinds(finance.token)).toEqual(["progress", "annual", "plan-registrations"]);
    expect(await kinds(officer.token)).toEqual(["progress", "plan-registrations"]);
    expect(await kinds(unitUser.token)).toEqual(["progress", "plan-registrations"]);
    expect(await kinds(finance.token, 2028)).toEqual(["progress", "annual"]);
    const [first] = (await must(t.gql(query, { year: 2026 }, analyst.token))).data!.reportDownloads;
    expect(first).toEqual({
      kind: "progress",
      title: "Báo cáo tiến độ thực hiện Chương trình khuyến công năm 2026",
      xlsxPath: "/reports/progress/2026.xlsx",
      csvPath: "/reports/progress/2026.csv",
    });
    const bad = await t.gql(query, { year: 2031 }, analyst.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    const anonymous = await t.gql(query, { year: 2026 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
