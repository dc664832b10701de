import type { ProjectAction } from "../lifecycle/project-lifecycle.js";

/**
 * Every action the audit log (nhật ký thao tác) records, as `entity.verb`. The API's audit writer takes
 * only these, so an action cannot be written without being listed here, and every one listed has a
 * Vietnamese label (`AUDIT_ACTION_LABELS`) for the audit-log screen.
 *
 * The keys are what the rows hold: they are never renamed (rows written before stay readable and
 * filterable by prefix, `project.`); a new action is added, an old one kept.
 */
export const AUDIT_ACTIONS = [
  // Đề án: the draft and its parts
  "project.create",
  "project.update",
  "project.add_beneficiary",
  "project.remove_beneficiary",
  "project.add_activity",
  "project.update_activity",
  "project.remove_activity",
  "project.add_budget_line",
  "project.update_budget_line",
  "project.remove_budget_line",
  // Đề án: the lifecycle's transitions, `project.` + the lower-case ProjectAction (checked below)
  "project.submit",
  "project.return",
  "project.appraise",
  "project.reject",
  "project.approve",
  "project.sign_contract",
  "project.record_advance",
  "project.start",
  "project.request_adjustment",
  "project.approve_adjustment",
  "project.reject_adjustment",
  "project.accept",
  "project.settle",
  "project.close",
  "project.stop",
  // Money
  "project.record_refund",
  "payment.request",
  "payment.pay",
  "payment.refuse",
  "envelope.create",
  "envelope.update",
  "prior_support.create",
  // Evidence
  "document.upload",
  "document.delete",
  // Establishments
  "facility.create",
  "facility.update",
  "facility.import",
  // Annual plans
  "annual_plan.open",
  "annual_plan.consolidate",
  "annual_plan.reopen",
  "annual_plan.approve",
  "plan_registration.create",
  "plan_registration.update",
  "plan_registration.withdraw",
  // The commune's yearly report
  "commune_report.create",
  "commune_report.update",
  "commune_report.submit",
  "commune_report.return",
  "commune_report.accept",
  // Accounts and sign-in
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reset_password",
  "user.change_password",
  "session.login",
  "session.login_failed",
  "session.logout",
  "api_token.create",
  "api_token.revoke",
  "unit.create",
  "unit.update",
  // The system itself
  "reference.seed",
  "demo.seed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The audit action of a lifecycle transition: `SIGN_CONTRACT` → `project.sign_contract`. */
export type ProjectTransitionAuditAction = `project.${Lowercase<ProjectAction>}`;

// Fails to compile when a transition is added to the lifecycle without its audit action above.
const _everyTransitionIsListed: readonly AuditAction[] = [] as ProjectTransitionAuditAction[];
void _everyTransitionIsListed;

export function projectTransitionAuditAction(action: ProjectAction): ProjectTransitionAuditAction {
  return `project.${action.toLowerCase() as Lowercase<ProjectAction>}`;
}

/** What each action did, in Vietnamese, as the audit-log screen names it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  "project.create": "Tạo đề án",
  "project.update": "Sửa thông tin chung của đề án",
  "project.add_beneficiary": "Thêm cơ sở thụ hưởng vào đề án",
  "project.remove_beneficiary": "Bỏ cơ sở thụ hưởng khỏi đề án",
  "project.add_activity": "Thêm nội dung hoạt động của đề án",
  "project.update_activity": "Sửa nội dung hoạt động của đề án",
  "project.remove_activity": "Xoá nội dung hoạt động của đề án",
  "project.add_budget_line": "Thêm dòng dự toán của đề án",
  "project.update_budget_line": "Sửa dòng dự toán của đề án",
  "project.remove_budget_line": "Xoá dòng dự toán của đề án",
  "project.submit": "Trình đề án",
  "project.return": "Trả lại đề án để bổ sung",
  "project.appraise": "Thẩm định đề án",
  "project.reject": "Không phê duyệt đề án",
  "project.approve": "Phê duyệt đề án",
  "project.sign_contract": "Ký hợp đồng thực hiện đề án",
  "project.record_advance": "Ghi nhận tạm ứng cho đề án",
  "project.start": "Bắt đầu thực hiện đề án",
  "project.request_adjustment": "Đề nghị điều chỉnh đề án",
  "project.approve_adjustment": "Chấp thuận điều chỉnh đề án",
  "project.reject_adjustment": "Không chấp thuận điều chỉnh đề án",
  "project.accept": "Nghiệm thu đề án",
  "project.settle": "Quyết toán đề án",
  "project.close": "Thanh lý đề án",
  "project.stop": "Dừng thực hiện đề án",
  "project.record_refund": "Ghi nhận kinh phí thu hồi",
  "payment.request": "Đề nghị tạm ứng, thanh toán",
  "payment.pay": "Kho bạc thanh toán đề nghị",
  "payment.refuse": "Kho bạc từ chối đề nghị thanh toán",
  "envelope.create": "Nhập dự toán kinh phí năm",
  "envelope.update": "Sửa dự toán kinh phí năm",
  "prior_support.create": "Ghi nhận hỗ trợ đã nhận trước đây",
  "document.upload": "Tải lên tài liệu đề án",
  "document.delete": "Xoá tài liệu đề án",
  "facility.create": "Thêm cơ sở công nghiệp nông thôn",
  "facility.update": "Sửa thông tin cơ sở công nghiệp nông thôn",
  "facility.import": "Nhập danh sách cơ sở từ tệp Excel",
  "annual_plan.open": "Mở đăng ký kế hoạch khuyến công năm",
  "annual_plan.consolidate": "Tổng hợp kế hoạch khuyến công năm",
  "annual_plan.reopen": "Mở lại kế hoạch khuyến công năm",
  "annual_plan.approve": "Phê duyệt kế hoạch khuyến công năm",
  "plan_registration.create": "Đăng ký hoạt động vào kế hoạch",
  "plan_registration.update": "Sửa đăng ký kế hoạch",
  "plan_registration.withdraw": "Rút đăng ký kế hoạch",
  "commune_report.create": "Lập báo cáo năm của xã",
  "commune_report.update": "Sửa báo cáo năm của xã",
  "commune_report.submit": "Gửi báo cáo năm của xã",
  "commune_report.return": "Trả lại báo cáo năm của xã",
  "commune_report.accept": "Tiếp nhận báo cáo năm của xã",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.deactivate": "Vô hiệu hoá tài khoản",
  "user.reset_password": "Đặt lại mật khẩu",
  "user.change_password": "Đổi mật khẩu",
  "session.login": "Đăng nhập",
  "session.login_failed": "Đăng nhập không thành công",
  "session.logout": "Đăng xuất",
  "api_token.create": "Tạo khoá truy cập API",
  "api_token.revoke": "Thu hồi khoá truy cập API",
  "unit.create": "Thêm đơn vị thực hiện",
  "unit.update": "Sửa đơn vị thực hiện",
  "reference.seed": "Nạp dữ liệu tham chiếu",
  "demo.seed": "Nạp dữ liệu trình diễn",
};

/** True when `value` is one of {@link AUDIT_ACTIONS}. */
export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * The label of an action read from a row. A row's action is whatever was written at the time, so one no
 * longer listed (or written by hand) is shown as its key rather than hidden.
 */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action;
}
