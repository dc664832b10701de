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
