/**
 * Building blocks for tests of facilities and đề án, through the API as a user would, with typed
 * documents (./graphql). Walking a đề án through its lifecycle is builders/project.ts's.
 */
import { graphql } from "./graphql/index.js";
import type {
  BudgetLineInput,
  FacilityInput,
  FundSource,
  ProjectActivityInput,
  ProjectInput,
} from "./graphql/graphql.js";
import type { GqlResponse, TestServer } from "./harness.js";

export const FACILITY_FIELDS = "id name version productionCommuneCode legalForm sector";
export const PROJECT_FIELDS = `id code state version communeCode implementingUnitId
  totals { cost requestedSupport counterpartFunds }`;

graphql(`
  fragment TestFacility on Facility {
    id
    name
    version
    productionCommuneCode
    legalForm
    sector
  }
`);

graphql(`
  fragment TestProject on Project {
    id
    code
    state
    version
    communeCode
    implementingUnitId
    totals {
      cost
      requestedSupport
      counterpartFunds
    }
  }
`);

export type FacilityOverrides = Partial<FacilityInput>;

/** A household business making food in xã An Hưng unless told otherwise: eligible for most activities. */
export function facilityInput(overrides: FacilityOverrides = {}): FacilityInput {
  return {
    name: "Hộ kinh doanh Bánh đa Kinh Giao",
    legalForm: "HOUSEHOLD_BUSINESS",
    productionCommuneCode: "xa-an-hung",
    sector: "AGRO_FOOD_PROCESSING",
    ...overrides,
  };
}

const CREATE_FACILITY = graphql(`
  mutation TestCreateFacility($input: FacilityInput!) {
    createFacility(input: $input) {
      ...TestFacility
    }
  }
`);

export async function createFacility(t: TestServer, token: string, overrides: FacilityOverrides = {}) {
  return (await t.ok(CREATE_FACILITY, { input: facilityInput(overrides) }, token)).createFacility;
}

const TARGET_LINES = graphql(`
  query TestTargetLines {
    programme {
      targetLines {
        id
        code
      }
    }
  }
`);

const lineIds = new Map<string, string>();

/** The id of a target line by its code, e.g. "I.2". */
export async function targetLineId(t: TestServer, code: string): Promise<string> {
  if (lineIds.size === 0) {
    const { programme } = await t.ok(TARGET_LINES, {}, t.adminToken);
    for (const line of programme.targetLines) lineIds.set(line.code, line.id);
  }
  const id = lineIds.get(code);
  if (!id) throw new Error(`no target line ${code}`);
  return id;
}

/**
 * What a test changes of a new đề án. The fund may come as text (a generated model's): the API checks it
 * like any client's.
 */
export type ProjectOverrides = Omit<Partial<ProjectInput>, "fundSource"> & {
  fundSource?: FundSource | string;
};

export function projectInput(overrides: ProjectOverrides = {}): ProjectInput {
  return {
    title: "Hỗ trợ ứng dụng máy móc chế biến bánh đa",
    year: 2026,
    communeCode: "xa-an-hung",
    proposedOn: "2026-03-15",
    objective: "Nâng cao năng suất",
    ...overrides,
    fundSource: (overrides.fundSource ?? "CITY_BUDGET") as FundSource,
  };
}

const CREATE_PROJECT = graphql(`
  mutation TestCreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...TestProject
    }
  }
`);

export async function createProject(t: TestServer, token: string, overrides: ProjectOverrides = {}) {
  return (await t.ok(CREATE_PROJECT, { input: projectInput(overrides) }, token)).createProject;
}

/**
 * @deprecated untyped: a mutation named at run time. Use the typed documents of builders/project.ts
 * (the lifecycle) or a `graphql()` document of the test. Kept for the files not converted yet.
 */
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

/** The đề án's version as stored now (what a user would have read before acting). */
export async function currentVersion(t: TestServer, projectId: string): Promise<number> {
  const [row] = await t.dataSource.query("SELECT version FROM project WHERE id = $1", [projectId]);
  return row.version;
}

