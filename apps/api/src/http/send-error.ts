import type { ServerResponse } from "node:http";
import { AppError, type ErrorCode, MESSAGES } from "../errors.js";
import type { Logger } from "../log.js";
import { databaseAppError } from "../db/database-errors.js";
import { sendJson } from "./send-json.js";

/** The HTTP status of each error code, for the routes that are not GraphQL (GraphQL answers 200). */
const STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  NOT_ELIGIBLE: 422,
  NORM_EXCEEDED: 422,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  INSUFFICIENT_FUNDS: 409,
  DOUBLE_SUPPORT: 409,
  PAYLOAD_TOO_LARGE: 413,
  BAD_REQUEST: 400,
  METHOD_NOT_ALLOWED: 405,
  QUERY_TOO_COMPLEX: 400,
  SERVER_BUSY: 503,
  QUERY_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
  TOO_MANY_ATTEMPTS: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
};

/** The HTTP status of an error code, for plain routes and for GraphQL answers that must not be 200. */
export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code];
}

/** `{ "error": { "code", "message", "field"? } }`: the same codes and Vietnamese messages as GraphQL. */
export interface HttpErrorBody {
  error: { code: string; message: string; field?: string };
}

/**
 * Answers an error of a plain HTTP route. An `AppError` keeps its code, message and field; anything
 * else is logged and answered 500 `INTERNAL_SERVER_ERROR` with the fixed message (`clientMessage` may
 * replace it when the server knows what the user should be told), never with its stack or SQL.
 */
export function sendError(
  res: ServerResponse,
  error: unknown,
  log: Logger,
  options: { headers?: Record<string, string>; clientMessage?: string } = {},
): void {
  if (res.headersSent) {
    log.error("Error after the response started; closing the connection", error);
    res.destroy();
    return;
  }
  const headers: Record<string, string> = { "cache-control": "no-store", ...options.headers };
  const known = error instanceof AppError ? error : databaseAppError(error);
  if (known) {
    error = known;
  }
  if (error instanceof AppError) {
    const body: HttpErrorBody = {
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    };
    if (error.code === "UNAUTHENTICATED") headers["www-authenticate"] = "Bearer";
    if (error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
    sendJson(res, STATUS[error.code], body, headers);
    return;
  }
  log.error("Unexpected error on an HTTP route", error);
  const body: HttpErrorBody = {
    error: { code: "INTERNAL_SERVER_ERROR", message: options.clientMessage ?? MESSAGES.INTERNAL },
  };
  sendJson(res, 500, body, headers);
}
