import { ROLES } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UsersListQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import {
  ADMIN_EMAIL,
  DEFAULT_PASSWORD,
  errorCode,
  type GqlResponse,
  startTestServer,
  type TestServer,
} from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

graphql(`
  fragment UsersUser on User {
    id
    email
    fullName
    role
    communeCode
    unitId
    active
    version
  }
`);
const CREATE = graphql(`
  mutation UsersCreate($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {
    createUser(
      email: $email
      fullName: "Nguyễn Văn A"
      role: $role
      communeCode: $communeCode
      unitId: $unitId
      password: $password
    ) {
      ...UsersUser
    }
  }
`);
const UPDATE = graphql(`
  mutation UsersUpdate(
    $id: ID!
    $version: Int!
    $fullName: String
    $role: Role
    $communeCode: String
    $unitId: ID
    $active: Boolean
    $email: String
  ) {
    updateUser(
      id: $id
      version: $version
      fullName: $fullName
      role: $role
      communeCode: $communeCode
      unitId: $unitId
      active: $active
      email: $email
    ) {
      ...UsersUser
    }
  }
`);
const USER = graphql(`
  query UsersUser($id: ID!) {
    user(id: $id) {
      ...UsersUser
    }
  }
`);

let counter = 0;
const newEmail = () => `user-${++counter}-${Date.now()}@test.local`;

async function auditCount(): Promise<number> {
  const [row] = await t.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
  return row.n;
}

describe("createUser", () => {
  it("lets an administrator create a user of every role", async () => {
    for (const role of ROLES) {
      const email = newEmail();
      const res = await t.gql(
        CREATE,
        {
          email: email.toUpperCase(),
          role,
          password: DEFAULT_PASSWORD,
          communeCode: role === "COMMUNE_OFFICER" ? "xa-an-hung" : null,
          unitId: role === "IMPLEMENTING_UNIT" ? t.unitId : null,
        },
        t.adminToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.createUser).toMatchObject({ email, role, active: true, version: 1 });
      await t.login(email, DEFAULT_PASSWORD);
    }
  });

  it("refuses a non-administrator with FORBIDDEN and an anonymous caller with UNAUTHENTICATED", async () => {
    const before = await auditCount();
    const department = await t.createUser("DEPARTMENT");
    const afterSetup = await auditCount();
    const vars = { email: newEmail(), role: "ADMIN" as const, password: DEFAULT_PASSWORD };
    const forbidden = await t.gql(CREATE, vars, department.token);
    expect(forbidden.errors?.[0]).toMatchObject({
      message: "Bạn không có quyền thực hiện thao tác này (cần quyền “Quản lý tài khoản người dùng”).",
      extensions: { code: "FORBIDDEN" },
    });
    expect(errorCode(await t.gql(CREATE, vars))).toBe("UNAUTHENTICATED");
    const [row] = await t.dataSource.query("SELECT count(*)::int AS n FROM app_user WHERE email = $1", [
      vars.email,
    ]);
    expect(row.n).toBe(0);
    expect(afterSetup).toBeGreaterThan(before);
    expect(await auditCount()).toBe(afterSetup);
  });

  it("requires a commune for a commune officer and a unit for an implementing unit", async () => {
    const officer = await t.gql(
      CREATE,
      { email: newEmail(), role: "COMMUNE_OFFICER", password: DEFAULT_PASSWORD, communeCode: "  " },
      t.adminToken,
    );
    expect(officer.errors?.[0]).toMatchObject({
      message: "Cán bộ xã phải được gắn với một xã, phường hoặc đặc khu",
      extensions: { code: "BAD_USER_INPUT", field: "communeCode" },
    });
    const unit = await t.gql(
      CREATE,
      { email: newEmail(), role: "IMPLEMENTING_UNIT", password: DEFAULT_PASSWORD },
      t.adminToken,
    );
    expect(unit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    const unknownCommune = await t.gql(
      CREATE,
      { email: newEmail(), role: "COMMUNE_OFFICER", password: DEFAULT_PASSWORD, communeCode: "xa-khong-co" },
      t.adminToken,
    );
    expect(unknownCommune.errors?.[0]).toMatchObject({
      message: 'Mã xã, phường, đặc khu "xa-khong-co" không tồn tại',
      extensions: { code: "BAD_USER_INPUT", field: "communeCode" },
    });
    const unknownUnit = await t.gql(
      CREATE,
      {
        email: newEmail(),
        role: "IMPLEMENTING_UNIT",
        password: DEFAULT_PASSWORD,
        unitId: "00000000-0000-4000-8000-000000000000",
      },
      t.adminToken,
    );
    expect(unknownUnit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
  });

  it("clears scope fields that do not apply to the role", async () => {
    const res = await t.gql(
      CREATE,
      {
        email: newEmail(),
        role: "FINANCE",
        password: DEFAULT_PASSWORD,
        communeCode: "xa-an-hung",
        unitId: t.unitId,
      },
      t.adminToken,
    );
    expect(res.data?.createUser).toMatchObject({ communeCode: null, unitId: null });
  });

  it("refuses an email already in use, whatever its case, with CONFLICT on the field", async () => {
    const res = await t.gql(
      CREATE,
      { email: ADMIN_EMAIL.toUpperCase(), role: "ANALYST", password: DEFAULT_PASSWORD },
      t.adminToken,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: "Email này đã được dùng cho một tài khoản khác",
      extensions: { code: "CONFLICT", field: "email" },
    });
  });

  it("refuses bad input with BAD_USER_INPUT and a Vietnamese message per field", async () => {
    const res = await t.gql(
      CREATE,
      { email: "not-an-email", role: "ANALYST", password: "short" },
      t.adminToken,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toBe("Dữ liệu nhập không hợp lệ.");
    expect(res.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "email", message: "Email không hợp lệ" },
      { field: "password", message: "Mật khẩu phải có ít nhất 10 ký tự" },
    ]);
  });
});

