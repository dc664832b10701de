/**
 * What the software tells a user without being asked (issue 13 §4): the in-app bell and, when the
 * administrator configured an SMTP server, an e-mail. Each kind is caused by one change and written in
 * the transaction of that change, so a notification exists exactly when the change committed.
 */
export const NOTIFICATION_KINDS = [
  "PROJECT_RETURNED",
  "PROJECT_APPROVED",
  "PROJECT_REJECTED",
  "PAYMENT_PAID",
  "PLAN_OPENED",
  "COMMUNE_REPORT_RETURNED",
  "COMMUNE_REPORT_ACCEPTED",
  "DUTY_DUE_SOON",
  "DUTY_OVERDUE",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Vietnamese names of the kinds (filters, the e-mail's subject line prefix). */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  PROJECT_RETURNED: "Đề án bị trả lại",
  PROJECT_APPROVED: "Đề án được phê duyệt",
  PROJECT_REJECTED: "Đề án không được phê duyệt",
  PAYMENT_PAID: "Kho bạc đã thanh toán",
  PLAN_OPENED: "Kế hoạch năm mở đăng ký",
  COMMUNE_REPORT_RETURNED: "Báo cáo năm của xã bị trả lại",
  COMMUNE_REPORT_ACCEPTED: "Báo cáo năm của xã được tiếp nhận",
  DUTY_DUE_SOON: "Sắp đến hạn báo cáo",
  DUTY_OVERDUE: "Quá hạn báo cáo",
};

/** How many days before a tracked duty's due date its holders are reminded (once). */
export const DUTY_REMINDER_DAYS = 14;

/** How an e-mail of a notification stands: none asked (mail off), waiting, sent, or given up. */
export const NOTIFICATION_EMAIL_STATUSES = ["NONE", "PENDING", "SENT", "FAILED"] as const;
export type NotificationEmailStatus = (typeof NOTIFICATION_EMAIL_STATUSES)[number];

/**
 * When to try an e-mail again after `attempts` failed tries: 1 min, 5 min, 30 min, 2 h, then give up
 * (`null`). A mail server that is down for a morning still gets the message; one that refuses it for a
 * day is a configuration to fix, and the bell still has it.
 */
export function nextEmailAttemptDelayMs(attempts: number): number | null {
  const delays = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
  return attempts >= 1 && attempts <= delays.length ? (delays[attempts - 1] as number) : null;
}
