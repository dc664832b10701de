import {
  ACHIEVED_STATES,
  committedSupport,
  DECIDED_STATES,
  EDITABLE_STATES,
  EVIDENCE_WITHDRAWABLE_STATES,
  FILE_CLOSED_STATES,
  FUND_SOURCE_LABELS,
  type FundSource,
  LIVE_DECIDED_STATES,
  PIPELINE_STATES,
  PROJECT_FUND_SOURCES,
  PROJECT_STATES,
  type ProjectState,
  REFUSED_STATES,
  STOPPED_STATES,
  UNDECIDED_STATES,
} from "@khuyencong/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actors, buildProject, createActors, createFacilities, type Spec } from "./analytics-data.js";
import { currentVersion } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import type { MoneyGrouping } from "./graphql/graphql.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * Issue 12: "the envelopes screen says 2.237.200.000 ₫ committed while the dashboard says 2.388.200.000 ₫
 * approved". Those are two figures, not one figure computed twice: approved support (fixed at approval,
 * kept by a stopped or settled đề án) and committed support (what still weighs on the envelope: the
 * domain's committedSupport — only what was paid once stopped, the final support once settled).
 * This file builds đề án through the API in every money-relevant state and proves that every screen,
 * analytics query and report that answers the same question gives the same figure, and that the two
 * questions give different figures where they should. It also holds the database's own state lists (in
 * trigger functions and CHECK constraints) to the domain's groups.
 */

let t: TestServer;
let a: Actors;
let analyst: TestUser;

const YEARS = [2026, 2027] as const;

interface Truth {
  approved: number;
  committed: number;
  paid: number;
  finalSupport: number;
  decidedCount: number;
}

beforeAll(async () => {
  t = await startTestServer();
  a = await createActors(t);
  analyst = await t.createUser("ANALYST");
  const communes = (
    await t.dataSource.query(
      "SELECT code FROM commune WHERE kind = 'XA' AND code <> 'xa-an-hung' ORDER BY code LIMIT 2",
    )
  ).map((r: { code: string }) => r.code);
  communes.unshift("xa-an-hung");
  const f = await createFacilities(t, a, communes);
  const [c0, c1, c2] = communes as [string, string, string];
  const spec = (
    year: number,
    fund: Spec["fund"],
    commune: string,
    state: Spec["state"],
    support: number,
    management = false,
  ): Spec => ({ year, fund, commune, state, beneficiaries: ["household"], support, management });
  const specs: Spec[] = [
    spec(2026, "CITY_BUDGET", c0, "APPROVED", 300_000_000),
    spec(2026, "CITY_BUDGET", c1, "CLOSED", 200_000_000, true),
    // Stopped after a 70 % advance: approved 250 trđ, committed only the 175 trđ paid.
    spec(2026, "CITY_BUDGET", c2, "STOPPED", 250_000_000),
    spec(2026, "CITY_BUDGET", c0, "DRAFT", 100_000_000),
    spec(2026, "CITY_BUDGET", c1, "REJECTED", 120_000_000),
    spec(2026, "CITY_BUDGET", c2, "ACCEPTED", 150_000_000),
    spec(2026, "NATIONAL_FUND", c0, "ADVANCED", 280_000_000),
    spec(2026, "NATIONAL_FUND", c1, "IN_PROGRESS", 90_000_000, true),
    spec(2027, "CITY_BUDGET", c2, "APPROVED", 50_000_000),
    spec(2027, "NATIONAL_FUND", c0, "SUBMITTED", 60_000_000),
  ];
  for (const s of specs) await buildProject(t, a, f, s);
  // Settled below its approval: half the machinery's cost accepted, so the norm (50 %) allows a quarter
  // of the cost: final support 100 trđ of the 200 trđ approved, with 140 trđ advanced (a refund is due).
  const settled = await buildProject(t, a, f, spec(2026, "NATIONAL_FUND", c2, "IN_PROGRESS", 200_000_000));
  const [line] = await t.dataSource.query("SELECT b.id, b.cost FROM budget_line b WHERE b.project_id = $1", [
    settled,
  ]);
  const [activity] = await t.dataSource.query("SELECT id FROM project_activity WHERE project_id = $1", [
    settled,
  ]);
  await t.ok(
    ACCEPT,
    {
      projectId: settled,
      version: await currentVersion(t, settled),
      acceptedOn: "2026-10-15",
      outputs: [{ activityId: activity.id, actualQuantity: 1 }],
      acceptedCosts: [{ budgetLineId: line.id, acceptedCost: Number(line.cost) / 2 }],
    },
    a.appraiser.token,
  );
  await t.ok(
    SETTLE,
    { projectId: settled, version: await currentVersion(t, settled), settledOn: "2026-11-20" },
    a.finance.token,
  );
}, 600_000);

