import { randomUUID } from "node:crypto";
import { FUND_SOURCES, type FundSource } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnualPlansAnnualPlan3Query } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { errorCode, type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * Years are shared out so that the blocks do not depend on each other: 2027 the happy path, 2028 the
 * generated data and the query count, 2029 the refusals, 2030 the locks, 2026 a year left unopened.
 */

let t: TestServer;
let department: TestUser;
/** Commune officer of xa-an-hung (the harness's default commune). */
let officerA: TestUser;
/** Commune officer of phuong-hong-bang. */
let officerB: TestUser;
/** User of the city's extension centre (`t.unitId`). */
let unitUser: TestUser;
let analyst: TestUser;
let finance: TestUser;
let treasury: TestUser;
let secondUnitId: string;
/** Target lines of the programme 2026–2030 in document order, with their yearly targets. */
let lines: { id: string; code: string; targets: Record<number, number | null> }[];
let otherProgrammeLineId: string;

const COMMUNE_A = "xa-an-hung";
const COMMUNE_B = "phuong-hong-bang";
const COMMUNE_C = "xa-nam-sach";

beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
  officerA = await t.createUser("COMMUNE_OFFICER", { communeCode: COMMUNE_A });
  officerB = await t.createUser("COMMUNE_OFFICER", { communeCode: COMMUNE_B });
  unitUser = await t.createUser("IMPLEMENTING_UNIT", { unitId: t.unitId });
  analyst = await t.createUser("ANALYST");
  finance = await t.createUser("FINANCE");
  treasury = await t.createUser("TREASURY");
  const unit = await t.gql(
    graphql(
      `mutation AnnualPlansCreateImplementingUnit { createImplementingUnit(name: "HTX Gốm sứ Chu Đậu") { id } }`,
    ),
    {},
    t.adminToken,
  );
  secondUnitId = unit.data!.createImplementingUnit.id;

  const programme = await t.gql(
    graphql(
      `query AnnualPlansProgramme { programme { groups { lines { id code yearlyTargets { year target } } } } }`,
    ),
    {},
    analyst.token,
  );
  lines = programme.data!.programme.groups.flatMap(
    (g: {
      lines: { id: string; code: string; yearlyTargets: { year: number; target: number | null }[] }[];
    }) =>
      g.lines.map((l) => ({
        id: l.id,
        code: l.code,
        targets: Object.fromEntries(l.yearlyTargets.map((y) => [y.year, y.target])),
      })),
  );

  // An earlier programme, so that a line of the wrong programme can be offered.
  await t.dataSource.query(
    `INSERT INTO programme (code, name, first_year, last_year, issuer, decision_title)
     VALUES ('HP-KC-2016-2020', 'Chương trình khuyến công 2016–2020', 2016, 2020, 'UBND thành phố', 'Quyết định cũ')`,
  );
  await t.dataSource.query(
    `INSERT INTO content_group (programme_code, code, position, name) VALUES ('HP-KC-2016-2020', 'I', 1, 'Nhóm I')`,
  );
  const [old] = await t.dataSource.query(
    `INSERT INTO target_line (programme_code, group_code, code, position, name, unit, source)
     VALUES ('HP-KC-2016-2020', 'I', 'I.1', 1, 'Mô hình trình diễn', 'Mô hình', 'Phụ lục') RETURNING id`,
  );
  otherProgrammeLineId = old.id;
});
afterAll(() => t?.close());

const line = (code: string) => {
  const found = lines.find((l) => l.code === code);
  if (!found) throw new Error(`no line ${code}`);
  return found;
};

graphql(`
  fragment AnnualPlansPlan on AnnualPlan {
    id
    programmeCode
    year
    status
    statusLabel
    version
    decisionNumber
    decisionDate
    consolidatedAt
    consolidatedBy {
      id
    }
    approvedAt
    approvedBy {
      id
    }
  }
`);
graphql(`
  fragment AnnualPlansRegistration on PlanRegistration {
    id
    planId
    communeCode
    unitId
    targetLineId
    quantity
    estimatedCost
    fundSource
    note
    version
    createdById
  }
`);

const OPEN = graphql(
  `mutation AnnualPlansOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { ...AnnualPlansPlan } }`,
);
const CONSOLIDATE = graphql(
  `mutation AnnualPlansConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { ...AnnualPlansPlan } }`,
);
const REOPEN = graphql(
  `mutation AnnualPlansReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) { reopenAnnualPlan(year: $year, version: $version, reason: $reason) { ...AnnualPlansPlan } }`,
);
const APPROVE =
  graphql(`mutation AnnualPlansApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {
  approveAnnualPlan(year: $year, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate) { ...AnnualPlansPlan }
}`);
const PLAN = graphql(
  `query AnnualPlansAnnualPlan4($year: Int!) { annualPlan(year: $year) { ...AnnualPlansPlan } }`,
);
const REGISTER =
  graphql(`mutation AnnualPlansRegisterPlannedActivity($year: Int!, $targetLineId: ID!, $quantity: Int!, $estimatedCost: Dong!, $fundSource: FundSource!,
                          $communeCode: String, $unitId: ID, $note: String) {
  registerPlannedActivity(year: $year, targetLineId: $targetLineId, quantity: $quantity, estimatedCost: $estimatedCost,
                          fundSource: $fundSource, communeCode: $communeCode, unitId: $unitId, note: $note) { ...AnnualPlansRegistration }
}`);
const UPDATE =
  graphql(`mutation AnnualPlansUpdatePlanRegistration($id: ID!, $version: Int!, $targetLineId: ID, $quantity: Int, $estimatedCost: Dong,
                        $fundSource: FundSource, $note: String) {
  updatePlanRegistration(id: $id, version: $version, targetLineId: $targetLineId, quantity: $quantity,
                         estimatedCost: $estimatedCost, fundSource: $fundSource, note: $note) { ...AnnualPlansRegistration }
}`);
const WITHDRAW = graphql(
  `mutation AnnualPlansWithdrawPlanRegistration($id: ID!, $version: Int!) { withdrawPlanRegistration(id: $id, version: $version) { ...AnnualPlansRegistration } }`,
);
const ONE_REGISTRATION = graphql(
  `query AnnualPlansPlanRegistration($id: ID!) { planRegistration(id: $id) { ...AnnualPlansRegistration } }`,
);
const COMPARISON = graphql(`query AnnualPlansAnnualPlan5($year: Int!, $first: Int) {
  annualPlan(year: $year) {
    version
    registrations(first: $first) {
      totalCount
      nodes { ...AnnualPlansRegistration targetLine { code } commune { code displayName } unit { id name } createdBy { id fullName } }
    }
    comparison {
      coversAllRegistrations
      lines { targetLineId targetLine { code unit } target registeredQuantity estimatedCost registrationCount difference }
      byFundSource { fundSource registrationCount estimatedCost }
      byCommune { communeCode commune { displayName } registrationCount estimatedCost }
      byUnit { unitId unit { name } registrationCount estimatedCost }
      total { registrationCount estimatedCost }
    }
  }
}`);

