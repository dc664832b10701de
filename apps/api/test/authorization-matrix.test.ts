import { randomBytes } from "node:crypto";
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";
import { API_TOKEN_ROLE, capabilitiesOf } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalPdf } from "../src/demo/minimal-pdf.js";
import { buildAppSchema } from "../src/graphql/schema.js";
import {
  type ArgTools,
  type Caller,
  CALLERS,
  DECISIONS,
  type Decision,
  expectedOutcome,
  HTTP_DECISIONS,
  type Outcome,
  SCOPED_ROLES,
  type Side,
  type Who,
  whoLabel,
} from "./authorization-decisions.js";
import {
  createEnvelope,
  createFacility,
  createProject,
  must,
  projectMutation,
  targetLineId,
} from "./fixtures.js";
import { DEFAULT_PASSWORD, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * The authorisation matrix: every root field of the schema and every plain HTTP route, called over HTTP
 * on the real server as every role, as an analyst's API token and anonymously, with minimal valid
 * arguments (authorization-decisions.ts); a commune officer (xã A) and an implementing unit (unit U) also
 * on the other side's data (xã B, unit V). Each answer is classed: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND
 * or "allowed" (anything else: data, or a business refusal such as INVALID_TRANSITION or BAD_USER_INPUT,
 * which proves the call got past authorisation). The class must be what the decision's capability and the
 * domain's access table give; the other side's ids never appear in an own-side answer; and the observed
 * matrix is kept in __snapshots__/permissions.txt with what each endpoint requires, so that a permission
 * change (of an endpoint's capability or of the table) shows as one diff.
 */

const COMMUNE_A = "xa-an-hung";
const COMMUNE_B = "xa-kien-thuy";

let t: TestServer;
let schema: GraphQLSchema;
const users = {} as Record<Exclude<Caller, "API_TOKEN" | "ANONYMOUS">, TestUser>;
let department2: TestUser;
let apiTokenSecret: string;
let unitV: string;
let tools: ArgTools;
/** Shared data of each side, for the fields that do not need fresh đề án. */
let sharedA: Side;
let sharedB: Side;
let registrationOf: { A: string; B: string; U: string; V: string };

const tokenOf = (caller: Caller): string | undefined =>
  caller === "ANONYMOUS" ? undefined : caller === "API_TOKEN" ? apiTokenSecret : users[caller].token;

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const res = await must(t.gql(query, variables, token));
  return res.data;
}

/** A draft đề án ready to submit, with a beneficiary of the side's commune, an activity and a budget line. */
async function draftOn(side: { communeCode: string; unitId: string }, token: string) {
  const facility = await createFacility(t, token, {
    name: unique("Cơ sở thụ hưởng"),
    productionCommuneCode: side.communeCode,
  });
  const project = await createProject(t, token, {
    communeCode: side.communeCode,
    implementingUnitId: side.unitId,
  });
  await must(
    projectMutation(
      t,
      token,
      "addProjectBeneficiary",
      project.id,
      { facilityId: facility.id },
      { facilityId: "ID!" },
    ),
  );
  await must(
    projectMutation(
      t,
      token,
      "addProjectActivity",
      project.id,
      {
        input: {
          activityKind: "MACHINERY",
          targetLineId: tools.lineId,
          plannedQuantity: 1,
          machineryIsNew: true,
          machineryImproves: true,
        },
      },
      { input: "ProjectActivityInput!" },
    ),
  );
  const [activity] = await t.dataSource.query("SELECT id FROM project_activity WHERE project_id = $1", [
    project.id,
  ]);
  await must(
    projectMutation(
      t,
      token,
      "addBudgetLine",
      project.id,
      {
        input: {
          activityId: activity.id,
          facilityId: facility.id,
          costItem: "Máy cán bánh",
          cost: 600_000_000,
          requestedSupport: 300_000_000,
        },
      },
      { input: "BudgetLineInput!" },
    ),
  );
  const [line] = await t.dataSource.query("SELECT id FROM budget_line WHERE project_id = $1", [project.id]);
  return {
    projectId: project.id,
    activityId: activity.id as string,
    budgetLineId: line.id as string,
    beneficiaryId: facility.id,
  };
}

/** A fresh pair: đề án A (xã A, unit U, prepared by the unit) and B (xã B, unit V, by the department). */
async function freshPair(): Promise<{ A: Side; B: Side }> {
  const a = await draftOn({ communeCode: COMMUNE_A, unitId: t.unitId }, users.IMPLEMENTING_UNIT.token);
  const b = await draftOn({ communeCode: COMMUNE_B, unitId: unitV }, users.DEPARTMENT.token);
  return { A: { ...sharedA, ...a }, B: { ...sharedB, ...b } };
}

/** The side a caller works on: own = xã A / unit U, other = xã B / unit V (registrations per role). */
function sideFor(caller: Caller, which: "own" | "other", pair: { A: Side; B: Side }): Side {
  const side = which === "own" ? pair.A : pair.B;
  if (caller !== "IMPLEMENTING_UNIT") return side;
  return { ...side, registrationId: which === "own" ? registrationOf.U : registrationOf.V };
}

/** The ids a caller must never see on their own side's calls. */
function otherIds(caller: Caller, pair: { A: Side; B: Side }): string[] {
  const other = sideFor(caller, "other", pair);
  return [
    other.projectId,
    other.facilityId,
    other.registrationId,
    other.documentId,
    sharedB.projectId,
    sharedB.facilityId,
  ];
}

/** A selection that names what a field returns: its `id`, and the ids of a connection's nodes. */
function selectionOf(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return "";
  const fields = type.getFields();
  const parts = ["__typename"];
  if (fields.id) parts.push("id");
  if (fields.nodes) parts.push(`nodes ${selectionOf(getNamedType(fields.nodes.type)) || ""}`);
  return `{ ${parts.join(" ")} }`;
}

function operationFor(
  field: GraphQLField<unknown, unknown>,
  kind: "query" | "mutation",
  vars: Record<string, unknown>,
) {
  const args = field.args.filter((a) => vars[a.name] !== undefined);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `${kind}${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""} ${selectionOf(getNamedType(field.type))} }`;
}

function classify(code: string | undefined): Outcome {
  return code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "NOT_FOUND" ? code : "allowed";
}

const ABBREVIATION: Record<Outcome, string> = {
  allowed: "ok",
  UNAUTHENTICATED: "401",
  FORBIDDEN: "403",
  NOT_FOUND: "404",
};

interface Observation {
  caller: Caller;
  which: "own" | "other";
  outcome: Outcome;
}

const observed = new Map<string, Observation[]>();
const failures: string[] = [];

function record(
  name: string,
  caller: Caller,
  which: "own" | "other",
  outcome: Outcome,
  expected: Outcome | "refused",
  detail: string,
) {
  const list = observed.get(name) ?? [];
  list.push({ caller, which, outcome });
  observed.set(name, list);
  const ok =
    expected === "refused" ? outcome === "NOT_FOUND" || outcome === "FORBIDDEN" : outcome === expected;
  if (!ok)
    failures.push(
      `${name} as ${caller} (${which}): expected ${expected}, got ${outcome}: ${detail.slice(0, 300)}`,
    );
}

/** The variants a caller is tried with: own only, or own and other when the rule is scoped for them. */
function variantsFor(
  decision: { scoped?: boolean; scopedFor?: readonly string[] },
  caller: Caller,
  allowed: boolean,
) {
  const scopedRoles = decision.scopedFor ?? SCOPED_ROLES;
  return decision.scoped && allowed && scopedRoles.includes(caller)
    ? (["own", "other"] as const)
    : (["own"] as const);
}

/** Lists in which a city-wide reader sees xã B's rows (and a commune officer or unit must not). */
const CITY_WIDE_SEES: Record<string, () => string> = {
  "Query.projects": () => sharedB.projectId,
  "Query.facilities": () => sharedB.facilityId,
};

async function runField(name: string, decision: Decision) {
  const [kind, fieldName] = name.split(".") as ["Query" | "Mutation", string];
  const type = kind === "Query" ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[fieldName];
  if (!field) throw new Error(`${name} is not in the schema`);
  const isMutation = kind === "Mutation";
  let pair = decision.freshProjects === "field" ? await freshPair() : { A: sharedA, B: sharedB };
  for (const caller of CALLERS) {
    const expected = expectedOutcome(decision.who, caller, isMutation);
    for (const which of variantsFor(decision, caller, expected === "allowed")) {
      if (decision.freshProjects === "call") pair = await freshPair();
      const side = sideFor(caller, which, pair);
      const vars = await decision.args(tools, side, caller);
      const res = await t.gql(
        operationFor(field, isMutation ? "mutation" : "query", vars),
        vars,
        tokenOf(caller),
      );
      const code = res.errors?.[0]?.extensions?.code;
      if (code === "INTERNAL_SERVER_ERROR")
        failures.push(`${name} as ${caller} (${which}): ${res.text.slice(0, 300)}`);
      record(name, caller, which, classify(code), which === "other" ? "refused" : expected, res.text);
      // The leak check has teeth: a city-wide reader does see the other side's rows in the lists.
      const cityWide = CITY_WIDE_SEES[name];
      if (caller === "DEPARTMENT" && cityWide && !res.text.includes(cityWide()))
        failures.push(
          `${name} as DEPARTMENT does not list ${cityWide()}: the leak check would prove nothing`,
        );
      if (which === "own" && SCOPED_ROLES.includes(caller as never)) {
        for (const id of otherIds(caller, pair))
          if (id && res.text.includes(id)) failures.push(`${name} as ${caller} shows the other side's ${id}`);
      }
    }
  }
}

async function upload(token: string | undefined, projectId: string) {
  const res = await fetch(`${t.url}/projects/${projectId}/documents?kind=INVOICE&fileName=hoa-don.pdf`, {
    method: "POST",
    headers: { "content-type": "application/pdf", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: minimalPdf([unique("Hoa don")]),
  });
  return {
    status: res.status,
    json: (await res.json()) as { document?: { id: string }; error?: { code: string } },
  };
}

beforeAll(async () => {
  t = await startTestServer();
  schema = await buildAppSchema();
  for (const role of ["ADMIN", "DEPARTMENT", "FINANCE", "TREASURY", "ANALYST"] as const)
    users[role] = await t.createUser(role);
  users.COMMUNE_OFFICER = await t.createUser("COMMUNE_OFFICER", { communeCode: COMMUNE_A });
  users.IMPLEMENTING_UNIT = await t.createUser("IMPLEMENTING_UNIT", { unitId: t.unitId });
  department2 = await t.createUser("DEPARTMENT");
  const loginUser = await t.createUser("ANALYST");
  const dept = users.DEPARTMENT.token;

  const token = await gqlData(
    'mutation { createApiToken(name: "ma-tran-phan-quyen") { secret } }',
    {},
    users.ANALYST.token,
  );
  apiTokenSecret = token.createApiToken.secret;
  unitV = (await gqlData('mutation { createImplementingUnit(name: "Đơn vị V") { id } }', {}, t.adminToken))
    .createImplementingUnit.id;
  const lineId = await targetLineId(t, "I.2");
  const envelope = await createEnvelope(t, users.FINANCE.token, 2026, "CITY_BUDGET", 20_000_000_000);
  const envelopeId = envelope.data.createBudgetEnvelope.id as string;

  // Annual plans: 2026 open with one registration per commune and unit; 2027 open for the plan's own steps.
  for (const year of [2026, 2027])
    await gqlData("mutation($year: Int!) { openAnnualPlan(year: $year) { id } }", { year }, dept);
  const register = async (who: { communeCode?: string; unitId?: string }) =>
    (
      await gqlData(
        `mutation($line: ID!, $communeCode: String, $unitId: ID) {
          registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: 10000000,
            fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }
        }`,
        { line: lineId, communeCode: who.communeCode ?? null, unitId: who.unitId ?? null },
        dept,
      )
    ).registerPlannedActivity.id as string;
  registrationOf = {
    A: await register({ communeCode: COMMUNE_A }),
    B: await register({ communeCode: COMMUNE_B }),
    U: await register({ unitId: t.unitId }),
    V: await register({ unitId: unitV }),
  };

  tools = {
    year: 2026,
    lineId,
    envelopeId,
    analystUserId: users.ANALYST.id,
    paymentToPay: "",
    paymentToRefuse: "",
    version: async (table, id) =>
      (await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]?.version ?? 1,
    annualPlanVersion: async (year) =>
      (await t.dataSource.query("SELECT version FROM annual_plan WHERE year = $1", [year]))[0]?.version ?? 1,
    freshUserId: async () => (await t.createUser("ANALYST")).id,
    freshUnit: async () =>
      (
        await gqlData(
          "mutation($name: String!) { createImplementingUnit(name: $name) { id version } }",
          { name: unique("Đơn vị") },
          t.adminToken,
        )
      ).createImplementingUnit,
    freshApiTokenId: async () =>
      (
        await gqlData(
          "mutation($name: String!) { createApiToken(name: $name) { apiToken { id } } }",
          { name: unique("token") },
          users.ANALYST.token,
        )
      ).createApiToken.apiToken.id,
    communeReport: async (communeCode) => {
      await t.dataSource.query(
        `INSERT INTO commune_report (commune_code, year, programme_code, status, created_by_id, version)
         SELECT $1, 2026, p.code, 'DRAFT', $2, 1 FROM programme p ORDER BY p.first_year DESC LIMIT 1
         ON CONFLICT (commune_code, year) DO NOTHING`,
        [communeCode, users.DEPARTMENT.id],
      );
      const [report] = await t.dataSource.query(
        "SELECT id, version FROM commune_report WHERE commune_code = $1 AND year = 2026",
        [communeCode],
      );
      return report;
    },
    freshRegistrationId: async (side) =>
      (
        await gqlData(
          `mutation($line: ID!, $communeCode: String, $unitId: ID) {
            registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: 10000000,
              fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }
          }`,
          side.registrationId === registrationOf.U || side.registrationId === registrationOf.V
            ? { line: lineId, unitId: side.unitId }
            : { line: lineId, communeCode: side.communeCode },
          dept,
        )
      ).registerPlannedActivity.id,
    freshDocumentId: async (side, caller) => {
      const uploader =
        caller === "COMMUNE_OFFICER" || caller === "IMPLEMENTING_UNIT"
          ? side.projectId === sharedA.projectId
            ? users[caller].token
            : dept
          : dept;
      const res = await upload(uploader, side.projectId);
      if (!res.json.document) throw new Error(`upload failed: ${JSON.stringify(res.json)}`);
      return res.json.document.id;
    },
    unique,
    userPassword: DEFAULT_PASSWORD,
    loginEmail: loginUser.email,
    emptyImportBase64: Buffer.from("not a workbook").toString("base64"),
  };

  // Shared data: a draft of each side, a facility of each side that is no beneficiary, a document each.
  const base = { registrationId: "", documentId: "" };
  sharedA = { ...base, communeCode: COMMUNE_A, unitId: t.unitId, registrationId: registrationOf.A } as Side;
  sharedB = { ...base, communeCode: COMMUNE_B, unitId: unitV, registrationId: registrationOf.B } as Side;
  Object.assign(sharedA, await draftOn(sharedA, users.IMPLEMENTING_UNIT.token));
  Object.assign(sharedB, await draftOn(sharedB, dept));
  sharedA.facilityId = (
    await createFacility(t, users.IMPLEMENTING_UNIT.token, { name: unique("Cơ sở A") })
  ).id;
  sharedB.facilityId = (
    await createFacility(t, dept, { name: unique("Cơ sở B"), productionCommuneCode: COMMUNE_B })
  ).id;
  sharedA.documentId = (await upload(dept, sharedA.projectId)).json.document?.id as string;
  sharedB.documentId = (await upload(dept, sharedB.projectId)).json.document?.id as string;

  // A contracted đề án of xã A with two pending advance requests, for the Treasury's decisions.
  const paid = await draftOn({ communeCode: COMMUNE_A, unitId: t.unitId }, dept);
  await must(projectMutation(t, dept, "submitProject", paid.projectId));
  await must(
    projectMutation(
      t,
      dept,
      "appraiseProject",
      paid.projectId,
      { appraisedOn: "2026-03-20", opinion: "Đạt" },
      { appraisedOn: schemaArgType("appraiseProject", "appraisedOn"), opinion: "String!" },
    ),
  );
  await must(
    projectMutation(
      t,
      department2.token,
      "approveProject",
      paid.projectId,
      { decisionDate: "2026-03-25", decisionNumber: "20/QĐ-SCT" },
      { decisionDate: schemaArgType("approveProject", "decisionDate"), decisionNumber: "String!" },
    ),
  );
  await must(
    projectMutation(
      t,
      dept,
      "signProjectContract",
      paid.projectId,
      { contractDate: "2026-04-01", contractNumber: "07/HĐ" },
      { contractDate: schemaArgType("signProjectContract", "contractDate"), contractNumber: "String!" },
    ),
  );
  const advance = async () =>
    (
      await gqlData(
        `mutation($projectId: ID!, $key: String!) {
          requestPayment(projectId: $projectId, requestKey: $key, kind: "ADVANCE", amount: 30000000, progress: 8000) { id }
        }`,
        { projectId: paid.projectId, key: unique("advance") },
        dept,
      )
    ).requestPayment.id as string;
  tools.paymentToPay = await advance();
  tools.paymentToRefuse = await advance();
}, 180_000);

/** The declared type of an argument as the schema has it now (a date may be String or CalendarDate). */
function schemaArgType(fieldName: string, argName: string): string {
  const field = schema.getMutationType()?.getFields()[fieldName];
  const arg = field?.args.find((a) => a.name === argName);
  if (!arg) throw new Error(`no argument ${fieldName}(${argName})`);
  return arg.type.toString();
}

afterAll(() => t?.close());

describe("the authorisation matrix", () => {
  it("has a decision for every root field of the schema, and none for a field that is gone", () => {
    const inSchema = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    const missing = inSchema.filter((name) => !(name in DECISIONS));
    const gone = Object.keys(DECISIONS).filter((name) => !inSchema.includes(name));
    expect(missing, `no decision in test/authorization-decisions.ts for: ${missing.join(", ")}`).toEqual([]);
    expect(gone, `decisions for fields no longer in the schema: ${gone.join(", ")}`).toEqual([]);
  });

  it("tells every caller their role's capabilities (me.capabilities), an API token its role's", async () => {
    for (const caller of CALLERS) {
      if (caller === "ANONYMOUS") continue;
      const res = await t.gql("{ me { role capabilities } }", {}, tokenOf(caller));
      const role = caller === "API_TOKEN" ? API_TOKEN_ROLE : caller;
      expect(res.data?.me, caller).toEqual({ role, capabilities: capabilitiesOf(role) });
    }
  });

  it("answers a target line asked by its code instead of its id NOT_FOUND, not a server error", async () => {
    const res = await t.gql('{ targetLine(id: "I.2") { id } }', {}, users.ANALYST.token);
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers every field as decided, for every caller, own and other commune or unit", async () => {
    // Reads first, while the lists are short enough to hold every row; logout ends the caller's session: last.
    const rank = (name: string) => (name === "Mutation.logout" ? 2 : name.startsWith("Query.") ? 0 : 1);
    const names = Object.keys(DECISIONS).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of names.filter((n) => n !== "Mutation.logout"))
      await runField(name, DECISIONS[name] as Decision);

    for (const [name, decision] of Object.entries(HTTP_DECISIONS)) {
      for (const caller of CALLERS) {
        const expected = expectedOutcome(decision.who, caller, false);
        for (const which of variantsFor(decision, caller, expected === "allowed")) {
          const side = sideFor(caller, which, { A: sharedA, B: sharedB });
          const token = tokenOf(caller);
          const res = await fetch(`${t.url}${decision.path(side)}`, {
            method: decision.method,
            headers: {
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...(decision.method === "POST" ? { "content-type": "application/pdf" } : {}),
            },
            ...(decision.method === "POST" ? { body: minimalPdf([unique("Hoa don")]) } : {}),
          });
          const body = Buffer.from(await res.arrayBuffer());
          const text = body.toString("utf8");
          const code = res.headers.get("content-type")?.startsWith("application/json")
            ? (JSON.parse(text) as { error?: { code?: string } }).error?.code
            : undefined;
          if (res.status >= 500)
            failures.push(`${name} as ${caller} (${which}): HTTP ${res.status} ${text.slice(0, 200)}`);
          record(
            name,
            caller,
            which,
            classify(code),
            which === "other" ? "refused" : expected,
            `HTTP ${res.status} ${text.slice(0, 200)}`,
          );
          if (
            which === "own" &&
            SCOPED_ROLES.includes(caller as never) &&
            name.includes("plan-registrations") &&
            name.endsWith(".csv")
          ) {
            if (text.includes("Kiến Thụy") || text.includes("Đơn vị V"))
              failures.push(`${name} as ${caller} shows another commune's or unit's registrations`);
          }
        }
      }
    }
    await runField("Mutation.logout", DECISIONS["Mutation.logout"] as Decision);

    expect(failures).toEqual([]);

    // The matrix as observed: one line per endpoint with what it requires, one column per caller
    // (own/other for a scoped one).
    const requires = (name: string): string => {
      const who: Who | undefined = (DECISIONS[name] ?? HTTP_DECISIONS[name])?.who;
      if (who === undefined) throw new Error(`no decision for ${name}`);
      return whoLabel(who);
    };
    const width = Math.max(...[...observed.keys()].map((k) => k.length));
    const needWidth = Math.max(...[...observed.keys()].map((k) => requires(k).length));
    const header = [
      "endpoint".padEnd(width),
      "requires".padEnd(needWidth),
      ...CALLERS.map((c) => c.padEnd(17)),
    ]
      .join(" ")
      .trimEnd();
    const lines = [...observed.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => {
        const cells = CALLERS.map((caller) =>
          list
            .filter((o) => o.caller === caller)
            .map((o) => ABBREVIATION[o.outcome])
            .join("/")
            .padEnd(17),
        );
        return [name.padEnd(width), requires(name).padEnd(needWidth), ...cells].join(" ").trimEnd();
      });
    const legend = [
      "# Who may call what, as observed on the real server by test/authorization-matrix.test.ts.",
      "# requires = the capability the endpoint asks (any one of A | B), held by the roles of the domain's",
      "# access table (docs/permissions.md); public = anyone; signed-in = any signed-in user.",
      "# ok = allowed (data or a business refusal), 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND;",
      "# x/y = on the caller's own commune or unit / on another's. API_TOKEN = an analyst's API token.",
      "",
    ];
    await expect(`${[...legend, header, ...lines].join("\n")}\n`).toMatchFileSnapshot(
      "./__snapshots__/permissions.txt",
    );
  }, 600_000);
});
