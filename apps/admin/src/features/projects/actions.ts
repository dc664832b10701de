import {
  type Actor,
  CAPABILITY_LABELS,
  checkTransition,
  isCalendarDate,
  PROJECT_ACTIONS,
  ROLE_LABELS,
  rolesWith,
  type ProjectAction,
  type ProjectFacts,
  TRANSITION_RULES,
  type TransitionInput,
} from "@khuyencong/domain";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../../gql";
import type { Translate } from "../../lib/i18n";

/** A field a transition asks for. */
export interface ActionField {
  name: string;
  label: string;
  labelEn: string;
  kind: "date" | "text" | "textarea";
  required: boolean;
}

export interface ActionForm {
  action: ProjectAction;
  /** The transition's Vietnamese name (the domain's), and its English one. */
  label: string;
  labelEn: string;
  // biome-ignore lint/suspicious/noExplicitAny: each transition has its own variables; built by mutationVariables
  document: TypedDocumentNode<any, any>;
  fields: ActionField[];
  /** Asks for the actual output of every activity (acceptance). */
  outputs: boolean;
  /** Destructive: shown in red and confirmed before it is sent. */
  danger: boolean;
}

const reason: ActionField = {
  name: "reason",
  label: "Lý do",
  labelEn: "Reason",
  kind: "textarea",
  required: true,
};
const decision: ActionField[] = [
  {
    name: "decisionNumber",
    label: "Số quyết định",
    labelEn: "Decision number",
    kind: "text",
    required: true,
  },
  { name: "decisionDate", label: "Ngày quyết định", labelEn: "Decision date", kind: "date", required: true },
];

const SUBMIT = graphql(`
  mutation SubmitProject($projectId: ID!, $version: Int!) {
    submitProject(projectId: $projectId, version: $version) { id state version }
  }
`);
const RETURN = graphql(`
  mutation ReturnProject($projectId: ID!, $version: Int!, $reason: String!) {
    returnProject(projectId: $projectId, version: $version, reason: $reason) { id state version }
  }
`);
const APPRAISE = graphql(`
  mutation AppraiseProject($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {
    appraiseProject(projectId: $projectId, version: $version, appraisedOn: $appraisedOn, opinion: $opinion) {
      id state version
    }
  }
`);
const REJECT = graphql(`
  mutation RejectProject($projectId: ID!, $version: Int!, $reason: String!) {
    rejectProject(projectId: $projectId, version: $version, reason: $reason) { id state version }
  }
`);
const APPROVE = graphql(`
  mutation ApproveProject(
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
    ) { id state version }
  }
`);
const SIGN_CONTRACT = graphql(`
  mutation SignProjectContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {
    signProjectContract(
      projectId: $projectId
      version: $version
      contractNumber: $contractNumber
      contractDate: $contractDate
    ) { id state version }
  }
`);
const START = graphql(`
  mutation StartProject($projectId: ID!, $version: Int!) {
    startProject(projectId: $projectId, version: $version) { id state version }
  }
`);
const REQUEST_ADJUSTMENT = graphql(`
  mutation RequestProjectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
    requestProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) { id state version }
  }
`);
const APPROVE_ADJUSTMENT = graphql(`
  mutation ApproveProjectAdjustment($projectId: ID!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {
    approveProjectAdjustment(
      projectId: $projectId
      version: $version
      decisionNumber: $decisionNumber
      decisionDate: $decisionDate
    ) { id state version }
  }
`);
const REJECT_ADJUSTMENT = graphql(`
  mutation RejectProjectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
    rejectProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) { id state version }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptProject($projectId: ID!, $version: Int!, $acceptedOn: CalendarDate!, $outputs: [AcceptedOutputInput!]!) {
    acceptProject(projectId: $projectId, version: $version, acceptedOn: $acceptedOn, outputs: $outputs) {
      id state version
    }
  }
`);
const SETTLE = graphql(`
  mutation SettleProject($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {
    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) { id state version }
  }
`);
const CLOSE = graphql(`
  mutation CloseProject($projectId: ID!, $version: Int!) {
    closeProject(projectId: $projectId, version: $version) { id state version }
  }
`);
const STOP = graphql(`
  mutation StopProject($projectId: ID!, $version: Int!, $reason: String!) {
    stopProject(projectId: $projectId, version: $version, reason: $reason) { id state version }
  }
`);

type FormSpec = Omit<ActionForm, "action" | "label">;
const spec = (
  labelEn: string,
  // biome-ignore lint/suspicious/noExplicitAny: see ActionForm.document
  document: TypedDocumentNode<any, any>,
  fields: ActionField[] = [],
  extra: Partial<Pick<ActionForm, "outputs" | "danger">> = {},
): FormSpec => ({ labelEn, document, fields, outputs: false, danger: false, ...extra });

