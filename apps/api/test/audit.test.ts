import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS } from "@khuyencong/domain";
import { auditPayload } from "../src/audit/audit-payload.js";
import { recordAudit } from "../src/audit/audit.service.js";
import { inTransaction, systemContext } from "../src/context.js";
import { silentLogger } from "../src/log.js";
import { graphql } from "./graphql/index.js";
import { ADMIN_EMAIL, DEFAULT_PASSWORD, errorCode, startTestServer, type TestServer } from "./harness.js";

const RENAME = graphql(`
  mutation AuditRename($id: ID!, $version: Int!, $fullName: String!) {
    updateUser(id: $id, version: $version, fullName: $fullName) {
      id
    }
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation AuditChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next) {
      id
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation AuditResetPassword($id: ID!, $password: String!) {
    resetPassword(id: $id, newPassword: $password) {
      id
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation AuditDeactivate($id: ID!) {
    deactivateUser(id: $id) {
      id
    }
  }
`);
const LOGIN = graphql(`
  mutation AuditLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  user_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

async function auditRows(sinceId: number): Promise<AuditRow[]> {
  return t.dataSource.query(
    "SELECT action, entity_type, entity_id, user_id, before, after FROM audit_entry WHERE id > $1 ORDER BY id",
    [sinceId],
  );
}

async function lastAuditId(): Promise<number> {
  const [row] = await t.dataSource.query("SELECT coalesce(max(id), 0)::int AS id FROM audit_entry");
  return row.id;
}

const AUDIT_LOG = graphql(`query AuditAuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id at action entityType entityId userId user { email } before after }
    pageInfo { hasNextPage endCursor }
  }
}`);

describe("audit rows", () => {
  it("records exactly one row per mutation, with before/after and never a password hash", async () => {
    const [admin] = await t.dataSource.query("SELECT id FROM app_user WHERE email = $1", [ADMIN_EMAIL]);
    const start = await lastAuditId();

    const created = await t.gql(
      graphql(`
        mutation AuditCreateUser($password: String!) {
          createUser(email: "audited@test.local", fullName: "Người Được Ghi", role: ANALYST, password: $password) {
            id
          }
        }
      `),
      { password: DEFAULT_PASSWORD },
      t.adminToken,
    );
    const id: string = created.data!.createUser.id;
    const token = await t.login("audited@test.local", DEFAULT_PASSWORD);
    await t.gql(CHANGE_PASSWORD, { current: DEFAULT_PASSWORD, next: "changed-password-1" }, token);
    await t.gql(RENAME, { id: id, version: 2, fullName: "Tên Mới" }, t.adminToken);
    await t.gql(RESET_PASSWORD, { id: id, password: "reset-password-1" }, t.adminToken);
    const again = await t.login("audited@test.local", "reset-password-1");
    await t.gql(graphql(`mutation AuditLogout { logout }`), {}, again);
    await t.gql(DEACTIVATE, { id }, t.adminToken);

    const rows = await auditRows(start);
    expect(
      rows.map((row) => [row.action, row.entity_type, row.user_id === admin.id ? "admin" : row.user_id]),
    ).toEqual([
      ["user.create", "User", "admin"],
      ["session.login", "Session", id],
      ["user.change_password", "User", id],
      ["user.update", "User", "admin"],
      ["user.reset_password", "User", "admin"],
      ["session.login", "Session", id],
      ["session.logout", "Session", id],
      ["user.deactivate", "User", "admin"],
    ]);
    const [create, , change, update, , , logout, deactivate] = rows;
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ id, email: "audited@test.local", role: "ANALYST", version: 1 });
    expect(change?.before).toMatchObject({ version: 1 });
    expect(change?.after).toMatchObject({ version: 2 });
    expect(update?.before).toMatchObject({ fullName: "Người Được Ghi", version: 2 });
    expect(update?.after).toMatchObject({ fullName: "Tên Mới", version: 3 });
    expect(logout?.before).toEqual({ revokedAt: null });
    expect(logout?.after?.revokedAt).toEqual(expect.any(String));
    expect(deactivate?.before).toMatchObject({ active: true });
    expect(deactivate?.after).toMatchObject({ active: false });

    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash|token/i);
    expect(text).not.toContain(DEFAULT_PASSWORD);
  });

  it("leaves no row and no change when a mutation is refused", async () => {
    const user = await t.createUser("ANALYST");
    const start = await lastAuditId();
    const refused = [
      await t.gql(RENAME, { id: user.id, version: 99, fullName: "X" }, t.adminToken),
      await t.gql(RENAME, { id: user.id, version: 1, fullName: "X" }, user.token),
      await t.gql(DEACTIVATE, { id: user.id }),
      await t.gql(LOGIN, { email: user.email, password: "wrong-password" }),
      await t.gql(
        graphql(
          `mutation AuditWrongPassword { changePassword(currentPassword: "wrong-pass", newPassword: "whatever-123") { id } }`,
        ),
        {},
        user.token,
      ),
    ];
    expect(refused.map(errorCode)).toEqual([
      "STALE_VERSION",
      "FORBIDDEN",
      "UNAUTHENTICATED",
      "UNAUTHENTICATED",
      "BAD_USER_INPUT",
    ]);
    // The one refusal that leaves a row, on purpose: a failed sign-in (auth.test.ts tests its content).
    expect((await auditRows(start)).map((row) => row.action)).toEqual(["session.login_failed"]);
    const [row] = await t.dataSource.query("SELECT full_name, version, active FROM app_user WHERE id = $1", [
      user.id,
    ]);
    expect(row).toEqual({ full_name: "Người Thử", version: 1, active: true });
  });

  it("refuses to write outside a transaction, so an audit row can never outlive its change", async () => {
    const ctx = systemContext(t.dataSource, silentLogger, { sessionTtlHours: 12 });
    await expect(
      recordAudit(ctx, { action: "reference.seed", entityType: "X", entityId: "1" }),
    ).rejects.toThrow(/outside a transaction/);
    const start = await lastAuditId();
    await expect(
      inTransaction(ctx, async (tx) => {
        await recordAudit(tx, {
          action: "reference.seed",
          entityType: "X",
          entityId: "1",
          after: { password: "p", ok: 1 },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await auditRows(start)).toEqual([]);
  });

  it("drops secret-looking keys whatever the caller passes", async () => {
    const ctx = systemContext(t.dataSource, silentLogger, { sessionTtlHours: 12 });
    const start = await lastAuditId();
    await inTransaction(ctx, (tx) =>
      recordAudit(tx, {
        action: "reference.seed",
        entityType: "X",
        entityId: "1",
        after: { name: "a", passwordHash: "h", nested: { token: "t", keep: 1 } },
      }),
    );
    const [row] = await auditRows(start);
    expect(row?.after).toEqual({ name: "a", nested: { keep: 1 } });
  });
});

describe("audit actions and payloads", () => {
  it("takes only the domain's actions: an unlisted one does not compile", async () => {
    const ctx = systemContext(t.dataSource, silentLogger, { sessionTtlHours: 12 });
    const start = await lastAuditId();
    await expect(
      inTransaction(ctx, (tx) =>
        // @ts-expect-error "user.rename" is not in AUDIT_ACTIONS: the build fails if it is ever accepted.
        recordAudit(tx, { action: "user.rename", entityType: "User", entityId: "1" }),
      ),
    ).resolves.toBeUndefined();
    // Typing is the guard (a row's action column stays free text, so old rows keep reading).
    expect((await auditRows(start)).map((row) => row.action)).toEqual(["user.rename"]);
  });

  it("builds before and after one way: own fields, no secret, no derived column, no relation, no bytes", () => {
    class Related {
      id = "r1";
    }
    class Row {
      id = "1";
      name = "Cơ sở A";
      searchText = "co so a";
      passwordHash = "$argon2id$…";
      tokenHash = "abc";
      at = new Date("2026-12-07T01:02:03.000Z");
      count = 12n;
      relation = new Related();
      content = Buffer.from("bytes");
      lines = [new Related(), { cost: 5, secretKey: "s" }];
      nested = { keep: 1, token: "t", when: new Date("2026-01-01T00:00:00.000Z") };
      missing = undefined;
      get label(): string {
        return "computed";
      }
    }
    expect(auditPayload(new Row())).toEqual({
      id: "1",
      name: "Cơ sở A",
      at: "2026-12-07T01:02:03.000Z",
      count: "12",
      lines: [{ id: "r1" }, { cost: 5 }],
      nested: { keep: 1, when: "2026-01-01T00:00:00.000Z" },
    });
    expect(auditPayload(null)).toBeNull();
    expect(auditPayload(undefined)).toBeNull();
  });

  it("gives each entry its action's Vietnamese label, and an unlisted action as written", async () => {
    const user = await t.createUser("ANALYST");
    await t.gql(RENAME, { id: user.id, version: 1, fullName: "Bốn" }, t.adminToken);
    // A row written before its action was dropped from the list still reads.
    await t.dataSource.query(
      "INSERT INTO audit_entry (action, entity_type, entity_id) VALUES ('user.renamed_long_ago', 'User', $1)",
      [user.id],
    );
    const res = await t.gql(
      graphql(
        `query AuditAuditLog2($filter: AuditFilter) { auditLog(filter: $filter) { nodes { action actionLabel } } }`,
      ),
      { filter: { entityId: user.id } },
      t.adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditLog.nodes).toEqual([
      { action: "user.renamed_long_ago", actionLabel: "user.renamed_long_ago" },
      { action: "user.update", actionLabel: AUDIT_ACTION_LABELS["user.update"] },
      { action: "user.create", actionLabel: "Tạo tài khoản" },
    ]);
  });
});

describe("auditLog query", () => {
  it("is for ADMIN and DEPARTMENT only", async () => {
    const department = await t.createUser("DEPARTMENT");
    expect((await t.gql(AUDIT_LOG, { first: 1 }, department.token)).errors).toBeUndefined();
    for (const role of ["COMMUNE_OFFICER", "IMPLEMENTING_UNIT", "FINANCE", "TREASURY", "ANALYST"] as const) {
      const user = await t.createUser(role);
      expect(errorCode(await t.gql(AUDIT_LOG, { first: 1 }, user.token))).toBe("FORBIDDEN");
    }
    expect(errorCode(await t.gql(AUDIT_LOG, { first: 1 }))).toBe("UNAUTHENTICATED");
  });

  it("filters by entity, user and time, newest first, with the user loaded", async () => {
    const user = await t.createUser("ANALYST");
    await t.gql(RENAME, { id: user.id, version: 1, fullName: "Một" }, t.adminToken);
    await t.gql(RENAME, { id: user.id, version: 2, fullName: "Hai" }, t.adminToken);

    const res = await t.gql(AUDIT_LOG, { filter: { entityType: "User", entityId: user.id } }, t.adminToken);
    expect(res.errors).toBeUndefined();
    const log = res.data!.auditLog;
    expect(log.totalCount).toBe(3);
    expect(log.nodes.map((node: { action: string }) => node.action)).toEqual([
      "user.update",
      "user.update",
      "user.create",
    ]);
    expect(log.nodes[0]!.after!.fullName).toBe("Hai");
    expect(log.nodes[0]!.user).toEqual({ email: ADMIN_EMAIL });

    const byUser = await t.gql(AUDIT_LOG, { filter: { userId: user.id } }, t.adminToken);
    expect(byUser.data?.auditLog.nodes.map((node: { action: string }) => node.action)).toEqual([
      "session.login",
    ]);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await t.gql(AUDIT_LOG, { filter: { from: future } }, t.adminToken);
    expect(none.data?.auditLog).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    const all = await t.gql(AUDIT_LOG, { filter: { to: future }, first: 1 }, t.adminToken);
    expect(all.data?.auditLog.pageInfo.hasNextPage).toBe(true);
  });

  it("filters by action, exactly or by the kind of record before the dot, taking wildcards literally", async () => {
    const user = await t.createUser("ANALYST");
    await t.gql(RENAME, { id: user.id, version: 1, fullName: "Ba" }, t.adminToken);
    const actions = async (action: string) => {
      const res = await t.gql(AUDIT_LOG, { filter: { entityId: user.id, action }, first: 50 }, t.adminToken);
      expect(res.errors).toBeUndefined();
      return res.data?.auditLog.nodes.map((node: { action: string }) => node.action);
    };
    expect(await actions("user.update")).toEqual(["user.update"]);
    expect(await actions("user.")).toEqual(["user.update", "user.create"]);
    expect(await actions("user")).toEqual([]);
    expect(await actions("%.")).toEqual([]);
    expect(await actions("_ser.")).toEqual([]);
    const tooLong = await t.gql(AUDIT_LOG, { filter: { action: "x".repeat(65) } }, t.adminToken);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("pages with a cursor", async () => {
    const first = await t.gql(AUDIT_LOG, { first: 2 }, t.adminToken);
    const second = await t.gql(
      AUDIT_LOG,
      { first: 2, after: first.data?.auditLog.pageInfo.endCursor },
      t.adminToken,
    );
    const ids = [...first.data!.auditLog.nodes, ...second.data!.auditLog.nodes].map((node: { id: string }) =>
      Number(node.id),
    );
    expect(ids).toHaveLength(4);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });

  it("loads the users of a whole page in one query", async () => {
    const queries: string[] = [];
    const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
    // Count the SELECTs on app_user that one auditLog request makes.
    const spy = (mode: "master" | "slave") => {
      const runner = original(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        queries.push(sql);
        return (query as (...args: unknown[]) => unknown)(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    };
    t.dataSource.driver.createQueryRunner = spy;
    try {
      const res = await t.gql(AUDIT_LOG, { first: 50 }, t.adminToken);
      expect(res.errors).toBeUndefined();
      expect(new Set(res.data?.auditLog.nodes.map((node) => node.userId)).size).toBeGreaterThan(2);
    } finally {
      t.dataSource.driver.createQueryRunner = original;
    }
    const userSelects = queries.filter((sql) => /FROM "app_user"/.test(sql) && !/"user_session"/.test(sql));
    expect(userSelects).toHaveLength(1);
  });
});