afterAll(() => t?.close());

/** The figures computed here from the raw tables with the domain's rules, not with the API's SQL. */
async function truth(year: number, fund: FundSource | null): Promise<Truth> {
  const rows: {
    state: ProjectState;
    approved_support: string | null;
    final_support: string | null;
    paid: string;
  }[] = await t.dataSource.query(
    `SELECT p.state, p.approved_support, p.final_support,
            (SELECT coalesce(sum(amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PAID') AS paid
       FROM project p WHERE p.year = $1 AND ($2::varchar IS NULL OR p.fund_source = $2)`,
    [year, fund],
  );
  const decided = rows.filter((r) => (DECIDED_STATES as readonly string[]).includes(r.state));
  const n = (v: string | null) => (v === null ? null : Number(v));
  return {
    approved: decided.reduce((s, r) => s + (n(r.approved_support) ?? 0), 0),
    committed: rows.reduce(
      (s, r) =>
        s +
        committedSupport({
          state: r.state,
          approvedSupport: n(r.approved_support),
          finalSupport: n(r.final_support),
          paid: Number(r.paid),
        }),
      0,
    ),
    paid: rows.reduce((s, r) => s + Number(r.paid), 0),
    finalSupport: rows
      .filter((r) => r.state === "SETTLED" || r.state === "CLOSED")
      .reduce((s, r) => s + (n(r.final_support) ?? 0), 0),
    decidedCount: decided.length,
  };
}

/** The dashboard's and analytics' money breakdown (DashboardPage's byFund, docs/analytics.md). */
const MONEY = graphql(`
  query FiguresMoney($groupBy: [MoneyGrouping!]!, $filter: MoneyFilter) {
    moneyBreakdown(groupBy: $groupBy, filter: $filter) {
      rows {
        year
        fundSource
        communeCode
        state
        projectCount
        approved
        paid
        finalSupport
        committed
      }
      total {
        projectCount
        approved
        paid
        finalSupport
        committed
      }
    }
  }
`);

/** The envelopes screen's query (apps/admin EnvelopesPage, DashboardPage). */
const ENVELOPES = graphql(`
  query FiguresEnvelopes($year: Int) {
    budgetEnvelopes(year: $year) {
      year
      fundSource
      amount
      allocated
      available
    }
  }
`);

const DESCRIPTIONS = graphql(`
  query FiguresDescriptions {
    envelope: __type(name: "BudgetEnvelope") {
      fields {
        name
        description
      }
    }
    row: __type(name: "MoneyBreakdownRow") {
      fields {
        name
        description
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation FiguresAccept(
    $projectId: ID!
    $version: Int!
    $acceptedOn: CalendarDate!
    $outputs: [AcceptedOutputInput!]!
    $acceptedCosts: [AcceptedCostInput!]
  ) {
    acceptProject(
      projectId: $projectId
      version: $version
      acceptedOn: $acceptedOn
      outputs: $outputs
      acceptedCosts: $acceptedCosts
    ) {
      id
      state
    }
  }
`);

const SETTLE = graphql(`
  mutation FiguresSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {
    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {
      id
      state
    }
  }
`);

async function money(groupBy: MoneyGrouping[], years?: number[]) {
  return (await t.ok(MONEY, { groupBy, filter: years ? { years } : null }, analyst.token)).moneyBreakdown;
}

async function envelopes(year: number) {
  return (await t.ok(ENVELOPES, { year }, analyst.token)).budgetEnvelopes;
}

/** The annual report's money table (sheet "2. Kinh phí"), read back from the .xlsx by its headers. */
async function reportMoney(year: number) {
  const res = await fetch(`${t.url}/reports/annual/${year}.xlsx`, {
    headers: { authorization: `Bearer ${analyst.token}` },
  });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("2. Kinh phí") as ExcelJS.Worksheet;
  let headerRow = 0;
  sheet.eachRow((row, i) => {
    if (!headerRow && row.getCell(2).value === "Nguồn kinh phí") headerRow = i;
  });
  expect(headerRow).toBeGreaterThan(0);
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ""));
  const column = (header: string) => {
    const i = headers.indexOf(header);
    expect(i, header).toBeGreaterThan(0);
    return i;
  };
  const byLabel = new Map<string, (header: string) => number>();
  sheet.eachRow((row, i) => {
    if (i <= headerRow) return;
    const label = String(row.getCell(2).value ?? "");
    byLabel.set(label, (header) => Number(row.getCell(column(header)).value ?? 0));
  });
  const of = (fund: FundSource | null) => {
    const cell = byLabel.get(fund ? FUND_SOURCE_LABELS[fund] : "Tổng cộng");
    expect(cell, fund ?? "total").toBeDefined();
    return {
      approved: cell!("Kinh phí hỗ trợ được duyệt"),
      paid: cell!("Đã tạm ứng, thanh toán qua Kho bạc"),
      finalSupport: cell!("Kinh phí hỗ trợ quyết toán"),
      decidedCount: cell!("Số đề án được phê duyệt"),
      envelope: cell!("Dự toán được giao"),
    };
  };
  return of;
}

