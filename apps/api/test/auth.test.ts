import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD, errorCode, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const LOGIN = graphql(`mutation AuthLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email role } }
}`);
const ME = graphql(`query AuthMe { me { id email role roleLabel } }`);
const CHANGE_PASSWORD = graphql(`mutation AuthChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { id version }
}`);

describe("login", () => {
  it("returns a token, its expiry (12 h) and the user; the email is case-insensitive", async () => {
    const res = await t.gql(LOGIN, { email: "  Admin@Test.Local ", password: ADMIN_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toMatchObject({ email: ADMIN_EMAIL, role: "ADMIN" });
    expect(res.data?.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(String(res.data?.login.expiresAt)) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it("gives the same UNAUTHENTICATED answer for a wrong password and an unknown email", async () => {
    const wrongPassword = await t.gql(LOGIN, { email: ADMIN_EMAIL, password: "not-the-password" });
    const unknownEmail = await t.gql(LOGIN, { email: "nobody@test.local", password: "not-the-password" });
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.message).toBe("Email hoặc mật khẩu không đúng");
      expect(res.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
    }
  });

  it("refuses a deactivated user with the same answer", async () => {
    const user = await t.createUser("ANALYST");
    await t.gql(
      graphql(`mutation AuthDeactivateUser($id: ID!) { deactivateUser(id: $id) { active } }`),
      { id: user.id },
      t.adminToken,
    );
    const res = await t.gql(LOGIN, { email: user.email, password: user.password });
    expect(res.errors?.[0]?.message).toBe("Email hoặc mật khẩu không đúng");
  });

  it("stores only the SHA-256 of the token and an argon2id hash of the password", async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const sessions: { token_hash: string }[] = await t.dataSource.query(
      "SELECT token_hash FROM user_session",
    );
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256").update(token).digest("hex");
    expect(sessions.some((s) => s.token_hash === hash)).toBe(true);
    const [admin] = await t.dataSource.query("SELECT password_hash FROM app_user WHERE email = $1", [
      ADMIN_EMAIL,
    ]);
    expect(admin.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("me", () => {
  it("returns the signed-in user", async () => {
    const res = await t.gql(ME, {}, t.adminToken);
    expect(res.data?.me).toMatchObject({ email: ADMIN_EMAIL, role: "ADMIN", roleLabel: "Quản trị hệ thống" });
  });

  it("is UNAUTHENTICATED without a token, with a malformed one and with an unknown one", async () => {
    for (const token of [undefined, "x", "a".repeat(43)]) {
      const res = await t.gql(ME, {}, token);
      expect(errorCode(res)).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toBe("Bạn cần đăng nhập để thực hiện thao tác này.");
      expect(res.data).toBeNull();
    }
  });

  it("refuses an expired session", async () => {
    const user = await t.createUser("FINANCE");
    expect((await t.gql(ME, {}, user.token)).data?.me.id).toBe(user.id);
    await t.dataSource.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [user.id],
    );
    expect(errorCode(await t.gql(ME, {}, user.token))).toBe("UNAUTHENTICATED");
  });
});

describe("logout", () => {
  it("revokes the session: the token is refused afterwards, other sessions stay", async () => {
    const user = await t.createUser("TREASURY");
    const other = await t.login(user.email, user.password);
    const res = await t.gql(graphql(`mutation AuthLogout { logout }`), {}, user.token);
    expect(res.data).toEqual({ logout: true });
    expect(errorCode(await t.gql(ME, {}, user.token))).toBe("UNAUTHENTICATED");
    expect(errorCode(await t.gql(graphql(`mutation AuthLogout2 { logout }`), {}, user.token))).toBe(
      "UNAUTHENTICATED",
    );
    expect((await t.gql(ME, {}, other)).data?.me.id).toBe(user.id);
  });
});

describe("changePassword", () => {
  it("changes the password and revokes the user's other sessions, keeping this one", async () => {
    const user = await t.createUser("DEPARTMENT");
    const otherSession = await t.login(user.email, user.password);
    const res = await t.gql(
      CHANGE_PASSWORD,
      { current: user.password, next: "a-new-password-1" },
      user.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changePassword.version).toBe(user.version + 1);

    expect((await t.gql(ME, {}, user.token)).data?.me.id).toBe(user.id);
    expect(errorCode(await t.gql(ME, {}, otherSession))).toBe("UNAUTHENTICATED");
    expect(errorCode(await t.gql(LOGIN, { email: user.email, password: user.password }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      (await t.gql(LOGIN, { email: user.email, password: "a-new-password-1" })).data?.login.user.id,
    ).toBe(user.id);
  });

  it("refuses a wrong current password, naming the field, and changes nothing", async () => {
    const user = await t.createUser("ANALYST");
    const res = await t.gql(
      CHANGE_PASSWORD,
      { current: "wrong-password", next: "a-new-password-1" },
      user.token,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: "Mật khẩu hiện tại không đúng",
      extensions: { code: "BAD_USER_INPUT", field: "currentPassword" },
    });
    await t.login(user.email, user.password);
  });

  it("refuses a new password shorter than 10 characters with a Vietnamese message", async () => {
    const user = await t.createUser("ANALYST");
    const res = await t.gql(CHANGE_PASSWORD, { current: user.password, next: "short" }, user.token);
    expect(res.errors?.[0]).toMatchObject({
      message: "Mật khẩu phải có ít nhất 10 ký tự",
      extensions: { code: "BAD_USER_INPUT", field: "newPassword" },
    });
  });

  it("requires a signed-in user", async () => {
    const res = await t.gql(CHANGE_PASSWORD, { current: "whatever-123", next: "a-new-password-1" });
    expect(errorCode(res)).toBe("UNAUTHENTICATED");
  });
});
