import { FIRST_ACCOUNT_ROLE } from "@khuyencong/domain";
import { checkPassword } from "@khuyencong/password-policy";
import { generatePassword } from "../auth/passwords.js";
import { type Ctx, inTransaction } from "../context.js";
import { User } from "./user.entity.js";
import { createUser } from "./user.service.js";

export interface FirstAdminOptions {
  email: string;
  /** `null`: generate one and print it once. */
  password: string | null;
  /** Where a generated password is printed; stdout in production. */
  print: (text: string) => void;
}

/**
 * On an empty users table, creates one administrator, so that somebody can sign in and create the
 * others. Does nothing once any user exists. Returns the user it created, if any.
 */
export async function ensureFirstAdmin(ctx: Ctx, options: FirstAdminOptions): Promise<User | null> {
  const password = options.password ?? generatePassword();
  const admin = await inTransaction(ctx, async (tx) => {
    // Two instances starting together on one database must not both create an administrator.
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext('khuyencong.first-admin'))");
    if ((await tx.em.count(User)) > 0) return null;
    // Checked only when it is used: a later start with the same variable set changes nothing.
    if (options.password !== null) assertAdminPasswordAcceptable(options.password, options.email);
    // A generated password was printed on a console others may read: it must be changed at first
    // sign-in. ADMIN_PASSWORD is the operator's own choice, already subject to the password rule.
    return createUser(
      tx,
      { email: options.email, fullName: ADMIN_FULL_NAME, role: FIRST_ACCOUNT_ROLE, password },
      { mustChangePassword: options.password === null },
    );
  });
  if (!admin) return null;

  if (options.password === null) {
    options.print(
      [
        "",
        "================================================================================",
        "Đã tạo tài khoản quản trị đầu tiên / First administrator account created:",
        `  Email:                 ${admin.email}`,
        `  Mật khẩu / Password:   ${password}`,
        "Mật khẩu này chỉ hiển thị một lần; lần đăng nhập đầu tiên sẽ yêu cầu đổi mật khẩu.",
        "This password is shown only once; the first sign-in asks to change it.",
        "================================================================================",
        "",
      ].join("\n"),
    );
  } else {
    ctx.log.info(`Created the first administrator ${admin.email} with the password from ADMIN_PASSWORD`);
  }
  return admin;
}

const ADMIN_FULL_NAME = "Quản trị hệ thống";

/** A start refused because of ADMIN_PASSWORD: the message (bilingual, the reasons) is all the operator needs. */
export class AdminPasswordRefusedError extends Error {
  override readonly name = "AdminPasswordRefusedError";
}

/**
 * An ADMIN_PASSWORD the password rule refuses stops the start with the reasons, rather than creating an
 * administrator anyone could guess (the API would refuse it from a user, too).
 */
function assertAdminPasswordAcceptable(password: string, email: string): void {
  const { ok, problems } = checkPassword(password, { userInputs: [email, ADMIN_FULL_NAME] });
  if (ok) return;
  throw new AdminPasswordRefusedError(
    [
      "ADMIN_PASSWORD không đạt quy tắc mật khẩu / ADMIN_PASSWORD fails the password rule:",
      ...problems.map((problem) => `  - ${problem.vi} / ${problem.en}`),
      "Hãy chọn mật khẩu khác (ví dụ một cụm vài từ không liên quan) hoặc bỏ ADMIN_PASSWORD để hệ thống tự tạo.",
      "Choose another (e.g. a few unrelated words), or unset ADMIN_PASSWORD to have one generated.",
    ].join("\n"),
  );
}
