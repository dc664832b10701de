import { isCalendarDate } from "../calendar/calendar-date.js";
import type { Citation } from "../legal/citation.js";
import { LEGAL_DOCUMENTS } from "../legal/citation.js";
import { type Capability, can } from "../access/capabilities.js";
import type { Role } from "../roles/role.js";
import { APPROVED_PLAN_STATUS, PLAN_STATUS_LABELS, type PlanStatus } from "../plans/annual-plan-status.js";

/**
 * States of a đề án khuyến công, following the national procedure (Thông tư 36/2013/TT-BCT, the
 * reference model; Hải Phòng's own procedure QĐ 25/2021/QĐ-UBND was not found):
 * lập → thẩm định → phê duyệt → giao nhiệm vụ/hợp đồng → tạm ứng → thực hiện ⇄ điều chỉnh → nghiệm thu
 * → quyết toán → thanh lý; or trả lại, không phê duyệt, dừng.
 */
export const PROJECT_STATES = [
  "DRAFT",
  "SUBMITTED",
  "APPRAISED",
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
  "ACCEPTED",
  "SETTLED",
  "CLOSED",
  "REJECTED",
  "STOPPED",
] as const;

export type ProjectState = (typeof PROJECT_STATES)[number];

/** Vietnamese names of the states. */
export const PROJECT_STATE_LABELS: Readonly<Record<ProjectState, string>> = {
  DRAFT: "Đang lập",
  SUBMITTED: "Đã gửi thẩm định",
  APPRAISED: "Đã thẩm định",
  APPROVED: "Đã phê duyệt",
  CONTRACTED: "Đã ký hợp đồng",
  ADVANCED: "Đã tạm ứng",
  IN_PROGRESS: "Đang thực hiện",
  ADJUSTING: "Đang xin điều chỉnh",
  ACCEPTED: "Đã nghiệm thu",
  SETTLED: "Đã quyết toán",
  CLOSED: "Đã thanh lý",
  REJECTED: "Không được phê duyệt",
  STOPPED: "Đã dừng thực hiện",
};

/** The transitions a user can ask for. */
export const PROJECT_ACTIONS = [
  "SUBMIT",
  "RETURN",
  "APPRAISE",
  "REJECT",
  "APPROVE",
  "SIGN_CONTRACT",
  "RECORD_ADVANCE",
  "START",
  "REQUEST_ADJUSTMENT",
  "APPROVE_ADJUSTMENT",
  "REJECT_ADJUSTMENT",
  "ACCEPT",
  "SETTLE",
  "CLOSE",
  "STOP",
] as const;

export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** What a transition must carry. Each is checked by {@link checkTransition}. */
export type TransitionRequirement =
  | "REASON"
  | "APPRAISAL"
  | "DECISION"
  | "CONTRACT"
  | "ADVANCE"
  | "ACCEPTANCE"
  | "SETTLEMENT"
  | "ACTIVITIES_AND_BUDGET"
  | "APPRAISAL_ON_FILE"
  | "ACCEPTANCE_ON_FILE";

export interface TransitionRule {
  readonly action: ProjectAction;
  /** Vietnamese name of the button. */
  readonly label: string;
  readonly from: readonly ProjectState[];
  readonly to: ProjectState;
  /** Who may ask for it: the roles holding this capability in the access table (ROLE_CAPABILITIES). */
  readonly capability: Capability;
  readonly requires: readonly TransitionRequirement[];
  readonly citation: Citation;
}

/*
 * The national procedure's steps were read in TT 36/2013 (since amended by TT 17/2018, not found); the
 * article numbers of each step were not recorded, so the citation names the step, not an article.
 */
const procedure = (step: string): Citation => ({
  document: LEGAL_DOCUMENTS.TT_36_2013,
  status: "VERIFIED_SUPERSEDED",
  note: `Bước "${step}" của quy trình đề án khuyến công quốc gia, dùng làm mẫu vì chưa tìm được quy định của Hải Phòng (QĐ 25/2021/QĐ-UBND); chưa xác minh số điều`,
});

/**
 * The lifecycle, one rule per action. Who may act is the capability's, granted in the access table
 * (access/capabilities.ts): the department (Sở Công Thương and its Trung tâm Khuyến công) appraises and
 * records the approval decision of the competent authority; the Treasury records what it paid; the
 * implementer carries out. The administrator manages accounts and makes no business transition.
 */