interface Registration {
  id: string;
  planId: string;
  communeCode: string | null;
  unitId: string | null;
  targetLineId: string;
  quantity: number;
  estimatedCost: number;
  fundSource: FundSource;
  note: string | null;
  version: number;
  createdById: string;
}

type RegisterInput = {
  year: number;
  targetLineId: string;
  quantity: number;
  estimatedCost: number;
  fundSource: FundSource;
  communeCode?: string | null;
  unitId?: string | null;
  note?: string | null;
};

async function register(user: TestUser, input: RegisterInput): Promise<Registration> {
  const res = await t.gql(REGISTER, { ...input }, user.token);
  if (!res.data?.registerPlannedActivity) throw new Error(`register failed: ${res.text}`);
  return res.data!.registerPlannedActivity;
}

async function planOf(year: number, token = department.token) {
  const res = await t.gql(PLAN, { year }, token);
  if (!res.data?.annualPlan) throw new Error(`annualPlan(${year}) failed: ${res.text}`);
  return res.data!.annualPlan;
}

async function openPlan(year: number) {
  const res = await t.gql(OPEN, { year }, department.token);
  if (!res.data?.openAnnualPlan) throw new Error(`openAnnualPlan(${year}) failed: ${res.text}`);
  return res.data!.openAnnualPlan;
}

async function auditRows(entityId: string) {
  return t.dataSource.query(
    "SELECT action, entity_type, entity_id, user_id, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id",
    [entityId],
  );
}

/** Everything a refused mutation must leave as it was: both tables and the audit log. */
async function snapshot(): Promise<string> {
  const plans = await t.dataSource.query("SELECT * FROM annual_plan ORDER BY id");
  const registrations = await t.dataSource.query("SELECT * FROM plan_registration ORDER BY id");
  const [audit] = await t.dataSource.query("SELECT count(*)::int AS n, max(id) AS last FROM audit_entry");
  return JSON.stringify({ plans, registrations, audit });
}

function expectError(res: GqlResponse<unknown>, code: string, field?: string) {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
}