describe("updateUser", () => {
  it("changes the given fields, keeps the others and increments the version", async () => {
    const user = await t.createUser("COMMUNE_OFFICER", { communeCode: "phuong-hong-bang" });
    const res = await t.gql(UPDATE, { id: user.id, version: 1, fullName: "Trần Thị B" }, t.adminToken);
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateUser).toMatchObject({
      fullName: "Trần Thị B",
      communeCode: "phuong-hong-bang",
      version: 2,
    });

    const moved = await t.gql(UPDATE, { id: user.id, version: 2, role: "DEPARTMENT" }, t.adminToken);
    expect(moved.data?.updateUser).toMatchObject({ role: "DEPARTMENT", communeCode: null, version: 3 });
  });

  it("refuses a stale version with STALE_VERSION and changes nothing", async () => {
    const user = await t.createUser("ANALYST");
    await t.gql(UPDATE, { id: user.id, version: 1, fullName: "Lần một" }, t.adminToken);
    const auditBefore = await auditCount();

    const stale = await t.gql(UPDATE, { id: user.id, version: 1, fullName: "Lần hai" }, t.adminToken);
    expect(stale.errors?.[0]).toMatchObject({
      message: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.",
      extensions: { code: "STALE_VERSION", field: "version" },
    });
    const current = await t.gql(USER, { id: user.id }, t.adminToken);
    expect(current.data?.user).toMatchObject({ fullName: "Lần một", version: 2 });
    expect(await auditCount()).toBe(auditBefore);
  });

  it("lets exactly one of two concurrent updates of the same version through", async () => {
    const user = await t.createUser("ANALYST");
    const results = await Promise.all(
      ["Một", "Hai", "Ba"].map((fullName) =>
        t.gql(UPDATE, { id: user.id, version: 1, fullName }, t.adminToken),
      ),
    );
    const codes = results.map((res) => errorCode(res) ?? "OK").sort();
    expect(codes).toEqual(["OK", "STALE_VERSION", "STALE_VERSION"]);
    const current = await t.gql(USER, { id: user.id }, t.adminToken);
    expect(current.data?.user.version).toBe(2);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    const res = await t.gql(
      UPDATE,
      { id: "00000000-0000-4000-8000-000000000000", version: 1, fullName: "X" },
      t.adminToken,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: "Không tìm thấy người dùng.",
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("refuses to take away the last active administrator, and self-deactivation", async () => {
    const [me] = await t.dataSource.query("SELECT id, version FROM app_user WHERE email = $1", [ADMIN_EMAIL]);
    const others: { id: string }[] = await t.dataSource.query(
      "SELECT id FROM app_user WHERE role = 'ADMIN' AND active AND email <> $1",
      [ADMIN_EMAIL],
    );
    for (const other of others) {
      await t.gql(
        graphql(`mutation UsersDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }`),
        { id: other.id },
        t.adminToken,
      );
    }
    const demote = await t.gql(UPDATE, { id: me.id, version: me.version, role: "DEPARTMENT" }, t.adminToken);
    expect(demote.errors?.[0]).toMatchObject({
      message: "Hệ thống phải còn ít nhất một quản trị viên đang hoạt động",
      extensions: { code: "CONFLICT" },
    });
    const selfDeactivate = await t.gql(
      UPDATE,
      { id: me.id, version: me.version, active: false },
      t.adminToken,
    );
    expect(selfDeactivate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await t.gql(graphql(`query UsersMe { me { role active } }`), {}, t.adminToken)).data?.me).toEqual(
      {
        role: "ADMIN",
        active: true,
      },
    );
  });
});

describe("deactivateUser", () => {
  it("deactivates the user and ends their sessions; a second call is INVALID_TRANSITION", async () => {
    const user = await t.createUser("TREASURY");
    const res = await t.gql(
      graphql(`mutation UsersDeactivateUser2($id: ID!) { deactivateUser(id: $id) { active version } }`),
      { id: user.id },
      t.adminToken,
    );
    expect(res.data?.deactivateUser).toEqual({ active: false, version: 2 });
    expect(errorCode(await t.gql(graphql(`query UsersMe2 { me { id } }`), {}, user.token))).toBe(
      "UNAUTHENTICATED",
    );
    const again = await t.gql(
      graphql(`mutation UsersDeactivateUser3($id: ID!) { deactivateUser(id: $id) { id } }`),
      { id: user.id },
      t.adminToken,
    );
    expect(errorCode(again)).toBe("INVALID_TRANSITION");
  });

  it("is for administrators only", async () => {
    const user = await t.createUser("DEPARTMENT");
    const res = await t.gql(
      graphql(`mutation UsersDeactivateUser4($id: ID!) { deactivateUser(id: $id) { id } }`),
      { id: user.id },
      user.token,
    );
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect((await t.gql(graphql(`query UsersMe3 { me { active } }`), {}, user.token)).data?.me.active).toBe(
      true,
    );
  });
});

describe("resetPassword", () => {
  it("sets a new password and ends all of the user's sessions", async () => {
    const user = await t.createUser("FINANCE");
    const res = await t.gql(
      graphql(
        `mutation UsersResetPassword($id: ID!) { resetPassword(id: $id, newPassword: "reset-password-1") { version } }`,
      ),
      { id: user.id },
      t.adminToken,
    );
    expect(res.data?.resetPassword.version).toBe(2);
    expect(errorCode(await t.gql(graphql(`query UsersMe4 { me { id } }`), {}, user.token))).toBe(
      "UNAUTHENTICATED",
    );
    await t.login(user.email, "reset-password-1");
  });
});

describe("users (list)", () => {
  const LIST = graphql(`
    query UsersList($first: Int, $after: String) {
      users(first: $first, after: $after) {
        totalCount
        nodes {
          email
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `);

  it("pages through all users with first/after and counts them", async () => {
    const all: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const res: GqlResponse<UsersListQuery> = await t.gql(LIST, { first: 3, after }, t.adminToken);
      expect(res.errors).toBeUndefined();
      const users = res.data?.users;
      if (!users) throw new Error(res.text);
      total = users.totalCount;
      all.push(...users.nodes.map((node) => node.email));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    const [row] = await t.dataSource.query("SELECT count(*)::int AS n FROM app_user");
    expect(total).toBe(row.n);
    expect(new Set(all).size).toBe(row.n);
    expect(all[0]).toBe(ADMIN_EMAIL);
  });

  it("refuses more than 100 per page and a forged cursor, in Vietnamese", async () => {
    const tooMany = await t.gql(LIST, { first: 101 }, t.adminToken);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: "Mỗi trang có tối đa 100 bản ghi",
      extensions: { code: "BAD_USER_INPUT", field: "first" },
    });
    const forged = await t.gql(LIST, { after: "not-a-cursor" }, t.adminToken);
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });

  it("is for administrators only", async () => {
    const user = await t.createUser("DEPARTMENT");
    expect(errorCode(await t.gql(LIST, {}, user.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(LIST, {}))).toBe("UNAUTHENTICATED");
  });
});