export const TRANSITION_RULES: Readonly<Record<ProjectAction, TransitionRule>> = {
  SUBMIT: {
    action: "SUBMIT",
    label: "Gửi thẩm định",
    from: ["DRAFT"],
    to: "SUBMITTED",
    capability: "PrepareProject",
    requires: ["ACTIVITIES_AND_BUDGET"],
    citation: procedure("Lập và gửi đề án"),
  },
  RETURN: {
    action: "RETURN",
    label: "Trả lại để bổ sung",
    from: ["SUBMITTED", "APPRAISED"],
    to: "DRAFT",
    capability: "AppraiseProject",
    requires: ["REASON"],
    citation: procedure("Thẩm định cấp cơ sở"),
  },
  APPRAISE: {
    action: "APPRAISE",
    label: "Ghi kết quả thẩm định",
    from: ["SUBMITTED"],
    to: "APPRAISED",
    capability: "AppraiseProject",
    requires: ["APPRAISAL"],
    citation: procedure("Thẩm định cấp cơ sở"),
  },
  REJECT: {
    action: "REJECT",
    label: "Không phê duyệt",
    from: ["SUBMITTED", "APPRAISED"],
    to: "REJECTED",
    capability: "RejectProject",
    requires: ["REASON"],
    citation: procedure("Thẩm định cấp cơ sở"),
  },
  APPROVE: {
    action: "APPROVE",
    label: "Ghi quyết định phê duyệt",
    from: ["APPRAISED"],
    to: "APPROVED",
    capability: "ApproveProject",
    requires: ["APPRAISAL_ON_FILE", "DECISION"],
    citation: {
      document: LEGAL_DOCUMENTS.ND_45_2012,
      article: "Điều 2",
      clause: "khoản 2",
      status: "VERIFIED",
    },
  },
  SIGN_CONTRACT: {
    action: "SIGN_CONTRACT",
    label: "Ghi hợp đồng / giao nhiệm vụ",
    from: ["APPROVED"],
    to: "CONTRACTED",
    capability: "SignContract",
    requires: ["CONTRACT"],
    citation: procedure("Giao nhiệm vụ, ký hợp đồng"),
  },
  RECORD_ADVANCE: {
    action: "RECORD_ADVANCE",
    label: "Ghi tạm ứng",
    from: ["CONTRACTED"],
    to: "ADVANCED",
    capability: "PayRequests",
    requires: ["ADVANCE"],
    citation: { document: LEGAL_DOCUMENTS.TTLT_26_2014, article: "Điều 8", status: "VERIFIED_SUPERSEDED" },
  },
  START: {
    action: "START",
    label: "Bắt đầu thực hiện",
    from: ["CONTRACTED", "ADVANCED"],
    to: "IN_PROGRESS",
    capability: "CarryOutProject",
    requires: [],
    citation: procedure("Thực hiện và báo cáo tiến độ"),
  },
  REQUEST_ADJUSTMENT: {
    action: "REQUEST_ADJUSTMENT",
    label: "Đề nghị điều chỉnh",
    from: ["IN_PROGRESS"],
    to: "ADJUSTING",
    capability: "CarryOutProject",
    requires: ["REASON"],
    citation: procedure("Điều chỉnh"),
  },
  APPROVE_ADJUSTMENT: {
    action: "APPROVE_ADJUSTMENT",
    label: "Chấp thuận điều chỉnh",
    from: ["ADJUSTING"],
    to: "IN_PROGRESS",
    capability: "DecideAdjustment",
    requires: ["DECISION"],
    citation: procedure("Điều chỉnh"),
  },
  REJECT_ADJUSTMENT: {
    action: "REJECT_ADJUSTMENT",
    label: "Không chấp thuận điều chỉnh",
    from: ["ADJUSTING"],
    to: "IN_PROGRESS",
    capability: "DecideAdjustment",
    requires: ["REASON"],
    citation: procedure("Điều chỉnh"),
  },
  ACCEPT: {
    action: "ACCEPT",
    label: "Ghi biên bản nghiệm thu",
    from: ["IN_PROGRESS"],
    to: "ACCEPTED",
    capability: "RecordAcceptance",
    requires: ["ACCEPTANCE"],
    citation: procedure("Nghiệm thu cơ sở"),
  },
  SETTLE: {
    action: "SETTLE",
    label: "Ghi quyết toán",
    from: ["ACCEPTED"],
    to: "SETTLED",
    capability: "SettleProject",
    requires: ["ACCEPTANCE_ON_FILE", "SETTLEMENT"],
    citation: procedure("Thanh lý hợp đồng và quyết toán"),
  },
  CLOSE: {
    action: "CLOSE",
    label: "Thanh lý, đóng đề án",
    from: ["SETTLED"],
    to: "CLOSED",
    capability: "CloseProject",
    requires: [],
    citation: procedure("Thanh lý hợp đồng và quyết toán"),
  },
  STOP: {
    action: "STOP",
    label: "Dừng thực hiện",
    from: ["APPROVED", "CONTRACTED", "ADVANCED", "IN_PROGRESS", "ADJUSTING"],
    to: "STOPPED",
    capability: "StopProject",
    requires: ["REASON"],
    citation: procedure("Điều chỉnh: dừng thực hiện khi vi phạm"),
  },
};