describe("the annual planning cycle", () => {
  const YEAR = 2027;

  it("opens, takes registrations from units and communes, is consolidated, compared and approved", async () => {
    const opened = await openPlan(YEAR);
    expect(opened).toMatchObject({
      programmeCode: "HP-KC-2026-2030",
      year: YEAR,
      status: "OPEN",
      statusLabel: "Đang nhận đăng ký",
      version: 1,
      decisionNumber: null,
      consolidatedBy: null,
    });
    expect(await auditRows(opened.id)).toEqual([
      expect.objectContaining({
        action: "annual_plan.open",
        entity_type: "AnnualPlan",
        user_id: department.id,
        before: null,
        after: expect.objectContaining({ year: YEAR, status: "OPEN", version: 1 }),
      }),
    ]);

    const showrooms = line("II.7");
    const blank = line("I.4");
    const byUnit = await register(unitUser, {
      year: YEAR,
      targetLineId: showrooms.id,
      quantity: 1,
      estimatedCost: 150_000_000,
      fundSource: "NATIONAL_FUND",
    });
    expect(byUnit).toMatchObject({
      unitId: t.unitId,
      communeCode: null,
      createdById: unitUser.id,
      version: 1,
    });
    // A commune officer's commune is the default.
    const byA = await register(officerA, {
      year: YEAR,
      targetLineId: showrooms.id,
      quantity: 1,
      estimatedCost: 200_000_000,
      fundSource: "CITY_BUDGET",
      note: "  Phòng trưng bày gốm  ",
    });
    expect(byA).toMatchObject({ communeCode: COMMUNE_A, unitId: null, note: "Phòng trưng bày gốm" });
    // Above 2^31 đồng: the amount goes through as a Dong, not an Int.
    const byB = await register(officerB, {
      year: YEAR,
      targetLineId: showrooms.id,
      quantity: 2,
      estimatedCost: 2_500_000_000,
      fundSource: "COUNTERPART",
      communeCode: COMMUNE_B,
    });
    expect(byB).toMatchObject({ communeCode: COMMUNE_B, estimatedCost: 2_500_000_000 });
    const byDepartment = await register(department, {
      year: YEAR,
      targetLineId: blank.id,
      quantity: 1,
      estimatedCost: 50_000_000,
      fundSource: "CITY_BUDGET",
      communeCode: COMMUNE_C,
    });
    expect(byDepartment).toMatchObject({ communeCode: COMMUNE_C, createdById: department.id });
    const forUnit = await register(department, {
      year: YEAR,
      targetLineId: blank.id,
      quantity: 3,
      estimatedCost: 0,
      fundSource: "OTHER",
      unitId: secondUnitId,
    });
    expect(forUnit).toMatchObject({ unitId: secondUnitId, createdById: department.id });
    expect(await auditRows(byB.id)).toEqual([
      expect.objectContaining({
        action: "plan_registration.create",
        entity_type: "PlanRegistration",
        user_id: officerB.id,
        before: null,
        after: expect.objectContaining({
          communeCode: COMMUNE_B,
          quantity: 2,
          estimatedCost: 2_500_000_000,
          fundSource: "COUNTERPART",
          year: YEAR,
        }),
      }),
    ]);

    const all = await t.gql(COMPARISON, { year: YEAR, first: 50 }, department.token);
    expect(all.errors).toBeUndefined();
    const plan = all.data!.annualPlan;
    expect(plan.registrations.totalCount).toBe(5);
    expect(plan.comparison.coversAllRegistrations).toBe(true);
    const lineOf = (code: string) =>
      plan.comparison.lines.find((l: { targetLine: { code: string } }) => l.targetLine.code === code);
    expect(plan.comparison.lines).toHaveLength(34);
    expect(lineOf("II.7")).toMatchObject({
      target: 3,
      registeredQuantity: 4,
      estimatedCost: 2_850_000_000,
      registrationCount: 3,
      difference: 1,
    });
    expect(lineOf("I.4")).toMatchObject({
      target: null,
      registeredQuantity: 4,
      registrationCount: 2,
      difference: null,
    });
    expect(lineOf("I.2")).toMatchObject({
      target: 29,
      registeredQuantity: 0,
      estimatedCost: 0,
      difference: -29,
    });
    expect(plan.comparison.byFundSource).toEqual([
      { fundSource: "NATIONAL_FUND", registrationCount: 1, estimatedCost: 150_000_000 },
      { fundSource: "CITY_BUDGET", registrationCount: 2, estimatedCost: 250_000_000 },
      { fundSource: "COUNTERPART", registrationCount: 1, estimatedCost: 2_500_000_000 },
      { fundSource: "INTEGRATED", registrationCount: 0, estimatedCost: 0 },
      { fundSource: "OTHER", registrationCount: 1, estimatedCost: 0 },
    ]);
    expect(plan.comparison.byCommune).toEqual([
      {
        communeCode: COMMUNE_B,
        commune: { displayName: "Phường Hồng Bàng" },
        registrationCount: 1,
        estimatedCost: 2_500_000_000,
      },
      {
        communeCode: COMMUNE_A,
        commune: { displayName: "Xã An Hưng" },
        registrationCount: 1,
        estimatedCost: 200_000_000,
      },
      { communeCode: COMMUNE_C, commune: expect.anything(), registrationCount: 1, estimatedCost: 50_000_000 },
    ]);
    expect(plan.comparison.byUnit).toHaveLength(2);
    expect(plan.comparison.byUnit).toEqual(
      expect.arrayContaining([
        { unitId: t.unitId, unit: expect.anything(), registrationCount: 1, estimatedCost: 150_000_000 },
        {
          unitId: secondUnitId,
          unit: { name: "HTX Gốm sứ Chu Đậu" },
          registrationCount: 1,
          estimatedCost: 0,
        },
      ]),
    );
    expect(plan.comparison.total).toEqual({ registrationCount: 5, estimatedCost: 2_900_000_000 });

    // The plan's version counted the five registrations; the department consolidates what it read.
    expect(plan.version).toBe(6);
    const consolidated = await t.gql(CONSOLIDATE, { year: YEAR, version: 6 }, department.token);
    expect(consolidated.errors).toBeUndefined();
    expect(consolidated.data!.consolidateAnnualPlan).toMatchObject({
      status: "CONSOLIDATED",
      version: 7,
      consolidatedBy: { id: department.id },
    });
    const approved = await t.gql(
      APPROVE,
      { year: YEAR, version: 7, decisionNumber: " 3456/QĐ-UBND ", decisionDate: "2026-11-20" },
      department.token,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveAnnualPlan).toMatchObject({
      status: "APPROVED",
      statusLabel: "Đã phê duyệt",
      decisionNumber: "3456/QĐ-UBND",
      decisionDate: "2026-11-20",
      approvedBy: { id: department.id },
      consolidatedBy: { id: department.id },
      version: 8,
    });
    const audit = await auditRows(opened.id);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      "annual_plan.open",
      "annual_plan.consolidate",
      "annual_plan.approve",
    ]);
    expect(audit[2]).toMatchObject({
      user_id: department.id,
      before: { status: "CONSOLIDATED", decisionNumber: null },
      after: { status: "APPROVED", decisionNumber: "3456/QĐ-UBND", decisionDate: "2026-11-20", version: 8 },
    });

    // Readers see the approved plan whole.
    for (const reader of [analyst, finance, treasury]) {
      const seen = await t.gql(COMPARISON, { year: YEAR, first: 50 }, reader.token);
      expect(seen.data!.annualPlan.registrations.totalCount).toBe(5);
      expect(seen.data!.annualPlan.comparison.total.registrationCount).toBe(5);
    }
    const list = await t.gql(
      graphql(`query AnnualPlansAnnualPlans { annualPlans { year status decisionNumber } }`),
      {},
      t.adminToken,
    );
    expect(list.data!.annualPlans).toContainEqual({
      year: YEAR,
      status: "APPROVED",
      decisionNumber: "3456/QĐ-UBND",
    });
  });

  it("shows a commune officer and a unit only their own registrations, and the comparison over them", async () => {
    const seenByA = await t.gql(COMPARISON, { year: YEAR, first: 50 }, officerA.token);
    expect(seenByA.errors).toBeUndefined();
    const planA = seenByA.data!.annualPlan;
    expect(planA.registrations.totalCount).toBe(1);
    expect(planA.registrations.nodes.map((r: Registration) => r.communeCode)).toEqual([COMMUNE_A]);
    expect(planA.comparison.coversAllRegistrations).toBe(false);
    const showroomsA = planA.comparison.lines.find(
      (l: { targetLine: { code: string } }) => l.targetLine.code === "II.7",
    );
    // The target is the city's; the registered figures are the commune's own.
    expect(showroomsA).toMatchObject({
      target: 3,
      registeredQuantity: 1,
      registrationCount: 1,
      difference: -2,
    });
    expect(planA.comparison.byCommune.map((c: { communeCode: string }) => c.communeCode)).toEqual([
      COMMUNE_A,
    ]);
    expect(planA.comparison.byUnit).toEqual([]);
    expect(planA.comparison.total).toEqual({ registrationCount: 1, estimatedCost: 200_000_000 });
    expect(
      planA.comparison.byFundSource.find((f: { fundSource: string }) => f.fundSource === "COUNTERPART"),
    ).toEqual({
      fundSource: "COUNTERPART",
      registrationCount: 0,
      estimatedCost: 0,
    });

    const seenByUnit = await t.gql(COMPARISON, { year: YEAR, first: 50 }, unitUser.token);
    const planU = seenByUnit.data!.annualPlan;
    expect(planU.registrations.nodes.map((r: Registration) => r.unitId)).toEqual([t.unitId]);
    expect(planU.comparison.byCommune).toEqual([]);
    expect(planU.comparison.byUnit.map((u: { unitId: string }) => u.unitId)).toEqual([t.unitId]);
    expect(planU.comparison.total).toEqual({ registrationCount: 1, estimatedCost: 150_000_000 });
  });
});

