import { classifyEnterpriseSize } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actors, buildProject, createActors, createFacilities, type Spec } from "./analytics-data.js";
import type { FacilityFilter, FacilityGrouping, MoneyFilter, MoneyGrouping } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * Generated đề án across communes, years, funds and states, with payments; every aggregate row is compared
 * with a computation of this file over the raw tables, written without the API's SQL.
 */

let t: TestServer;
let a: Actors;
let analyst: TestUser;
let communes: string[];

const MONEY = graphql(`query AnalyticsMoneyBreakdown($g: [MoneyGrouping!]!, $f: MoneyFilter) {
  moneyBreakdown(groupBy: $g, filter: $f) {
    coversAllProjects
    rows { year fundSource communeCode communeName contentGroupCode contentGroupName state projectCount requested approved advanced paid finalSupport }
    total { projectCount requested approved advanced paid finalSupport }
  }
}`);
const FACILITIES = graphql(`query AnalyticsSupportedFacilities($g: [FacilityGrouping!]!, $f: FacilityFilter) {
  supportedFacilities(groupBy: $g, filter: $f) {
    coversAllProjects
    rows { communeCode sector legalForm size womenOwned facilityCount projectCount }
    total { facilityCount projectCount }
  }
}`);

beforeAll(async () => {
  t = await startTestServer();
  a = await createActors(t);
  analyst = await t.createUser("ANALYST");
  communes = (
    await t.dataSource.query(
      "SELECT code FROM commune WHERE kind = 'XA' AND code <> 'xa-an-hung' ORDER BY code LIMIT 2",
    )
  ).map((r: { code: string }) => r.code);
  communes.unshift("xa-an-hung");
  const f = await createFacilities(t, a, communes);
  const [c0, c1, c2] = communes as [string, string, string];
  const specs: Spec[] = [
    {
      year: 2026,
      fund: "CITY_BUDGET",
      commune: c0,
      state: "CLOSED",
      beneficiaries: ["household"],
      support: 300_000_000,
      management: true,
    },
    {
      year: 2026,
      fund: "CITY_BUDGET",
      commune: c1,
      state: "ADVANCED",
      beneficiaries: ["womenCoop", "micro"],
      support: 200_000_000,
    },
    {
      year: 2026,
      fund: "NATIONAL_FUND",
      commune: c1,
      state: "IN_PROGRESS",
      beneficiaries: ["micro"],
      support: 150_000_000,
      management: true,
    },
    {
      year: 2027,
      fund: "NATIONAL_FUND",
      commune: c2,
      state: "ACCEPTED",
      beneficiaries: ["small"],
      support: 250_000_000,
    },
    {
      year: 2027,
      fund: "CITY_BUDGET",
      commune: c2,
      state: "REJECTED",
      beneficiaries: ["small"],
      support: 100_000_000,
    },
    {
      year: 2027,
      fund: "CITY_BUDGET",
      commune: c0,
      state: "DRAFT",
      beneficiaries: ["household"],
      support: 90_000_000,
    },
    {
      year: 2026,
      fund: "CITY_BUDGET",
      commune: c0,
      state: "STOPPED",
      beneficiaries: ["household"],
      support: 120_000_000,
    },
    {
      year: 2027,
      fund: "CITY_BUDGET",
      commune: c1,
      state: "APPROVED",
      beneficiaries: ["womenCoop"],
      support: 80_000_000,
      management: true,
    },
  ];
  for (const spec of specs) await buildProject(t, a, f, spec);
}, 240_000);
afterAll(() => t?.close());

/* ------------------------------------------------------------------ the direct computation, from raw rows */

type Row = Record<string, unknown>;

async function raw() {
  const q = (sql: string) => t.dataSource.query(sql) as Promise<Row[]>;
  return {
    projects: await q("SELECT id, year, fund_source, commune_code, state, final_support FROM project"),
    lines:
      await q(`SELECT l.project_id, l.requested_support, l.approved_support, tl.group_code, cg.name AS group_name
                      FROM budget_line l JOIN project_activity a ON a.id = l.activity_id
                      JOIN target_line tl ON tl.id = a.target_line_id
                      JOIN content_group cg ON cg.code = tl.group_code AND cg.programme_code = tl.programme_code`),
    payments: await q("SELECT project_id, amount, status, kind FROM payment_request"),
    beneficiaries: await q("SELECT project_id, facility_id FROM project_beneficiary"),
    facilities: await q("SELECT * FROM facility"),
    communes: await q("SELECT code, name FROM commune"),
  };
}

