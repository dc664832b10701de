/**
 * Passwords and credentials: the password rule on every password set, the forced change of a password
 * an administrator set, and sessions and API tokens that die for good on deactivation or a role change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { DEFAULT_PASSWORD, errorCode, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

/** The four, and two more the rule names. */
const WEAK = ["aaaaaaaaaa", "1234567890", "password12", "          ", "abcdefghij", "khuyencong2026"];

const CREATE =
  graphql(`mutation PasswordsAndCredentialsCreateUser($email: String!, $password: String!, $fullName: String!) {
  createUser(email: $email, fullName: $fullName, role: ANALYST, password: $password) {
    id version mustChangePassword
  }
}`);
const CHANGE = graphql(`mutation PasswordsAndCredentialsChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { id mustChangePassword }
}`);
const RESET = graphql(`mutation PasswordsAndCredentialsResetPassword($id: ID!, $password: String!) {
  resetPassword(id: $id, newPassword: $password) { id mustChangePassword }
}`);
const LOGIN = graphql(`mutation PasswordsAndCredentialsLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { mustChangePassword } }
}`);

let counter = 0;
const newEmail = () => `pw-${++counter}-${Date.now()}@test.local`;

async function userRowCount(): Promise<number> {
  const [{ count }] = await t.dataSource.query("SELECT count(*)::int AS count FROM app_user");
  return count;
}

describe("the password rule", () => {
  it.each(WEAK)(
    "refuses %j on createUser, naming the field in Vietnamese, and creates nothing",
    async (weak) => {
      const before = await userRowCount();
      const res = await t.gql(
        CREATE,
        { email: newEmail(), password: weak, fullName: "Lê Văn Thử" },
        t.adminToken,
      );
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("password");
      expect(res.errors?.[0]?.message).toMatch(/^Mật khẩu /);
      expect(await userRowCount()).toBe(before);
    },
  );

  it("refuses the weak ones on changePassword and resetPassword, and the user's own name or e-mail", async () => {
    const user = await t.createUser("DEPARTMENT");
    for (const weak of WEAK) {
      const changed = await t.gql(CHANGE, { current: user.password, next: weak }, user.token);
      expect(errorCode(changed)).toBe("BAD_USER_INPUT");
      expect(changed.errors?.[0]?.extensions?.field).toBe("newPassword");
      const reset = await t.gql(RESET, { id: user.id, password: weak }, t.adminToken);
      expect(errorCode(reset)).toBe("BAD_USER_INPUT");
      expect(reset.errors?.[0]?.extensions?.field).toBe("newPassword");
    }
    const local = user.email.split("@")[0];
    const personal = await t.gql(CHANGE, { current: user.password, next: `${local}-mua-thu` }, user.token);
    expect(personal.errors?.[0]?.message).toContain("không được chứa email hoặc họ tên");
    // Nothing changed: the old password still signs in.
    await t.login(user.email, user.password);
  });

  it("accepts a passphrase", async () => {
    const res = await t.gql(
      CREATE,
      { email: newEmail(), password: "gấu trúc ăn phở lúc nửa đêm", fullName: "Lê Văn Thử" },
      t.adminToken,
    );
    expect(res.errors, res.text).toBeUndefined();
  });
});