describe("refusals", () => {
  const YEAR = 2029;
  let ofA: Registration;
  let ofB: Registration;
  let ofUnit: Registration;
  const valid = (extra: Partial<RegisterInput> = {}): RegisterInput => ({
    year: YEAR,
    targetLineId: line("II.4").id,
    quantity: 2,
    estimatedCost: 40_000_000,
    fundSource: "CITY_BUDGET",
    ...extra,
  });

  beforeAll(async () => {
    await openPlan(YEAR);
    ofA = await register(officerA, valid());
    ofB = await register(officerB, valid({ quantity: 5 }));
    ofUnit = await register(unitUser, valid({ quantity: 1 }));
  });

  it("refuses a commune officer registering for another commune or for a unit, and a unit for another unit", async () => {
    const before = await snapshot();
    const otherCommune = await t.gql(REGISTER, valid({ communeCode: COMMUNE_B }), officerA.token);
    expectError(otherCommune, "FORBIDDEN");
    expect(otherCommune.errors?.[0]?.message).toBe(
      "Bạn chỉ được đăng ký kế hoạch cho xã, phường, đặc khu của mình",
    );
    expectError(await t.gql(REGISTER, valid({ unitId: t.unitId }), officerA.token), "FORBIDDEN");
    expectError(await t.gql(REGISTER, valid({ unitId: secondUnitId }), unitUser.token), "FORBIDDEN");
    expectError(await t.gql(REGISTER, valid({ communeCode: COMMUNE_A }), unitUser.token), "FORBIDDEN");
    expect(await snapshot()).toBe(before);
  });

  it("does not show or let anyone touch another commune's registration: NOT_FOUND, nothing changed", async () => {
    const before = await snapshot();
    expectError(await t.gql(ONE_REGISTRATION, { id: ofB.id }, officerA.token), "NOT_FOUND");
    expectError(await t.gql(ONE_REGISTRATION, { id: ofA.id }, unitUser.token), "NOT_FOUND");
    expectError(await t.gql(ONE_REGISTRATION, { id: ofUnit.id }, officerB.token), "NOT_FOUND");
    expectError(
      await t.gql(UPDATE, { id: ofB.id, version: ofB.version, quantity: 1 }, officerA.token),
      "NOT_FOUND",
    );
    expectError(await t.gql(WITHDRAW, { id: ofB.id, version: ofB.version }, officerA.token), "NOT_FOUND");
    expectError(await t.gql(WITHDRAW, { id: ofA.id, version: ofA.version }, unitUser.token), "NOT_FOUND");
    expect(await snapshot()).toBe(before);

    const own = await t.gql(ONE_REGISTRATION, { id: ofA.id }, officerA.token);
    expect(own.data!.planRegistration).toMatchObject({ id: ofA.id, communeCode: COMMUNE_A });
    const listed = await t.gql(
      graphql(
        `query AnnualPlansAnnualPlan($year: Int!) { annualPlan(year: $year) { registrations(first: 100) { totalCount nodes { id } } } }`,
      ),
      { year: YEAR },
      officerA.token,
    );
    expect(listed.data!.annualPlan.registrations).toEqual({ totalCount: 1, nodes: [{ id: ofA.id }] });
    // Every reader role sees it.
    for (const reader of [analyst, finance, treasury, department]) {
      const seen = await t.gql(ONE_REGISTRATION, { id: ofB.id }, reader.token);
      expect(seen.data!.planRegistration.id).toBe(ofB.id);
    }
  });

  it("refuses every change to readers (admin, analyst, finance, treasury) and to registrants on the plan's transitions", async () => {
    const before = await snapshot();
    const plan = await planOf(YEAR);
    for (const reader of [analyst, finance, treasury]) {
      expectError(await t.gql(REGISTER, valid({ communeCode: COMMUNE_A }), reader.token), "FORBIDDEN");
      expectError(
        await t.gql(UPDATE, { id: ofA.id, version: ofA.version, quantity: 9 }, reader.token),
        "FORBIDDEN",
      );
      expectError(await t.gql(WITHDRAW, { id: ofA.id, version: ofA.version }, reader.token), "FORBIDDEN");
      expectError(await t.gql(OPEN, { year: 2026 }, reader.token), "FORBIDDEN");
      expectError(await t.gql(CONSOLIDATE, { year: YEAR, version: plan.version }, reader.token), "FORBIDDEN");
    }
    expectError(await t.gql(REGISTER, valid({ communeCode: COMMUNE_A }), t.adminToken), "FORBIDDEN");
    expectError(await t.gql(OPEN, { year: 2026 }, t.adminToken), "FORBIDDEN");
    for (const registrant of [officerA, unitUser]) {
      expectError(await t.gql(OPEN, { year: 2026 }, registrant.token), "FORBIDDEN");
      expectError(
        await t.gql(CONSOLIDATE, { year: YEAR, version: plan.version }, registrant.token),
        "FORBIDDEN",
      );
      expectError(
        await t.gql(
          APPROVE,
          { year: YEAR, version: plan.version, decisionNumber: "1", decisionDate: "2026-01-02" },
          registrant.token,
        ),
        "FORBIDDEN",
      );
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const before = await snapshot();
    expectError(await t.gql(REGISTER, valid({ communeCode: COMMUNE_A })), "UNAUTHENTICATED");
    expectError(await t.gql(OPEN, { year: 2026 }), "UNAUTHENTICATED");
    expectError(await t.gql(PLAN, { year: YEAR }), "UNAUTHENTICATED");
    expect(errorCode(await t.gql(graphql(`query AnnualPlansAnnualPlans2 { annualPlans { id } }`)))).toBe(
      "UNAUTHENTICATED",
    );
    expectError(await t.gql(ONE_REGISTRATION, { id: ofA.id }), "UNAUTHENTICATED");
    expect(await snapshot()).toBe(before);
  });

  it("refuses bad input with BAD_USER_INPUT naming the field, and writes nothing", async () => {
    const before = await snapshot();
    const cases: [RegisterInput, string, TestUser][] = [
      [valid({ quantity: 0 }), "quantity", officerA],
      [valid({ quantity: -3 }), "quantity", officerA],
      [valid({ estimatedCost: -1 }), "estimatedCost", officerA],
      [valid({ targetLineId: randomUUID() }), "targetLineId", officerA],
      [valid({ targetLineId: "II.4" }), "targetLineId", officerA],
      [valid({ targetLineId: otherProgrammeLineId }), "targetLineId", officerA],
      [valid({ year: 2025 }), "year", officerA],
      [valid({ year: 2031 }), "year", officerA],
      [valid(), "communeCode", department],
      [valid({ communeCode: COMMUNE_A, unitId: t.unitId }), "unitId", department],
      [valid({ communeCode: "xa-khong-co" }), "communeCode", department],
      [valid({ unitId: randomUUID() }), "unitId", department],
    ];
    for (const [input, field, user] of cases) {
      const res = await t.gql(REGISTER, { ...input }, user.token);
      expectError(res, "BAD_USER_INPUT", field);
      expect(res.errors?.[0]?.message).toMatch(/[àáảãạâăđèéêìíòóôơùúưỳý]/i);
    }
    const wrongProgramme = await t.gql(
      REGISTER,
      valid({ targetLineId: otherProgrammeLineId }),
      officerA.token,
    );
    expect(wrongProgramme.errors?.[0]?.message).toContain("HP-KC-2016-2020");
    const outside = await t.gql(REGISTER, valid({ year: 2031 }), officerA.token);
    expect(outside.errors?.[0]?.message).toBe(
      "Năm 2031 nằm ngoài kỳ của chương trình khuyến công (2026–2030)",
    );
    expectError(await t.gql(OPEN, { year: 2031 }, department.token), "BAD_USER_INPUT", "year");
    expectError(
      await t.gql(
        UPDATE,
        { id: ofA.id, version: ofA.version, targetLineId: otherProgrammeLineId },
        officerA.token,
      ),
      "BAD_USER_INPUT",
      "targetLineId",
    );
    expectError(
      await t.gql(UPDATE, { id: ofA.id, version: ofA.version, quantity: 0 }, officerA.token),
      "BAD_USER_INPUT",
      "quantity",
    );
    expectError(
      await t.gql(UPDATE, { id: ofA.id, version: ofA.version, estimatedCost: -5 }, officerA.token),
      "BAD_USER_INPUT",
      "estimatedCost",
    );
    expect(await snapshot()).toBe(before);
  });

  it("answers NOT_FOUND for a year whose plan is not open yet", async () => {
    const before = await snapshot();
    const res = await t.gql(REGISTER, valid({ year: 2026 }), officerA.token);
    expectError(res, "NOT_FOUND");
    expect(res.errors?.[0]?.message).toBe("Kế hoạch khuyến công năm 2026 chưa được mở.");
    expectError(await t.gql(PLAN, { year: 2026 }, analyst.token), "NOT_FOUND");
    expectError(await t.gql(CONSOLIDATE, { year: 2026, version: 1 }, department.token), "NOT_FOUND");
    expect(await snapshot()).toBe(before);
  });

  it("refuses a stale version of a registration and keeps it as it was", async () => {
    const updated = await t.gql(
      UPDATE,
      { id: ofA.id, version: 1, quantity: 3, note: "Thêm gian hàng" },
      officerA.token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePlanRegistration).toMatchObject({
      quantity: 3,
      note: "Thêm gian hàng",
      version: 2,
    });
    const [row] = await auditRows(ofA.id).then((rows) =>
      rows.filter((r: { action: string }) => r.action !== "plan_registration.create"),
    );
    expect(row).toMatchObject({
      action: "plan_registration.update",
      user_id: officerA.id,
      before: { quantity: 2, note: null, version: 1 },
      after: { quantity: 3, note: "Thêm gian hàng", version: 2 },
    });

    const before = await snapshot();
    expectError(
      await t.gql(UPDATE, { id: ofA.id, version: 1, quantity: 7 }, officerA.token),
      "STALE_VERSION",
      "version",
    );
    expectError(
      await t.gql(WITHDRAW, { id: ofA.id, version: 1 }, officerA.token),
      "STALE_VERSION",
      "version",
    );
    expect(await snapshot()).toBe(before);
  });

  it("refuses to consolidate or approve from a reading older than the last registration", async () => {
    const read = await planOf(YEAR);
    const extra = await register(officerB, valid({ quantity: 1, fundSource: "INTEGRATED" }));
    const before = await snapshot();
    expectError(
      await t.gql(CONSOLIDATE, { year: YEAR, version: read.version }, department.token),
      "STALE_VERSION",
    );
    expect(await snapshot()).toBe(before);

    // Withdrawing is a change too; the department may withdraw anyone's registration.
    const withdrawn = await t.gql(WITHDRAW, { id: extra.id, version: extra.version }, department.token);
    expect(withdrawn.data!.withdrawPlanRegistration).toMatchObject({
      id: extra.id,
      fundSource: "INTEGRATED",
    });
    expect(await auditRows(extra.id)).toEqual([
      expect.objectContaining({ action: "plan_registration.create", user_id: officerB.id }),
      expect.objectContaining({
        action: "plan_registration.withdraw",
        user_id: department.id,
        before: expect.objectContaining({ id: extra.id, quantity: 1, fundSource: "INTEGRATED" }),
        after: null,
      }),
    ]);
    expectError(await t.gql(ONE_REGISTRATION, { id: extra.id }, department.token), "NOT_FOUND");
    const now = await planOf(YEAR);
    expect(now.version).toBe(read.version + 2);
  });

  it("refuses an approval whose decision date does not exist or lies in the future", async () => {
    const YEAR_OPEN = YEAR;
    const plan = await planOf(YEAR_OPEN);
    const before = await snapshot();
    expectError(
      await t.gql(
        APPROVE,
        { year: YEAR_OPEN, version: plan.version, decisionNumber: "1/QĐ", decisionDate: "2026-02-30" },
        department.token,
      ),
      "BAD_USER_INPUT",
      "decisionDate",
    );
    expectError(
      await t.gql(
        APPROVE,
        { year: YEAR_OPEN, version: plan.version, decisionNumber: "1/QĐ", decisionDate: "30/01/2026" },
        department.token,
      ),
      "BAD_USER_INPUT",
      "decisionDate",
    );
    expectError(
      await t.gql(
        APPROVE,
        { year: YEAR_OPEN, version: plan.version, decisionNumber: "1/QĐ", decisionDate: "2999-01-01" },
        department.token,
      ),
      "BAD_USER_INPUT",
      "decisionDate",
    );
    expectError(
      await t.gql(
        APPROVE,
        { year: YEAR_OPEN, version: plan.version, decisionNumber: "  ", decisionDate: "2026-01-30" },
        department.token,
      ),
      "BAD_USER_INPUT",
      "decisionNumber",
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("locks: after consolidation and after approval", () => {
  const YEAR = 2030;
  let mine: Registration;
  const input = (extra: Partial<RegisterInput> = {}): RegisterInput => ({
    year: YEAR,
    targetLineId: line("IV.1").id,
    quantity: 30,
    estimatedCost: 90_000_000,
    fundSource: "NATIONAL_FUND",
    ...extra,
  });

  beforeAll(async () => {
    await openPlan(YEAR);
    mine = await register(officerA, input());
  });

  /** Every change a registrant or the department could try on a locked plan. */
  async function everyChangeRefused(
    stateLabel: string,
    // Several documents in one list: each is sent as its text, its variables as given.
    transitions: { name: string; vars: Record<string, unknown>; query: { toString(): string } }[],
  ) {
    const before = await snapshot();
    const attempts: GqlResponse<unknown>[] = [
      await t.gql(REGISTER, { ...input() }, officerA.token),
      await t.gql(REGISTER, { ...input({ communeCode: COMMUNE_B }) }, department.token),
      await t.gql(UPDATE, { id: mine.id, version: mine.version, quantity: 31 }, officerA.token),
      await t.gql(UPDATE, { id: mine.id, version: mine.version, quantity: 31 }, department.token),
      await t.gql(WITHDRAW, { id: mine.id, version: mine.version }, officerA.token),
      ...(await Promise.all(transitions.map((tr) => t.gqlText(String(tr.query), tr.vars, department.token)))),
    ];
    for (const res of attempts) {
      expectError(res, "INVALID_TRANSITION");
      expect(res.errors?.[0]?.message).toContain(`"${stateLabel}"`);
      expect(res.errors?.[0]?.message).toContain(`năm ${YEAR}`);
    }
    expect(await snapshot()).toBe(before);
  }

  it("a consolidated plan takes no registration change until reopened, with the reason audited", async () => {
    const open = await planOf(YEAR);
    expectError(
      await t.gql(
        APPROVE,
        { year: YEAR, version: open.version, decisionNumber: "9/QĐ", decisionDate: "2026-01-05" },
        department.token,
      ),
      "INVALID_TRANSITION",
    );
    expectError(
      await t.gql(REOPEN, { year: YEAR, version: open.version, reason: "x" }, department.token),
      "INVALID_TRANSITION",
    );
    const consolidated = await t.gql(CONSOLIDATE, { year: YEAR, version: open.version }, department.token);
    const plan = consolidated.data!.consolidateAnnualPlan;
    expect(plan.status).toBe("CONSOLIDATED");

    await everyChangeRefused("Đã tổng hợp, chờ phê duyệt", [
      { name: "consolidate", query: CONSOLIDATE, vars: { year: YEAR, version: plan.version } },
      { name: "open", query: OPEN, vars: { year: YEAR } },
    ]);
    const refused = await t.gql(UPDATE, { id: mine.id, version: mine.version, quantity: 31 }, officerA.token);
    expect(refused.errors?.[0]?.message).toBe(
      'Không thể sửa đăng ký: kế hoạch khuyến công năm 2030 đang ở trạng thái "Đã tổng hợp, chờ phê duyệt". Sở Công Thương đã tổng hợp kế hoạch; cần mở lại kế hoạch để thay đổi.',
    );

    expectError(
      await t.gql(REOPEN, { year: YEAR, version: plan.version, reason: "   " }, department.token),
      "BAD_USER_INPUT",
      "reason",
    );
    const reopened = await t.gql(
      REOPEN,
      { year: YEAR, version: plan.version, reason: "Xã An Hưng bổ sung đăng ký" },
      department.token,
    );
    expect(reopened.data!.reopenAnnualPlan).toMatchObject({
      status: "OPEN",
      consolidatedAt: null,
      consolidatedBy: null,
    });
    const audit = await auditRows(plan.id);
    expect(audit.at(-1)).toMatchObject({
      action: "annual_plan.reopen",
      user_id: department.id,
      before: { status: "CONSOLIDATED" },
      after: { status: "OPEN", reason: "Xã An Hưng bổ sung đăng ký" },
    });
    const changed = await t.gql(UPDATE, { id: mine.id, version: mine.version, quantity: 35 }, officerA.token);
    expect(changed.data!.updatePlanRegistration).toMatchObject({ quantity: 35 });
    mine = changed.data!.updatePlanRegistration;
  });

  it("an approved plan is locked: every change and transition is INVALID_TRANSITION and nothing is written", async () => {
    const open = await planOf(YEAR);
    const consolidated = (await t.gql(CONSOLIDATE, { year: YEAR, version: open.version }, department.token))
      .data!.consolidateAnnualPlan;
    const approved = (
      await t.gql(
        APPROVE,
        {
          year: YEAR,
          version: consolidated.version,
          decisionNumber: "88/QĐ-UBND",
          decisionDate: "2026-10-01",
        },
        department.token,
      )
    ).data!.approveAnnualPlan;
    expect(approved.status).toBe("APPROVED");

    await everyChangeRefused("Đã phê duyệt", [
      { name: "consolidate", query: CONSOLIDATE, vars: { year: YEAR, version: approved.version } },
      { name: "reopen", query: REOPEN, vars: { year: YEAR, version: approved.version, reason: "Sửa" } },
      {
        name: "approve",
        query: APPROVE,
        vars: { year: YEAR, version: approved.version, decisionNumber: "89/QĐ", decisionDate: "2026-10-02" },
      },
      { name: "open", query: OPEN, vars: { year: YEAR } },
    ]);
    const refused = await t.gql(WITHDRAW, { id: mine.id, version: mine.version }, officerA.token);
    expect(refused.errors?.[0]?.message).toBe(
      'Không thể rút đăng ký: kế hoạch khuyến công năm 2030 đang ở trạng thái "Đã phê duyệt". Kế hoạch đã được phê duyệt (Quyết định số 88/QĐ-UBND) và bị khóa.',
    );
  });

  it("the database itself refuses a registration with two registrants, a zero quantity or an unknown fund source", async () => {
    const [{ id: planId }] = await t.dataSource.query("SELECT id FROM annual_plan WHERE year = 2029");
    const insert = (commune: string | null, unit: string | null, quantity: number, fund: string) =>
      t.dataSource.query(
        `INSERT INTO plan_registration (plan_id, commune_code, unit_id, target_line_id, quantity, estimated_cost, fund_source, created_by_id, version)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, 1)`,
        [planId, commune, unit, line("I.1").id, quantity, fund, department.id],
      );
    await expect(insert(COMMUNE_A, t.unitId, 1, "OTHER")).rejects.toThrow(
      /CHK_plan_registration_one_registrant/,
    );
    await expect(insert(null, null, 1, "OTHER")).rejects.toThrow(/CHK_plan_registration_one_registrant/);
    await expect(insert(COMMUNE_A, null, 0, "OTHER")).rejects.toThrow(/CHK_plan_registration_quantity/);
    await expect(insert(COMMUNE_A, null, 1, "BANK_LOAN")).rejects.toThrow(
      /CHK_plan_registration_fund_source/,
    );
    await expect(
      t.dataSource.query("UPDATE annual_plan SET status = 'APPROVED' WHERE year = 2029"),
    ).rejects.toThrow(/CHK_annual_plan/);
  });
});

describe("opening", () => {
  it("opens a year once, even when two requests race; a second opening is INVALID_TRANSITION and writes nothing", async () => {
    const [{ n: auditBefore }] = await t.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
    const raced = await Promise.all([2026, 2026].map((year) => t.gql(OPEN, { year }, department.token)));
    const won = raced.filter((res) => res.data?.openAnnualPlan);
    expect(won).toHaveLength(1);
    expect(won[0]?.data?.openAnnualPlan).toMatchObject({ year: 2026, status: "OPEN", version: 1 });
    const lost = raced.find((res) => !res.data?.openAnnualPlan) as GqlResponse<unknown>;
    expectError(lost, "INVALID_TRANSITION");
    const [{ n: auditAfter }] = await t.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
    expect(auditAfter).toBe(auditBefore + 1);

    const before = await snapshot();
    const again = await t.gql(OPEN, { year: 2026 }, department.token);
    expectError(again, "INVALID_TRANSITION");
    expect(again.errors?.[0]?.message).toBe(
      'Kế hoạch khuyến công năm 2026 đã được mở, đang ở trạng thái "Đang nhận đăng ký"',
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("the comparison on generated data", () => {
  const YEAR = 2028;
  /** What the API should hold after the generated registrations, updates and withdrawals. */
  const kept = new Map<string, Registration>();

  beforeAll(async () => {
    await openPlan(YEAR);
    const random = mulberry32(20280101);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    // A mix of lines with and without a 2028 target.
    const someLines = ["I.1", "I.2", "I.4", "II.1", "II.4", "II.5", "II.7", "IV.1", "V.3", "VI.6"].map(line);
    const registrants: { user: TestUser; commune?: string; unit?: string }[] = [
      { user: officerA },
      { user: officerB },
      { user: unitUser },
      { user: department, commune: COMMUNE_C },
      { user: department, commune: COMMUNE_A },
      { user: department, unit: secondUnitId },
    ];
    for (let i = 0; i < 80; i++) {
      const who = pick(registrants);
      const created = await register(who.user, {
        year: YEAR,
        targetLineId: pick(someLines).id,
        quantity: 1 + Math.floor(random() * 20),
        estimatedCost: Math.floor(random() * 5_000) * 1_000_000 + Math.floor(random() * 1_000),
        fundSource: pick(FUND_SOURCES),
        communeCode: who.commune ?? null,
        unitId: who.unit ?? null,
      });
      kept.set(created.id, created);
    }
    // Some updates and withdrawals, so that the figures are not just the inserts.
    const ids = [...kept.keys()];
    for (const id of ids.slice(0, 10)) {
      const r = kept.get(id) as Registration;
      const res = await t.gql(
        UPDATE,
        {
          id,
          version: r.version,
          quantity: r.quantity + 7,
          fundSource: "INTEGRATED",
          targetLineId: line("II.4").id,
        },
        department.token,
      );
      kept.set(id, res.data!.updatePlanRegistration);
    }
    for (const id of ids.slice(10, 16)) {
      const r = kept.get(id) as Registration;
      await t.gql(WITHDRAW, { id, version: r.version }, department.token);
      kept.delete(id);
    }
  });

  /** The comparison computed independently, in JavaScript, from what was registered. */
  function expected(rows: Registration[]) {
    const byLine = lines.map((l) => {
      const on = rows.filter((r) => r.targetLineId === l.id);
      const quantity = on.reduce((s, r) => s + r.quantity, 0);
      const target = l.targets[YEAR] ?? null;
      return {
        targetLineId: l.id,
        target,
        registeredQuantity: quantity,
        estimatedCost: on.reduce((s, r) => s + r.estimatedCost, 0),
        registrationCount: on.length,
        difference: target === null ? null : quantity - target,
      };
    });
    const byFundSource = FUND_SOURCES.map((fundSource) => {
      const of = rows.filter((r) => r.fundSource === fundSource);
      return {
        fundSource,
        registrationCount: of.length,
        estimatedCost: of.reduce((s, r) => s + r.estimatedCost, 0),
      };
    });
    const group = (key: "communeCode" | "unitId") =>
      [...new Set(rows.map((r) => r[key]).filter((k): k is string => k !== null))].sort().map((k) => {
        const of = rows.filter((r) => r[key] === k);
        return {
          [key]: k,
          registrationCount: of.length,
          estimatedCost: of.reduce((s, r) => s + r.estimatedCost, 0),
        };
      });
    return {
      lines: byLine,
      byFundSource,
      byCommune: group("communeCode"),
      byUnit: group("unitId"),
      total: { registrationCount: rows.length, estimatedCost: rows.reduce((s, r) => s + r.estimatedCost, 0) },
    };
  }

  const FIGURES = graphql(`query AnnualPlansAnnualPlan2($year: Int!) { annualPlan(year: $year) { comparison {
    coversAllRegistrations
    lines { targetLineId target registeredQuantity estimatedCost registrationCount difference }
    byFundSource { fundSource registrationCount estimatedCost }
    byCommune { communeCode registrationCount estimatedCost }
    byUnit { unitId registrationCount estimatedCost }
    total { registrationCount estimatedCost }
  } } }`);

  async function figures(user: TestUser) {
    const res = await t.gql(FIGURES, { year: YEAR }, user.token);
    expect(res.errors).toBeUndefined();
    const c = res.data!.annualPlan.comparison;
    const byKey =
      <K extends string>(key: K) =>
      (a: Record<K, string | number>, b: Record<K, string | number>) =>
        a[key] < b[key] ? -1 : 1;
    return {
      ...c,
      byCommune: [...c.byCommune].sort(byKey("communeCode")),
      byUnit: [...c.byUnit].sort(byKey("unitId")),
    };
  }

  it("matches a computation over the stored rows, for the department and for each scoped viewer", async () => {
    const rows = [...kept.values()];
    // The JS model agrees with the database before the API is judged by it.
    const [stored] = await t.dataSource.query(
      `SELECT count(*)::int AS n, sum(estimated_cost)::text AS cost FROM plan_registration r
         JOIN annual_plan p ON p.id = r.plan_id WHERE p.year = $1`,
      [YEAR],
    );
    expect(stored.n).toBe(rows.length);
    expect(Number(stored.cost)).toBe(rows.reduce((s, r) => s + r.estimatedCost, 0));

    expect(await figures(department)).toEqual({ coversAllRegistrations: true, ...expected(rows) });
    expect(await figures(analyst)).toEqual({ coversAllRegistrations: true, ...expected(rows) });
    expect(await figures(officerA)).toEqual({
      coversAllRegistrations: false,
      ...expected(rows.filter((r) => r.communeCode === COMMUNE_A)),
    });
    expect(await figures(officerB)).toEqual({
      coversAllRegistrations: false,
      ...expected(rows.filter((r) => r.communeCode === COMMUNE_B)),
    });
    expect(await figures(unitUser)).toEqual({
      coversAllRegistrations: false,
      ...expected(rows.filter((r) => r.unitId === t.unitId)),
    });
  });

  it("pages through a scoped viewer's registrations and only theirs", async () => {
    const ownIds = [...kept.values()].filter((r) => r.communeCode === COMMUNE_A).map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<AnnualPlansAnnualPlan3Query> = await t.gql(
        graphql(`query AnnualPlansAnnualPlan3($year: Int!, $after: String) { annualPlan(year: $year) {
          registrations(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`),
        { year: YEAR, after },
        officerA.token,
      );
      const page = res.data?.annualPlan?.registrations;
      if (!page) throw new Error(res.text);
      expect(page.totalCount).toBe(ownIds.length);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([...ownIds].sort());
  });

  it("costs a fixed number of statements: the comparison and a page of 50 with relations", async () => {
    const count = async (first: number, user: TestUser) => {
      const queries = await t.recordQueries(async () => {
        const res = await t.gql(COMPARISON, { year: YEAR, first }, user.token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.annualPlan.registrations.nodes.length).toBe(
          Math.min(first, res.data!.annualPlan.registrations.totalCount),
        );
      });
      return queries.length;
    };
    // The plan, 5 aggregates, the page and its count, and the loaders: users in one batch; target lines,
    // communes and units in one or two (the comparison's and the page's may land in different ticks).
    // Per-row loading would cost 50 × 4 statements here.
    const BOUND = 1 + 5 + 2 + 1 + 3 * 2;
    expect(await count(50, department)).toBeLessThanOrEqual(BOUND);
    expect(await count(5, department)).toBeLessThanOrEqual(BOUND);
    expect(await count(50, officerA)).toBeLessThanOrEqual(BOUND);
  });
});

/** A small seeded generator, so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
