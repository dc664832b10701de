import {
  ACTIVITY_KIND_INFO,
  type ActivityKind,
  PROJECT_STATE_LABELS,
  PROJECT_STATES,
  type ProjectAction,
  type ProjectState,
  TRANSITION_RULES,
} from "@khuyencong/domain";
import type { Translate } from "../../lib/i18n";

export { activityKindLabel, activityKindOptions } from "../../lib/labels";

const STATE_EN: Record<ProjectState, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted for appraisal",
  APPRAISED: "Appraised",
  APPROVED: "Approved",
  CONTRACTED: "Contracted",
  ADVANCED: "Advance paid",
  IN_PROGRESS: "In progress",
  ADJUSTING: "Adjustment requested",
  ACCEPTED: "Accepted",
  SETTLED: "Settled",
  CLOSED: "Closed",
  REJECTED: "Not approved",
  STOPPED: "Stopped",
};

export const stateLabel = (t: Translate, s: string) =>
  t(PROJECT_STATE_LABELS[s as ProjectState] ?? s, STATE_EN[s as ProjectState] ?? s);

export const stateOptions = (t: Translate) =>
  PROJECT_STATES.map((s) => ({ value: s, label: stateLabel(t, s) }));

/** Whether an activity kind has facility beneficiaries (fairs the department organises have none). */
export const hasBeneficiaries = (k: string) =>
  (ACTIVITY_KIND_INFO[k as ActivityKind]?.beneficiaries.length ?? 0) > 0;

const ACTION_EN: Partial<Record<ProjectAction | "CREATE", string>> = {
  CREATE: "Created",
  SUBMIT: "Submitted for appraisal",
  RETURN: "Returned for completion",
  APPRAISE: "Appraised",
  REJECT: "Not approved",
  APPROVE: "Approved",
  SIGN_CONTRACT: "Contract recorded",
  RECORD_ADVANCE: "Advance paid",
  START: "Started",
  REQUEST_ADJUSTMENT: "Adjustment requested",
  APPROVE_ADJUSTMENT: "Adjustment approved",
  REJECT_ADJUSTMENT: "Adjustment refused",
  ACCEPT: "Accepted",
  SETTLE: "Settled",
  CLOSE: "Closed",
  STOP: "Stopped",
};

export const historyActionLabel = (t: Translate, a: string) =>
  a === "CREATE"
    ? t("Tạo đề án", "Created")
    : t(TRANSITION_RULES[a as ProjectAction]?.label ?? a, ACTION_EN[a as ProjectAction] ?? a);

const DOC_EN: Record<string, string> = {
  ACCEPTANCE_MINUTES: "Acceptance minutes",
  INVOICE: "Invoices, vouchers",
  ATTENDANCE_LIST: "Signed attendance list",
  MACHINERY_CONTRACT: "Machinery purchase contract",
  CERTIFICATE: "Certificate",
  PHOTO: "Photos",
  OTHER: "Other document",
};
const DOC_VI: Record<string, string> = {
  ACCEPTANCE_MINUTES: "Biên bản nghiệm thu",
  INVOICE: "Hoá đơn, chứng từ",
  ATTENDANCE_LIST: "Danh sách học viên có chữ ký",
  MACHINERY_CONTRACT: "Hợp đồng, thanh lý hợp đồng mua máy móc thiết bị",
  CERTIFICATE: "Giấy chứng nhận (nhãn hiệu, sản phẩm tiêu biểu…)",
  PHOTO: "Ảnh chụp hiện trường, sản phẩm",
  OTHER: "Tài liệu khác",
};
export const documentKindOptions = (t: Translate) =>
  Object.keys(DOC_VI).map((k) => ({ value: k, label: t(DOC_VI[k] ?? k, DOC_EN[k] ?? k) }));

const BOUND_BY: Record<string, [string, string]> = {
  RATE: ["giới hạn bởi tỷ lệ hỗ trợ", "bound by the support rate"],
  CAP: ["giới hạn bởi mức trần", "bound by the cap"],
  RATE_AND_CAP: ["tỷ lệ và mức trần bằng nhau", "rate and cap equal"],
  COST: ["bằng chi phí", "equal to the cost"],
  NO_NORM: ["không có định mức áp dụng", "no norm applies"],
};
export const boundByLabel = (t: Translate, b: string) => {
  const l = BOUND_BY[b];
  return l ? t(l[0], l[1]) : b;
};
