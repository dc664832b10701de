import { getMetadataStorage, type ValidationArguments } from "class-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/graphql/schema.js";
import { DEFAULT_PASSWORD, errorCode, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("an unexpected error", () => {
  it("reaches the client as INTERNAL_SERVER_ERROR with no SQL, stack or internal message, and rolls back", async () => {
    // Break the database under the app: the audit insert of createUser fails after the user insert.
    await t.dataSource.query('ALTER TABLE "audit_entry" RENAME TO "audit_entry_away"');
    let res: Awaited<ReturnType<TestServer["gql"]>>;
    try {
      res = await t.gqlText(
        `mutation { createUser(email: "broken@test.local", fullName: "X", role: ANALYST, password: "${DEFAULT_PASSWORD}") { id } }`,
        {},
        t.adminToken,
      );
    } finally {
      await t.dataSource.query('ALTER TABLE "audit_entry_away" RENAME TO "audit_entry"');
    }
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      {
        message: "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.",
        locations: [{ line: 1, column: 12 }],
        path: ["createUser"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      },
    ]);
    expect(res.text).not.toMatch(
      /audit_entry|relation|INSERT|SELECT|QueryFailedError|stack|\.ts:\d|node_modules/i,
    );

    const logged = t.logs.find((line) => line.level === "error");
    expect(String((logged?.detail as Error | undefined)?.message)).toContain("audit_entry");

    const [row] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM app_user WHERE email = 'broken@test.local'",
    );
    expect(row.n).toBe(0);
  });
});

describe("request errors", () => {
  it("keeps graphql-js's code for an invalid query, with a Vietnamese lead", async () => {
    const res = await t.gqlText("{ nope }");
    expect(res.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(res.errors?.[0]?.message).toBe(
      'Yêu cầu GraphQL không hợp lệ: Cannot query field "nope" on type "Query".',
    );
  });

  it("answers BAD_USER_INPUT for a variable of the wrong type", async () => {
    const res = await t.gqlText(
      "query($first: Int) { users(first: $first) { totalCount } }",
      { first: "many" },
      t.adminToken,
    );
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
  });

  it("answers GRAPHQL_PARSE_FAILED for a syntax error", async () => {
    expect(errorCode(await t.gqlText("{ me { id }"))).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("validation messages", () => {
  it("every class-validator rule on an argument carries its own Vietnamese message", async () => {
    await buildAppSchema();
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<
        unknown,
        { propertyName: string; message?: unknown; target: { name: string } }[]
      >;
    };
    const rules = [...storage.validationMetadatas.values()].flat();
    expect(rules.length).toBeGreaterThan(10);
    const args = {
      constraints: [10],
      value: "",
      targetName: "",
      object: {},
      property: "",
    } as ValidationArguments;
    const withoutMessage = rules
      .filter((rule) => {
        const text = typeof rule.message === "function" ? rule.message(args) : rule.message;
        return typeof text !== "string" || !/[àáảãạâăđèéêìíòóôơùúưỳý]/i.test(text);
      })
      .map((rule) => `${rule.target.name}.${rule.propertyName}`);
    expect(withoutMessage).toEqual([]);
  });
});
