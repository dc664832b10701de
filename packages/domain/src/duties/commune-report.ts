import type { Citation } from "../legal/citation.js";
import { LEGAL_DOCUMENTS } from "../legal/citation.js";
import type { RuleProblem } from "../legal/problem.js";
import { PROJECT_LIMITS } from "../limits/limits.js";

/**
 * The commune's yearly report on the programme (báo cáo tình hình thực hiện Chương trình): each UBND xã
 * reports every year to Sở Công Thương, which consolidates it into its own report to the Ministry and the
 * city (the decision, Điều 2 khoản 6 điểm c and khoản 1 điểm đ). One report per commune and year, one
 * line per target line of the programme (what was achieved, a note).
 *
 * Its states: the commune drafts (DRAFT), sends (SUBMITTED); the department returns it with a reason
 * (RETURNED, the commune edits and sends again) or accepts it (ACCEPTED, final).
 */
export const COMMUNE_REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type CommuneReportStatus = (typeof COMMUNE_REPORT_STATUSES)[number];

export const COMMUNE_REPORT_STATUS_LABELS: Readonly<Record<CommuneReportStatus, string>> = {
  DRAFT: "Đang lập",
  SUBMITTED: "Đã gửi Sở",
  RETURNED: "Sở trả lại để bổ sung",
  ACCEPTED: "Sở đã tiếp nhận",
};

/** The state a new report starts in. */
export const COMMUNE_REPORT_INITIAL_STATUS: CommuneReportStatus = "DRAFT";

/** States in which the commune may still edit its report (a returned report is edited, then sent again). */
export const COMMUNE_REPORT_EDITABLE_STATUSES: readonly CommuneReportStatus[] = ["DRAFT", "RETURNED"];

/** States in which the commune has done its duty for the year (the reminder stops). */
export const COMMUNE_REPORT_SENT_STATUSES: readonly CommuneReportStatus[] = ["SUBMITTED", "ACCEPTED"];

export type CommuneReportAction = "SUBMIT" | "RETURN" | "ACCEPT";

export interface CommuneReportTransition {
  readonly from: readonly CommuneReportStatus[];
  readonly to: CommuneReportStatus;
  /** Vietnamese verb, for messages and buttons. */
  readonly label: string;
}

export const COMMUNE_REPORT_TRANSITIONS: Readonly<Record<CommuneReportAction, CommuneReportTransition>> = {
  SUBMIT: { from: COMMUNE_REPORT_EDITABLE_STATUSES, to: "SUBMITTED", label: "Gửi báo cáo" },
  RETURN: { from: ["SUBMITTED"], to: "RETURNED", label: "Trả lại báo cáo" },
  ACCEPT: { from: ["SUBMITTED"], to: "ACCEPTED", label: "Tiếp nhận báo cáo" },
};

const DUTY: Citation = {
  document: LEGAL_DOCUMENTS.QD_PROGRAMME_HP,
  article: "Điều 2",
  clause: "khoản 6",
  point: "điểm c",
  status: "VERIFIED",
};

/** The longest note on a line or on the report, and the longest reason for a return. */
export const COMMUNE_REPORT_LIMITS = {
  maxNote: 2000,
  maxReason: PROJECT_LIMITS.maxReason,
  /** A yearly achievement above this is a typing slip (the largest target of a line is in the hundreds). */
  maxAchieved: 1_000_000,
} as const;

/** What refuses `action` on a report in `status`, or none: the lifecycle's gate. */
export function communeReportTransitionProblems(
  status: CommuneReportStatus,
  action: CommuneReportAction,
  facts: { readonly lineCount: number; readonly reason?: string | null },
): RuleProblem[] {
  const rule = COMMUNE_REPORT_TRANSITIONS[action];
  const problems: RuleProblem[] = [];
  if (!rule.from.includes(status)) {
    problems.push({
      code: "INVALID_TRANSITION",
      message: `Không thể ${rule.label.toLowerCase()} khi báo cáo ở trạng thái “${COMMUNE_REPORT_STATUS_LABELS[status]}”`,
    });
  }
  if (action === "SUBMIT" && facts.lineCount === 0) {
    problems.push({
      code: "BAD_USER_INPUT",
      field: "lines",
      message: "Báo cáo chưa có dòng kết quả nào theo chỉ tiêu của Chương trình",
      citation: DUTY,
    });
  }
  if (action === "RETURN" && !facts.reason?.trim()) {
    problems.push({
      code: "BAD_USER_INPUT",
      field: "reason",
      message: "Cần ghi lý do trả lại để xã bổ sung",
    });
  }
  return problems;
}

/** What is wrong with one line of a report, or none. */
export function communeReportLineProblems(line: {
  readonly achieved: number;
  readonly note?: string | null;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (
    !Number.isInteger(line.achieved) ||
    line.achieved < 0 ||
    line.achieved > COMMUNE_REPORT_LIMITS.maxAchieved
  ) {
    problems.push({
      code: "BAD_USER_INPUT",
      field: "achieved",
      message: `Kết quả đạt được phải là số nguyên từ 0 đến 1.000.000`,
    });
  }
  if ((line.note?.length ?? 0) > COMMUNE_REPORT_LIMITS.maxNote) {
    problems.push({
      code: "BAD_USER_INPUT",
      field: "note",
      message: `Ghi chú có tối đa ${COMMUNE_REPORT_LIMITS.maxNote} ký tự`,
    });
  }
  return problems;
}

/** True when `value` is one of {@link COMMUNE_REPORT_STATUSES}. */
export function isCommuneReportStatus(value: unknown): value is CommuneReportStatus {
  return typeof value === "string" && (COMMUNE_REPORT_STATUSES as readonly string[]).includes(value);
}
