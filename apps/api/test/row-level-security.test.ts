/**
 * Scope enforced twice (issue 12 §4): row-level security is the backstop of the API's scope. Inside a
 * request's transaction (db/request-session.ts: the role khuyencong_app and the user's scope settings), a
 * query that forgets its scope condition — a raw `SELECT * FROM project` — still reads only the user's
 * rows, for every protected table, and cannot write into another commune's rows.
 */
import type { Role } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CtxUser, requestDatabase } from "../src/context.js";
import { PROTECTED_TABLES } from "../src/db/migrations/1796100000001-RowLevelSecurity.js";
import { RequestSession } from "../src/db/request-session.js";
import { DEFAULT_COMMUNE, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
let otherCommune: string;
const projects: Record<"mine" | "other", { id: string }> = {} as never;
const facilities: Record<"mine" | "other", { id: string }> = {} as never;

/** What each protected table holds for commune A (the officer's), as the owner reads it. */
function rowsOfCommune(table: string): string {
  const projectIds = "SELECT id FROM project WHERE commune_code = $1";
  const facilityIds = `SELECT id FROM facility WHERE production_commune_code = $1
    UNION SELECT pb.facility_id FROM project_beneficiary pb WHERE pb.project_id IN (${projectIds})`;
  switch (table) {
    case "project":
    case "project_money":
    case "plan_registration":
      return `SELECT count(*)::int AS n FROM ${table} WHERE commune_code = $1`;
    case "facility":
      return `SELECT count(*)::int AS n FROM facility WHERE id IN (${facilityIds})`;
    case "prior_support":
    case "facility_support":
      return `SELECT count(*)::int AS n FROM ${table} WHERE facility_id IN (${facilityIds})`;
    default:
      return `SELECT count(*)::int AS n FROM ${table} WHERE project_id IN (${projectIds})`;
  }
}

async function ownerCount(sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await t.dataSource.query(sql, params);
  return n;
}

function user(role: Role, scope: { communeCode?: string; unitId?: string } = {}): CtxUser {
  return {
    id: "00000000-0000-0000-0000-000000000000",
    role,
    communeCode: scope.communeCode ?? null,
    unitId: scope.unitId ?? null,
  };
}

/** Runs `fn` in a request's database session, as the API does, and ends it. */
async function asRequest<T>(
  who: CtxUser | null,
  fn: (db: ReturnType<typeof requestDatabase>) => Promise<T>,
): Promise<T> {
  const db = requestDatabase(t.dataSource, who);
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: responses are read loosely here
async function must(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await t.gqlText(query, variables, token);
  if (res.errors || !res.data) throw new Error(`unexpected error: ${res.text}`);
  return res.data;
}

async function createProject(token: string, input: Record<string, unknown>): Promise<{ id: string }> {
  const data = await must(
    "mutation($input: ProjectInput!) { createProject(input: $input) { id } }",
    {
      input: {
        title: "Hỗ trợ ứng dụng máy móc chế biến bánh đa",
        year: 2026,
        fundSource: "CITY_BUDGET",
        proposedOn: "2026-03-15",
        objective: "Nâng cao năng suất",
        ...input,
      },
    },
    token,
  );
  return data.createProject;
}

/** A draft in `communeCode` with one beneficiary producing there, an activity and a budget line. */
async function draftIn(communeCode: string, implementingUnitId: string | null) {
  const { token } = await t.createUser("DEPARTMENT");
  const { createFacility: facility } = await must(
    "mutation($input: FacilityInput!) { createFacility(input: $input) { id } }",
    {
      input: {
        name: `Cơ sở ${communeCode}`,
        legalForm: "HOUSEHOLD_BUSINESS",
        productionCommuneCode: communeCode,
        sector: "AGRO_FOOD_PROCESSING",
      },
    },
    token,
  );
  const project = await createProject(token, { communeCode, implementingUnitId });
  const change = async (mutation: string, args: string, variables: Record<string, unknown>) => {
    const [{ version }] = await t.dataSource.query("SELECT version FROM project WHERE id = $1", [project.id]);
    await must(
      `mutation($projectId: ID!, $version: Int!${args}) {
         ${mutation}(projectId: $projectId, version: $version, ${Object.keys(variables)
           .map((k) => `${k}: $${k}`)
           .join(", ")}) { id } }`,
      { projectId: project.id, version, ...variables },
      token,
    );
  };
  await change("addProjectBeneficiary", ", $facilityId: ID!", { facilityId: facility.id });
  const [{ id: targetLineId }] = await t.dataSource.query("SELECT id FROM target_line WHERE code = 'I.2'");
  await change("addProjectActivity", ", $input: ProjectActivityInput!", {
    input: {
      activityKind: "MACHINERY",
      targetLineId,
      plannedQuantity: 1,
      description: "Máy cán bánh tự động",
      machineryIsNew: true,
      machineryImproves: true,
    },
  });
  const [activity] = await t.dataSource.query("SELECT id FROM project_activity WHERE project_id = $1", [
    project.id,
  ]);
  await change("addBudgetLine", ", $input: BudgetLineInput!", {
    input: {
      activityId: activity.id,
      facilityId: facility.id,
      costItem: "Máy cán bánh",
      cost: 600_000_000,
      requestedSupport: 300_000_000,
    },
  });
  // The rows no mutation of a draft makes, written as the owner (the system context RLS does not bind).
  const [{ id: userId }] = await t.dataSource.query("SELECT id FROM app_user LIMIT 1");
  await t.dataSource.query(
    `INSERT INTO project_event (project_id, action, to_state, actor_id) VALUES ($1, 'create', 'DRAFT', $2)`,
    [project.id, userId],
  );
  await t.dataSource.query(
    `INSERT INTO project_document (project_id, kind, file_name, content_type, size_bytes, sha256, content, uploaded_by_id)
     VALUES ($1, 'PHOTO', 'anh.jpg', 'image/jpeg', 3, repeat('a', 64), '\\x010203', $2)`,
    [project.id, userId],
  );
  await t.dataSource.query(
    `INSERT INTO payment_request (project_id, request_key, kind, amount, status) VALUES ($1, 'k1', 'ADVANCE', 1000, 'PENDING')`,
    [project.id],
  );
  await t.dataSource.query(
    `INSERT INTO prior_support (facility_id, activity_kind, cost_item, source, year) VALUES ($1, 'MACHINERY', 'Máy', 'Nguồn khác', 2024)`,
    [facility.id],
  );
  return { project, facility, activityId: activity.id as string, userId: userId as string };
}

beforeAll(async () => {
  t = await startTestServer();
  [{ code: otherCommune }] = await t.dataSource.query(
    "SELECT code FROM commune WHERE code <> $1 ORDER BY code LIMIT 1",
    [DEFAULT_COMMUNE],
  );
  const mine = await draftIn(DEFAULT_COMMUNE, t.unitId);
  const other = await draftIn(otherCommune, null);
  projects.mine = mine.project;
  projects.other = other.project;
  facilities.mine = mine.facility;
  facilities.other = other.facility;
  // One annual plan, a registration of each commune.
  const [{ code: programme }] = await t.dataSource.query("SELECT code FROM programme LIMIT 1");
  const [{ id: planId }] = await t.dataSource.query(
    `INSERT INTO annual_plan (programme_code, year, status, version) VALUES ($1, 2027, 'OPEN', 1) RETURNING id`,
    [programme],
  );
  const [{ id: lineId }] = await t.dataSource.query("SELECT id FROM target_line WHERE code = 'I.2'");
  for (const commune of [DEFAULT_COMMUNE, otherCommune]) {
    await t.dataSource.query(
      `INSERT INTO plan_registration (plan_id, commune_code, target_line_id, quantity, estimated_cost, fund_source, created_by_id, version)
       VALUES ($1, $2, $3, 1, 1000, 'CITY_BUDGET', $4, 1)`,
      [planId, commune, lineId, mine.userId],
    );
  }
});
afterAll(() => t?.close());

describe("row-level security: a query that forgets the scope", () => {
  const officer = () => user("COMMUNE_OFFICER", { communeCode: DEFAULT_COMMUNE });

  it.each(Object.keys(PROTECTED_TABLES))(
    "%s: a commune officer's raw SELECT * reads their commune's rows only",
    async (table) => {
      const total = await ownerCount(`SELECT count(*)::int AS n FROM ${table}`);
      const mine = await ownerCount(rowsOfCommune(table), [DEFAULT_COMMUNE]);
      // Not vacuous: the table holds rows of both communes.
      expect(mine).toBeGreaterThan(0);
      expect(total).toBeGreaterThan(mine);
      const seen = await asRequest(officer(), (db) => db.em.query(`SELECT * FROM ${table}`));
      expect(seen).toHaveLength(mine);
      // The department (scope "all") reads them all through the same path.
      const all = await asRequest(user("DEPARTMENT"), (db) => db.em.query(`SELECT * FROM ${table}`));
      expect(all).toHaveLength(total);
    },
  );

  it("an implementing unit reads its own đề án and what hangs from them only", async () => {
    const unit = user("IMPLEMENTING_UNIT", { unitId: t.unitId });
    const seen: { id: string }[] = await asRequest(unit, (db) => db.em.query("SELECT id FROM project"));
    expect(seen.map((p) => p.id)).toEqual([projects.mine.id]);
    const lines: { project_id: string }[] = await asRequest(unit, (db) =>
      db.em.query("SELECT project_id FROM budget_line"),
    );
    expect(new Set(lines.map((l) => l.project_id))).toEqual(new Set([projects.mine.id]));
    const facilityIds: { id: string }[] = await asRequest(unit, (db) =>
      db.em.query("SELECT id FROM facility"),
    );
    expect(facilityIds.map((f) => f.id)).toContain(facilities.mine.id);
    expect(facilityIds.map((f) => f.id)).not.toContain(facilities.other.id);
  });

  it("no scope setting, or no user, sees no protected row (a forgotten setting is never 'everything')", async () => {
    for (const table of Object.keys(PROTECTED_TABLES)) {
      expect(await asRequest(null, (db) => db.em.query(`SELECT * FROM ${table}`))).toEqual([]);
    }
    // Either role alone, without the settings: what a request transaction would be if it forgot them.
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const role of ["khuyencong_app", "khuyencong_app_all"]) {
        await runner.query("BEGIN");
        await runner.query(`SET LOCAL ROLE ${role}`);
        for (const table of Object.keys(PROTECTED_TABLES)) {
          expect(await runner.query(`SELECT * FROM ${table}`), `${role}: ${table}`).toEqual([]);
        }
        await runner.query("ROLLBACK");
      }
    } finally {
      await runner.release();
    }
  });

  it("the settings end with the transaction: the pooled connection goes back as the owner, unscoped", async () => {
    const session = new RequestSession(t.dataSource, officer());
    const [{ pid }] = await session.em.query("SELECT pg_backend_pid() AS pid");
    await session.end();
    // Every connection of the pool at once (5 in the tests), so the session's is among them.
    const runners = Array.from({ length: 5 }, () => t.dataSource.createQueryRunner());
    try {
      const states = await Promise.all(
        runners.map(async (runner) => {
          const [state] = await runner.query(
            "SELECT pg_backend_pid() AS pid, current_user AS role, current_setting('khuyencong.scope', true) AS scope",
          );
          return state;
        }),
      );
      const reused = states.find((state) => state.pid === pid);
      expect(reused).toBeDefined();
      expect(reused.role).not.toMatch(/^khuyencong_app/);
      expect(reused.scope ?? "").toBe("");
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  });
});

describe("row-level security: writes outside the scope are refused", () => {
  const officer = () => user("COMMUNE_OFFICER", { communeCode: DEFAULT_COMMUNE });

  it("an UPDATE or DELETE of another commune's rows touches nothing", async () => {
    const before = await t.dataSource.query("SELECT title, version FROM project WHERE id = $1", [
      projects.other.id,
    ]);
    const touched = await asRequest(officer(), async (db) => [
      await db.em.query("UPDATE project SET title = 'Đã sửa' WHERE id = $1 RETURNING id", [
        projects.other.id,
      ]),
      await db.em.query("UPDATE facility SET name = 'Đã sửa' WHERE id = $1 RETURNING id", [
        facilities.other.id,
      ]),
      await db.em.query("DELETE FROM budget_line WHERE project_id = $1 RETURNING id", [projects.other.id]),
      await db.em.query("DELETE FROM plan_registration WHERE commune_code = $1 RETURNING id", [otherCommune]),
    ]);
    expect(touched.map((rows) => rows[0])).toEqual([[], [], [], []]);
    expect(
      await t.dataSource.query("SELECT title, version FROM project WHERE id = $1", [projects.other.id]),
    ).toEqual(before);
    expect(
      await ownerCount("SELECT count(*)::int AS n FROM budget_line WHERE project_id = $1", [
        projects.other.id,
      ]),
    ).toBe(1);
  });

  it("an INSERT into another commune, or moving an own row there, fails with 42501", async () => {
    const attempts: [string, unknown[]][] = [
      [
        `INSERT INTO project_event (project_id, action, to_state) VALUES ($1, 'x', 'DRAFT')`,
        [projects.other.id],
      ],
      [
        `INSERT INTO payment_request (project_id, request_key, kind, amount, status) VALUES ($1, 'k2', 'ADVANCE', 1, 'PENDING')`,
        [projects.other.id],
      ],
      ["UPDATE project SET commune_code = $2 WHERE id = $1", [projects.mine.id, otherCommune]],
      [
        `INSERT INTO prior_support (facility_id, activity_kind, cost_item, source, year) VALUES ($1, 'MACHINERY', 'Máy', 'Khác', 2024)`,
        [facilities.other.id],
      ],
    ];
    for (const [sql, params] of attempts) {
      const refusal = await asRequest(officer(), (db) => db.em.query(sql, params)).then(
        () => null,
        (error: { driverError?: { code?: string }; code?: string }) => error.driverError?.code ?? error.code,
      );
      expect(refusal, sql).toBe("42501");
    }
    expect(
      await ownerCount("SELECT count(*)::int AS n FROM project WHERE commune_code = $1", [otherCommune]),
    ).toBe(1);
  });

  it("through the API, a commune officer's đề án list and their own writes are unchanged", async () => {
    const officerUser = await t.createUser("COMMUNE_OFFICER");
    const data = await must("{ projects(first: 50) { totalCount nodes { id } } }", {}, officerUser.token);
    expect(data.projects.nodes.map((p: { id: string }) => p.id)).toEqual([projects.mine.id]);
    const draft = await createProject(officerUser.token, { communeCode: DEFAULT_COMMUNE });
    expect(await ownerCount("SELECT count(*)::int AS n FROM project WHERE id = $1", [draft.id])).toBe(1);
  });
});

describe("the one read that crosses scopes on purpose: earlier support of a beneficiary", () => {
  it("a commune officer sees the approved đề án of another commune that supported their beneficiary, and no more", async () => {
    const officer = user("COMMUNE_OFFICER", { communeCode: DEFAULT_COMMUNE });
    // The other commune's đề án, approved, also supports this commune's facility (written as the owner).
    await t.dataSource.query(
      `INSERT INTO budget_line (project_id, activity_id, facility_id, cost_item, cost, requested_support,
                                counterpart_funds, norm_id, allowed_support, bound_by, norm_explanation)
       SELECT project_id, activity_id, $2, cost_item, cost, requested_support,
              counterpart_funds, norm_id, allowed_support, bound_by, norm_explanation
         FROM budget_line WHERE project_id = $1`,
      [projects.other.id, facilities.mine.id],
    );
    await t.dataSource.query(
      "UPDATE project SET state = 'APPROVED', approved_support = 50000000 WHERE id = $1",
      [projects.other.id],
    );
    const [{ code: otherCode }] = await t.dataSource.query("SELECT code FROM project WHERE id = $1", [
      projects.other.id,
    ]);
    const prior: { facilityId: string; source: string; project_id: string | null }[] = await asRequest(
      officer,
      (db) => db.em.query("SELECT * FROM kc_prior_support($1, $2)", [[projects.mine.id], ["APPROVED"]]),
    );
    expect(prior).toContainEqual(
      expect.objectContaining({
        facilityId: facilities.mine.id,
        source: otherCode,
        project_id: projects.other.id,
      }),
    );
    expect(prior.every((row) => row.facilityId === facilities.mine.id)).toBe(true);
    // Asked about the other commune's đề án, it answers nothing.
    expect(
      await asRequest(officer, (db) =>
        db.em.query("SELECT * FROM kc_prior_support($1, $2)", [[projects.other.id], ["APPROVED"]]),
      ),
    ).toEqual([]);
  });
});
