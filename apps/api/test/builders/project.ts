/**
 * One way for a test to bring a đề án to any state: through the API's own mutations, by the users a real
 * programme would have act, along the path the domain's lifecycle (TRANSITION_RULES) allows.
 *
 *   const actors = await projectActors(t);                         // a preparer, two department officers, …
 *   const { project } = await projectIn(t, actors, "APPROVED");    // a ready draft walked to APPROVED
 *   await walkProject(t, actors, project.id, "CLOSED");            // and further, paying what is due
 *
 * The path is the shortest in the lifecycle's graph unless `through` names states to pass (an advance
 * paid on the way: `through: ["ADVANCED"]`). What each step records (dates, numbers, amounts) has a
 * default a test can override, so that a test asserting on them states them.
 */
import {
  PROJECT_ACTIONS,
  type PaymentKind,
  type ProjectAction,
  type ProjectState,
  TRANSITION_RULES,
} from "@khuyencong/domain";
import { currentVersion, type ProjectOverrides, readyDraft } from "../fixtures.js";
import { graphql } from "../graphql/index.js";
import type { TestServer, TestUser } from "../harness.js";

/** Who acts on a đề án: each step is made by the actor the programme gives it to. */
export interface ProjectActors {
  /** Prepares, submits, starts, asks for payments: a commune officer, a unit or a department officer. */
  preparer: TestUser;
  /** Appraises, returns, rejects, accepts, stops (the department). */
  appraiser: TestUser;
  /** Approves, records the contract, decides adjustments, closes: another department officer than the
   * appraiser (segregation of duties). */
  approver: TestUser;
  /** Settles (Sở Tài chính). */
  finance: TestUser;
  /** Pays advances and payments (Kho bạc). */
  treasury: TestUser;
}

/** Creates one user per part; the preparer is a department officer unless one is given. */
export async function projectActors(t: TestServer, preparer?: TestUser): Promise<ProjectActors> {
  return {
    preparer: preparer ?? (await t.createUser("DEPARTMENT")),
    appraiser: await t.createUser("DEPARTMENT"),
    approver: await t.createUser("DEPARTMENT"),
    finance: await t.createUser("FINANCE"),
    treasury: await t.createUser("TREASURY"),
  };
}

/** What the steps record; every field has a default. */
export interface StepRecords {
  appraisal: { appraisedOn: string; opinion: string };
  approval: { decisionNumber: string; decisionDate: string; doubleSupportJustification?: string | null };
  contract: { contractNumber: string; contractDate: string };
  /** The advance asked and paid for RECORD_ADVANCE: 70 % of the approved support unless `amount`. */
  advance: { amount?: number; progress: number; paidOn: string };
  /**
   * Each activity's actual quantity: the one `outputs` gives it, else `actualQuantity`, else its planned
   * quantity.
   */
  acceptance: {
    acceptedOn: string;
    actualQuantity?: number;
    outputs?: readonly { activityId: string; actualQuantity: number }[];
  };
  settlement: { settledOn: string };
  /** The final payment paid before CLOSE when one is due. */
  finalPayment: { progress: number; paidOn: string };
  /** The reason of RETURN, REJECT, STOP, REQUEST_ADJUSTMENT and REJECT_ADJUSTMENT. */
  reason: string;
  /** The decision of APPROVE_ADJUSTMENT. */
  adjustmentDecision: { decisionNumber: string; decisionDate: string };
}

const DEFAULT_RECORDS: StepRecords = {
  appraisal: { appraisedOn: "2026-04-01", opinion: "Đạt" },
  approval: { decisionNumber: "12/QĐ-UBND", decisionDate: "2026-04-20" },
  contract: { contractNumber: "05/HĐ", contractDate: "2026-05-02" },
  advance: { progress: 8000, paidOn: "2026-06-01" },
  acceptance: { acceptedOn: "2026-10-15" },
  settlement: { settledOn: "2026-11-20" },
  finalPayment: { progress: 8000, paidOn: "2026-06-01" },
  reason: "Không đủ điều kiện",
  adjustmentDecision: { decisionNumber: "20/QĐ-SCT", decisionDate: "2026-07-01" },
};

export interface WalkOptions {
  /** States to pass on the way, in order (e.g. ["ADVANCED"], or ["APPRAISED"] before a rejection). */
  through?: readonly ProjectState[];
  /** What the steps record, where the defaults will not do. */
  records?: { [K in keyof StepRecords]?: Partial<StepRecords[K]> };
}

