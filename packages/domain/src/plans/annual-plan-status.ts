/*
 * The states of an annual khuyến công plan (kế hoạch khuyến công năm N), stated once for the API (its
 * enumeration, CHECK constraint and SQL) and the admin app. NĐ 45/2012 Điều 2 khoản 2: the annual plan
 * is the set of đề án approved by the competent authority (Chủ tịch UBND cấp tỉnh for the local plan);
 * the steps before approval (registration, consolidation) follow the decision's Điều 2 mục 1 điểm a.
 */

/**
 * OPEN: communes and units register; CONSOLIDATED: the department has gathered the registrations and
 * compares them with the targets, nobody changes a registration; APPROVED: the approving decision is
 * recorded and the plan is locked for good.
 */
export const PLAN_STATUSES = ["OPEN", "CONSOLIDATED", "APPROVED"] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Vietnamese names of the plan's states. */
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  OPEN: "Đang nhận đăng ký",
  CONSOLIDATED: "Đã tổng hợp, chờ phê duyệt",
  APPROVED: "Đã phê duyệt",
};

/** The department's transitions of a plan, each allowed from exactly one state. */
export const PLAN_TRANSITIONS = {
  consolidate: { from: "OPEN", to: "CONSOLIDATED", verb: "tổng hợp" },
  reopen: { from: "CONSOLIDATED", to: "OPEN", verb: "mở lại" },
  approve: { from: "CONSOLIDATED", to: "APPROVED", verb: "phê duyệt" },
} as const satisfies Record<string, { from: PlanStatus; to: PlanStatus; verb: string }>;

export type PlanTransition = keyof typeof PLAN_TRANSITIONS;

/** The state a plan is opened in, the only one that takes registrations. */
export const OPEN_PLAN_STATUS = PLAN_TRANSITIONS.consolidate.from;

/**
 * The state of an approved plan: locked, and its registrations are the year's plan that programme
 * progress compares with the targets ("planned").
 */
export const APPROVED_PLAN_STATUS = PLAN_TRANSITIONS.approve.to;
