import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WalkOptions, walkProject } from "./builders/project.js";
import { addActivity, createEnvelope, must, readyDraft, targetLineId } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * Đề án are built and moved through their lifecycle with the API's own mutations; every figure of
 * `programmeProgress` is then compared with a computation of this file, straight from the raw tables
 * (activities, projects, targets, plans, registrations), written without the API's SQL or the domain's
 * progress functions.
 */

let t: TestServer;
let officer: TestUser; // xã An Hưng: drafts, submits, starts
let appraiser: TestUser;
let approver: TestUser; // another department user: whoever appraised may not approve
let treasury: TestUser;
let finance: TestUser;
let analyst: TestUser;
let unitUser: TestUser;

const PROGRAMME = "HP-KC-2026-2030";
const ACHIEVED = ["ACCEPTED", "SETTLED", "CLOSED"];
const PIPELINE = ["APPROVED", "CONTRACTED", "ADVANCED", "IN_PROGRESS", "ADJUSTING"];

type State =
  | "DRAFT"
  | "SUBMITTED"
  | "APPRAISED"
  | "APPROVED"
  | "CONTRACTED"
  | "ADVANCED"
  | "IN_PROGRESS"
  | "ADJUSTING"
  | "ACCEPTED"
  | "SETTLED"
  | "CLOSED"
  | "REJECTED"
  | "STOPPED";

interface Activity {
  line: string;
  planned: number;
  /** Output recorded at acceptance; the planned quantity when not given. */
  actual?: number;
}

interface Built {
  id: string;
  /** Each activity with the output its acceptance will record (the planned quantity when not given). */
  activities: { id: string; planned: number; actual?: number | undefined }[];
}

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  for (const year of [2026, 2027, 2028, 2029, 2030])
    await createEnvelope(t, finance.token, year, "CITY_BUDGET", 100_000_000_000);
  analyst = await t.createUser("ANALYST");
  unitUser = await t.createUser("IMPLEMENTING_UNIT");
});
afterAll(() => t?.close());

/**
 * A đề án of `year` with a machinery activity on I.2 (the fixture's) plus `more`, each with its planned
 * quantity; the fixture's activity is planned at 1.
 */
async function draft(year: number, more: Activity[] = []): Promise<Built> {
  const { project, activityId } = await readyDraft(t, officer.token, {
    year,
    proposedOn: "2026-03-15",
  });
  const activities: Built["activities"] = [{ id: activityId, planned: 1 }];
  for (const activity of more) {
    const machinery = activity.line.startsWith("I.");
    const added = await addActivity(t, officer.token, project.id, {
      activityKind: machinery ? "MACHINERY" : "PROGRAMME_MANAGEMENT",
      targetLineId: await targetLineId(t, activity.line),
      plannedQuantity: activity.planned,
      description: `Nội dung ${activity.line}`,
      ...(machinery ? { machineryIsNew: true, machineryImproves: true } : {}),
    });
    expect(added.project.state).toBe("DRAFT");
    activities.push({ id: added.id, planned: activity.planned, actual: activity.actual });
  }
  return { id: project.id, activities };
}

/** What the steps record in this file (builders/project.ts has the rest). */
const RECORDS = {
  appraisal: { opinion: "Đạt yêu cầu" },
  approval: { decisionNumber: "1234/QĐ-UBND" },
  contract: { contractNumber: "05/2026/HĐ-KC" },
} satisfies WalkOptions["records"];

/**
 * How each state is reached from a draft (the shortest path through these states): IN_PROGRESS straight
 * from CONTRACTED, an advance paid before a stop or an acceptance, a rejection after an appraisal.
 */
const PATHS: Partial<Record<State, WalkOptions>> = {
  REJECTED: { through: ["APPRAISED"], records: { reason: "Không đủ điều kiện" } },
  ADJUSTING: { records: { reason: "Đổi nhà cung cấp" } },
  STOPPED: { through: ["ADVANCED", "IN_PROGRESS"], records: { reason: "Cơ sở ngừng sản xuất" } },
  ACCEPTED: { through: ["ADVANCED"] },
};

async function currentState(projectId: string): Promise<string> {
  const [row] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [projectId]);
  return row.state;
}

