import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminOperations } from "./admin-operations.js";
import { readyDraft } from "./fixtures.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let department: TestUser;
beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
});
afterAll(() => t?.close());

describe("statements per screen (the admin app's own queries)", () => {
  it("đề án detail", async () => {
    const { project } = await readyDraft(t, department.token);
    const query = adminOperations().get("ProjectDetail") as string;
    const statements = await t.recordQueries(async () => {
      const res = await t.gql(query, { id: project.id }, department.token);
      expect(res.errors).toBeUndefined();
    });
    // The đề án, then per relation one batched statement (a budget line's facility comes with the
    // beneficiaries; the totals are summed from the lines it reads anyway): 16 before issue 11.
    expect(statements.length).toBeLessThanOrEqual(13);
  });

  it("đề án list: the page and its total in one statement, then one per relation", async () => {
    for (let i = 0; i < 3; i++) await readyDraft(t, department.token, { title: `Đề án ${i}` });
    const query = adminOperations().get("Projects") as string;
    const statements = await t.recordQueries(async () => {
      const res = await t.gql(query, { first: 2 }, department.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.projects.totalCount).toBeGreaterThan(2);
      expect(res.data.projects.pageInfo.hasNextPage).toBe(true);
    });
    expect(statements.filter((sql) => /FROM "project" "project"/.test(sql))).toHaveLength(1);
    // page + total, commune, estimate totals
    expect(statements.length).toBeLessThanOrEqual(3);
  });
});
