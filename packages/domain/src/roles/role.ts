/**
 * The roles of the people who work on the programme. Scope (which commune, which đề án) is data on the
 * user, not a role: a commune officer is bound to one commune, an implementing unit to its own đề án.
 */
export const ROLES = [
  "ADMIN",
  "DEPARTMENT",
  "COMMUNE_OFFICER",
  "IMPLEMENTING_UNIT",
  "FINANCE",
  "TREASURY",
  "ANALYST",
] as const;

export type Role = (typeof ROLES)[number];

/** Vietnamese names of the roles, as the admin app shows them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: "Quản trị hệ thống",
  DEPARTMENT: "Sở Công Thương / Trung tâm Khuyến công",
  COMMUNE_OFFICER: "Cán bộ UBND xã, phường, đặc khu",
  IMPLEMENTING_UNIT: "Đơn vị thực hiện đề án",
  FINANCE: "Sở Tài chính",
  TREASURY: "Kho bạc Nhà nước khu vực III",
  ANALYST: "Phân tích dữ liệu (chỉ đọc)",
};

/** True when `value` is one of {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