const KEY_OF: Record<string, (p: Row, line?: Row) => Record<string, unknown>> = {
  YEAR: (p) => ({ year: p.year }),
  FUND_SOURCE: (p) => ({ fundSource: p.fund_source }),
  COMMUNE: (p) => ({ communeCode: p.commune_code }),
  CONTENT_GROUP: (_p, l) => ({ contentGroupCode: l?.group_code, contentGroupName: l?.group_name }),
  STATE: (p) => ({ state: p.state }),
};

async function expectedMoney(groupBy: string[], filter: Record<string, unknown[]> = {}) {
  const d = await raw();
  const keep = (p: Row) =>
    (!filter.years || filter.years.includes(p.year)) &&
    (!filter.fundSources || filter.fundSources.includes(p.fund_source)) &&
    (!filter.communeCodes || filter.communeCodes.includes(p.commune_code)) &&
    (!filter.states || filter.states.includes(p.state));
  const projects = d.projects.filter(keep);
  const byContent = groupBy.includes("CONTENT_GROUP");
  const groups = new Map<
    string,
    {
      key: Record<string, unknown>;
      ids: Set<unknown>;
      requested: number;
      approved: number;
      advanced: number;
      paid: number;
      finalSupport: number;
    }
  >();
  const add = (
    key: Record<string, unknown>,
    id: unknown,
    m: { requested: number; approved: number; advanced: number; paid: number; finalSupport: number },
  ) => {
    const k = JSON.stringify(key);
    const g = groups.get(k) ?? {
      key,
      ids: new Set(),
      requested: 0,
      approved: 0,
      advanced: 0,
      paid: 0,
      finalSupport: 0,
    };
    g.ids.add(id);
    g.requested += m.requested;
    g.approved += m.approved;
    g.advanced += m.advanced;
    g.paid += m.paid;
    g.finalSupport += m.finalSupport;
    groups.set(k, g);
  };
  for (const p of projects) {
    const lines = d.lines.filter((l) => l.project_id === p.id);
    const paid = d.payments
      .filter((x) => x.project_id === p.id && x.status === "PAID")
      .reduce((s, x) => s + Number(x.amount), 0);
    const advanced = d.payments
      .filter((x) => x.project_id === p.id && x.status === "PAID" && x.kind === "ADVANCE")
      .reduce((s, x) => s + Number(x.amount), 0);
    const keyFor = (l?: Row) => Object.assign({}, ...groupBy.map((g) => KEY_OF[g]?.(p, l)));
    if (byContent) {
      for (const l of lines)
        add(keyFor(l), p.id, {
          requested: Number(l.requested_support),
          approved: Number(l.approved_support ?? 0),
          advanced: 0,
          paid: 0,
          finalSupport: 0,
        });
    } else {
      add(keyFor(), p.id, {
        requested: lines.reduce((s, l) => s + Number(l.requested_support), 0),
        approved: lines.reduce((s, l) => s + Number(l.approved_support ?? 0), 0),
        advanced,
        paid,
        finalSupport: Number(p.final_support ?? 0),
      });
    }
  }
  return { groups: [...groups.values()], communes: d.communes, projects };
}

function money(groupBy: string[], filter?: Record<string, unknown>, token = analyst.token) {
  return t.gql(MONEY, { g: groupBy as MoneyGrouping[], f: (filter ?? null) as MoneyFilter | null }, token);
}

const GROUPINGS = [
  [],
  ["YEAR"],
  ["FUND_SOURCE"],
  ["COMMUNE"],
  ["CONTENT_GROUP"],
  ["STATE"],
  ["YEAR", "FUND_SOURCE"],
  ["COMMUNE", "CONTENT_GROUP", "YEAR"],
  ["STATE", "COMMUNE"],
];

