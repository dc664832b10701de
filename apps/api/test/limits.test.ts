import { randomUUID } from "node:crypto";
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP_SETTINGS } from "../src/config.js";
import { graphql } from "./graphql/index.js";
import { errorCode, type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * A GraphQL document is priced before anything runs (src/graphql/limits.ts): depth, aliases, tokens,
 * directives and cost, with the default settings. A refusal is HTTP 400, QUERY_TOO_COMPLEX, a Vietnamese
 * message naming the limit and its value, and no resolver (no SQL beyond the sign-in lookup) runs.
 */
const limits = DEFAULT_APP_SETTINGS.limits;

let t: TestServer;
let officer: TestUser;
let analystToken: string;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER");
  const analyst = await t.createUser("ANALYST");
  const created = await t.gql<{ createApiToken: { secret: string } }>(
    'mutation { createApiToken(name: "giới hạn") { secret } }',
    {},
    analyst.token,
  );
  analystToken = created.data?.createApiToken.secret as string;
  expect(analystToken, created.text).toMatch(/^kc_/);
});
afterAll(() => t?.close());

/** `count` aliases of programmeProgress, as in the attack of issue 10. */
function progressAliases(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `p${i}: programmeProgress(asOfYear: 2026) { asOfYear attainment linesBehind }`,
  );
  return `query { ${fields.join("\n")} }`;
}

/** Statements that compute something: the sign-in lookups (sessions, API tokens, users) do not count. */
function work(statements: string[]): string[] {
  return statements.filter((sql) => !/\b(api_token|user_session|app_user)\b/.test(sql));
}

async function refused(
  query: string,
  token: string,
): Promise<{ res: GqlResponse<unknown>; statements: string[] }> {
  let res: GqlResponse<unknown> | undefined;
  const statements = await t.recordQueries(async () => {
    res = await t.gql(query, {}, token);
  });
  const answer = res as GqlResponse<unknown>;
  expect(answer.status, answer.text).toBe(400);
  expect(errorCode(answer), answer.text).toBe("QUERY_TOO_COMPLEX");
  expect(answer.data ?? null).toBeNull();
  expect(work(statements), "nothing ran").toEqual([]);
  return { res: answer, statements };
}

describe("GraphQL cost limits, before execution", () => {
  it("refuses 1,000 aliases of programmeProgress from a commune officer, naming the limit, running nothing", async () => {
    const { res } = await refused(progressAliases(1000), officer.token);
    // 1,000 aliases are ~12,000 tokens: the token limit stops the document before it is even parsed.
    expect(res.errors?.[0]?.message).toBe(
      `Truy vấn vượt giới hạn: tối đa ${limits.maxTokens} ký hiệu (token), truy vấn này dài hơn.`,
    );
  });

  it("refuses the same bomb from a read-only analyst token", async () => {
    const { res } = await refused(progressAliases(1000), analystToken);
    expect(res.errors?.[0]?.message).toContain(`tối đa ${limits.maxTokens} ký hiệu`);
  });

  it("refuses one alias more than the limit, and says how many there were", async () => {
    const { res } = await refused(progressAliases(limits.maxAliases + 1), analystToken);
    expect(res.errors?.[0]?.message).toBe(
      `Truy vấn vượt giới hạn: tối đa ${limits.maxAliases} bí danh (alias), truy vấn này có ${limits.maxAliases + 1}.`,
    );
  });

  it("refuses a dozen programmeProgress aliases (within the alias limit) by their cost", async () => {
    const { res } = await refused(progressAliases(12), officer.token);
    expect(res.errors?.[0]?.message).toMatch(
      new RegExp(`^Truy vấn vượt giới hạn: chi phí ước tính tối đa ${limits.maxCost}, truy vấn này \\d+\\.`),
    );
  });

  it("prices a page by its `first`, variables included", async () => {
    const query = `query($first: Int!) {
      a: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
      b: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
      c: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
      d: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
      e: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
      f: projects(first: $first) { nodes { id code title commune { name } beneficiaries { id name } budgetLines { id cost } } }
    }`;
    const small = await t.gql(query, { first: 5 }, officer.token);
    expect(small.errors, small.text).toBeUndefined();
    let res: GqlResponse<unknown> | undefined;
    const statements = await t.recordQueries(async () => {
      res = await t.gql(query, { first: 100 }, officer.token);
    });
    expect(errorCode(res as GqlResponse<unknown>), res?.text).toBe("QUERY_TOO_COMPLEX");
    expect(res?.status).toBe(400);
    expect(work(statements)).toEqual([]);
  });

  it("refuses a query nested 12 levels through facility ↔ project (depth)", async () => {
    let nested = "id";
    for (let level = 0; level < 5; level++) nested = `projects { beneficiaries { ${nested} } }`;
    const query = `query { facility(id: "${randomUUID()}") { ${nested} } }`;
    const { res } = await refused(query, officer.token);
    expect(res.errors?.[0]?.message).toBe(
      `Truy vấn vượt giới hạn: lồng tối đa ${limits.maxDepth} cấp, truy vấn này lồng 12 cấp.`,
    );
  });

  it("refuses a huge document by its token count before parsing it whole", async () => {
    const query = `query { me { ${"id ".repeat(200_000)} } }`;
    const { res } = await refused(query, officer.token);
    expect(res.errors?.[0]?.message).toContain(`tối đa ${limits.maxTokens} ký hiệu (token)`);
  });

  it("refuses too many directives", async () => {
    const fields = Array.from({ length: limits.maxDirectives + 1 }, () => "id @include(if: true)").join(" ");
    const { res } = await refused(`query { me { ${fields} } }`, officer.token);
    expect(res.errors?.[0]?.message).toContain(`tối đa ${limits.maxDirectives} chỉ thị (directive)`);
  });

  it("still answers the screens' heavy queries and GraphiQL's introspection", async () => {
    const dashboard = await t.gql(
      graphql(`query Dashboard($year: Int!, $years: [Int!]!) {
        progress: programmeProgress(asOfYear: $year) { attainment linesBehind }
        attainment(groupBy: GROUP, years: $years) { year groupCode attainment }
        byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }
        byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }
      }`),
      { year: 2030, years: [2026, 2027, 2028, 2029, 2030] },
      officer.token,
    );
    expect(dashboard.errors, dashboard.text).toBeUndefined();
    expect(dashboard.data!.attainment.length).toBeGreaterThan(0);

    const introspection = await t.gqlText(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
      {},
      analystToken,
    );
    expect(introspection.errors, introspection.text.slice(0, 500)).toBeUndefined();
    expect((introspection.data as IntrospectionQuery).__schema.queryType.name).toBe("Query");
  });
});