describe("the same question gives the same figure everywhere", () => {
  it("approved support, committed support and paid, per year and fund: dashboard, envelopes, analytics, annual report", async () => {
    for (const year of YEARS) {
      const dashboard = await money(["FUND_SOURCE"], [year]); // DashboardPage's byFund
      const byYearAndFund = await money(["YEAR", "FUND_SOURCE"]); // docs/analytics.md, per year and fund
      const byCommune = await money(["COMMUNE"], [year]); // docs/analytics.md question 1 (its total)
      const byState = await money(["STATE"], [year]);
      const screen = await envelopes(year);
      const report = await reportMoney(year);
      for (const fund of PROJECT_FUND_SOURCES) {
        const expected = await truth(year, fund);
        const where = `${year} ${fund}`;
        const dash = dashboard.rows.find((r) => r.fundSource === fund);
        const analytic = byYearAndFund.rows.find((r) => r.year === year && r.fundSource === fund);
        const envelope = screen.find((e) => e.fundSource === fund);
        const sheet = report(fund);

        // Approved support: one figure on the dashboard, in analytics and in the annual report.
        expect(dash?.approved ?? 0, `dashboard approved ${where}`).toBe(expected.approved);
        expect(analytic?.approved ?? 0, `analytics approved ${where}`).toBe(expected.approved);
        expect(sheet.approved, `report approved ${where}`).toBe(expected.approved);

        // Committed support: the envelope's `allocated` is analytics' `committed`, the domain's rule.
        expect(envelope?.allocated, `envelope committed ${where}`).toBe(expected.committed);
        expect(envelope?.available, `envelope available ${where}`).toBe(
          (envelope?.amount ?? 0) - expected.committed,
        );
        expect(dash?.committed ?? 0, `dashboard committed ${where}`).toBe(expected.committed);
        expect(analytic?.committed ?? 0, `analytics committed ${where}`).toBe(expected.committed);

        // Paid and settled.
        expect(dash?.paid ?? 0, `dashboard paid ${where}`).toBe(expected.paid);
        expect(analytic?.paid ?? 0, `analytics paid ${where}`).toBe(expected.paid);
        expect(sheet.paid, `report paid ${where}`).toBe(expected.paid);
        expect(dash?.finalSupport ?? 0, `dashboard settled ${where}`).toBe(expected.finalSupport);
        expect(sheet.finalSupport, `report settled ${where}`).toBe(expected.finalSupport);

        // The report's approved đề án are the decided ones the state breakdown counts.
        expect(sheet.decidedCount, `report count ${where}`).toBe(expected.decidedCount);
        expect(sheet.envelope, `report envelope ${where}`).toBe(envelope?.amount ?? 0);
      }
      const all = await truth(year, null);
      expect(dashboard.total.approved).toBe(all.approved);
      expect(dashboard.total.committed).toBe(all.committed);
      expect(byCommune.total.approved).toBe(all.approved);
      expect(byCommune.total.committed).toBe(all.committed);
      expect(byState.total.approved).toBe(all.approved);
      expect(report(null).approved).toBe(all.approved);
      expect(report(null).paid).toBe(all.paid);
      expect(
        byState.rows
          .filter((r) => (DECIDED_STATES as readonly (string | null)[]).includes(r.state))
          .reduce((s, r) => s + r.projectCount, 0),
      ).toBe(report(null).decidedCount);
      expect(screen.reduce((s, e) => s + e.allocated, 0)).toBe(all.committed);
    }
  });

  it("keeps approved and committed apart where a stopped or settled đề án makes them differ", async () => {
    const city = await truth(2026, "CITY_BUDGET");
    const national = await truth(2026, "NATIONAL_FUND");
    // City budget 2026: 300 + (200 + 15 management) + 250 + 150 approved, the stopped one included;
    // committed counts the stopped one at the 175 trđ paid: 75 trđ less.
    expect(city.approved).toBe(915_000_000);
    expect(city.committed).toBe(840_000_000);
    // National fund 2026: 280 + (90 + 15) + 200 approved; the settled one commits its final 100 trđ.
    expect(national.approved).toBe(585_000_000);
    expect(national.committed).toBe(485_000_000);
    const [envelope] = (await envelopes(2026)).filter((e) => e.fundSource === "CITY_BUDGET");
    const [dash] = (await money(["FUND_SOURCE"], [2026])).rows.filter((r) => r.fundSource === "CITY_BUDGET");
    expect(envelope?.allocated).not.toBe(dash?.approved);
  });

  it("names the two figures the same way in every schema description", async () => {
    const data = await t.ok(DESCRIPTIONS, {}, analyst.token);
    type Fields = { fields?: { name: string; description?: string | null }[] | null } | null;
    const describe = (type: Fields, name: string) =>
      type?.fields?.find((f) => f.name === name)?.description ?? "";
    for (const committed of [describe(data.envelope, "allocated"), describe(data.row, "committed")]) {
      expect(committed).toMatch(/^Committed support/);
      expect(committed).toContain("committedSupport");
      expect(committed).toContain("not the approved support");
    }
    for (const approved of [describe(data.row, "approved")]) {
      expect(approved).toMatch(/^Approved support/);
      expect(approved).toContain("not the committed support");
    }
  });
});

