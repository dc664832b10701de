import { domainEnum, sqlList } from "../graphql/enums.js";

/**
 * The states of an annual plan. OPEN: communes and units register; CONSOLIDATED: the department has
 * gathered the registrations and compares them with the targets, nobody changes a registration;
 * APPROVED: the approving decision is recorded and the plan is locked for good.
 */
export const PLAN_STATUSES = ["OPEN", "CONSOLIDATED", "APPROVED"] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  OPEN: "Đang nhận đăng ký",
  CONSOLIDATED: "Đã tổng hợp, chờ phê duyệt",
  APPROVED: "Đã phê duyệt",
};

export const PLAN_STATUSES_SQL = sqlList(PLAN_STATUSES);

export const PlanStatusEnum = domainEnum(
  "AnnualPlanStatus",
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  "State of an annual plan: open for registration, consolidated by the department, or approved and locked.",
);

/** The department's transitions of a plan, each allowed from exactly one state. */
export const PLAN_TRANSITIONS = {
  consolidate: { from: "OPEN", to: "CONSOLIDATED", verb: "tổng hợp" },
  reopen: { from: "CONSOLIDATED", to: "OPEN", verb: "mở lại" },
  approve: { from: "CONSOLIDATED", to: "APPROVED", verb: "phê duyệt" },
} as const satisfies Record<string, { from: PlanStatus; to: PlanStatus; verb: string }>;

export type PlanTransition = keyof typeof PLAN_TRANSITIONS;
