/**
 * Input hygiene (issue 10, item 6): a NUL character, an unpaired surrogate, an over-long text or a date that
 * is no day of the calendar is refused as BAD_USER_INPUT naming the field, before anything is written. On
 * the main of 2026-12-06 each of these answered INTERNAL_SERVER_ERROR (PostgreSQL refused the value).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "../src/graphql/input-hygiene.js";
import { createEnvelope, createProject, facilityInput, projectInput } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";
import { databaseFingerprint } from "./table-fingerprint.js";

let t: TestServer;
let department: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
});
afterAll(() => t?.close());

const CREATE_FACILITY = graphql(
  `mutation InputHygieneCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name } }`,
);
const CREATE_PROJECT = graphql(
  `mutation InputHygieneCreateProject($input: ProjectInput!) { createProject(input: $input) { id proposedOn } }`,
);
const CREATE_ENVELOPE =
  graphql(`mutation InputHygieneCreateBudgetEnvelope($year: Int!, $amount: Dong!, $date: CalendarDate) {
  createBudgetEnvelope(year: $year, fundSource: CITY_BUDGET, amount: $amount, decisionNumber: "12/QĐ-UBND",
                       decisionDate: $date) { id decisionDate }
}`);
const NORMS = graphql(`query InputHygieneNorms($date: CalendarDate) { norms(date: $date) { id validFrom } }`);

/** Runs `send` and checks it was refused as BAD_USER_INPUT on `field`, with not one row changed anywhere. */
async function expectRefused(send: () => Promise<GqlResponse<unknown>>, field: string | undefined) {
  const before = await databaseFingerprint(t.dataSource);
  const res = await send();
  expect(res.status).toBeLessThan(500);
  const error = res.errors?.[0];
  expect(error?.extensions?.code, res.text).toBe("BAD_USER_INPUT");
  if (field !== undefined) expect(error?.extensions?.field, res.text).toBe(field);
  // The message is Vietnamese and says what to do, never graphql-js's English.
  expect(error?.message).not.toMatch(/Expected|Variable|invalid value/);
  expect(res.text).not.toContain("INTERNAL_SERVER_ERROR");
  expect(await databaseFingerprint(t.dataSource)).toEqual(before);
  return error;
}