/**
 * The shortest sequence of actions from `from` to `to` passing `through`, in the lifecycle's graph
 * (TRANSITION_RULES: each action's `from` states and `to` state). Ties go to the earlier action of
 * PROJECT_ACTIONS. Throws when the lifecycle has no such path.
 */
export function pathTo(
  to: ProjectState,
  { from = "DRAFT", through = [] }: { from?: ProjectState; through?: readonly ProjectState[] } = {},
): ProjectAction[] {
  const path: ProjectAction[] = [];
  let at = from;
  for (const stop of [...through, to]) {
    path.push(...shortestPath(at, stop));
    at = stop;
  }
  return path;
}

function shortestPath(from: ProjectState, to: ProjectState): ProjectAction[] {
  const cameBy = new Map<ProjectState, { action: ProjectAction; previous: ProjectState } | null>([
    [from, null],
  ]);
  const queue: ProjectState[] = [from];
  while (queue.length > 0 && !cameBy.has(to)) {
    const state = queue.shift() as ProjectState;
    for (const action of PROJECT_ACTIONS) {
      const rule = TRANSITION_RULES[action];
      if (!rule.from.includes(state) || cameBy.has(rule.to)) continue;
      cameBy.set(rule.to, { action, previous: state });
      queue.push(rule.to);
    }
  }
  if (!cameBy.has(to)) throw new Error(`the lifecycle has no path from ${from} to ${to}`);
  const actions: ProjectAction[] = [];
  for (let step = cameBy.get(to); step; step = cameBy.get(step.previous)) actions.unshift(step.action);
  return actions;
}

/**
 * A ready draft (fixtures' readyDraft: one beneficiary, one I.2 machinery activity, one budget line of
 * 600 trđ asking 300 trđ) prepared by `actors.preparer`, walked to `state`.
 */
export async function projectIn(
  t: TestServer,
  actors: ProjectActors,
  state: ProjectState,
  options: WalkOptions & { draft?: ProjectOverrides } = {},
) {
  const draft = await readyDraft(t, actors.preparer.token, options.draft);
  await walkProject(t, actors, draft.project.id, state, options);
  return draft;
}

/** Walks the đề án from its current state to `state`; returns the actions made. */
export async function walkProject(
  t: TestServer,
  actors: ProjectActors,
  projectId: string,
  state: ProjectState,
  options: WalkOptions = {},
): Promise<ProjectAction[]> {
  const records = withDefaults(options.records);
  const path = pathTo(state, { from: await currentState(t, projectId), through: options.through });
  for (const action of path) await STEPS[action](t, actors, projectId, records);
  const reached = await currentState(t, projectId);
  if (reached !== state)
    throw new Error(`walked ${path.join(" → ")} but the đề án is ${reached}, not ${state}`);
  return path;
}

function withDefaults(records: WalkOptions["records"] = {}): StepRecords {
  const merged = { ...DEFAULT_RECORDS } as Record<string, unknown>;
  for (const [key, value] of Object.entries(records)) {
    const base = DEFAULT_RECORDS[key as keyof StepRecords];
    merged[key] = typeof base === "object" ? { ...base, ...(value as object) } : value;
  }
  return merged as unknown as StepRecords;
}

async function currentState(t: TestServer, projectId: string): Promise<ProjectState> {
  const [row] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [projectId]);
  if (!row) throw new Error(`no đề án ${projectId}`);
  return row.state;
}

graphql(`
  fragment TestStep on Project {
    id
    state
    version
  }
`);

