import { ROLES, type Role } from "../roles/role.js";

/**
 * What a user may do, named once. A capability is granted to roles in {@link ROLE_CAPABILITIES}, the one
 * table of who may do what: the API's resolvers and services ask `can(role, capability)`, the lifecycle's
 * transition rules name the capability each action needs, and the admin app shows a menu, page or button
 * only when `me.capabilities` holds it. Scope (which commune, which unit) comes on top: see
 * {@link dataScopeOf}.
 *
 * Reading and reference data (đề án, facilities, norms, the programme, analytics) need no capability:
 * every signed-in user reads them within their data scope.
 */
export const CAPABILITIES = [
  // Đề án: preparation and the lifecycle, one capability per decision so that duties can be split.
  "PrepareProject",
  "CarryOutProject",
  "AppraiseProject",
  "RejectProject",
  "ApproveProject",
  "SignContract",
  "DecideAdjustment",
  "RecordAcceptance",
  "SettleProject",
  "CloseProject",
  "StopProject",
  "RecordPriorSupport",
  // Evidence documents.
  "UploadEvidence",
  "ManageEvidence",
  "DownloadEvidence",
  // Money.
  "ReadEnvelopes",
  "ManageEnvelopes",
  "RequestPayment",
  "PayRequests",
  // Annual plans.
  "ManageAnnualPlans",
  "RegisterPlans",
  // Facilities.
  "WriteFacilities",
  "ImportFacilities",
  // Reports.
  "DownloadProgressReport",
  "DownloadAnnualReport",
  "DownloadPlanRegistrationReport",
  // The commune's yearly report on the programme.
  "SubmitCommuneReport",
  "ReviewCommuneReports",
  // Administration.
  "ReadAuditLog",
  "ManageUsers",
  "ManageImplementingUnits",
  "ManageOwnApiTokens",
  "ManageApiTokens",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** Vietnamese descriptions of the capabilities, as the admin app and docs/permissions.md show them. */
export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  PrepareProject: "Lập đề án, sửa đề án đang lập và gửi thẩm định",
  CarryOutProject: "Bắt đầu thực hiện đề án và đề nghị điều chỉnh",
  AppraiseProject: "Ghi kết quả thẩm định, trả lại đề án để bổ sung",
  RejectProject: "Ghi không phê duyệt đề án",
  ApproveProject: "Ghi quyết định phê duyệt đề án",
  SignContract: "Ghi hợp đồng / giao nhiệm vụ",
  DecideAdjustment: "Chấp thuận hoặc không chấp thuận điều chỉnh",
  RecordAcceptance: "Ghi biên bản nghiệm thu",
  SettleProject: "Ghi quyết toán đề án",
  CloseProject: "Thanh lý, đóng đề án",
  StopProject: "Dừng thực hiện đề án",
  RecordPriorSupport: "Ghi hỗ trợ đã nhận từ nguồn khác (chống hỗ trợ trùng)",
  UploadEvidence: "Tải tài liệu, chứng từ lên đề án mình lập; xoá tài liệu mình đã tải",
  ManageEvidence: "Bổ sung tài liệu cho đề án đã đóng và xoá mọi tài liệu",
  DownloadEvidence: "Tải xuống nội dung tài liệu, chứng từ",
  ReadEnvelopes: "Xem dự toán kinh phí theo năm và nguồn vốn",
  ManageEnvelopes: "Ghi và sửa dự toán kinh phí",
  RequestPayment: "Đề nghị tạm ứng, thanh toán",
  PayRequests: "Chi trả hoặc từ chối đề nghị thanh toán, ghi tạm ứng và hoàn trả (Kho bạc)",
  ManageAnnualPlans: "Mở, tổng hợp, phê duyệt và mở lại kế hoạch năm",
  RegisterPlans: "Đăng ký, sửa và rút đăng ký kế hoạch",
  WriteFacilities: "Ghi và sửa cơ sở công nghiệp nông thôn",
  ImportFacilities: "Nhập cơ sở từ tệp Excel",
  DownloadProgressReport: "Tải báo cáo tiến độ thực hiện Chương trình",
  DownloadAnnualReport: "Tải báo cáo kết quả năm (gửi Bộ Công Thương, UBND thành phố)",
  DownloadPlanRegistrationReport: "Tải tổng hợp đăng ký kế hoạch",
  SubmitCommuneReport: "Lập và gửi báo cáo năm của xã về tình hình thực hiện Chương trình",
  ReviewCommuneReports: "Tiếp nhận, trả lại báo cáo năm của các xã và theo dõi xã chưa báo cáo",
  ReadAuditLog: "Xem nhật ký thao tác",
  ManageUsers: "Quản lý tài khoản người dùng",
  ManageImplementingUnits: "Quản lý đơn vị thực hiện",
  ManageOwnApiTokens: "Tạo và thu hồi mã truy cập API của mình",
  ManageApiTokens: "Xem và thu hồi mã truy cập API của mọi người",
};

