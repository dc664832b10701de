import {
  COMMUNE_REPORT_STATUS_LABELS,
  COMMUNE_REPORT_TRANSITIONS,
  type CommuneReportStatus,
  dataScopeOf,
  formatDong,
  type ProjectAction,
  ROLES,
  can,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { User } from "../users/user.entity.js";
import { notify } from "./notification.service.js";

/*
 * The changes that notify someone, each called inside the transaction of its change (after its audit
 * row): whom to tell and what to say, in Vietnamese. The records are passed as plain shapes so that
 * this file depends on no feature's service.
 */

interface ProjectRef {
  id: string;
  code: string;
  title: string;
  createdById: string | null;
}

const PROJECT_MESSAGES: Partial<
  Record<ProjectAction, (p: ProjectRef, reason: string | null) => [string, string]>
> = {
  RETURN: (p, reason) => [
    `Đề án ${p.code} bị trả lại để bổ sung`,
    `Sở Công Thương đã trả lại đề án “${p.title}” (${p.code}).${reason ? ` Lý do: ${reason}` : ""}`,
  ],
  APPROVE: (p) => [
    `Đề án ${p.code} đã được phê duyệt`,
    `Đề án “${p.title}” (${p.code}) đã được ghi quyết định phê duyệt. Bước tiếp theo: ký hợp đồng / giao nhiệm vụ.`,
  ],
  REJECT: (p, reason) => [
    `Đề án ${p.code} không được phê duyệt`,
    `Đề án “${p.title}” (${p.code}) không được phê duyệt.${reason ? ` Lý do: ${reason}` : ""}`,
  ],
};

const PROJECT_KINDS = {
  RETURN: "PROJECT_RETURNED",
  APPROVE: "PROJECT_APPROVED",
  REJECT: "PROJECT_REJECTED",
} as const;

/** A decision on a đề án (returned, approved, rejected) tells whoever prepared it. */
export async function notifyProjectDecision(
  tx: Ctx,
  action: ProjectAction,
  project: ProjectRef,
  reason: string | null,
): Promise<void> {
  const message = PROJECT_MESSAGES[action];
  if (!message || !(action in PROJECT_KINDS)) return;
  const [title, body] = message(project, reason);
  await notify(tx, [project.createdById], {
    kind: PROJECT_KINDS[action as keyof typeof PROJECT_KINDS],
    title,
    body,
    entityType: "Project",
    entityId: project.id,
  });
}

/** The Treasury paid a request: its requester is told the amount and the Treasury's reference. */
export async function notifyPaymentPaid(
  tx: Ctx,
  request: { id: string; requestedById: string | null; amount: number; treasuryReference: string | null },
  project: { code: string },
): Promise<void> {
  await notify(tx, [request.requestedById], {
    kind: "PAYMENT_PAID",
    title: `Kho bạc đã thanh toán ${formatDong(request.amount)} cho đề án ${project.code}`,
    body: `Đề nghị thanh toán của đề án ${project.code} đã được chi trả${request.treasuryReference ? ` (chứng từ ${request.treasuryReference})` : ""}.`,
    entityType: "PaymentRequest",
    entityId: request.id,
  });
}

/**
 * A year's plan is open for registration: every active account that registers within a commune or a
 * unit (commune officers, implementing units) is told; the department opened it itself.
 */
export async function notifyPlanOpened(tx: Ctx, plan: { id: string; year: number }): Promise<void> {
  const roles = ROLES.filter((r) => can(r, "RegisterPlans") && dataScopeOf(r) !== "ALL");
  const users = await tx.em
    .createQueryBuilder(User, "u")
    .select("u.id", "id")
    .where("u.active AND u.role IN (:...roles)", { roles })
    .getRawMany<{ id: string }>();
  await notify(
    tx,
    users.map((u) => u.id),
    {
      kind: "PLAN_OPENED",
      title: `Kế hoạch khuyến công năm ${plan.year} đã mở đăng ký`,
      body: `Sở Công Thương đã mở kế hoạch khuyến công năm ${plan.year}: xã, đơn vị thực hiện đăng ký các hoạt động dự kiến trước khi Sở tổng hợp.`,
      entityType: "AnnualPlan",
      entityId: String(plan.year),
    },
  );
}

/** The department returned or accepted a commune's report: whoever sent it is told. */
export async function notifyCommuneReportReviewed(
  tx: Ctx,
  report: {
    id: string;
    year: number;
    status: CommuneReportStatus;
    submittedById: string | null;
    returnReason: string | null;
  },
): Promise<void> {
  const returned = report.status === COMMUNE_REPORT_TRANSITIONS.RETURN.to;
  await notify(tx, [report.submittedById], {
    kind: returned ? "COMMUNE_REPORT_RETURNED" : "COMMUNE_REPORT_ACCEPTED",
    title: `Báo cáo năm ${report.year} của xã: ${COMMUNE_REPORT_STATUS_LABELS[report.status]}`,
    body: returned
      ? `Sở Công Thương đã trả lại báo cáo năm ${report.year} để bổ sung. Lý do: ${report.returnReason ?? ""}`
      : `Sở Công Thương đã tiếp nhận báo cáo năm ${report.year} của xã.`,
    entityType: "CommuneReport",
    entityId: report.id,
  });
}