/**
 * Carries a đề án from where it is to `state` (by `path`, or the file's PATHS from a draft); its
 * acceptance records each activity's `actual`.
 */
async function carry(project: Built, state: State, path: WalkOptions = PATHS[state] ?? {}): Promise<Built> {
  const actors = { preparer: officer, appraiser, approver, finance, treasury };
  const outputs = project.activities.map((a) => ({
    activityId: a.id,
    actualQuantity: a.actual ?? a.planned,
  }));
  await walkProject(t, actors, project.id, state, {
    ...path,
    records: { ...RECORDS, ...path.records, acceptance: { outputs } },
  });
  expect(await currentState(project.id)).toBe(state);
  return project;
}

/** A draft carried to `state`; `firstActual` is what its acceptance will record for the fixture's activity. */
async function build(year: number, state: State, more: Activity[] = [], firstActual?: number) {
  const project = await draft(year, more);
  if (project.activities[0]) project.activities[0].actual = firstActual;
  return carry(project, state);
}

/* ---------------------------------------------------------------- the annual plans, as users make them */

const PLAN_VERSION = graphql(
  `query ProgressAnnualPlan($year: Int!) { annualPlan(year: $year) { version status } }`,
);

async function plan(
  year: number,
  registrations: { line: string; quantity: number; commune?: string; unit?: boolean }[],
  approve: boolean,
) {
  await must(
    t.gql(
      graphql(`mutation ProgressOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }`),
      { year },
      appraiser.token,
    ),
  );
  for (const r of registrations) {
    await must(
      t.gql(
        graphql(`mutation ProgressRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $communeCode: String, $unitId: ID) {
          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: 50000000,
            fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }
        }`),
        {
          year,
          line: await targetLineId(t, r.line),
          quantity: r.quantity,
          communeCode: r.unit ? null : (r.commune ?? "xa-an-hung"),
          unitId: r.unit ? t.unitId : null,
        },
        appraiser.token,
      ),
    );
  }
  if (!approve) return;
  const version = async () => (await t.gql(PLAN_VERSION, { year }, appraiser.token)).data!.annualPlan.version;
  await must(
    t.gql(
      graphql(
        `mutation ProgressConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }`,
      ),
      { year, version: await version() },
      appraiser.token,
    ),
  );
  await must(
    t.gql(
      graphql(`mutation ProgressApproveAnnualPlan($year: Int!, $version: Int!) {
        approveAnnualPlan(year: $year, version: $version, decisionNumber: "88/QĐ-UBND", decisionDate: "2026-01-20") { id }
      }`),
      { year, version: await version() },
      approver.token,
    ),
  );
}

/* -------------------------------------------------------------------------------- reading the figures */

// The same roll-up figures for the programme and for each group (two types in the schema).
graphql(`
  fragment ProgressProgrammeRollUp on ProgrammeProgress {
    attainment
    attainmentToDate
    linesWithTarget
    linesAchieved
    linesOnTrack
    linesBehind
    linesWithoutTarget
    forecast {
      attainment
      linesLikelyMet
      linesAtRisk
      yearEndLikelyMet
      yearEndAtRisk
    }
  }
`);
graphql(`
  fragment ProgressGroupRollUp on ProgressGroup {
    attainment
    attainmentToDate
    linesWithTarget
    linesAchieved
    linesOnTrack
    linesBehind
    linesWithoutTarget
    forecast {
      attainment
      linesLikelyMet
      linesAtRisk
      yearEndLikelyMet
      yearEndAtRisk
    }
  }
`);
graphql(`
  fragment ProgressForecastFigures on ProgressForecast {
    year
    target
    quantity
    rate
    shortfall
    outlook
  }
`);
const PROGRESS = graphql(`
  query ProgressProgress($asOfYear: Int!) {
    programmeProgress(asOfYear: $asOfYear) {
      programmeCode
      asOfYear
      lastYear
      approvedPlanYears
      ...ProgressProgrammeRollUp
      groups {
        groupCode
        name
        ...ProgressGroupRollUp
        lines {
          targetLineId
          code
          name
          unit
          total
          cumulativeTarget
          cumulativeAchieved
          remaining
          rate
          status
          pipeline
          targetLine {
            code
          }
          years {
            year
            target
            planned
            achieved
            pipeline
            rate
            cumulativeTarget
            cumulativeAchieved
          }
          forecast {
            yearEnd {
              ...ProgressForecastFigures
            }
            periodEnd {
              ...ProgressForecastFigures
            }
          }
        }
      }
    }
  }
`);