const SUBMIT = graphql(`
  mutation StepSubmit($projectId: ID!, $version: Int!) {
    submitProject(projectId: $projectId, version: $version) {
      ...TestStep
    }
  }
`);
const APPRAISE = graphql(`
  mutation StepAppraise($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {
    appraiseProject(projectId: $projectId, version: $version, appraisedOn: $appraisedOn, opinion: $opinion) {
      ...TestStep
    }
  }
`);
const RETURN = graphql(`
  mutation StepReturn($projectId: ID!, $version: Int!, $reason: String!) {
    returnProject(projectId: $projectId, version: $version, reason: $reason) {
      ...TestStep
    }
  }
`);
const REJECT = graphql(`
  mutation StepReject($projectId: ID!, $version: Int!, $reason: String!) {
    rejectProject(projectId: $projectId, version: $version, reason: $reason) {
      ...TestStep
    }
  }
`);
/** The approval of a đề án, for tests that expect a refusal too (send it with `t.gql`). */
export const APPROVE = graphql(`
  mutation StepApprove(
    $projectId: ID!
    $version: Int!
    $decisionNumber: String!
    $decisionDate: CalendarDate!
    $doubleSupportJustification: String
  ) {
    approveProject(
      projectId: $projectId
      version: $version
      decisionNumber: $decisionNumber
      decisionDate: $decisionDate
      doubleSupportJustification: $doubleSupportJustification
    ) {
      ...TestStep
    }
  }
`);
const SIGN_CONTRACT = graphql(`
  mutation StepSignContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {
    signProjectContract(
      projectId: $projectId
      version: $version
      contractNumber: $contractNumber
      contractDate: $contractDate
    ) {
      ...TestStep
    }
  }
`);
const START = graphql(`
  mutation StepStart($projectId: ID!, $version: Int!) {
    startProject(projectId: $projectId, version: $version) {
      ...TestStep
    }
  }
`);
const REQUEST_ADJUSTMENT = graphql(`
  mutation StepRequestAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
    requestProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {
      ...TestStep
    }
  }
`);
const APPROVE_ADJUSTMENT = graphql(`
  mutation StepApproveAdjustment(
    $projectId: ID!
    $version: Int!
    $decisionNumber: String!
    $decisionDate: CalendarDate!
  ) {
    approveProjectAdjustment(
      projectId: $projectId
      version: $version
      decisionNumber: $decisionNumber
      decisionDate: $decisionDate
    ) {
      ...TestStep
    }
  }
`);
const REJECT_ADJUSTMENT = graphql(`
  mutation StepRejectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
    rejectProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {
      ...TestStep
    }
  }
`);
const ACCEPT = graphql(`
  mutation StepAccept(
    $projectId: ID!
    $version: Int!
    $acceptedOn: CalendarDate!
    $outputs: [AcceptedOutputInput!]!
  ) {
    acceptProject(projectId: $projectId, version: $version, acceptedOn: $acceptedOn, outputs: $outputs) {
      ...TestStep
    }
  }
`);
const SETTLE = graphql(`
  mutation StepSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {
    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {
      ...TestStep
    }
  }
`);
const CLOSE = graphql(`
  mutation StepClose($projectId: ID!, $version: Int!) {
    closeProject(projectId: $projectId, version: $version) {
      ...TestStep
    }
  }
`);
const STOP = graphql(`
  mutation StepStop($projectId: ID!, $version: Int!, $reason: String!) {
    stopProject(projectId: $projectId, version: $version, reason: $reason) {
      ...TestStep
    }
  }
`);

type Step = (
  t: TestServer,
  actors: ProjectActors,
  projectId: string,
  records: StepRecords,
) => Promise<unknown>;