const FORMS: Partial<Record<ProjectAction, FormSpec>> = {
  SUBMIT: spec("Submit for appraisal", SUBMIT),
  RETURN: spec("Return for completion", RETURN, [reason], { danger: true }),
  APPRAISE: spec("Record the appraisal", APPRAISE, [
    { name: "appraisedOn", label: "Ngày thẩm định", labelEn: "Appraisal date", kind: "date", required: true },
    {
      name: "opinion",
      label: "Ý kiến thẩm định",
      labelEn: "Appraisal opinion",
      kind: "textarea",
      required: true,
    },
  ]),
  REJECT: spec("Reject", REJECT, [reason], { danger: true }),
  APPROVE: spec("Record the approving decision", APPROVE, [
    ...decision,
    {
      name: "doubleSupportJustification",
      label: "Lý do cho phép hỗ trợ (nếu trùng hỗ trợ)",
      labelEn: "Why support is allowed (if already supported)",
      kind: "textarea",
      required: false,
    },
  ]),
  SIGN_CONTRACT: spec("Record the contract / assignment", SIGN_CONTRACT, [
    {
      name: "contractNumber",
      label: "Số hợp đồng",
      labelEn: "Contract number",
      kind: "text",
      required: true,
    },
    { name: "contractDate", label: "Ngày hợp đồng", labelEn: "Contract date", kind: "date", required: true },
  ]),
  START: spec("Start", START),
  REQUEST_ADJUSTMENT: spec("Request an adjustment", REQUEST_ADJUSTMENT, [reason]),
  APPROVE_ADJUSTMENT: spec("Approve the adjustment", APPROVE_ADJUSTMENT, decision),
  REJECT_ADJUSTMENT: spec("Refuse the adjustment", REJECT_ADJUSTMENT, [reason], { danger: true }),
  ACCEPT: spec(
    "Record the acceptance",
    ACCEPT,
    [
      {
        name: "acceptedOn",
        label: "Ngày nghiệm thu",
        labelEn: "Acceptance date",
        kind: "date",
        required: true,
      },
    ],
    { outputs: true },
  ),
  SETTLE: spec("Record the settlement", SETTLE, [
    { name: "settledOn", label: "Ngày quyết toán", labelEn: "Settlement date", kind: "date", required: true },
  ]),
  CLOSE: spec("Close", CLOSE),
  STOP: spec("Stop", STOP, [reason], { danger: true }),
};

/**
 * The form of each transition the user may make. RECORD_ADVANCE is not a button: the Treasury's
 * payment of the first advance makes it.
 */
export function actionForms(actions: readonly ProjectAction[]): ActionForm[] {
  return actions.flatMap((action) => {
    const form = FORMS[action];
    return form ? [{ ...form, action, label: TRANSITION_RULES[action].label }] : [];
  });
}

/**
 * A form filled in every field a transition may ask for: checking a transition with it leaves only what
 * the form cannot fix — the đề án's state and what is on file (activities and budget, the appraisal, the
 * acceptance), and who may act (the appraiser does not record the approval).
 */
const FILLED: TransitionInput = {
  reason: "-",
  appraisal: { date: "2026-01-01", opinion: "-" },
  decision: { number: "-", date: "2026-01-01" },
  contract: { number: "-", date: "2026-01-01" },
  advance: { date: "2026-01-01", amount: 1 },
  acceptance: { date: "2026-01-01", outputCount: 1 },
  settlement: { date: "2026-01-01", amount: 0 },
};

export interface LifecycleButton {
  form: ActionForm;
  /** Why the button is disabled now (the domain's words), or null when it may be pressed. */
  blocked: string | null;
}

/**
 * The lifecycle as this user sees it on a đề án, from the domain's rules: a button for each step the
 * state allows and the user's capabilities cover (disabled, with the reason, when what is on file forbids
 * it), and the steps the state allows that are someone else's, with the capability they need.
 */
export function lifecycleFor(
  facts: ProjectFacts,
  actor: Actor,
  can: (capability: (typeof TRANSITION_RULES)[ProjectAction]["capability"]) => boolean,
): { buttons: LifecycleButton[]; others: { labels: string[]; who: string }[] } {
  const next = PROJECT_ACTIONS.filter((a) => TRANSITION_RULES[a].from.includes(facts.state));
  const mine = next.filter((a) => can(TRANSITION_RULES[a].capability));
  const buttons = actionForms(mine).map((form) => {
    const check = checkTransition(facts, form.action, actor, FILLED);
    return { form, blocked: check.allowed ? null : check.problems.map((p) => p.message).join(" ") };
  });
  // Someone else's steps, grouped by who holds the capability (the roles' names, from the access table).
  const others: { labels: string[]; who: string }[] = [];
  for (const a of next.filter((x) => !mine.includes(x) && FORMS[x])) {
    const rule = TRANSITION_RULES[a];
    const who = rolesWith(rule.capability)
      .map((r) => ROLE_LABELS[r])
      .join(", ");
    const group = others.find((o) => o.who === who);
    if (group) group.labels.push(rule.label);
    else others.push({ labels: [rule.label], who: who || CAPABILITY_LABELS[rule.capability] });
  }
  return { buttons, others };
}

const vi: Translate = (v) => v;

/** Field errors before sending: every required field filled, dates as YYYY-MM-DD. */
export function validate(
  form: ActionForm,
  values: Record<string, string>,
  t: Translate = vi,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const value = values[field.name]?.trim() ?? "";
    if (field.required && !value)
      errors[field.name] = t(
        `Vui lòng nhập ${field.label.toLowerCase()}`,
        `Enter the ${field.labelEn.toLowerCase()}`,
      );
    else if (value && field.kind === "date" && !isCalendarDate(value))
      errors[field.name] = t("Ngày không hợp lệ", "Invalid date");
  }
  return errors;
}

/** The variables of a filled form: only the filled fields, trimmed, and the outputs of an acceptance. */
export function mutationVariables(
  form: ActionForm,
  projectId: string,
  version: number,
  values: Record<string, string>,
  outputs: { activityId: string; actualQuantity: number }[] = [],
): Record<string, unknown> {
  const variables: Record<string, unknown> = { projectId, version };
  for (const f of form.fields) {
    const value = values[f.name]?.trim();
    if (value) variables[f.name] = value;
  }
  if (form.outputs) variables.outputs = outputs;
  return variables;
}