// biome-ignore lint/suspicious/noExplicitAny: the response is compared as a whole
async function progress(asOfYear: number, user: TestUser | null = analyst): Promise<any> {
  const res = await t.gql(PROGRESS, { asOfYear }, user?.token ?? t.adminToken);
  expect(res.errors, res.text).toBeUndefined();
  return round(res.data!.programmeProgress);
}

/** One line's figures by code. */
// biome-ignore lint/suspicious/noExplicitAny: see above
function lineOf(p: any, code: string): any {
  // biome-ignore lint/suspicious/noExplicitAny: see above
  return p.groups.flatMap((g: any) => g.lines).find((l: any) => l.code === code);
}

/** Rates rounded, so that two correct computations that add in another order still compare equal. */
function round<T>(value: T): T {
  if (typeof value === "number" && !Number.isInteger(value)) return (Math.round(value * 1e9) / 1e9) as T;
  if (Array.isArray(value)) return value.map(round) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)])) as T;
  }
  return value;
}

/**
 * The expected `programmeProgress`, computed here from the raw tables: every row of every activity, plan
 * and target, summed and judged in plain JavaScript by the definitions of docs/decisions.md ("Progress").
 */
async function expected(asOfYear: number) {
  const [programme] = await t.dataSource.query(
    "SELECT first_year, last_year FROM programme WHERE code = $1",
    [PROGRAMME],
  );
  const years: number[] = [];
  for (let y = programme.first_year; y <= programme.last_year; y++) years.push(y);
  const groups: { code: string; name: string }[] = await t.dataSource.query(
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
  }[] = await t.dataSource.query(
    "SELECT id, code, name, unit, group_code, printed_total FROM target_line WHERE programme_code = $1 ORDER BY position",
    [PROGRAMME],
  );
  const targets: { target_line_id: string; year: number; target: number | null }[] = await t.dataSource.query(
    "SELECT target_line_id, year, target FROM target_line_year",
  );
  const activities: {
    target_line_id: string;
    planned_quantity: number;
    actual_quantity: number | null;
    state: string;
    year: number;
  }[] = await t.dataSource.query(
    `SELECT a.target_line_id, a.planned_quantity, a.actual_quantity, p.state, p.year
       FROM project_activity a, project p WHERE p.id = a.project_id`,
  );
  const plans: { id: string; year: number; status: string }[] = await t.dataSource.query(
    "SELECT id, year, status FROM annual_plan WHERE programme_code = $1",
    [PROGRAMME],
  );
  const registrations: { plan_id: string; target_line_id: string; quantity: number }[] =
    await t.dataSource.query("SELECT plan_id, target_line_id, quantity FROM plan_registration");

  const approvedPlans = plans.filter((p) => p.status === "APPROVED");
  const approvedYears = approvedPlans.map((p) => p.year).sort();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : null);

  const lineFigures = (line: (typeof lines)[number]) => {
    const target = (y: number) =>
      targets.find((x) => x.target_line_id === line.id && x.year === y)?.target ?? null;
    const ofLine = activities.filter((a) => a.target_line_id === line.id);
    const achieved = (y: number) =>
      sum(
        ofLine.filter((a) => a.year === y && ACHIEVED.includes(a.state)).map((a) => a.actual_quantity ?? 0),
      );
    const pipeline = (y: number) =>
      sum(ofLine.filter((a) => a.year === y && PIPELINE.includes(a.state)).map((a) => a.planned_quantity));
    const planned = (y: number) => {
      const p = approvedPlans.find((x) => x.year === y);
      if (!p) return null;
      return sum(
        registrations
          .filter((r) => r.plan_id === p.id && r.target_line_id === line.id)
          .map((r) => r.quantity),
      );
    };
    const anyTarget = years.some((y) => target(y) !== null);
    const total = line.printed_total ?? (anyTarget ? sum(years.map((y) => target(y) ?? 0)) : null);
    let cumulativeTarget = 0;
    let cumulativeAchieved = 0;
    const rows = years
      .filter((y) => y <= asOfYear)
      .map((y) => {
        cumulativeTarget += target(y) ?? 0;
        cumulativeAchieved += achieved(y);
        const tgt = target(y);
        return {
          year: y,
          target: tgt,
          planned: planned(y),
          achieved: achieved(y),
          pipeline: pipeline(y),
          rate: tgt ? achieved(y) / tgt : null,
          cumulativeTarget,
          cumulativeAchieved,
        };
      });
    const status = !total
      ? "NO_TARGET"
      : cumulativeAchieved >= total
        ? "ACHIEVED"
        : cumulativeAchieved >= cumulativeTarget
          ? "ON_TRACK"
          : "BEHIND";
    const outlookOf = (quantity: number, against: number | null) => ({
      target: against,
      quantity,
      rate: against ? quantity / against : null,
      shortfall: against === null ? null : Math.max(0, against - quantity),
      outlook: !against ? "NO_TARGET" : quantity >= against ? "LIKELY_MET" : "AT_RISK",
    });
    const allPipeline = sum(years.map(pipeline));
    return {
      targetLineId: line.id,
      code: line.code,
      name: line.name,
      unit: line.unit,
      total,
      cumulativeTarget,
      cumulativeAchieved,
      remaining: total === null ? null : Math.max(0, total - cumulativeAchieved),
      rate: total ? cumulativeAchieved / total : null,
      status,
      pipeline: allPipeline,
      targetLine: { code: line.code },
      years: rows,
      forecast: {
        yearEnd: { year: asOfYear, ...outlookOf(achieved(asOfYear) + pipeline(asOfYear), target(asOfYear)) },
        periodEnd: {
          year: programme.last_year,
          ...outlookOf(sum(years.map(achieved)) + allPipeline, total),
        },
      },
    };
  };

  type Line = ReturnType<typeof lineFigures>;
  const rollUp = (ls: Line[]) => {
    const withTotal = ls.filter((l) => l.total !== null && l.total > 0);
    const count = (status: string) => ls.filter((l) => l.status === status).length;
    const outlooks = (which: "yearEnd" | "periodEnd", outlook: string) =>
      ls.filter((l) => l.forecast[which].outlook === outlook).length;
    return {
      attainment: mean(withTotal.map((l) => Math.min(1, l.cumulativeAchieved / (l.total as number)))),
      attainmentToDate: mean(
        ls
          .filter((l) => l.cumulativeTarget > 0)
          .map((l) => Math.min(1, l.cumulativeAchieved / l.cumulativeTarget)),
      ),
      linesWithTarget: withTotal.length,
      linesAchieved: count("ACHIEVED"),
      linesOnTrack: count("ON_TRACK"),
      linesBehind: count("BEHIND"),
      linesWithoutTarget: count("NO_TARGET"),
      forecast: {
        attainment: mean(
          withTotal.map((l) => Math.min(1, l.forecast.periodEnd.quantity / (l.total as number))),
        ),
        linesLikelyMet: outlooks("periodEnd", "LIKELY_MET"),
        linesAtRisk: outlooks("periodEnd", "AT_RISK"),
        yearEndLikelyMet: outlooks("yearEnd", "LIKELY_MET"),
        yearEndAtRisk: outlooks("yearEnd", "AT_RISK"),
      },
    };
  };

  const groupList = groups.map((g) => {
    const ls = lines.filter((l) => l.group_code === g.code).map(lineFigures);
    return { groupCode: g.code, name: g.name, ...rollUp(ls), lines: ls };
  });
  return round({
    programmeCode: PROGRAMME,
    asOfYear,
    lastYear: programme.last_year,
    approvedPlanYears: approvedYears,
    ...rollUp(groupList.flatMap((g) => g.lines)),
    groups: groupList,
  });
}

