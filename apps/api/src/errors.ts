import type { RuleProblem } from "@khuyencong/domain";

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
  /** The HTTP request itself is malformed (path, header, method or body), before any GraphQL. */
  "BAD_REQUEST",
  /** The route exists but not for this HTTP method. */
  "METHOD_NOT_ALLOWED",
  /** The GraphQL document exceeds a limit (depth, aliases, tokens, directives, cost); the message names it. */
  "QUERY_TOO_COMPLEX",
  /** Too many heavy requests run at once, or no database connection was free in time: try again shortly. */
  "SERVER_BUSY",
  /** A statement ran past its time limit and was cancelled; nothing was written. */
  "QUERY_TIMEOUT",
  /** The database cannot be reached (down, restarting, refusing connections). */
  "DATABASE_UNAVAILABLE",
  /** Sign-in throttled (per account or per client address); the message says how long to wait. */
  "TOO_MANY_ATTEMPTS",
  /** The password was generated or set by an administrator: it must be changed before anything else. */
  "PASSWORD_CHANGE_REQUIRED",
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
  SERVER_BUSY: "Hệ thống đang bận, vui lòng thử lại sau ít giây.",
  QUERY_TIMEOUT:
    "Yêu cầu chạy quá thời gian cho phép nên đã bị dừng; không có dữ liệu nào bị thay đổi. Hãy thu hẹp điều kiện lọc rồi thử lại.",
  DATABASE_UNAVAILABLE:
    "Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút hoặc báo quản trị viên.",
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
  /**
   * For SERVER_BUSY, TOO_MANY_ATTEMPTS, DATABASE_UNAVAILABLE: when trying again makes sense, in seconds.
   * GraphQL carries it as `extensions.retryAfterSeconds`, HTTP routes as the `Retry-After` header.
   */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly fieldErrors?: readonly FieldError[],
  ) {
    super(message);
  }

  /** The same error, saying when to try again. */
  withRetryAfter(seconds: number): this {
    this.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return this;
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

  /** Too much heavy work at once, or no free connection: the client may try again in a few seconds. */
  static serverBusy(retryAfterSeconds = 5): AppError {
    return new AppError("SERVER_BUSY", MESSAGES.SERVER_BUSY).withRetryAfter(retryAfterSeconds);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError("CONFLICT", message, field);
  }

  /**
   * A domain rule's refusal (`RuleProblem`) as the API's error: same code and message; its field under
   * `fieldPrefix` (e.g. "input." → "input.requestedSupport"), listed in fieldErrors for bad input.
   */
  static fromProblem(problem: RuleProblem, fieldPrefix = ""): AppError {
    const field = problem.field ? `${fieldPrefix}${problem.field}` : undefined;
    return problem.code === "BAD_USER_INPUT"
      ? AppError.badInput(problem.message, field)
      : new AppError(problem.code, problem.message, field);
  }
}
