import { type ProjectAction, TRANSITION_RULES } from "@khuyencong/domain";

/** A field a transition asks for. */
export interface ActionField {
  name: string;
  label: string;
  kind: "date" | "text" | "textarea";
  required: boolean;
}

export interface ActionForm {
  action: ProjectAction;
  label: string;
  mutation: string;
  fields: ActionField[];
  /** Asks for the actual output of every activity (acceptance). */
  outputs: boolean;
  /** Destructive: shown in red. */
  danger: boolean;
}

const reason: ActionField = { name: "reason", label: "Lý do", kind: "textarea", required: true };
const decision: ActionField[] = [
  { name: "decisionNumber", label: "Số quyết định", kind: "text", required: true },
  { name: "decisionDate", label: "Ngày quyết định", kind: "date", required: true },
];

const FORMS: Partial<Record<ProjectAction, Omit<ActionForm, "action" | "label">>> = {
  SUBMIT: { mutation: "submitProject", fields: [], outputs: false, danger: false },
  RETURN: { mutation: "returnProject", fields: [reason], outputs: false, danger: true },
  APPRAISE: {
    mutation: "appraiseProject",
    fields: [
      { name: "appraisedOn", label: "Ngày thẩm định", kind: "date", required: true },
      { name: "opinion", label: "Ý kiến thẩm định", kind: "textarea", required: true },
    ],
    outputs: false,
    danger: false,
  },
  REJECT: { mutation: "rejectProject", fields: [reason], outputs: false, danger: true },
  APPROVE: {
    mutation: "approveProject",
    fields: [
      ...decision,
      {
        name: "doubleSupportJustification",
        label: "Lý do cho phép hỗ trợ (nếu trùng hỗ trợ)",
        kind: "textarea",
        required: false,
      },
    ],
    outputs: false,
    danger: false,
  },
  SIGN_CONTRACT: {
    mutation: "signProjectContract",
    fields: [
      { name: "contractNumber", label: "Số hợp đồng", kind: "text", required: true },
      { name: "contractDate", label: "Ngày hợp đồng", kind: "date", required: true },
    ],
    outputs: false,
    danger: false,
  },
  START: { mutation: "startProject", fields: [], outputs: false, danger: false },
  REQUEST_ADJUSTMENT: {
    mutation: "requestProjectAdjustment",
    fields: [reason],
    outputs: false,
    danger: false,
  },
  APPROVE_ADJUSTMENT: {
    mutation: "approveProjectAdjustment",
    fields: decision,
    outputs: false,
    danger: false,
  },
  REJECT_ADJUSTMENT: { mutation: "rejectProjectAdjustment", fields: [reason], outputs: false, danger: true },
  ACCEPT: {
    mutation: "acceptProject",
    fields: [{ name: "acceptedOn", label: "Ngày nghiệm thu", kind: "date", required: true }],
    outputs: true,
    danger: false,
  },
  SETTLE: {
    mutation: "settleProject",
    fields: [{ name: "settledOn", label: "Ngày quyết toán", kind: "date", required: true }],
    outputs: false,
    danger: false,
  },
  CLOSE: { mutation: "closeProject", fields: [], outputs: false, danger: false },
  STOP: { mutation: "stopProject", fields: [reason], outputs: false, danger: true },
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

/** Field errors before sending: every required field filled, dates as YYYY-MM-DD. */
export function validate(form: ActionForm, values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const value = values[field.name]?.trim() ?? "";
    if (field.required && !value) errors[field.name] = `Vui lòng nhập ${field.label.toLowerCase()}`;
    else if (value && field.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      errors[field.name] = "Ngày không hợp lệ";
  }
  return errors;
}

/** The GraphQL mutation and its variables for a filled form. */
export function buildMutation(
  form: ActionForm,
  projectId: string,
  version: number,
  values: Record<string, string>,
  outputs: { activityId: string; actualQuantity: number }[] = [],
): { query: string; variables: Record<string, unknown> } {
  const fields = form.fields.filter((f) => values[f.name]?.trim());
  const decl = fields.map((f) => `, $${f.name}: String${f.required ? "!" : ""}`).join("");
  const args = fields.map((f) => `, ${f.name}: $${f.name}`).join("");
  const outputDecl = form.outputs ? ", $outputs: [AcceptedOutputInput!]!" : "";
  const outputArg = form.outputs ? ", outputs: $outputs" : "";
  const query = `mutation Transition($projectId: ID!, $version: Int!${decl}${outputDecl}) {
  ${form.mutation}(projectId: $projectId, version: $version${args}${outputArg}) { id state version }
}`;
  const variables: Record<string, unknown> = { projectId, version };
  for (const f of fields) variables[f.name] = values[f.name]?.trim();
  if (form.outputs) variables.outputs = outputs;
  return { query, variables };
}
