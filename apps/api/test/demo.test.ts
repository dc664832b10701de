import { PROJECT_STATES, ROLES } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { systemContext } from "../src/context.js";
import { demoBanner } from "../src/demo/demo-banner.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../src/demo/demo-data.js";
import { DemoRefusedError, type DemoSeedResult, seedDemo } from "../src/demo/seed-demo.js";
import { silentLogger } from "../src/log.js";
import { createFacility } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./harness.js";

const settings = { sessionTtlHours: 12 };
const tokens = new Map<string, string>();

let t: TestServer;
let first: DemoSeedResult;
beforeAll(async () => {
  t = await startTestServer();
  first = await seedDemo(systemContext(t.dataSource, silentLogger, settings));
}, 180_000);
afterAll(() => t?.close());

/** Signs in as the demo user with this key, once. */
async function as(key: string): Promise<string> {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  const cached = tokens.get(key);
  if (cached) return cached;
  const token = await t.login(user.email, DEMO_PASSWORD);
  tokens.set(key, token);
  return token;
}

async function query(
  key: string,
  text: { toString(): string },
  variables: Record<string, unknown> = {},
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read loosely
): Promise<any> {
  const res = await t.gql(String(text), variables, await as(key));
  if (res.errors) throw new Error(`${text}: ${res.text}`);
  return res.data;
}

const PROJECTS = graphql(`query DemoProjects { projects(first: 100) { totalCount nodes {
  code state year fundSource approvedSupport finalSupport finalPayment refundDue refundReceived
  proposedOn appraisedOn decisionDate contractDate acceptedOn settledOn lastReason
  paid { advance payment final pending total }
  totals { cost requestedSupport counterpartFunds }
  paymentRequests { kind amount status paidOn }
  history { action }
  activities { plannedQuantity actualQuantity }
  documents { fileName }
} } }`);

async function countRows(): Promise<Record<string, number>> {
  const [row] = await t.dataSource.query(`SELECT
    (SELECT count(*) FROM facility)::int AS facilities, (SELECT count(*) FROM project)::int AS projects,
    (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM audit_entry)::int AS audit,
    (SELECT count(*) FROM payment_request)::int AS payments, (SELECT count(*) FROM plan_registration)::int AS registrations,
    (SELECT count(*) FROM budget_envelope)::int AS envelopes, (SELECT count(*) FROM project_document)::int AS documents`);
  return row;
}