async function crossCheck(asOfYear: number) {
  // biome-ignore lint/suspicious/noExplicitAny: the whole tree is compared
  const actual: any = await progress(asOfYear);
  expect(actual).toEqual(await expected(asOfYear));
  return actual;
}

/* ------------------------------------------------------------------------------------------- the data */

let inProgress2026: Built;
let toReject: Built;
let toStop: Built;

beforeAll(async () => {
  await plan(
    2026,
    [
      { line: "I.2", quantity: 20 },
      { line: "I.2", quantity: 6, unit: true },
      { line: "VI.3", quantity: 1, commune: "phuong-hong-bang" },
    ],
    true,
  );
  // 2027's plan is open, not approved: its registrations are not "planned" yet.
  await plan(2027, [{ line: "I.2", quantity: 40 }], false);

  // Achieved in 2026: 1 + 3 (over-delivered) + 1 on VI.3, 2 by a settled đề án, 1 by a closed one.
  await build(2026, "ACCEPTED", [
    { line: "I.2", planned: 2, actual: 3 },
    { line: "VI.3", planned: 1, actual: 1 },
  ]);
  await build(2026, "SETTLED", [], 2);
  await build(2026, "CLOSED");
  // An accepted đề án that delivered nothing on one activity: 0 achieved, not its plan.
  await build(2026, "ACCEPTED", [{ line: "VI.4", planned: 1, actual: 0 }]);
  // Pipeline of 2026.
  inProgress2026 = await build(2026, "IN_PROGRESS", [
    { line: "I.2", planned: 4, actual: 2 },
    { line: "VI.4", planned: 1 },
  ]);
  await build(2026, "ADJUSTING");
  await build(2026, "ADVANCED");
  await build(2026, "APPROVED");
  await build(2026, "CONTRACTED");
  // Counted nowhere.
  await build(2026, "REJECTED", [{ line: "I.2", planned: 50 }]);
  await build(2026, "STOPPED", [{ line: "I.2", planned: 50 }]);
  await build(2026, "DRAFT", [{ line: "I.2", planned: 50 }]);
  await build(2026, "SUBMITTED", [{ line: "I.2", planned: 50 }]);
  toReject = await build(2026, "APPRAISED", [{ line: "I.2", planned: 50 }]);
  toStop = await build(2026, "CONTRACTED", [{ line: "VI.3", planned: 7 }]);
  // 2027: one accepted, a pipeline on I.2 and on I.4, a line without targets.
  await build(2027, "ACCEPTED", [], 5);
  await build(2027, "IN_PROGRESS", [
    { line: "I.2", planned: 6 },
    { line: "I.4", planned: 2 },
  ]);
}, 240_000);

