import type { Capability, DataScope, ProjectState } from "@khuyencong/domain";
import { projectsHref } from "./dashboard";

/**
 * "Việc cần xử lý": for each role, the states in which the next step of a đề án is theirs (appraise,
 * approve, contract, accept, settle, close; ask for an advance or a payment; fix a returned draft), the
 * payment requests waiting for the Treasury, and the annual plans waiting for the department.
 */

/** Which parts of the one `Waiting` query a user asks for (its `@include` variables), by capability. */
export interface WaitingVariables {
  department: boolean;
  settles: boolean;
  proposer: boolean;
  treasury: boolean;
}

export function waitingVariables(
  can: (capability: Capability) => boolean,
  scope: DataScope,
): WaitingVariables {
  return {
    // Appraisal, the decisions that follow it and the annual plans: the department's desk.
    department: can("AppraiseProject"),
    settles: can("SettleProject"),
    // Their own drafts and payment requests: who prepares đề án within a commune or a unit. The
    // department prepares too, city-wide, but its desk is the appraisal queue, not every commune's drafts.
    proposer: can("PrepareProject") && scope !== "ALL",
    treasury: can("PayRequests"),
  };
}

export const hasWaiting = (v: WaitingVariables) => v.department || v.settles || v.proposer || v.treasury;

type Count = { totalCount: number } | null | undefined;

/** The query's answer, as far as this file reads it (every part is optional: `@include`). */
export interface WaitingData {
  submitted?: Count;
  appraised?: Count;
  approved?: Count;
  inProgress?: Count;
  adjusting?: Count;
  accepted?: Count;
  settled?: Count;
  contracted?: Count;
  advanced?: Count;
  toPay?: Count;
  toPayFinal?: Count;
  drafts?: {
    totalCount: number;
    nodes: { id: string; code: string; title: string; lastReason?: string | null }[];
  } | null;
  plans?: { year: number; status: string }[] | null;
  pending?: { id: string; kind: string }[] | null;
}

export interface TaskCard {
  key: string;
  /** How many things wait (0 for nothing); a plan card counts its one plan. */
  count: number;
  /** Shown instead of the count when the card is about one thing (a plan's year). */
  figure?: string;
  /** The line above the figure when it is not a state's name: [vi, en]. */
  caption?: [string, string];
  /** What to do, as the link's text: [vi, en]. */
  todo: [string, string];
  /** The state the count is of, when it is one: shown above the figure. */
  state?: ProjectState;
  /** A line under the figure: [vi, en]. */
  detail?: [string, string];
  href: string;
}

const byState = (
  key: keyof WaitingData,
  state: ProjectState,
  todo: [string, string],
  data: WaitingData,
): TaskCard | null => {
  const c = data[key] as Count;
  return c ? { key, count: c.totalCount, todo, state, href: projectsHref({ state }) } : null;
};

/** The cards of the role, in the order the work flows; parts the role did not ask for are left out. */
export function taskCards(data: WaitingData): TaskCard[] {
  const cards: (TaskCard | null)[] = [];
  if (data.drafts) {
    const returned = data.drafts.nodes.filter((p) => p.lastReason);
    cards.push(
      {
        key: "returned",
        count: returned.length,
        caption: ["Đang lập, bị trả lại", "Draft, returned"],
        todo: ["Bổ sung và gửi lại", "Complete and resubmit"],
        href: projectsHref({ state: "DRAFT" }),
      },
      {
        key: "drafts",
        count: data.drafts.totalCount - returned.length,
        caption: ["Đang lập, chưa gửi", "Draft, not yet submitted"],
        todo: ["Hoàn thiện và gửi thẩm định", "Complete and submit for appraisal"],
        href: projectsHref({ state: "DRAFT" }),
      },
    );
  }
  cards.push(
    byState("submitted", "SUBMITTED", ["Chờ thẩm định", "To appraise"], data),
    byState("appraised", "APPRAISED", ["Chờ ghi quyết định phê duyệt", "To approve"], data),
    byState("approved", "APPROVED", ["Chờ ký hợp đồng", "To contract"], data),
    byState(
      "contracted",
      "CONTRACTED",
      ["Đề nghị tạm ứng hoặc bắt đầu thực hiện", "Ask for an advance or start the work"],
      data,
    ),
    byState("advanced", "ADVANCED", ["Bắt đầu thực hiện", "Start the work"], data),
    byState("inProgress", "IN_PROGRESS", ["Chờ nghiệm thu", "To accept"], data),
    byState(
      "adjusting",
      "ADJUSTING",
      ["Chờ xử lý đề nghị điều chỉnh", "Adjustment requests to decide"],
      data,
    ),
    byState("accepted", "ACCEPTED", ["Chờ quyết toán", "To settle"], data),
    byState("settled", "SETTLED", ["Chờ thanh lý", "To close"], data),
    byState("toPay", "ACCEPTED", ["Đề nghị thanh toán", "Ask for payment"], data),
    byState("toPayFinal", "SETTLED", ["Đề nghị thanh toán phần còn lại", "Ask for the final payment"], data),
  );
  if (data.pending) {
    const advances = data.pending.filter((r) => r.kind === "ADVANCE").length;
    const others = data.pending.length - advances;
    cards.push({
      key: "pending",
      count: data.pending.length,
      todo: ["Đề nghị chờ Kho bạc chi", "Requests waiting for the Treasury"],
      detail: [`${advances} tạm ứng · ${others} thanh toán`, `${advances} advances · ${others} payments`],
      href: "/thanh-toan",
    });
  }
  for (const plan of data.plans ?? []) {
    if (plan.status !== "OPEN" && plan.status !== "CONSOLIDATED") continue;
    cards.push({
      key: `plan-${plan.year}`,
      count: 1,
      figure: String(plan.year),
      caption: ["Kế hoạch khuyến công năm", "Annual plan of"],
      todo:
        plan.status === "OPEN"
          ? ["Tổng hợp các đăng ký", "Consolidate the registrations"]
          : ["Ghi quyết định phê duyệt kế hoạch", "Record the plan's approval"],
      detail:
        plan.status === "OPEN"
          ? ["Đang nhận đăng ký", "Open for registration"]
          : ["Đã tổng hợp, chờ phê duyệt", "Consolidated, awaiting approval"],
      href: "/ke-hoach",
    });
  }
  return cards.filter((c): c is TaskCard => c !== null);
}

/** The drafts sent back by the department, with the reason it gave: what the drafter must fix. */
export function returnedDrafts(data: WaitingData) {
  return (data.drafts?.nodes ?? []).filter((p) => p.lastReason);
}