/** The roles that prepare đề án: the department anywhere, a commune officer in their commune, a unit its own. */
const PREPARING: readonly Capability[] = [
  "PrepareProject",
  "CarryOutProject",
  "UploadEvidence",
  "DownloadEvidence",
  "RequestPayment",
  "RegisterPlans",
  "WriteFacilities",
  "ImportFacilities",
];

/** Every role downloads these: city-wide aggregates, or a summary scoped to the viewer's registrations. */
const EVERYONE: readonly Capability[] = ["DownloadProgressReport", "DownloadPlanRegistrationReport"];

/** The city-level readers of money: envelopes and the yearly report carry money per fund source. */
const CITY_READING: readonly Capability[] = ["ReadEnvelopes", "DownloadAnnualReport"];

/**
 * Who may do what: the one table. The department (Sở Công Thương and its Trung tâm Khuyến công) prepares,
 * appraises and records the competent authority's decisions; Sở Tài chính keeps the envelopes and
 * settles; the Treasury pays; commune officers and implementing units prepare and carry out within their
 * scope; analysts read and hold API tokens; the administrator manages accounts and makes no business
 * decision. Analysts and administrators see the list of documents but not their content: attendance lists
 * and invoices carry personal data that neither job needs (docs/decisions.md).
 */
export const ROLE_CAPABILITIES: Readonly<Record<Role, readonly Capability[]>> = {
  ADMIN: [
    ...EVERYONE,
    ...CITY_READING,
    "ReadAuditLog",
    "ManageUsers",
    "ManageImplementingUnits",
    "ManageApiTokens",
  ],
  DEPARTMENT: [
    ...PREPARING,
    ...EVERYONE,
    ...CITY_READING,
    "AppraiseProject",
    "RejectProject",
    "ApproveProject",
    "SignContract",
    "DecideAdjustment",
    "RecordAcceptance",
    "SettleProject",
    "CloseProject",
    "StopProject",
    "RecordPriorSupport",
    "ManageEvidence",
    "ManageEnvelopes",
    "ManageAnnualPlans",
    "ReviewCommuneReports",
    "ReadAuditLog",
    "ManageImplementingUnits",
  ],
  // The commune's yearly report is the UBND xã's duty (the decision, Điều 2 khoản 6 điểm c), not a unit's.
  COMMUNE_OFFICER: [...PREPARING, ...EVERYONE, "SubmitCommuneReport"],
  IMPLEMENTING_UNIT: [...PREPARING, ...EVERYONE],
  FINANCE: [...EVERYONE, ...CITY_READING, "DownloadEvidence", "ManageEnvelopes", "SettleProject"],
  TREASURY: [...EVERYONE, ...CITY_READING, "DownloadEvidence", "PayRequests"],
  ANALYST: [...EVERYONE, ...CITY_READING, "ManageOwnApiTokens"],
};

/** True when `role` holds `capability` in {@link ROLE_CAPABILITIES}. */
export function can(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}

/** The capabilities of `role`, in the order of {@link CAPABILITIES}. */
export function capabilitiesOf(role: Role): Capability[] {
  return CAPABILITIES.filter((c) => can(role, c));
}

/** The roles holding `capability`, in the order of {@link ROLES}. */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((r) => can(r, capability));
}

/** True when `value` is one of {@link CAPABILITIES}. */
export function isCapability(value: unknown): value is Capability {
  return typeof value === "string" && (CAPABILITIES as readonly string[]).includes(value);
}

/**
 * Which rows a role works on: ALL (city-wide), COMMUNE (the user's commune, `communeCode`) or UNIT (the
 * đề án and registrations of the user's implementing unit, `unitId`). Scope code asks this, not the role.
 */
export type DataScope = "ALL" | "COMMUNE" | "UNIT";

export const ROLE_DATA_SCOPES: Readonly<Record<Role, DataScope>> = {
  ADMIN: "ALL",
  DEPARTMENT: "ALL",
  COMMUNE_OFFICER: "COMMUNE",
  IMPLEMENTING_UNIT: "UNIT",
  FINANCE: "ALL",
  TREASURY: "ALL",
  ANALYST: "ALL",
};

export function dataScopeOf(role: Role): DataScope {
  return ROLE_DATA_SCOPES[role];
}

/**
 * The role an API token acts as. Only analysts hold tokens, and a token only reads (the API refuses every
 * mutation made with one): a credential that outlives a session carries no more than read-only rights.
 */
export const API_TOKEN_ROLE: Role = "ANALYST";

/**
 * The role of the first account, created at the first start: the system administrator, who manages users
 * (and so can create every other account) but takes no decision on a đề án.
 */
export const FIRST_ACCOUNT_ROLE: Role = "ADMIN";
