import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/graphql/schema.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let analyst: TestUser;
let other: TestUser;

const CREATE = graphql(`mutation ApiTokensCreateApiToken($name: String!, $days: Int) {
  createApiToken(name: $name, expiresInDays: $days) { secret apiToken { id name prefix expiresAt revokedAt lastUsedAt } }
}`);
const REVOKE = graphql(
  `mutation ApiTokensRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
);

beforeAll(async () => {
  t = await startTestServer();
  analyst = await t.createUser("ANALYST");
  other = await t.createUser("ANALYST");
});
afterAll(() => t?.close());

async function createToken(user: TestUser, name = "Máy phòng kế hoạch", days?: number) {
  const res = await t.gql(CREATE, { name, days: days ?? null }, user.token);
  expect(res.errors, res.text).toBeUndefined();
  return res.data?.createApiToken as { secret: string; apiToken: { id: string; prefix: string } };
}

async function auditCount(): Promise<number> {
  const [{ count }] = await t.dataSource.query("SELECT count(*)::int AS count FROM audit_entry");
  return count;
}

describe("personal API tokens", () => {
  it("are shown once, stored hashed, and sign in as a read-only analyst", async () => {
    const { secret, apiToken } = await createToken(analyst);
    expect(secret).toMatch(/^kc_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.prefix).toHaveLength(9);

    const [row] = await t.dataSource.query("SELECT * FROM api_token WHERE id = $1", [apiToken.id]);
    expect(JSON.stringify(row)).not.toContain(secret.slice(3));
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await t.gql(graphql(`query ApiTokensMe { me { id role } }`), {}, secret);
    expect(me.data?.me).toEqual({ id: analyst.id, role: "ANALYST" });
    const list = await t.gql(
      graphql(`query ApiTokensMyApiTokens { myApiTokens { id name prefix lastUsedAt } }`),
      {},
      analyst.token,
    );
    expect(list.data?.myApiTokens).toHaveLength(1);
    expect(list.data?.myApiTokens[0]?.lastUsedAt).not.toBeNull();
    // No field returns the secret again.
    expect(list.text).not.toContain(secret);

    const audit = await t.dataSource.query(
      "SELECT action, user_id, after FROM audit_entry WHERE entity_id = $1",
      [apiToken.id],
    );
    expect(audit).toEqual([expect.objectContaining({ action: "api_token.create", user_id: analyst.id })]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("stop working once revoked, and the revocation is audited", async () => {
    const { secret, apiToken } = await createToken(analyst, "Tạm thời");
    expect((await t.gql(graphql(`query ApiTokensMe2 { me { id } }`), {}, secret)).data?.me.id).toBe(
      analyst.id,
    );
    const revoked = await t.gql(REVOKE, { id: apiToken.id }, analyst.token);
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
    const after = await t.gql(graphql(`query ApiTokensMe3 { me { id } }`), {}, secret);
    expect(errorCode(after)).toBe("UNAUTHENTICATED");
    const [row] = await t.dataSource.query(
      "SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'api_token.revoke'",
      [apiToken.id],
    );
    expect(row).toBeDefined();
  });

  it("stop working once expired", async () => {
    const { secret, apiToken } = await createToken(analyst, "Một ngày", 1);
    await t.dataSource.query("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1", [
      apiToken.id,
    ]);
    expect(errorCode(await t.gql(graphql(`query ApiTokensMe4 { me { id } }`), {}, secret))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("stop working when the user is no longer an active analyst", async () => {
    const user = await t.createUser("ANALYST");
    const { secret } = await createToken(user);
    await t.dataSource.query("UPDATE app_user SET role = 'DEPARTMENT' WHERE id = $1", [user.id]);
    expect(errorCode(await t.gql(graphql(`query ApiTokensMe5 { me { id } }`), {}, secret))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("are for analysts only; another analyst's token is not found; an admin revokes any", async () => {
    const department = await t.createUser("DEPARTMENT");
    expect(errorCode(await t.gql(CREATE, { name: "x" }, department.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(CREATE, { name: "x" }, t.adminToken))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(CREATE, { name: "x" }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await t.gql(CREATE, { name: "  " }, analyst.token))).toBe("BAD_USER_INPUT");
    expect(errorCode(await t.gql(CREATE, { name: "x", days: 0 }, analyst.token))).toBe("BAD_USER_INPUT");

    const { secret, apiToken } = await createToken(other, "Của người khác");
    const before = await auditCount();
    expect(errorCode(await t.gql(REVOKE, { id: apiToken.id }, analyst.token))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(REVOKE, { id: apiToken.id }, department.token))).toBe("FORBIDDEN");
    expect(await auditCount()).toBe(before);
    expect((await t.gql(graphql(`query ApiTokensMe6 { me { id } }`), {}, secret)).data?.me.id).toBe(other.id);

    const listed = await t.gql(
      graphql(`query ApiTokensApiTokens($u: ID!) { apiTokens(userId: $u) { id } }`),
      { u: other.id },
      t.adminToken,
    );
    expect(listed.data?.apiTokens.map((x: { id: string }) => x.id)).toContain(apiToken.id);
    expect((await t.gql(REVOKE, { id: apiToken.id }, t.adminToken)).errors).toBeUndefined();
    expect(errorCode(await t.gql(graphql(`query ApiTokensMe7 { me { id } }`), {}, secret))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("are limited to 10 active per user", async () => {
    const user = await t.createUser("ANALYST");
    for (let i = 0; i < 10; i++) await createToken(user, `Mã ${i}`);
    expect(errorCode(await t.gql(CREATE, { name: "Mã 11" }, user.token))).toBe("CONFLICT");
  });
});

/* ------------------------------------------------------------- refused on every mutation, provably all */

/** A value of `type` that passes GraphQL validation: the guard must refuse before anything is resolved. */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return `[${sample(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? "";
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
      case "Float":
      case "Dong":
        return "1";
      case "Boolean":
        return "true";
      case "ID":
        return '"00000000-0000-4000-8000-000000000000"';
      default:
        return '"2026-01-01"';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function call(field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a: GraphQLArgument) => isNonNullType(a.type))
    .map((a) => `${a.name}: ${sample(a.type)}`);
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `mutation { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

describe("a token on a mutation", () => {
  it("is refused with FORBIDDEN on every mutation of the schema, and nothing changes", async () => {
    const schema = await buildAppSchema();
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(40);
    const { secret } = await createToken(analyst, "Thử mọi thay đổi");
    const before = await auditCount();
    for (const field of fields) {
      const res = await t.gql(call(field), {}, secret);
      expect(res.errors?.[0]?.extensions?.code, `${field.name}: ${res.text}`).toBe("FORBIDDEN");
      expect(res.errors?.[0]?.message).toMatch(/chỉ được dùng để đọc/);
      expect(res.status).toBe(403);
    }
    expect(await auditCount()).toBe(before);
  });

  it("the same calls without a token reach the resolvers (the guard, not a validation error, refused them)", async () => {
    const schema = await buildAppSchema();
    // A user of its own: these calls include `logout`, which ends the session they come with.
    const session = (await t.createUser("ANALYST")).token;
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const res = await t.gql(call(field), {}, session);
      expect(res.errors?.[0]?.extensions?.code, `${field.name}: ${res.text}`).not.toBe(
        "GRAPHQL_VALIDATION_FAILED",
      );
    }
  });

  it("revoked and expired tokens are UNAUTHENTICATED on mutations, a garbage kc_ token too", async () => {
    const { secret, apiToken } = await createToken(analyst, "Sắp thu hồi");
    await t.gql(REVOKE, { id: apiToken.id }, analyst.token);
    expect(errorCode(await t.gql(REVOKE, { id: apiToken.id }, secret))).toBe("UNAUTHENTICATED");
    expect(
      errorCode(await t.gql(graphql(`mutation ApiTokensLogout { logout }`), {}, `kc_${"x".repeat(43)}`)),
    ).toBe("UNAUTHENTICATED");
  });
});