/** How each action of the lifecycle is made, and by whom. */
const STEPS: Record<ProjectAction, Step> = {
  SUBMIT: async (t, a, projectId) =>
    t.ok(SUBMIT, { projectId, version: await currentVersion(t, projectId) }, a.preparer.token),
  RETURN: async (t, a, projectId, r) =>
    t.ok(
      RETURN,
      { projectId, version: await currentVersion(t, projectId), reason: r.reason },
      a.appraiser.token,
    ),
  APPRAISE: async (t, a, projectId, r) =>
    t.ok(
      APPRAISE,
      { projectId, version: await currentVersion(t, projectId), ...r.appraisal },
      a.appraiser.token,
    ),
  REJECT: async (t, a, projectId, r) =>
    t.ok(
      REJECT,
      { projectId, version: await currentVersion(t, projectId), reason: r.reason },
      a.appraiser.token,
    ),
  APPROVE: async (t, a, projectId, r) =>
    t.ok(
      APPROVE,
      { projectId, version: await currentVersion(t, projectId), ...r.approval },
      a.approver.token,
    ),
  SIGN_CONTRACT: async (t, a, projectId, r) =>
    t.ok(
      SIGN_CONTRACT,
      { projectId, version: await currentVersion(t, projectId), ...r.contract },
      a.approver.token,
    ),
  // The lifecycle's RECORD_ADVANCE is the Treasury's payment of the first advance asked for.
  RECORD_ADVANCE: async (t, a, projectId, r) => {
    const amount = r.advance.amount ?? Math.floor((await moneyOf(t, projectId)).approvedSupport * 0.7);
    return requestAndPay(t, a, projectId, "ADVANCE", amount, r.advance);
  },
  START: async (t, a, projectId) =>
    t.ok(START, { projectId, version: await currentVersion(t, projectId) }, a.preparer.token),
  REQUEST_ADJUSTMENT: async (t, a, projectId, r) =>
    t.ok(
      REQUEST_ADJUSTMENT,
      { projectId, version: await currentVersion(t, projectId), reason: r.reason },
      a.preparer.token,
    ),
  APPROVE_ADJUSTMENT: async (t, a, projectId, r) =>
    t.ok(
      APPROVE_ADJUSTMENT,
      { projectId, version: await currentVersion(t, projectId), ...r.adjustmentDecision },
      a.approver.token,
    ),
  REJECT_ADJUSTMENT: async (t, a, projectId, r) =>
    t.ok(
      REJECT_ADJUSTMENT,
      { projectId, version: await currentVersion(t, projectId), reason: r.reason },
      a.approver.token,
    ),
  ACCEPT: async (t, a, projectId, r) => {
    const activities: { id: string; planned_quantity: number }[] = await t.dataSource.query(
      "SELECT id, planned_quantity FROM project_activity WHERE project_id = $1",
      [projectId],
    );
    const given = new Map(r.acceptance.outputs?.map((o) => [o.activityId, o.actualQuantity]));
    const outputs = activities.map((row) => ({
      activityId: row.id,
      actualQuantity: given.get(row.id) ?? r.acceptance.actualQuantity ?? row.planned_quantity,
    }));
    return t.ok(
      ACCEPT,
      {
        projectId,
        version: await currentVersion(t, projectId),
        acceptedOn: r.acceptance.acceptedOn,
        outputs,
      },
      a.appraiser.token,
    );
  },
  SETTLE: async (t, a, projectId, r) =>
    t.ok(
      SETTLE,
      { projectId, version: await currentVersion(t, projectId), ...r.settlement },
      a.finance.token,
    ),
  // Closing needs the final payment paid: the Treasury pays it first when one is due.
  CLOSE: async (t, a, projectId, r) => {
    const { finalPayment } = await moneyOf(t, projectId);
    if (finalPayment > 0) await requestAndPay(t, a, projectId, "FINAL", finalPayment, r.finalPayment);
    return t.ok(CLOSE, { projectId, version: await currentVersion(t, projectId) }, a.approver.token);
  },
  STOP: async (t, a, projectId, r) =>
    t.ok(
      STOP,
      { projectId, version: await currentVersion(t, projectId), reason: r.reason },
      a.appraiser.token,
    ),
};

async function moneyOf(t: TestServer, projectId: string) {
  const [row] = await t.dataSource.query(
    "SELECT approved_support, final_payment FROM project WHERE id = $1",
    [projectId],
  );
  return { approvedSupport: Number(row.approved_support), finalPayment: Number(row.final_payment) };
}

const REQUEST_PAYMENT = graphql(`
  mutation StepRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
    requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {
      id
      kind
      amount
      status
    }
  }
`);

let keyCounter = 0;

/** Asks for an advance or a payment; returns the response (a test may expect a refusal). */
export function requestPayment(
  t: TestServer,
  token: string,
  projectId: string,
  kind: PaymentKind,
  amount: number,
  options: { progress?: number; requestKey?: string } = {},
) {
  return t.gql(
    REQUEST_PAYMENT,
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

const PAY_REQUEST = graphql(`
  mutation StepPayRequest($id: ID!, $paidOn: CalendarDate!) {
    payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: "UNC-0001") {
      id
      status
      paidOn
    }
  }
`);

/** The Treasury pays a request; returns the response (a test may expect a refusal). */
export function payRequest(t: TestServer, token: string, id: string, paidOn = "2026-06-01") {
  return t.gql(PAY_REQUEST, { id, paidOn }, token);
}

/** Asks for a payment and has the Treasury pay it; fails the test when either is refused. */
async function requestAndPay(
  t: TestServer,
  a: ProjectActors,
  projectId: string,
  kind: PaymentKind,
  amount: number,
  { progress, paidOn }: { progress: number; paidOn: string },
) {
  const asked = await requestPayment(t, a.preparer.token, projectId, kind, amount, { progress });
  if (asked.errors || !asked.data) throw new Error(`requestPayment(${kind}) failed: ${asked.text}`);
  const paid = await payRequest(t, a.treasury.token, asked.data.requestPayment.id, paidOn);
  if (paid.errors || !paid.data) throw new Error(`payPaymentRequest failed: ${paid.text}`);
  return paid.data.payPaymentRequest;
}
