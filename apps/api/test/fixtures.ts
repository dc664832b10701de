/** Building blocks for tests of facilities and đề án, through the API as a user would. */
import type { TestServer } from "./harness.js";

export const FACILITY_FIELDS = "id name version productionCommuneCode legalForm sector";
export const PROJECT_FIELDS = `id code state version communeCode implementingUnitId
  totals { cost requestedSupport counterpartFunds }`;

export interface FacilityOverrides {
  [key: string]: unknown;
}

/** A household business making food in xã An Hưng unless told otherwise: eligible for most activities. */
export function facilityInput(overrides: FacilityOverrides = {}) {
  return {
    name: "Hộ kinh doanh Bánh đa Kinh Giao",
    legalForm: "HOUSEHOLD_BUSINESS",
    productionCommuneCode: "xa-an-hung",
    sector: "AGRO_FOOD_PROCESSING",
    ...overrides,
  };
}

export async function createFacility(t: TestServer, token: string, overrides: FacilityOverrides = {}) {
  const res = await t.gql(
    `mutation($input: FacilityInput!) { createFacility(input: $input) { ${FACILITY_FIELDS} } }`,
    { input: facilityInput(overrides) },
    token,
  );
  if (!res.data?.createFacility) throw new Error(`createFacility failed: ${res.text}`);
  return res.data.createFacility as { id: string; version: number; name: string };
}

const lineIds = new Map<string, string>();

/** The id of a target line by its code, e.g. "I.2". */
export async function targetLineId(t: TestServer, code: string): Promise<string> {
  if (lineIds.size === 0) {
    const res = await t.gql("{ programme { targetLines { id code } } }", {}, t.adminToken);
    for (const line of res.data.programme.targetLines) lineIds.set(line.code, line.id);
  }
  const id = lineIds.get(code);
  if (!id) throw new Error(`no target line ${code}`);
  return id;
}

export function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Hỗ trợ ứng dụng máy móc chế biến bánh đa",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-an-hung",
    proposedOn: "2026-03-15",
    objective: "Nâng cao năng suất",
    ...overrides,
  };
}

export async function createProject(t: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  const res = await t.gql(
    `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`,
    { input: projectInput(overrides) },
    token,
  );
  if (!res.data?.createProject) throw new Error(`createProject failed: ${res.text}`);
  return res.data.createProject as { id: string; version: number; code: string; state: string };
}

/** Runs a project mutation and returns its response; `version` is read fresh unless given. */
export async function projectMutation(
  t: TestServer,
  token: string,
  mutation: string,
  projectId: string,
  args: Record<string, unknown> = {},
  argTypes: Record<string, string> = {},
) {
  const version = args.version ?? (await currentVersion(t, projectId));
  const declared = Object.entries(argTypes)
    .map(([name, type]) => `, $${name}: ${type}`)
    .join("");
  const passed = Object.keys(argTypes)
    .map((name) => `, ${name}: $${name}`)
    .join("");
  return t.gql(
    `mutation($projectId: ID!, $version: Int!${declared}) {
      ${mutation}(projectId: $projectId, version: $version${passed}) { ${PROJECT_FIELDS} }
    }`,
    { projectId, ...args, version },
    token,
  );
}

export async function currentVersion(t: TestServer, projectId: string): Promise<number> {
  const [row] = await t.dataSource.query("SELECT version FROM project WHERE id = $1", [projectId]);
  return row.version;
}

/**
 * A draft with one eligible beneficiary, one machinery activity on line I.2 and one budget line of
 * 600 trđ asking 300 trđ: ready to submit.
 */
export async function readyDraft(t: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  const facility = await createFacility(t, token);
  const project = await createProject(t, token, overrides);
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
          targetLineId: await targetLineId(t, "I.2"),
          plannedQuantity: 1,
          description: "Máy cán bánh tự động",
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
  return { project, facility, activityId: activity.id as string };
}

// biome-ignore lint/suspicious/noExplicitAny: responses are read loosely in tests
export async function must(response: Promise<{ data: any; errors?: unknown; text: string }>) {
  const res = await response;
  if (res.errors) throw new Error(`unexpected error: ${res.text}`);
  return res;
}

/** Records a year's envelope of a fund (as Sở Tài chính), so that đề án can be approved against it. */
export async function createEnvelope(
  t: TestServer,
  token: string,
  year: number,
  fundSource: string,
  amount: number,
) {
  return must(
    t.gql(
      `mutation($year: Int!, $fund: FundSource!, $amount: Dong!) {
        createBudgetEnvelope(year: $year, fundSource: $fund, amount: $amount, decisionNumber: "01/QĐ-UBND") { id version amount }
      }`,
      { year, fund: fundSource, amount },
      token,
    ),
  );
}

let keyCounter = 0;

/** Asks for an advance or a payment; returns the request (or the error response). */
export function requestPayment(
  t: TestServer,
  token: string,
  projectId: string,
  kind: "ADVANCE" | "PAYMENT" | "FINAL",
  amount: number,
  options: { progress?: number; requestKey?: string } = {},
) {
  return t.gql(
    `mutation($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
      requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {
        id kind amount status
      }
    }`,
    {
      projectId,
      key: options.requestKey ?? `req-${Date.now()}-${++keyCounter}`,
      kind,
      amount,
      progress: options.progress ?? null,
    },
    token,
  );
}

/** The Treasury pays a request. */
export function payRequest(t: TestServer, token: string, id: string, paidOn = "2026-06-01") {
  return t.gql(
    `mutation($id: ID!, $paidOn: CalendarDate!) {
      payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: "UNC-0001") { id status paidOn }
    }`,
    { id, paidOn },
    token,
  );
}