describe("text inputs", () => {
  it.each([
    ["a NUL character", "Cơ sở\u0000 Kinh Giao", /NUL/],
    ["an unpaired high surrogate", "Cơ sở \uD800 Kinh Giao", /Unicode/],
    ["an unpaired low surrogate", "\uDC00Cơ sở", /Unicode/],
  ])("createFacility refuses %s in the name", async (_, name, message) => {
    const error = await expectRefused(
      () => t.gql(CREATE_FACILITY, { input: facilityInput({ name }) }, department.token),
      "input.name",
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain("input.name");
  });

  it.each([
    ["a NUL character", "Đề án\u0000"],
    ["an unpaired surrogate", "Đề án \uD800"],
  ])("createProject refuses %s in the title and in nested places", async (_, title) => {
    await expectRefused(
      () => t.gql(CREATE_PROJECT, { input: projectInput({ title }) }, department.token),
      "input.title",
    );
    await expectRefused(
      () =>
        t.gql(CREATE_PROJECT, { input: projectInput({ objective: `Mục tiêu ${title}` }) }, department.token),
      "input.objective",
    );
  });

  it("refuses a NUL written inline in the document, naming the argument", async () => {
    await expectRefused(
      () =>
        // Text: a NUL escape inside the document is what is refused here.
        t.gqlText(
          `mutation { createImplementingUnit(name: "Trung tâm \\u0000 Khuyến công") { id } }`,
          {},
          t.adminToken,
        ),
      "name",
    );
  });

  it("keeps well-formed text: pairs of surrogates (emoji), Vietnamese, right-to-left marks", async () => {
    const name = "Cơ sở 🍜 Bánh đa \u200fKinh Giao — “Ngon”";
    const res = await t.gql(CREATE_FACILITY, { input: facilityInput({ name }) }, department.token);
    expect(res.errors, res.text).toBeUndefined();
    expect(res.data!.createFacility.name).toBe(name);
  });

  it(`caps every text at ${MAX_TEXT_LENGTH} characters, even where the field has no rule of its own`, async () => {
    const error = await expectRefused(
      () =>
        t.gql(
          graphql(
            `query InputHygieneMoneyBreakdown($filter: MoneyFilter) { moneyBreakdown(filter: $filter, groupBy: [COMMUNE]) { rows { approved } } }`,
          ),
          { filter: { communeCodes: ["xa-an-hung", "x".repeat(MAX_TEXT_LENGTH + 1)] } },
          department.token,
        ),
      "filter.communeCodes.1",
    );
    expect(error?.message).toContain("10.000");
  });
});

describe("the document upload's query string (not GraphQL)", () => {
  it("refuses a NUL in the note as BAD_USER_INPUT, storing nothing", async () => {
    const [project] = await t.dataSource.query("SELECT id FROM project LIMIT 1");
    const created = project ?? (await createProject(t, department.token));
    const before = await databaseFingerprint(t.dataSource);
    const res = await fetch(
      `${t.url}/projects/${created.id}/documents?kind=INVOICE&fileName=hd.pdf&note=a%00b`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${department.token}`, "content-type": "application/pdf" },
        body: "%PDF-1.4 hygiene",
      },
    );
    const body = (await res.json()) as { error: { code: string; field?: string } };
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    expect(await databaseFingerprint(t.dataSource)).toEqual(before);
  });
});

describe("calendar dates", () => {
  const BAD_DATES = ["2026-02-30", "2026-13-01", "0000-01-01", "2026-2-3", "hôm nay", "2026-04-31T00:00"];

  it.each(BAD_DATES)("createProject refuses proposedOn %s", async (date) => {
    const error = await expectRefused(
      () => t.gql(CREATE_PROJECT, { input: projectInput({ proposedOn: date }) }, department.token),
      "input.proposedOn",
    );
    expect(error?.message).toMatch(/^Ngày /);
  });

  it.each(BAD_DATES)("createBudgetEnvelope refuses decisionDate %s", async (date) => {
    const finance = await t.createUser("FINANCE");
    await expectRefused(
      () => t.gql(CREATE_ENVELOPE, { year: 2026, amount: 1_000_000, date }, finance.token),
      "decisionDate",
    );
  });

  it.each(BAD_DATES)("norms(date:) refuses %s", async (date) => {
    await expectRefused(() => t.gql(NORMS, { date }, department.token), "date");
  });

  it("says which day does not exist, in Vietnamese", async () => {
    const error = await expectRefused(() => t.gql(NORMS, { date: "2026-02-30" }, department.token), "date");
    expect(error?.message).toContain("30/02/2026 không có trong lịch");
  });

  it("refuses a date written inline in the document as BAD_USER_INPUT", async () => {
    const error = await expectRefused(
      () =>
        t.gql(graphql(`query InputHygieneNorms2 { norms(date: "2026-02-30") { id } }`), {}, department.token),
      undefined,
    );
    expect(error?.message).toContain("30/02/2026");
  });

  it("accepts real days, 29 February of a leap year included, and answers dates as YYYY-MM-DD", async () => {
    const created = await t.gql(
      CREATE_PROJECT,
      { input: projectInput({ proposedOn: "2028-02-29" }) },
      department.token,
    );
    expect(created.errors, created.text).toBeUndefined();
    expect(created.data!.createProject.proposedOn).toBe("2028-02-29");

    const finance = await t.createUser("FINANCE");
    await createEnvelope(t, finance.token, 2027, "NATIONAL_FUND", 5_000_000);
    const envelope = await t.gql(
      CREATE_ENVELOPE,
      { year: 2026, amount: 2_000_000, date: "2026-01-31" },
      finance.token,
    );
    expect(envelope.errors, envelope.text).toBeUndefined();
    expect(envelope.data!.createBudgetEnvelope.decisionDate).toBe("2026-01-31");

    const norms = await t.gql(NORMS, { date: "2026-12-07" }, department.token);
    expect(norms.errors, norms.text).toBeUndefined();
    expect(norms.data!.norms.length).toBeGreaterThan(0);
  });
});
