import { dataScopeOf, type Role } from "@khuyencong/domain";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "@khuyencong/password-policy/limits";

/** The API's limits for a password being set: one definition, in @khuyencong/password-policy. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/**
 * What each role may do, in a sentence, for the administrator choosing one. Written from the API's
 * permissions (docs/decisions.md "Lifecycle and roles"); the role's name itself is the API's `roleLabel`.
 */
export const ROLE_DUTIES: Readonly<Record<Role, { vi: string; en: string }>> = {
  ADMIN: {
    vi: "Quản lý tài khoản, vai trò và xem nhật ký thao tác; không thực hiện nghiệp vụ đề án.",
    en: "Manages accounts and roles and reads the audit log; makes no business decision on đề án.",
  },
  DEPARTMENT: {
    vi: "Mở và tổng hợp kế hoạch năm; thẩm định, phê duyệt, nghiệm thu, dừng và thanh lý đề án (người thẩm định không được phê duyệt cùng đề án); xem nhật ký.",
    en: "Opens and consolidates annual plans; appraises, approves, accepts, stops and closes đề án (the appraiser may not approve the same one); reads the audit log.",
  },
  COMMUNE_OFFICER: {
    vi: "Đăng ký kế hoạch năm và cơ sở, lập và gửi đề án, đề nghị tạm ứng, thanh toán; chỉ trong xã, phường, đặc khu của mình.",
    en: "Registers plan activities and facilities, drafts and submits đề án and asks for payments; in their own commune only.",
  },
  IMPLEMENTING_UNIT: {
    vi: "Đăng ký kế hoạch năm, lập và triển khai đề án của đơn vị mình, đề nghị tạm ứng, thanh toán cho các đề án đó.",
    en: "Registers plan activities, drafts and carries out its own đề án and asks for their payments.",
  },
  FINANCE: {
    vi: "Giao dự toán kinh phí theo năm, nguồn; quyết toán đề án; xem toàn bộ số liệu.",
    en: "Records the yearly budget envelopes, settles đề án and reads all figures.",
  },
  TREASURY: {
    vi: "Kiểm soát chi: thanh toán hoặc từ chối đề nghị tạm ứng, thanh toán, ghi nhận hoàn trả; xem đề án.",
    en: "Controls payments: pays or refuses advance and payment requests, records refunds; reads đề án.",
  },
  ANALYST: {
    vi: "Chỉ đọc: xem số liệu, tải báo cáo và tạo khoá truy cập API cho công cụ phân tích.",
    en: "Read only: reads figures, downloads reports and creates API tokens for analysis tools.",
  },
};

/** What the user form holds; scope fields apply to one role each. */
export interface UserFormValues {
  email: string;
  fullName: string;
  role: Role | null;
  communeCode: string | null;
  unitId: string | null;
  /** Only when creating. */
  password?: string;
}

export type UserField = "email" | "fullName" | "role" | "communeCode" | "unitId" | "password";

/** Why a field is refused before sending; the screen words it. */
export type UserFieldProblem =
  | "required"
  | "emailInvalid"
  | "passwordShort"
  | "passwordLong"
  | "communeRequired"
  | "unitRequired";

/**
 * The checks the form makes before sending, the same as the API's (so the user learns at once), keyed by
 * field. The server still decides: a duplicate email is only known there.
 */
export function validateUserForm(
  values: UserFormValues,
  { creating }: { creating: boolean },
): Partial<Record<UserField, UserFieldProblem>> {
  const problems: Partial<Record<UserField, UserFieldProblem>> = {};
  const email = values.email.trim();
  if (!email) problems.email = "required";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = "emailInvalid";
  if (!values.fullName.trim()) problems.fullName = "required";
  if (!values.role) problems.role = "required";
  if (values.role && dataScopeOf(values.role) === "COMMUNE" && !values.communeCode)
    problems.communeCode = "communeRequired";
  if (values.role && dataScopeOf(values.role) === "UNIT" && !values.unitId) problems.unitId = "unitRequired";
  if (creating) {
    const problem = passwordProblem(values.password ?? "");
    if (problem) problems.password = problem;
  }
  return problems;
}

/**
 * The length part of the API's rule, checked at once and synchronously; the rest (common, repeated,
 * sequential, personal) needs the rule's dictionaries: lib/password-check.ts.
 */
export function passwordProblem(password: string): UserFieldProblem | null {
  if (!password) return "required";
  if (passwordLength(password) < PASSWORD_MIN_LENGTH) return "passwordShort";
  if (passwordLength(password) > PASSWORD_MAX_LENGTH) return "passwordLong";
  return null;
}

/** The scope to send for a role: a commune for a commune officer, a unit for a unit, nothing otherwise. */
export function scopeFor(
  role: Role,
  communeCode: string | null,
  unitId: string | null,
): { communeCode: string | null; unitId: string | null } {
  return {
    communeCode: dataScopeOf(role) === "COMMUNE" ? communeCode : null,
    unitId: dataScopeOf(role) === "UNIT" ? unitId : null,
  };
}

/** A GraphQL error as urql gives it, reduced to what field mapping needs. */
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A random password the administrator can read out or paste: 14 characters without look-alikes (0/O, 1/l/I),
 * from the browser's cryptographic generator. Rejection sampling keeps every character equally likely.
 */
export function generatePassword(
  length = 14,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  let out = "";
  while (out.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
    }
  }
  return out;
}