/** A legal or administrative act recorded with a transition: a decision, a contract, minutes. */
export interface ActRecord {
  readonly number: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
}

/** What the user sends with a transition. Only the parts the rule requires are read. */
export interface TransitionInput {
  readonly reason?: string | null;
  readonly appraisal?: { readonly date: string; readonly opinion: string } | null;
  readonly decision?: ActRecord | null;
  readonly contract?: ActRecord | null;
  readonly advance?: { readonly date: string; readonly amount: number } | null;
  readonly acceptance?: { readonly date: string; readonly outputCount: number } | null;
  readonly settlement?: { readonly date: string; readonly amount: number } | null;
}

/** What is known about the đề án when the transition is asked for. */
export interface ProjectFacts {
  readonly state: ProjectState;
  readonly activityCount: number;
  readonly budgetLineCount: number;
  /** Who recorded the appraisal, if there is one on file. */
  readonly appraisedBy: string | null;
  readonly hasAcceptance: boolean;
  /**
   * The annual plan of the đề án's year, when the caller looked it up: its status, or null when no plan
   * was opened for that year. Absent = not known, no warning (docs/decisions.md, "An annual plan before
   * approval").
   */
  readonly annualPlan?: { readonly year: number; readonly status: PlanStatus | null };
}

export interface Actor {
  readonly userId: string;
  readonly role: Role;
}

/** Why a transition was refused; codes are the API's error codes. */
export interface TransitionProblem {
  readonly code: "INVALID_TRANSITION" | "FORBIDDEN" | "BAD_USER_INPUT";
  /** The input field concerned, when there is one. */
  readonly field?: string;
  /** Vietnamese, actionable. */
  readonly message: string;
}

export type TransitionCheck =
  | {
      readonly allowed: true;
      readonly from: ProjectState;
      readonly to: ProjectState;
      readonly rule: TransitionRule;
      /** What the user should know but does not stop the transition (see {@link transitionWarnings}). */
      readonly warnings: readonly TransitionWarning[];
    }
  | {
      readonly allowed: false;
      readonly problems: readonly TransitionProblem[];
      readonly rule: TransitionRule;
    };

const filled = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

function actProblems(act: ActRecord | null | undefined, field: string, what: string): TransitionProblem[] {
  if (!act) return [{ code: "BAD_USER_INPUT", field, message: `Cần nhập ${what} (số và ngày).` }];
  const out: TransitionProblem[] = [];
  if (!filled(act.number))
    out.push({ code: "BAD_USER_INPUT", field: `${field}.number`, message: `Cần nhập số ${what}.` });
  if (!isCalendarDate(act.date))
    out.push({
      code: "BAD_USER_INPUT",
      field: `${field}.date`,
      message: `Ngày ${what} không hợp lệ (định dạng YYYY-MM-DD).`,
    });
  return out;
}

function positiveAmount(amount: unknown): boolean {
  return typeof amount === "number" && Number.isSafeInteger(amount) && amount > 0;
}

