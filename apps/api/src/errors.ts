/**
 * The error codes a client can rely on (`extensions.code`). A code is part of the API: renaming one is a
 * breaking change. Anything that is not an `AppError` reaches the client as `INTERNAL_SERVER_ERROR`.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "STALE_VERSION",
  "NOT_ELIGIBLE",
  "NORM_EXCEEDED",
  "INVALID_TRANSITION",
  "CONFLICT",
  /** The year's envelope of the fund cannot cover the approval (the balance would go negative). */
  "INSUFFICIENT_FUNDS",
  /** The facility already received support for the same cost item or activity, and no reason was recorded. */
  "DOUBLE_SUPPORT",
  /** Only from the HTTP upload route (`POST /projects/:id/documents`): the file exceeds the size limit. */
  "PAYLOAD_TOO_LARGE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Messages shared by several call sites; one-off messages are written where they are thrown. */
export const MESSAGES = {
  UNAUTHENTICATED: "Bạn cần đăng nhập để thực hiện thao tác này.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  BAD_USER_INPUT: "Dữ liệu nhập không hợp lệ.",
  STALE_VERSION: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.",
  INTERNAL: "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.",
  BAD_CREDENTIALS: "Email hoặc mật khẩu không đúng",
  notFound: (what: string) => `Không tìm thấy ${what}.`,
} as const;

/** One invalid field of the input, as the client shows it next to that field. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error the user can understand and act on. `message` is Vietnamese and shown as is; `field` names the
 * input field at fault, when there is one.
 */
export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly fieldErrors?: readonly FieldError[],
  ) {
    super(message);
  }

  static unauthenticated(message: string = MESSAGES.UNAUTHENTICATED): AppError {
    return new AppError("UNAUTHENTICATED", message);
  }

  static forbidden(message: string = MESSAGES.FORBIDDEN): AppError {
    return new AppError("FORBIDDEN", message);
  }

  static badInput(message: string, field?: string): AppError {
    return new AppError("BAD_USER_INPUT", message, field, field ? [{ field, message }] : undefined);
  }

  /** `what` completes "Không tìm thấy …", e.g. "người dùng". */
  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", MESSAGES.notFound(what));
  }

  static staleVersion(): AppError {
    return new AppError("STALE_VERSION", MESSAGES.STALE_VERSION, "version");
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError("CONFLICT", message, field);
  }
}
