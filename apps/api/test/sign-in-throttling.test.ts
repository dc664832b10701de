/**
 * Sign-in under attack: throttling per account and per client address (in PostgreSQL, TOO_MANY_ATTEMPTS
 * with the wait), the audit rows of failed and successful sign-ins, and unknown e-mails answered in the
 * time of a wrong password.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP_SETTINGS } from "../src/config.js";
import { graphql } from "./graphql/index.js";
import { type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";

const MAX_PER_ACCOUNT = 3;
const MAX_PER_CLIENT = 8;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    settings: {
      // Behind a proxy the tests play: each test signs in from addresses of its own.
      http: { ...DEFAULT_APP_SETTINGS.http, trustProxy: true },
      signIn: {
        maxFailuresPerAccount: MAX_PER_ACCOUNT,
        maxFailuresPerClient: MAX_PER_CLIENT,
        windowSeconds: 900,
        blockSeconds: 900,
      },
    },
  });
});
afterAll(() => t?.close());

const LOGIN = graphql(
  `mutation SignInThrottlingLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
);

let nextAddress = 1;
/** A client address no other test uses. */
function freshAddress(): string {
  return `203.0.113.${nextAddress++}`;
}

// biome-ignore lint/suspicious/noExplicitAny: responses are read field by field
async function login(email: string, password: string, address: string): Promise<GqlResponse<any>> {
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const text = await response.text();
  const body = JSON.parse(text);
  return { status: response.status, data: body.data, errors: body.errors, text, headers: response.headers };
}

const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? "OK";

async function auditSince(
  id: number,
): Promise<{ action: string; entity_id: string; after: Record<string, unknown> }[]> {
  return t.dataSource.query(
    "SELECT action, entity_id, user_id, before, after FROM audit_entry WHERE id > $1 ORDER BY id",
    [id],
  );
}
async function lastAuditId(): Promise<number> {
  const [{ max }] = await t.dataSource.query("SELECT coalesce(max(id), 0)::int AS max FROM audit_entry");
  return max;
}

describe("per account", () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await t.createUser("DEPARTMENT");
  });

  it("refuses the attempt after the limit with TOO_MANY_ATTEMPTS and the wait, from any address, without checking the password", async () => {
    const wrong = "ngua-van-phi-qua-doi-xanh";
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) {
      expect(code(await login(user.email, wrong, freshAddress()))).toBe("UNAUTHENTICATED");
    }
    // The right password, from yet another address, is not even verified now.
    const blocked = await login(user.email.toUpperCase(), user.password, freshAddress());
    expect(code(blocked)).toBe("TOO_MANY_ATTEMPTS");
    expect(blocked.errors?.[0]?.message).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.");
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
    expect(blocked.data).toBeNull();

    // The count is in the database (shared by every instance), keyed by a digest, not the e-mail.
    const rows: { key: string }[] = await t.dataSource.query("SELECT key FROM sign_in_throttle");
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(user.email);

    // The wait over (moved into the past here), one attempt at a time; the next failure doubles it.
    await t.dataSource.query("UPDATE sign_in_throttle SET expire = 0 WHERE key LIKE 'account:%'");
    expect(code(await login(user.email, wrong, freshAddress()))).toBe("UNAUTHENTICATED");
    const again = await login(user.email, user.password, freshAddress());
    expect(code(again)).toBe("TOO_MANY_ATTEMPTS");
    expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toBe(120);
    expect(again.errors?.[0]?.message).toMatch(/sau 2 phút\.$/);

    // An administrator's reset lifts the wait: how a person locked out by someone else's guesses gets in.
    const reset = await t.gql(
      graphql(
        `mutation SignInThrottlingResetPassword($id: ID!) { resetPassword(id: $id, newPassword: "tau-hoa-chay-qua-canh-dong") { id } }`,
      ),
      { id: user.id },
      t.adminToken,
    );
    expect(reset.errors, reset.text).toBeUndefined();
    expect(code(await login(user.email, "tau-hoa-chay-qua-canh-dong", freshAddress()))).toBe("OK");
  });

  it("counts failures only: a success starts the account afresh", async () => {
    const other = await t.createUser("ANALYST");
    // Without the reset, the second round would already cross the limit.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < MAX_PER_ACCOUNT - 1; i++) {
        expect(code(await login(other.email, "sai-mat-khau-roi-nhe-ban", freshAddress()))).toBe(
          "UNAUTHENTICATED",
        );
      }
      expect(code(await login(other.email, other.password, freshAddress()))).toBe("OK");
    }
  });

  it("throttles an unknown e-mail exactly like a real one, so a wait reveals nothing", async () => {
    const ghost = "khong-ai-ca@test.local";
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) {
      expect(code(await login(ghost, "bat-ky-mat-khau-nao-day", freshAddress()))).toBe("UNAUTHENTICATED");
    }
    expect(code(await login(ghost, "bat-ky-mat-khau-nao-day", freshAddress()))).toBe("TOO_MANY_ATTEMPTS");
  });

  it("holds when the guesses come all at once", async () => {
    const target = await t.createUser("FINANCE");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(target.email, `doan-mo-lan-thu-${i}-xyz`, freshAddress())),
    );
    const codes = results.map(code);
    // Each attempt is counted before its password is verified: no more than the limit got verified.
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(MAX_PER_ACCOUNT);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(20 - MAX_PER_ACCOUNT);
  });
});

