import { generatePassword, PASSWORD_MIN_LENGTH } from "../auth/passwords.js";
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
  if (options.password !== null && options.password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const password = options.password ?? generatePassword();
  const admin = await inTransaction(ctx, async (tx) => {
    // Two instances starting together on one database must not both create an administrator.
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext('khuyencong.first-admin'))");
    if ((await tx.em.count(User)) > 0) return null;
    return createUser(tx, { email: options.email, fullName: "Quản trị hệ thống", role: "ADMIN", password });
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
        "Mật khẩu này chỉ hiển thị một lần: hãy đăng nhập và đổi ngay.",
        "This password is shown only once: sign in and change it now.",
        "================================================================================",
        "",
      ].join("\n"),
    );
  } else {
    ctx.log.info(`Created the first administrator ${admin.email} with the password from ADMIN_PASSWORD`);
  }
  return admin;
}
