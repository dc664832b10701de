import type { Translate } from "../../lib/i18n";

/** Vietnamese names of the payment kinds and statuses the API uses. */
export const PAYMENT_KIND_NAME: Record<string, string> = {
  ADVANCE: "Tạm ứng",
  PAYMENT: "Thanh toán",
  FINAL: "Thanh toán sau quyết toán",
};

export const PAYMENT_STATUS_NAME: Record<string, string> = {
  PENDING: "Chờ Kho bạc",
  PAID: "Đã thanh toán",
  REFUSED: "Bị từ chối",
};

const PAYMENT_KIND_EN: Record<string, string> = {
  ADVANCE: "Advance",
  PAYMENT: "Payment",
  FINAL: "Payment after settlement",
};

const PAYMENT_STATUS_EN: Record<string, string> = {
  PENDING: "Awaiting the Treasury",
  PAID: "Paid",
  REFUSED: "Refused",
};

/** A payment kind's name in the user's language; the code itself if unknown. */
export function paymentKindName(t: Translate, kind: string): string {
  return t(PAYMENT_KIND_NAME[kind] ?? kind, PAYMENT_KIND_EN[kind] ?? kind);
}

/** A payment status's name in the user's language; the code itself if unknown. */
export function paymentStatusName(t: Translate, status: string): string {
  return t(PAYMENT_STATUS_NAME[status] ?? status, PAYMENT_STATUS_EN[status] ?? status);
}