/* ------------------------------------------------------------------------------------------- the tests */

describe("programmeProgress", () => {
  it("matches a direct computation from the raw tables, figure by figure, as of every year", async () => {
    for (const year of [2026, 2027, 2028, 2030]) await crossCheck(year);
  });

  it("reads as a person would: achieved, planned, pipeline and forecasts of I.2 in 2026", async () => {
    const p = await crossCheck(2026);
    const i2 = lineOf(p, "I.2");
    expect(p.approvedPlanYears).toEqual([2026]);
    expect(i2.years).toEqual([
      {
        year: 2026,
        target: 24,
        planned: 26, // 20 for xã An Hưng + 6 for the extension centre
        achieved: 1 + 3 + 2 + 1 + 1, // accepted (two activities), settled, closed, accepted
        pipeline: 1 + 4 + 1 + 1 + 1 + 1 + 1, // in progress (two), adjusting, advanced, approved, contracted ×2
        rate: round(8 / 24),
        cumulativeTarget: 24,
        cumulativeAchieved: 8,
      },
    ]);
    expect(i2).toMatchObject({ total: 143, status: "BEHIND", remaining: 135, pipeline: 10 + 1 + 6 });
    expect(i2.forecast.yearEnd).toEqual({
      year: 2026,
      target: 24,
      quantity: 18,
      rate: 0.75,
      shortfall: 6,
      outlook: "AT_RISK",
    });
    // 2030: 8 + 5 achieved (2027's accepted đề án counts toward the period) + 17 in the pipeline.
    expect(i2.forecast.periodEnd).toMatchObject({
      year: 2030,
      target: 143,
      quantity: 30,
      outlook: "AT_RISK",
    });
    // VI.3: 1 Hội nghị a year; one achieved in 2026 → on track, and the year's target is met.
    expect(lineOf(p, "VI.3")).toMatchObject({ status: "ON_TRACK", cumulativeAchieved: 1 });
    expect(lineOf(p, "VI.3").forecast.yearEnd.outlook).toBe("LIKELY_MET");
    // I.4 has no target: counted, never judged.
    const i4 = lineOf(p, "I.4");
    expect(i4).toMatchObject({ total: null, status: "NO_TARGET", pipeline: 2, rate: null, remaining: null });
    expect(i4.forecast.periodEnd).toMatchObject({ target: null, quantity: 2, outlook: "NO_TARGET" });
    // 2027: the plan is not approved, so nothing is "planned" although 40 are registered.
    const in2027 = lineOf(await progress(2027), "I.2");
    expect(in2027.years[1]).toMatchObject({ year: 2027, planned: null, achieved: 5, pipeline: 1 + 6 });
  });

  it("moves an accepted đề án from the pipeline to what is achieved", async () => {
    const before = lineOf(await crossCheck(2026), "I.2");
    const vi4Before = lineOf(await progress(2026), "VI.4");
    await carry(inProgress2026, "ACCEPTED", {});
    const p = await crossCheck(2026);
    const after = lineOf(p, "I.2");
    // Planned 1 + 4 leave the pipeline; the outputs recorded, 1 + 2, are achieved.
    expect(after.years[0].pipeline).toBe(before.years[0].pipeline - 5);
    expect(after.years[0].achieved).toBe(before.years[0].achieved + 3);
    expect(after.forecast.yearEnd.quantity).toBe(before.forecast.yearEnd.quantity - 2);
    expect(lineOf(p, "VI.4").years[0]).toMatchObject({
      achieved: vi4Before.years[0].achieved + 1,
      pipeline: vi4Before.years[0].pipeline - 1,
    });
  });

  it("counts a rejected or a stopped đề án nowhere", async () => {
    const appraised = await progress(2026);
    await carry(toReject, "REJECTED", { records: { reason: "Không đủ điều kiện" } });
    expect(await crossCheck(2026)).toEqual(appraised);

    const vi3 = lineOf(appraised, "VI.3");
    expect(vi3.pipeline).toBe(7);
    await carry(toStop, "STOPPED", { records: { reason: "Cơ sở ngừng sản xuất" } });
    const stopped = await crossCheck(2026);
    expect(lineOf(stopped, "VI.3")).toMatchObject({
      pipeline: 0,
      cumulativeAchieved: vi3.cumulativeAchieved,
    });
    expect(lineOf(stopped, "VI.3").years[0].pipeline).toBe(0);
  });

  it("gives every signed-in role the same city-wide figures", async () => {
    const reference = await progress(2026, analyst);
    for (const user of [officer, unitUser, treasury, finance, appraiser, null]) {
      expect(await progress(2026, user)).toEqual(reference);
    }
  });

  it("costs a fixed number of statements whatever the number of đề án", async () => {
    const count = async () => {
      const queries = await t.recordQueries(async () => {
        const res = await t.gql(PROGRESS, { asOfYear: 2026 }, analyst.token);
        expect(res.errors).toBeUndefined();
      });
      return queries.length;
    };
    const before = await count();
    await build(2026, "ACCEPTED", [{ line: "II.1", planned: 2 }]);
    await build(2028, "IN_PROGRESS", [{ line: "VI.5", planned: 1 }]);
    await build(2026, "CLOSED");
    // The programme (2), its groups, lines, body targets and years (4), the figures (1), the approved plan
    // years (1), the line ids (1) and the target lines of `targetLine` (1, batched).
    expect(await count()).toBe(before);
    expect(before).toBeLessThanOrEqual(10);
    await crossCheck(2026);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const res = await t.gql(PROGRESS, { asOfYear: 2026 });
    expect(errorCode(res)).toBe("UNAUTHENTICATED");
    expect(res.data).toBeNull();
  });

  it("refuses a year outside the programme's period on asOfYear", async () => {
    const res = await t.gql(PROGRESS, { asOfYear: 2031 }, analyst.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "asOfYear" });
    expect(res.errors?.[0]?.message).toContain("2026–2030");
    const nonsense = await t.gql(PROGRESS, { asOfYear: 20 }, analyst.token);
    expect(errorCode(nonsense)).toBe("BAD_USER_INPUT");
  });
});