describe("the database's own state lists are the domain's", () => {
  const GROUPS: Record<string, readonly string[]> = {
    DECIDED_STATES,
    UNDECIDED_STATES,
    REFUSED_STATES,
    PIPELINE_STATES,
    ACHIEVED_STATES,
    LIVE_DECIDED_STATES,
    STOPPED_STATES,
    EDITABLE_STATES,
    FILE_CLOSED_STATES,
    EVIDENCE_WITHDRAWABLE_STATES,
    PROJECT_STATES,
  };
  const STATE_LITERAL = new RegExp(`'(${PROJECT_STATES.join("|")})'`, "g");
  /** Every list of two or more state literals (ARRAY[…] or IN (…)) in a text, as sorted arrays. */
  const stateLists = (source: string) =>
    [...source.matchAll(/(?:ARRAY\[|IN \()((?:\s*'[A-Z_]+'\s*(?:::[a-z ]+)?\s*,?)+)[\])]/g)]
      .map((m) => [...(m[1] ?? "").matchAll(STATE_LITERAL)].map((s) => s[1] as string))
      .filter((states) => states.length > 0);
  const groupOf = (states: string[]) =>
    Object.entries(GROUPS).find(
      ([, group]) => group.length === states.length && [...group].sort().join() === [...states].sort().join(),
    )?.[0];

  it("in the progress triggers: achieved is ACHIEVED_STATES, pipeline is PIPELINE_STATES", async () => {
    const functions: { proname: string; prosrc: string }[] = await t.dataSource.query(
      "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'progress\\_%' ORDER BY proname",
    );
    expect(functions.map((f) => f.proname)).toContain("progress_project_update");
    for (const { proname, prosrc } of functions) {
      const achieved = [
        ...prosrc.matchAll(/p\.state = ANY\(ARRAY\[([^\]]+)\][^)]*\) THEN COALESCE\(a\.actual_quantity/g),
      ];
      const pipeline = [
        ...prosrc.matchAll(/p\.state = ANY\(ARRAY\[([^\]]+)\][^)]*\) THEN a\.planned_quantity/g),
      ];
      expect(achieved.length, proname).toBeGreaterThan(0);
      expect(pipeline.length, proname).toBeGreaterThan(0);
      for (const m of achieved)
        expect(
          [...(m[1] ?? "").matchAll(STATE_LITERAL)].map((s) => s[1]),
          proname,
        ).toEqual([...ACHIEVED_STATES]);
      for (const m of pipeline)
        expect(
          [...(m[1] ?? "").matchAll(STATE_LITERAL)].map((s) => s[1]),
          proname,
        ).toEqual([...PIPELINE_STATES]);
    }
  });

  it("in any function of the schema: every list of states is one of the domain's groups", async () => {
    const functions: { proname: string; prosrc: string }[] = await t.dataSource.query(
      `SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() ORDER BY p.proname`,
    );
    expect(functions.length).toBeGreaterThan(0);
    for (const { proname, prosrc } of functions)
      for (const states of stateLists(prosrc))
        if (states.length > 1) expect(groupOf(states), `${proname}: ${states.join(", ")}`).toBeDefined();
  });

  it("in the CHECK constraints: the states are PROJECT_STATES, the funds PROJECT_FUND_SOURCES", async () => {
    const [state] = await t.dataSource.query(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'CHK_project_state'",
    );
    const [fund] = await t.dataSource.query(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'CHK_project_fund_source'",
    );
    expect([...String(state.def).matchAll(STATE_LITERAL)].map((m) => m[1])).toEqual([...PROJECT_STATES]);
    expect([...String(fund.def).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort()).toEqual(
      [...PROJECT_FUND_SOURCES].sort(),
    );
  });
});