describe("the demo seed", () => {
  it("seeds a fresh database, quickly enough to run at every first start", () => {
    expect(first.seeded).toBe(true);
    expect(first.ms).toBeGreaterThan(0);
    expect(first.ms).toBeLessThan(60_000);
  });

  it("gives every role a user who signs in with the known password", async () => {
    const roles = new Set<string>();
    for (const user of DEMO_USERS) {
      const me = (await query(user.key, "{ me { email role communeCode unitId } }")).me;
      expect(me.email).toBe(user.email);
      expect(me.role).toBe(user.role);
      if (user.role === "COMMUNE_OFFICER") expect(me.communeCode).toBe(user.communeCode);
      if (user.role === "IMPLEMENTING_UNIT") expect(me.unitId).toBe(t.unitId);
      roles.add(me.role);
    }
    expect([...roles].sort()).toEqual([...ROLES].sort());
    // Two department users: who appraises a đề án may not approve it.
    expect(DEMO_USERS.filter((u) => u.role === "DEPARTMENT")).toHaveLength(2);
    const wrong = await t.gql(
      graphql(`mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`),
      { e: DEMO_USERS[1]!.email, p: "not-the-password" },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("puts at least one đề án in every lifecycle state, and one returned to its drafter", async () => {
    const { projects } = await query("analyst", PROJECTS);
    const states = new Set(projects.nodes.map((p: { state: string }) => p.state));
    for (const state of PROJECT_STATES) expect(states, state).toContain(state);
    const returned = projects.nodes.find(
      (p: { state: string; history: { action: string }[] }) =>
        p.state === "DRAFT" && p.history.some((e) => e.action === "RETURN"),
    );
    expect(returned?.lastReason).toMatch(/báo giá/);
    expect(projects.nodes.filter((p: { year: number }) => p.year === 2027).length).toBeGreaterThan(0);
  });

  it("dates each đề án's steps in the order of the lifecycle", async () => {
    const { projects } = await query("analyst", PROJECTS);
    const order = ["proposedOn", "appraisedOn", "decisionDate", "contractDate", "acceptedOn", "settledOn"];
    for (const p of projects.nodes) {
      const dates = order.map((k) => p[k]).filter(Boolean);
      expect(dates, p.code).toEqual([...dates].sort());
      for (const r of p.paymentRequests) {
        if (r.paidOn && p.contractDate) expect(r.paidOn >= p.contractDate, p.code).toBe(true);
      }
    }
  });

  it("dates the history and the payments on the story's days, not on the day it was seeded", async () => {
    const { projects } = await query(
      "analyst",
      `{ projects(first: 100) { nodes { code proposedOn appraisedOn decisionDate contractDate acceptedOn settledOn
          history { action at } paymentRequests { status requestedAt decidedAt paidOn } } } }`,
    );
    const day = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const actDate: Record<string, string> = {
      CREATE: "proposedOn",
      APPRAISE: "appraisedOn",
      APPROVE: "decisionDate",
      SIGN_CONTRACT: "contractDate",
      ACCEPT: "acceptedOn",
      SETTLE: "settledOn",
    };
    for (const p of projects.nodes) {
      const times = p.history.map((e: { at: string }) => e.at);
      expect(times, p.code).toEqual([...times].sort());
      for (const e of p.history) {
        const field = actDate[e.action];
        if (field) expect(day(e.at), `${p.code} ${e.action}`).toBe(p[field]);
      }
      for (const r of p.paymentRequests) {
        if (r.decidedAt) expect(r.requestedAt < r.decidedAt, p.code).toBe(true);
        if (r.paidOn) expect(day(r.decidedAt)).toBe(r.paidOn);
      }
    }
    const [{ seededAt }] = await t.dataSource.query(
      "SELECT at AS \"seededAt\" FROM audit_entry WHERE action = 'demo.seed'",
    );
    const [stale] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM project_event WHERE at = $1)::int + (SELECT count(*) FROM payment_request
         WHERE requested_at = $1 OR decided_at = $1)::int + (SELECT count(*) FROM project WHERE created_at = $1
         OR updated_at = $1)::int + (SELECT count(*) FROM facility WHERE created_at = $1)::int AS n`,
      [seededAt],
    );
    expect(stale.n).toBe(0);
  });

  it("keeps the money consistent: nothing paid beyond what was approved, envelopes never negative", async () => {
    const { projects } = await query("finance", PROJECTS);
    const statuses = new Set<string>();
    for (const p of projects.nodes) {
      const ceiling = p.finalSupport ?? p.approvedSupport ?? 0;
      expect(p.paid.total, p.code).toBeLessThanOrEqual(Math.max(ceiling, p.approvedSupport ?? 0));
      expect(p.paid.total + p.paid.pending - p.refundReceived, p.code).toBeLessThanOrEqual(
        p.approvedSupport ?? 0,
      );
      expect(p.totals.requestedSupport + p.totals.counterpartFunds).toBe(p.totals.cost);
      if (p.state === "CLOSED") {
        expect(p.paid.pending).toBe(0);
        expect(p.paid.total - p.refundReceived).toBe(p.finalSupport);
      }
      for (const r of p.paymentRequests) statuses.add(`${r.kind}:${r.status}`);
    }
    expect(statuses).toContain("ADVANCE:PAID");
    expect(statuses).toContain("ADVANCE:REFUSED");
    expect(statuses).toContain("PAYMENT:PENDING");
    expect(statuses).toContain("PAYMENT:PAID");
    expect(statuses).toContain("FINAL:PENDING");
    expect(statuses).toContain("FINAL:PAID");
    expect(projects.nodes.some((p: { refundReceived: number }) => p.refundReceived > 0)).toBe(true);

    const { budgetEnvelopes } = await query(
      "finance",
      "{ budgetEnvelopes { year fundSource amount allocated available } }",
    );
    expect(budgetEnvelopes.length).toBeGreaterThanOrEqual(3);
    for (const e of budgetEnvelopes) {
      expect(e.available).toBeGreaterThanOrEqual(0);
      expect(e.allocated + e.available).toBe(e.amount);
    }
    const city2026 = budgetEnvelopes.find(
      (e: { year: number; fundSource: string }) => e.year === 2026 && e.fundSource === "CITY_BUDGET",
    );
    expect(city2026.allocated).toBeGreaterThan(0);

    const pending = (await query("treasury", "{ pendingPaymentRequests { kind amount } }"))
      .pendingPaymentRequests;
    expect(pending.length).toBeGreaterThanOrEqual(2);
  });

  it("registers facilities in a dozen communes of every kind, a few of them not eligible", async () => {
    const data = await query(
      "analyst",
      `{ facilities(first: 100) { totalCount nodes { name legalForm sector craftVillageRecognised
          productionCommune { code kind }
          eligibility(activityKind: MACHINERY, date: "2026-06-01") { eligible } } } }`,
    );
    const nodes = data.facilities.nodes;
    const communes = new Set(
      nodes.map((f: { productionCommune: { code: string } }) => f.productionCommune.code),
    );
    expect(communes.size).toBeGreaterThanOrEqual(12);
    const kinds = new Set(
      nodes.map((f: { productionCommune: { kind: string } }) => f.productionCommune.kind),
    );
    expect([...kinds].sort()).toEqual(["DAC_KHU", "PHUONG", "XA"]);
    expect(new Set(nodes.map((f: { legalForm: string }) => f.legalForm)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(nodes.map((f: { sector: string }) => f.sector)).size).toBeGreaterThanOrEqual(4);
    const notEligible = nodes.filter((f: { eligibility: { eligible: boolean } }) => !f.eligibility.eligible);
    expect(notEligible.length).toBeGreaterThanOrEqual(2);
    // A phường counts only through a recognised craft village.
    const craftVillage = nodes.find(
      (f: { productionCommune: { kind: string }; craftVillageRecognised: boolean }) =>
        f.productionCommune.kind === "PHUONG" && f.craftVillageRecognised,
    );
    expect(craftVillage.eligibility.eligible).toBe(true);
  });

  it("fills the annual plans: 2026 approved, 2027 open for registration", async () => {
    const { annualPlans } = await query(
      "approver",
      "{ annualPlans { year status decisionNumber registrations(first: 100) { totalCount } } }",
    );
    const byYear = new Map(annualPlans.map((p: { year: number }) => [p.year, p]));
    expect(byYear.get(2026)).toMatchObject({ status: "APPROVED", decisionNumber: "215/QĐ-UBND" });
    expect(byYear.get(2027)).toMatchObject({ status: "OPEN" });
    // A commune officer sees the registrations of their commune only.
    const own = await query(
      "catHai",
      "{ annualPlan(year: 2026) { registrations(first: 100) { totalCount } } }",
    );
    expect(own.annualPlan.registrations.totalCount).toBeGreaterThan(0);
    expect(own.annualPlan.registrations.totalCount).toBeLessThan(
      (byYear.get(2026) as { registrations: { totalCount: number } }).registrations.totalCount,
    );
  });

  it("shows each commune officer their own đề án, and counts accepted output as progress", async () => {
    const mine = (await query("vinhBao", "{ projects(first: 100) { nodes { communeCode state } } }")).projects
      .nodes;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((p: { communeCode: string }) => p.communeCode === "xa-vinh-bao")).toBe(true);
    const progress = await query(
      "analyst",
      "{ programmeProgress(asOfYear: 2026) { groups { lines { code years { year achieved planned } } } } }",
    );
    const i2 = progress.programmeProgress.groups
      .flatMap((g: { lines: { code: string }[] }) => g.lines)
      .find((l: { code: string }) => l.code === "I.2");
    const y2026 = i2.years.find((y: { year: number }) => y.year === 2026);
    expect(y2026.achieved).toBeGreaterThanOrEqual(3);
    expect(y2026.planned).toBeGreaterThan(y2026.achieved);
  });

  it("records every change as the demo user who made it, segregation of duties included", async () => {
    const rows: { action: string; email: string | null }[] = await t.dataSource.query(
      `SELECT a.action, u.email FROM audit_entry a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.action IN ('project.appraise', 'project.approve', 'payment.pay', 'facility.create')`,
    );
    const byAction = (action: string) => new Set(rows.filter((r) => r.action === action).map((r) => r.email));
    expect(byAction("project.appraise")).toEqual(new Set([DEMO_USERS[1]?.email]));
    expect(byAction("project.approve")).toEqual(new Set([DEMO_USERS[2]?.email]));
    expect(byAction("payment.pay")).toEqual(new Set([DEMO_USERS.find((u) => u.role === "TREASURY")?.email]));
    expect(byAction("facility.create").has(null)).toBe(false);
  });

  it("does nothing the second time: no duplicate", async () => {
    const before = await countRows();
    const again = await seedDemo(systemContext(t.dataSource, silentLogger, settings));
    expect(again).toEqual({ seeded: false, ms: 0 });
    expect(await countRows()).toEqual(before);
    expect(before.projects).toBeGreaterThanOrEqual(PROJECT_STATES.length);
  });
});

describe("the demo on a database with real data", () => {
  let real: TestServer;
  beforeAll(async () => {
    real = await startTestServer();
  });
  afterAll(() => real?.close());

  it("refuses, says why, and changes nothing", async () => {
    const officer = await real.createUser("COMMUNE_OFFICER");
    await createFacility(real, officer.token);
    const count = async () =>
      (
        await real.dataSource.query(`SELECT (SELECT count(*) FROM facility)::int AS facilities,
          (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM audit_entry)::int AS audit,
          (SELECT count(*) FROM project)::int AS projects, (SELECT count(*) FROM annual_plan)::int AS plans`)
      )[0];
    const before = await count();

    const attempt = seedDemo(systemContext(real.dataSource, silentLogger, settings));
    await expect(attempt).rejects.toBeInstanceOf(DemoRefusedError);
    await expect(attempt).rejects.toThrow(/1 cơ sở.*2 người dùng.*nothing was changed/s);
    expect(await count()).toEqual(before);
  });

  it("refuses a second user alone, even without facilities", async () => {
    const bare = await startTestServer();
    try {
      await bare.createUser("ANALYST");
      await expect(seedDemo(systemContext(bare.dataSource, silentLogger, settings))).rejects.toThrow(
        /người dùng/,
      );
      const [{ n }] = await bare.dataSource.query("SELECT count(*)::int AS n FROM app_user");
      expect(n).toBe(2);
    } finally {
      await bare.close();
    }
  });
});

describe("the --demo option", () => {
  it("runs on its own data folder, never on DATA_DIR", () => {
    expect(loadConfig({}).demo).toBe(false);
    const demo = loadConfig({ DATA_DIR: "/srv/khuyencong" }, ["--demo"]);
    expect(demo.demo).toBe(true);
    expect(demo.dataDir).toMatch(/apps\/api\/\.data-demo$/);
    expect(loadConfig({}, ["--", "--demo"]).demo).toBe(true);
    expect(loadConfig({ DEMO_DATA_DIR: "/tmp/kc-demo" }, ["--demo"]).dataDir).toBe("/tmp/kc-demo");
    expect(() => loadConfig({ DEMO_DATA_DIR: "/srv/kc", DATA_DIR: "/srv/kc/" }, ["--demo"])).toThrow(
      /DEMO_DATA_DIR/,
    );
  });

  it("refuses DATABASE_URL, and any option it does not know", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgres://x@h/db" }, ["--demo"])).toThrow(/DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: "postgres://x@h/db" }).demo).toBe(false);
    expect(() => loadConfig({}, ["--demoo"])).toThrow(/Unknown option "--demoo"/);
  });

  it("prints where to go and every demo account with the password", () => {
    const text = demoBanner({ url: "http://localhost:4000/", dataDir: "/x/.data-demo", seeded: true });
    expect(text).toContain("http://localhost:4000/");
    expect(text).toContain(DEMO_PASSWORD);
    for (const user of DEMO_USERS) expect(text).toContain(user.email);
  });
});