describe("per client address", () => {
  it("refuses an address after the limit whatever the accounts, and not the others", async () => {
    const address = freshAddress();
    for (let i = 0; i < MAX_PER_CLIENT; i++) {
      // A different e-mail each time: the per-account limit never trips.
      expect(code(await login(`rai-rac-${i}@test.local`, "doan-bua-mot-mat-khau", address))).toBe(
        "UNAUTHENTICATED",
      );
    }
    const blocked = await login(ADMIN_LIKE.email, ADMIN_LIKE.password, address);
    expect(code(blocked)).toBe("TOO_MANY_ATTEMPTS");
    expect(blocked.errors?.[0]?.message).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBe(900);
    // The same person from elsewhere is not affected.
    expect(code(await login(ADMIN_LIKE.email, ADMIN_LIKE.password, freshAddress()))).toBe("OK");
  });
});

const ADMIN_LIKE = { email: "", password: "" };
beforeAll(async () => {
  const user = await t.createUser("ADMIN");
  ADMIN_LIKE.email = user.email;
  ADMIN_LIKE.password = user.password;
});

describe("audit", () => {
  it("records every failed and successful sign-in with the e-mail, the address and why, never the password", async () => {
    const user = await t.createUser("TREASURY");
    const deactivated = await t.createUser("ANALYST");
    await t.gql(
      graphql(`mutation SignInThrottlingDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }`),
      { id: deactivated.id },
      t.adminToken,
    );
    const start = await lastAuditId();
    const secretGuess = "doan-thu-mat-khau-bi-mat-9731";
    const address = freshAddress();

    expect(code(await login("ai-do-khong-co@test.local", secretGuess, address))).toBe("UNAUTHENTICATED");
    expect(code(await login(` ${user.email.toUpperCase()} `, secretGuess, address))).toBe("UNAUTHENTICATED");
    expect(code(await login(deactivated.email, deactivated.password, address))).toBe("UNAUTHENTICATED");
    expect(code(await login(user.email, user.password, address))).toBe("OK");
    for (let i = 1; i < MAX_PER_ACCOUNT; i++) await login(deactivated.email, secretGuess, address);
    expect(code(await login(deactivated.email, secretGuess, address))).toBe("TOO_MANY_ATTEMPTS");

    const rows = await auditSince(start);
    expect(rows.map((row) => [row.action, row.after.reason ?? null, row.after.email ?? null])).toEqual([
      ["session.login_failed", "unknown_account", "ai-do-khong-co@test.local"],
      ["session.login_failed", "wrong_password", user.email],
      ["session.login_failed", "deactivated", deactivated.email],
      ["session.login", null, null],
      ...Array.from({ length: MAX_PER_ACCOUNT - 1 }, () => [
        "session.login_failed",
        "wrong_password",
        deactivated.email,
      ]),
      ["session.login_failed", "throttled", deactivated.email],
    ]);
    for (const row of rows) expect(row.after.clientAddress).toBe(address);
    expect(rows[0]?.entity_id).toBe("unknown");
    expect(rows[1]?.entity_id).toBe(user.id);
    expect(rows.at(-1)?.entity_id).toBe(deactivated.id);
    expect(rows[3]?.after).toMatchObject({ userId: user.id });

    // The whole payload of every row, and the audit log as the API serves it.
    const text = JSON.stringify(rows);
    expect(text).not.toContain(secretGuess);
    expect(text).not.toContain(user.password);
    const served = await t.gql(
      graphql(`query SignInThrottlingAuditLog { auditLog(first: 100) { nodes { action before after } } }`),
      {},
      t.adminToken,
    );
    expect(served.text).toContain("session.login_failed");
    expect(served.text).not.toContain(secretGuess);
  });
});

describe("timing", () => {
  it("answers an unknown e-mail in about the time of a wrong password", async () => {
    const user = await t.createUser("DEPARTMENT");
    const time = async (email: string) => {
      const start = performance.now();
      const res = await login(email, "thu-doan-cho-vui-thoi-ma", freshAddress());
      expect(code(res)).toBe("UNAUTHENTICATED");
      return performance.now() - start;
    };
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    // Alternating, and under each account's limit (fresh addresses keep the client limit out of it).
    for (let i = 0; i < MAX_PER_ACCOUNT - 1; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@test.local`));
      unknown.push(await time(`nobody-${i}-b@test.local`));
    }
    const ratio = median(unknown) / median(known);
    // Generous on a shared machine; without verifyNothing an unknown e-mail answers ~10× faster.
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });
});