function requirementProblems(
  req: TransitionRequirement,
  facts: ProjectFacts,
  input: TransitionInput,
  actor: Actor,
): TransitionProblem[] {
  switch (req) {
    case "REASON":
      return filled(input.reason)
        ? []
        : [{ code: "BAD_USER_INPUT", field: "reason", message: "Cần ghi rõ lý do." }];
    case "APPRAISAL": {
      const a = input.appraisal;
      const out: TransitionProblem[] = [];
      if (!a || !isCalendarDate(a.date))
        out.push({
          code: "BAD_USER_INPUT",
          field: "appraisal.date",
          message: "Cần nhập ngày thẩm định hợp lệ.",
        });
      if (!a || !filled(a.opinion))
        out.push({
          code: "BAD_USER_INPUT",
          field: "appraisal.opinion",
          message: "Cần nhập ý kiến thẩm định.",
        });
      return out;
    }
    case "DECISION":
      return actProblems(input.decision, "decision", "quyết định");
    case "CONTRACT":
      return actProblems(input.contract, "contract", "hợp đồng");
    case "ADVANCE": {
      const a = input.advance;
      const out: TransitionProblem[] = [];
      if (!a || !isCalendarDate(a.date))
        out.push({ code: "BAD_USER_INPUT", field: "advance.date", message: "Cần nhập ngày tạm ứng hợp lệ." });
      if (!a || !positiveAmount(a.amount))
        out.push({
          code: "BAD_USER_INPUT",
          field: "advance.amount",
          message: "Số tiền tạm ứng phải là số nguyên đồng lớn hơn 0.",
        });
      return out;
    }
    case "ACCEPTANCE": {
      const a = input.acceptance;
      const out: TransitionProblem[] = [];
      if (!a || !isCalendarDate(a.date))
        out.push({
          code: "BAD_USER_INPUT",
          field: "acceptance.date",
          message: "Cần nhập ngày nghiệm thu hợp lệ.",
        });
      if (!a || !(a.outputCount > 0))
        out.push({
          code: "BAD_USER_INPUT",
          field: "acceptance.outputs",
          message: "Biên bản nghiệm thu phải ghi kết quả thực tế của ít nhất một sản phẩm đầu ra.",
        });
      return out;
    }
    case "SETTLEMENT": {
      const s = input.settlement;
      const out: TransitionProblem[] = [];
      if (!s || !isCalendarDate(s.date))
        out.push({
          code: "BAD_USER_INPUT",
          field: "settlement.date",
          message: "Cần nhập ngày quyết toán hợp lệ.",
        });
      if (!s || !(typeof s.amount === "number" && Number.isSafeInteger(s.amount) && s.amount >= 0))
        out.push({
          code: "BAD_USER_INPUT",
          field: "settlement.amount",
          message: "Số tiền quyết toán phải là số nguyên đồng không âm.",
        });
      return out;
    }
    case "ACTIVITIES_AND_BUDGET": {
      const out: TransitionProblem[] = [];
      if (facts.activityCount < 1)
        out.push({
          code: "BAD_USER_INPUT",
          field: "activities",
          message: "Đề án phải có ít nhất một nội dung hoạt động.",
        });
      if (facts.budgetLineCount < 1)
        out.push({
          code: "BAD_USER_INPUT",
          field: "budgetLines",
          message: "Đề án phải có dự toán kinh phí (ít nhất một dòng).",
        });
      return out;
    }
    case "APPRAISAL_ON_FILE":
      if (facts.appraisedBy === null)
        return [
          { code: "INVALID_TRANSITION", message: "Đề án chưa có kết quả thẩm định nên chưa thể phê duyệt." },
        ];
      // Segregation of duties: whoever prepared the appraisal does not also record the approval.
      return facts.appraisedBy === actor.userId
        ? [
            {
              code: "FORBIDDEN",
              message:
                "Người đã thẩm định đề án không được ghi phê duyệt chính đề án đó; đề nghị người khác thực hiện.",
            },
          ]
        : [];
    case "ACCEPTANCE_ON_FILE":
      return facts.hasAcceptance
        ? []
        : [
            {
              code: "INVALID_TRANSITION",
              message: "Đề án chưa có biên bản nghiệm thu nên chưa thể quyết toán.",
            },
          ];
  }
}

/**
 * Decides whether `actor` may apply `action` to a đề án in the given state with the given input, and if
 * not, explains every reason: wrong state, wrong role, missing or invalid requirement. The API's scope
 * checks (which commune, which unit) come on top of this.
 */
