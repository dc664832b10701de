import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let analyst: TestUser;
beforeAll(async () => {
  t = await startTestServer();
  analyst = await t.createUser("ANALYST");
});
afterAll(() => t?.close());

// The admin app's dashboard: progress as of the year and attainment for every year of the period.
const DASHBOARD = `query($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) { attainment linesWithTarget linesAchieved }
  again: programmeProgress(asOfYear: $year) { attainment }
  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }
}`;

describe("programme progress within one request", () => {
  it("reads the figures once, however many fields and years ask for progress", async () => {
    let errors: unknown;
    let rows = 0;
    const statements = await t.recordQueries(async () => {
      const res = await t.gql(
        DASHBOARD,
        { year: 2027, years: [2026, 2027, 2028, 2029, 2030] },
        analyst.token,
      );
      errors = res.errors;
      rows = res.data?.attainment.length ?? 0;
    });
    expect(errors).toBeUndefined();
    expect(rows).toBeGreaterThan(0);
    // progress-figures.ts's one aggregate (its CTE is named `work`) and the approved plan years.
    expect(statements.filter((sql) => /WITH work AS/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM annual_plan WHERE programme_code/.test(sql))).toHaveLength(1);
  });

  it("gives each year the same figures as a request asking for that year alone", async () => {
    const both = await t.gql(
      `{ a: programmeProgress(asOfYear: 2026) { attainment linesBehind groups { lines { rate status } } }
         b: programmeProgress(asOfYear: 2029) { attainment linesBehind groups { lines { rate status } } } }`,
      {},
      analyst.token,
    );
    const alone = async (year: number) =>
      (
        await t.gql(
          `query($y: Int!) { programmeProgress(asOfYear: $y) { attainment linesBehind groups { lines { rate status } } } }`,
          { y: year },
          analyst.token,
        )
      ).data.programmeProgress;
    expect(both.data.a).toEqual(await alone(2026));
    expect(both.data.b).toEqual(await alone(2029));
  });
});
