import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readyDraft, targetLineId } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";
import { figuresAndBaseRows } from "./progress-figures-check.js";

let t: TestServer;
let analyst: TestUser;
beforeAll(async () => {
  t = await startTestServer();
  analyst = await t.createUser("ANALYST");
});
afterAll(() => t?.close());

// The admin app's dashboard: progress as of the year and attainment for every year of the period.
const DASHBOARD = graphql(`query ProgressOnceProgress($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) { attainment linesWithTarget linesAchieved }
  again: programmeProgress(asOfYear: $year) { attainment }
  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }
}`);

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
      graphql(`query ProgressOnceA { a: programmeProgress(asOfYear: 2026) { attainment linesBehind groups { lines { rate status } } }
         b: programmeProgress(asOfYear: 2029) { attainment linesBehind groups { lines { rate status } } } }`),
      {},
      analyst.token,
    );
    const alone = async (year: number) =>
      (
        await t.gql(
          graphql(
            `query ProgressOnceProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { attainment linesBehind groups { lines { rate status } } } }`,
          ),
          { y: year },
          analyst.token,
        )
      ).data!.programmeProgress;
    expect(both.data!.a).toEqual(await alone(2026));
    expect(both.data!.b).toEqual(await alone(2029));
  });
});

describe("progress_figures (kept by triggers)", () => {
  it("equals the sums over the base rows after every kind of change", async () => {
    const department = await t.createUser("DEPARTMENT");
    const a = await readyDraft(t, department.token, { title: "Đề án A" });
    const b = await readyDraft(t, department.token, { title: "Đề án B", year: 2027 });
    const check = async (step: string) => {
      const { kept, base } = await figuresAndBaseRows(t);
      expect(kept, step).toEqual(base);
      return kept.length;
    };
    const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
    await check("drafts count nowhere");
    await sql("UPDATE project SET state = 'APPROVED' WHERE id = $1", [a.project.id]);
    expect(await check("approved: pipeline")).toBe(1);
    await sql("UPDATE project SET state = 'IN_PROGRESS' WHERE id = ANY($1)", [[a.project.id, b.project.id]]);
    expect(await check("two at once")).toBe(2);
    await sql("UPDATE project_activity SET planned_quantity = 5 WHERE id = $1", [a.activityId]);
    await check("planned quantity changed");
    const line = await targetLineId(t, "II.1");
    await sql("UPDATE project_activity SET target_line_id = $2 WHERE id = $1", [a.activityId, line]);
    await check("activity moved to another line");
    await sql("UPDATE project_activity SET actual_quantity = 3 WHERE project_id = $1", [b.project.id]);
    await sql("UPDATE project SET state = 'ACCEPTED' WHERE id = $1", [b.project.id]);
    await check("accepted: achieved");
    await sql("UPDATE project SET year = 2028 WHERE id = $1", [b.project.id]);
    await check("year changed");
    await sql(
      `INSERT INTO project_activity (project_id, activity_kind, target_line_id, planned_quantity, actual_quantity)
       SELECT $1, 'MACHINERY', $2, 4, 2 FROM generate_series(1, 3)`,
      [b.project.id, line],
    );
    await check("three activities inserted in one statement");
    await sql("DELETE FROM project_activity WHERE project_id = $1 AND planned_quantity = 4", [b.project.id]);
    await check("activities deleted");
    await sql("UPDATE project SET state = 'STOPPED' WHERE id = $1", [a.project.id]);
    await check("stopped: counts nowhere");
    await sql("UPDATE project SET state = 'SETTLED' WHERE id = $1", [a.project.id]);
    await sql("DELETE FROM project WHERE id = $1", [a.project.id]);
    await check("a đề án deleted with its activities");
  });
});