export function checkTransition(
  facts: ProjectFacts,
  action: ProjectAction,
  actor: Actor,
  input: TransitionInput = {},
): TransitionCheck {
  const rule = TRANSITION_RULES[action];
  const problems: TransitionProblem[] = [];
  if (!rule.from.includes(facts.state)) {
    const allowedFrom = rule.from.map((s) => `"${PROJECT_STATE_LABELS[s]}"`).join(", ");
    problems.push({
      code: "INVALID_TRANSITION",
      message: `Không thể "${rule.label}" khi đề án đang ở trạng thái "${PROJECT_STATE_LABELS[facts.state]}"; chỉ thực hiện được khi đề án ${allowedFrom}.`,
    });
    return { allowed: false, problems, rule };
  }
  if (!can(actor.role, rule.capability)) {
    problems.push({
      code: "FORBIDDEN",
      message: `Vai trò của bạn không được thực hiện thao tác "${rule.label}".`,
    });
    return { allowed: false, problems, rule };
  }
  for (const req of rule.requires) problems.push(...requirementProblems(req, facts, input, actor));
  return problems.length === 0
    ? { allowed: true, from: facts.state, to: rule.to, rule, warnings: transitionWarnings(facts, action) }
    : { allowed: false, problems, rule };
}

/** Something a transition's user should know that does not refuse it, with the text it comes from. */
export interface TransitionWarning {
  readonly code: "NO_ANNUAL_PLAN" | "ANNUAL_PLAN_NOT_APPROVED";
  readonly message: string;
  readonly citation: Citation;
}

/* A đề án is approved as part of the year's plan: the plan "is the set of đề án" approved by the
   Chủ tịch UBND tỉnh (NĐ 45 Điều 2 khoản 2); the national procedure approves them as the plan. */
const PLAN_IS_THE_APPROVAL: Citation = {
  document: LEGAL_DOCUMENTS.ND_45_2012,
  article: "Điều 2",
  clause: "khoản 2",
  note: "Kế hoạch khuyến công hằng năm là tập hợp các đề án; quy trình của Hải Phòng (Quyết định 25/2021/QĐ-UBND) chưa tìm được văn bản nên đây là cảnh báo, không phải điều kiện bắt buộc.",
  status: "VERIFIED",
};

/**
 * Warnings of a transition that is allowed (docs/decisions.md, "An annual plan before approval"):
 * approving a đề án of a year with no annual plan, or whose plan is not approved yet, is recorded but
 * flagged — the texts make the đề án part of the year's plan, yet Hải Phòng's own procedure was not
 * found and the plan may be entered after the paper decision.
 */
export function transitionWarnings(facts: ProjectFacts, action: ProjectAction): TransitionWarning[] {
  if (action !== "APPROVE" || !facts.annualPlan) return [];
  const { year, status } = facts.annualPlan;
  if (status === null) {
    return [
      {
        code: "NO_ANNUAL_PLAN",
        message: `Chưa có kế hoạch khuyến công năm ${year}: đề án được phê duyệt như một phần của kế hoạch năm, nên mở và phê duyệt kế hoạch năm ${year}.`,
        citation: PLAN_IS_THE_APPROVAL,
      },
    ];
  }
  if (status !== APPROVED_PLAN_STATUS) {
    return [
      {
        code: "ANNUAL_PLAN_NOT_APPROVED",
        message: `Kế hoạch khuyến công năm ${year} chưa được phê duyệt (đang ở trạng thái “${PLAN_STATUS_LABELS[status]}”): đề án được phê duyệt như một phần của kế hoạch năm.`,
        citation: PLAN_IS_THE_APPROVAL,
      },
    ];
  }
  return [];
}

/** The actions whose state and role fit, i.e. the buttons to show (requirements are asked for on click). */
export function availableActions(state: ProjectState, role: Role): ProjectAction[] {
  return PROJECT_ACTIONS.filter((a) => {
    const rule = TRANSITION_RULES[a];
    return rule.from.includes(state) && can(role, rule.capability);
  });
}

/** States from which no transition leads anywhere. */
export const TERMINAL_STATES: readonly ProjectState[] = PROJECT_STATES.filter(
  (s) => !PROJECT_ACTIONS.some((a) => TRANSITION_RULES[a].from.includes(s)),
);