const ADD_BENEFICIARY = graphql(`
  mutation TestAddBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {
    addProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) {
      ...TestProject
    }
  }
`);

const ADD_ACTIVITY = graphql(`
  mutation TestAddActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {
    addProjectActivity(projectId: $projectId, version: $version, input: $input) {
      ...TestProject
      activities {
        id
      }
    }
  }
`);

const ADD_BUDGET_LINE = graphql(`
  mutation TestAddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {
    addBudgetLine(projectId: $projectId, version: $version, input: $input) {
      ...TestProject
    }
  }
`);

/** Adds a beneficiary facility to a draft (at its current version). */
export async function addBeneficiary(t: TestServer, token: string, projectId: string, facilityId: string) {
  const version = await currentVersion(t, projectId);
  return (await t.ok(ADD_BENEFICIARY, { projectId, version, facilityId }, token)).addProjectBeneficiary;
}

/** Adds an activity to a draft; returns the new activity's id and the đề án as the API answered. */
export async function addActivity(
  t: TestServer,
  token: string,
  projectId: string,
  input: ProjectActivityInput,
) {
  const version = await currentVersion(t, projectId);
  const before = await activityIds(t, projectId);
  const { addProjectActivity } = await t.ok(ADD_ACTIVITY, { projectId, version, input }, token);
  const id = addProjectActivity.activities.map((a) => a.id).find((added) => !before.includes(added));
  if (!id) throw new Error("addProjectActivity added no activity");
  return { id, project: addProjectActivity };
}

async function activityIds(t: TestServer, projectId: string): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    "SELECT id FROM project_activity WHERE project_id = $1",
    [projectId],
  );
  return rows.map((r) => r.id);
}

/** Adds a budget line to a draft. */
export async function addBudgetLine(t: TestServer, token: string, projectId: string, input: BudgetLineInput) {
  const version = await currentVersion(t, projectId);
  return (await t.ok(ADD_BUDGET_LINE, { projectId, version, input }, token)).addBudgetLine;
}

/**
 * A draft with one eligible beneficiary, one machinery activity on line I.2 and one budget line of
 * 600 trđ asking 300 trđ: ready to submit.
 */
export async function readyDraft(t: TestServer, token: string, overrides: ProjectOverrides = {}) {
  const facility = await createFacility(t, token);
  const project = await createProject(t, token, overrides);
  await addBeneficiary(t, token, project.id, facility.id);
  const { id: activityId } = await addActivity(t, token, project.id, {
    activityKind: "MACHINERY",
    targetLineId: await targetLineId(t, "I.2"),
    plannedQuantity: 1,
    description: "Máy cán bánh tự động",
    machineryIsNew: true,
    machineryImproves: true,
  });
  await addBudgetLine(t, token, project.id, {
    activityId,
    facilityId: facility.id,
    costItem: "Máy cán bánh",
    cost: 600_000_000,
    requestedSupport: 300_000_000,
  });
  return { project, facility, activityId };
}

/**
 * @deprecated prefer `t.ok(document, …)`, which returns the typed data. Resolves to the response when it
 * has no error, and fails the test with the response otherwise.
 */
export async function must<T>(response: Promise<GqlResponse<T>>): Promise<GqlResponse<T> & { data: T }> {
  const res = await response;
  if (res.errors) throw new Error(`unexpected error: ${res.text}`);
  return res as GqlResponse<T> & { data: T };
}

const CREATE_ENVELOPE = graphql(`
  mutation TestCreateEnvelope($year: Int!, $fund: FundSource!, $amount: Dong!) {
    createBudgetEnvelope(year: $year, fundSource: $fund, amount: $amount, decisionNumber: "01/QĐ-UBND") {
      id
      version
      amount
    }
  }
`);

/** Records a year's envelope of a fund (as Sở Tài chính), so that đề án can be approved against it. */
export async function createEnvelope(
  t: TestServer,
  token: string,
  year: number,
  fundSource: FundSource,
  amount: number,
) {
  return must(t.gql(CREATE_ENVELOPE, { year, fund: fundSource, amount }, token));
}