describe("a password an administrator set", () => {
  it("must be changed at first sign-in: everything but me, changePassword and logout is refused until then", async () => {
    const email = newEmail();
    const initial = "ca-heo-dap-xe-len-doi-may";
    const created = await t.gql(CREATE, { email, password: initial, fullName: "Phạm Thị Mới" }, t.adminToken);
    expect(created.data?.createUser.mustChangePassword).toBe(true);

    const signedIn = await t.gql(LOGIN, { email, password: initial });
    expect(signedIn.data?.login.user.mustChangePassword).toBe(true);
    const token: string = signedIn.data!.login.token;

    expect(
      (await t.gql(graphql(`query PasswordsAndCredentialsMe { me { email mustChangePassword } }`), {}, token))
        .data?.me,
    ).toEqual({
      email,
      mustChangePassword: true,
    });
    for (const query of [
      "{ communes { code } }",
      "{ me { id } communes { code } }",
      "query { ...Sneaky } fragment Sneaky on Query { programme { code } }",
      `mutation { createApiToken(name: "x") { secret } }`,
    ]) {
      const res = await t.gql(query, {}, token);
      expect(errorCode(res), query).toBe("PASSWORD_CHANGE_REQUIRED");
      expect(res.errors?.[0]?.message).toMatch(/đổi mật khẩu/);
      expect(res.data ?? null).toBeNull();
    }
    // The plain HTTP routes too.
    const download = await fetch(`${t.url}/reports/progress/2026.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(403);
    expect(((await download.json()) as { error: { code: string } }).error.code).toBe(
      "PASSWORD_CHANGE_REQUIRED",
    );

    const changed = await t.gql(CHANGE, { current: initial, next: DEFAULT_PASSWORD }, token);
    expect(changed.errors, changed.text).toBeUndefined();
    expect(changed.data?.changePassword.mustChangePassword).toBe(false);
    const now = await t.gql(
      graphql(`query PasswordsAndCredentialsMe2 { me { id } communes { code } }`),
      {},
      token,
    );
    expect(now.errors, now.text).toBeUndefined();
    expect(
      (await fetch(`${t.url}/reports/progress/2026.csv`, { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);
  });

  it("is asked again after an administrator resets it, not after resetting one's own", async () => {
    const user = await t.createUser("FINANCE");
    const reset = await t.gql(RESET, { id: user.id, password: "la-co-bay-tren-dinh-nui" }, t.adminToken);
    expect(reset.data?.resetPassword.mustChangePassword).toBe(true);
    const token = await t.login(user.email, "la-co-bay-tren-dinh-nui");
    expect(
      errorCode(
        await t.gql(graphql(`query PasswordsAndCredentialsCommunes { communes { code } }`), {}, token),
      ),
    ).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(
      await t.gql(graphql(`mutation PasswordsAndCredentialsLogout { logout }`), {}, token),
    ).toMatchObject({ data: { logout: true } });

    const admin = await t.createUser("ADMIN");
    const own = await t.gql(RESET, { id: admin.id, password: "bien-xanh-cat-trang-nang-vang" }, admin.token);
    expect(own.data?.resetPassword.mustChangePassword).toBe(false);
  });
});

describe("credentials die for good", () => {
  const CREATE_TOKEN = graphql(
    `mutation PasswordsAndCredentialsCreateApiToken { createApiToken(name: "Kịch bản phân tích") { secret apiToken { id } } }`,
  );
  const UPDATE =
    graphql(`mutation PasswordsAndCredentialsUpdateUser($id: ID!, $version: Int!, $role: Role, $active: Boolean) {
    updateUser(id: $id, version: $version, role: $role, active: $active) { version }
  }`);
  const me = async (token: string) =>
    errorCode(await t.gql(graphql(`query PasswordsAndCredentialsMe3 { me { id } }`), {}, token)) ?? "OK";
  const revokedAt = async (userId: string) =>
    (await t.dataSource.query("SELECT revoked_at FROM api_token WHERE user_id = $1", [userId])) as {
      revoked_at: Date | null;
    }[];

  it("deactivating and reactivating brings no session or API token back", async () => {
    const analyst = await t.createUser("ANALYST");
    const { secret } = (await t.ok(CREATE_TOKEN, {}, analyst.token)).createApiToken;
    expect([await me(secret), await me(analyst.token)]).toEqual(["OK", "OK"]);

    const off = await t.gql(
      UPDATE,
      { id: analyst.id, version: analyst.version, active: false },
      t.adminToken,
    );
    const on = await t.gql(
      UPDATE,
      { id: analyst.id, version: off.data!.updateUser.version, active: true },
      t.adminToken,
    );
    expect(on.errors, on.text).toBeUndefined();
    expect([await me(secret), await me(analyst.token)]).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect((await revokedAt(analyst.id)).every((row) => row.revoked_at !== null)).toBe(true);

    // The same through deactivateUser.
    const fresh = await t.login(analyst.email, analyst.password);
    const second = (await t.ok(CREATE_TOKEN, {}, fresh)).createApiToken.secret;
    const [row] = await t.dataSource.query("SELECT version FROM app_user WHERE id = $1", [analyst.id]);
    await t.gql(
      graphql(`mutation PasswordsAndCredentialsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }`),
      { id: analyst.id },
      t.adminToken,
    );
    await t.gql(UPDATE, { id: analyst.id, version: row.version + 1, active: true }, t.adminToken);
    expect([await me(second), await me(fresh)]).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);

    const [audit] = await t.dataSource.query(
      "SELECT after FROM audit_entry WHERE action = 'user.deactivate' AND entity_id = $1",
      [analyst.id],
    );
    expect(audit.after).toMatchObject({ active: false, revokedSessions: 1, revokedApiCredentials: 1 });
  });

  it("changing the role away and back brings none back", async () => {
    const analyst = await t.createUser("ANALYST");
    const { secret } = (await t.ok(CREATE_TOKEN, {}, analyst.token)).createApiToken;
    const away = await t.gql(
      UPDATE,
      { id: analyst.id, version: analyst.version, role: "DEPARTMENT" },
      t.adminToken,
    );
    const back = await t.gql(
      UPDATE,
      { id: analyst.id, version: away.data!.updateUser.version, role: "ANALYST" },
      t.adminToken,
    );
    expect(back.errors, back.text).toBeUndefined();
    expect([await me(secret), await me(analyst.token)]).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);

    const [audit] = await t.dataSource.query(
      "SELECT after FROM audit_entry WHERE action = 'user.update' AND entity_id = $1 ORDER BY id LIMIT 1",
      [analyst.id],
    );
    expect(audit.after).toMatchObject({ role: "DEPARTMENT", revokedSessions: 1, revokedApiCredentials: 1 });
  });

  it("an ordinary change (the name) keeps them", async () => {
    const analyst = await t.createUser("ANALYST");
    const { secret } = (await t.ok(CREATE_TOKEN, {}, analyst.token)).createApiToken;
    await t.gql(
      graphql(
        `mutation PasswordsAndCredentialsUpdateUser2($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: "Tên Khác") { id } }`,
      ),
      { id: analyst.id, version: analyst.version },
      t.adminToken,
    );
    expect([await me(secret), await me(analyst.token)]).toEqual(["OK", "OK"]);
  });
});