describe("moneyBreakdown", () => {
  for (const groupBy of GROUPINGS) {
    for (const filter of [
      undefined,
      { years: [2026] },
      { fundSources: ["CITY_BUDGET"], states: ["CLOSED", "ADVANCED", "STOPPED", "DRAFT"] },
    ]) {
      it(`matches a direct computation by [${groupBy.join(", ")}] with ${JSON.stringify(filter ?? "no filter")}`, async () => {
        const res = await money(groupBy, filter);
        expect(res.errors, res.text).toBeUndefined();
        const got = res.data!.moneyBreakdown;
        const want = await expectedMoney(groupBy, (filter ?? {}) as Record<string, unknown[]>);
        const byContent = groupBy.includes("CONTENT_GROUP");
        const rows = groupBy.length === 0 ? [] : want.groups;
        expect(got.rows).toHaveLength(rows.length);
        for (const g of rows) {
          const row = got.rows.find((r: Row) => Object.entries(g.key).every(([k, v]) => r[k] === v));
          expect(row, JSON.stringify(g.key)).toBeDefined();
          expect(row).toMatchObject({
            projectCount: g.ids.size,
            requested: g.requested,
            approved: g.approved,
            advanced: byContent ? null : g.advanced,
            paid: byContent ? null : g.paid,
            finalSupport: byContent ? null : g.finalSupport,
          });
          if (g.key.communeCode)
            expect(row?.communeName).toBe(want.communes.find((c) => c.code === g.key.communeCode)?.name);
        }
        const all = new Set(want.groups.flatMap((g) => [...g.ids]));
        expect(got.total).toEqual({
          projectCount: all.size,
          requested: want.groups.reduce((s, g) => s + g.requested, 0),
          approved: want.groups.reduce((s, g) => s + g.approved, 0),
          advanced: byContent ? null : want.groups.reduce((s, g) => s + g.advanced, 0),
          paid: byContent ? null : want.groups.reduce((s, g) => s + g.paid, 0),
          finalSupport: byContent ? null : want.groups.reduce((s, g) => s + g.finalSupport, 0),
        });
      });
    }
  }

  it("has real figures to compare: payments, settlements, two content groups", async () => {
    const res = await money(["CONTENT_GROUP"]);
    expect(res.data!.moneyBreakdown.rows.map((r: Row) => r.contentGroupCode)).toEqual(["I", "VI"]);
    const total = (await money([])).data!.moneyBreakdown.total;
    expect(total.paid).toBeGreaterThan(0);
    // Advances are part of what was paid, and the data pays more than advances (final payments too).
    expect(total.advanced).toBeGreaterThan(0);
    expect(total.advanced).toBeLessThan(total.paid as number);
    expect(total.finalSupport).toBeGreaterThan(0);
    expect(total.projectCount).toBe(8);
  });

  it("is one statement, whatever the grouping", async () => {
    const queries = await t.recordQueries(() => money(["COMMUNE", "CONTENT_GROUP", "YEAR"]));
    // Read from the money figures (one row per đề án and content group), not the budget lines.
    expect(queries.filter((sql) => /project_group_money/.test(sql) && !/budget_line/.test(sql))).toHaveLength(
      1,
    );
    expect(queries.filter((sql) => !/"user_session"|"app_user"/.test(sql))).toHaveLength(1);
  });

  it("gives a commune officer their commune only, and says so", async () => {
    const officer = await t.createUser("COMMUNE_OFFICER", { communeCode: communes[1] });
    const res = await money(["COMMUNE"], undefined, officer.token);
    expect(res.data!.moneyBreakdown.coversAllProjects).toBe(false);
    expect(res.data!.moneyBreakdown.rows.map((r: Row) => r.communeCode)).toEqual([communes[1]]);
    // Asking for another commune gives nothing, not its figures.
    const other = await money(["COMMUNE"], { communeCodes: [communes[0]] }, officer.token);
    expect(other.data!.moneyBreakdown.total.projectCount).toBe(0);
    expect((await money([], undefined, analyst.token)).data!.moneyBreakdown.coversAllProjects).toBe(true);
  });

  it("refuses the anonymous and a repeated grouping", async () => {
    expect(errorCode(await t.gql(MONEY, { g: ["YEAR"] }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await money(["YEAR", "YEAR"]))).toBe("BAD_USER_INPUT");
  });
});

/* ------------------------------------------------------------------------------- supported facilities */

const SUPPORTED = [
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

function sizeOf(f: Row): string {
  if (f.legal_form !== "ENTERPRISE") return "NOT_ENTERPRISE";
  if (!f.business_field || f.average_insured_workers === null) return "UNDETERMINED";
  const size = classifyEnterpriseSize({
    businessField: f.business_field as never,
    averageInsuredWorkers: Number(f.average_insured_workers),
    priorYearRevenue: f.prior_year_revenue === null ? null : Number(f.prior_year_revenue),
    totalCapital: f.total_capital === null ? null : Number(f.total_capital),
  }).size;
  return size ?? "UNDETERMINED";
}

const FACILITY_KEY: Record<string, (f: Row) => Record<string, unknown>> = {
  COMMUNE: (f) => ({ communeCode: f.production_commune_code }),
  SECTOR: (f) => ({ sector: f.sector }),
  LEGAL_FORM: (f) => ({ legalForm: f.legal_form }),
  SIZE: (f) => ({ size: sizeOf(f) }),
  WOMEN_OWNED: (f) => ({ womenOwned: f.women_owned }),
};

describe("supportedFacilities", () => {
  for (const groupBy of [
    [],
    ["COMMUNE"],
    ["SECTOR"],
    ["LEGAL_FORM"],
    ["SIZE"],
    ["WOMEN_OWNED"],
    ["WOMEN_OWNED", "SECTOR"],
    ["SIZE", "COMMUNE", "LEGAL_FORM"],
  ]) {
    for (const filter of [undefined, { years: [2027] }]) {
      it(`matches a direct computation by [${groupBy.join(", ")}] with ${JSON.stringify(filter ?? "no filter")}`, async () => {
        const res = await t.gql(
          FACILITIES,
          { g: groupBy as FacilityGrouping[], f: (filter ?? null) as FacilityFilter | null },
          analyst.token,
        );
        expect(res.errors, res.text).toBeUndefined();
        const got = res.data!.supportedFacilities;
        const d = await raw();
        const projects = d.projects.filter(
          (p) =>
            SUPPORTED.includes(p.state as string) && (!filter || filter.years.includes(p.year as number)),
        );
        const pairs = d.beneficiaries.filter((b) => projects.some((p) => p.id === b.project_id));
        const groups = new Map<string, { key: Record<string, unknown>; f: Set<unknown>; p: Set<unknown> }>();
        for (const pair of pairs) {
          const facility = d.facilities.find((f) => f.id === pair.facility_id) as Row;
          const key = Object.assign({}, ...groupBy.map((g) => FACILITY_KEY[g]?.(facility)));
          const k = JSON.stringify(key);
          const g = groups.get(k) ?? { key, f: new Set(), p: new Set() };
          g.f.add(pair.facility_id);
          g.p.add(pair.project_id);
          groups.set(k, g);
        }
        const rows = groupBy.length === 0 ? [] : [...groups.values()];
        expect(got.rows).toHaveLength(rows.length);
        for (const g of rows) {
          const row = got.rows.find((r: Row) => Object.entries(g.key).every(([k, v]) => r[k] === v));
          expect(row, JSON.stringify(g.key)).toMatchObject({
            facilityCount: g.f.size,
            projectCount: g.p.size,
          });
        }
        expect(got.total).toEqual({
          facilityCount: new Set(pairs.map((x) => x.facility_id)).size,
          projectCount: new Set(pairs.map((x) => x.project_id)).size,
        });
      });
    }
  }

  it("counts a facility of two đề án once, sizes as the domain does, and leaves rejected and drafts out", async () => {
    const res = await t.gql(FACILITIES, { g: ["SIZE"] }, analyst.token);
    const sizes = Object.fromEntries(
      res.data!.supportedFacilities.rows.map((r: Row) => [r.size, r.facilityCount]),
    );
    expect(sizes).toEqual({ MICRO: 1, SMALL: 1, NOT_ENTERPRISE: 2 });
    expect(res.data!.supportedFacilities.total.facilityCount).toBe(4);
  });
});

/* ----------------------------------------------------------------------------------------- attainment */

describe("attainment", () => {
  it("is programmeProgress, per line and per group, for each year asked", async () => {
    const res = await t.gql(
      graphql(`query AnalyticsLines { lines: attainment(groupBy: LINE, years: [2027, 2026]) { year groupCode lineCode yearTarget yearAchieved cumulativeAchieved periodTotal attainment status }
         groups: attainment(groupBy: GROUP, years: [2026]) { year groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved } }`),
      {},
      analyst.token,
    );
    expect(res.errors, res.text).toBeUndefined();
    for (const year of [2026, 2027]) {
      const progress = (
        await t.gql(
          graphql(`query AnalyticsProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { groups { groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved
             lines { code total rate status cumulativeAchieved years { year target achieved } } } } }`),
          { y: year },
          analyst.token,
        )
      ).data!.programmeProgress;
      const lines = res.data!.lines.filter((r: Row) => r.year === year);
      const expected = progress.groups.flatMap((g: { groupCode: string; lines: Row[] }) =>
        g.lines.map((l) => {
          const y = (l.years as Row[]).find((x) => x.year === year) as Row;
          return {
            year,
            groupCode: g.groupCode,
            lineCode: l.code,
            yearTarget: y.target,
            yearAchieved: y.achieved,
            cumulativeAchieved: l.cumulativeAchieved,
            periodTotal: l.total,
            attainment: l.rate,
            status: l.status,
          };
        }),
      );
      expect(lines).toEqual(expected);
      if (year === 2026) {
        expect(res.data!.groups).toEqual(
          progress.groups.map(({ lines: _lines, ...g }: Row) => ({ year, ...g })),
        );
      }
    }
    // The accepted and closed đề án delivered on I.2: the figures are not all zero.
    expect(res.data!.lines.find((r: Row) => r.year === 2026 && r.lineCode === "I.2")?.yearAchieved).toBe(1);
  });

  it("refuses a year outside the programme on `years`", async () => {
    const res = await t.gql(
      graphql(`query AnalyticsAttainment { attainment(groupBy: LINE, years: [2040]) { year } }`),
      {},
      analyst.token,
    );
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("years");
  });
});
