import { AppError, MESSAGES } from "../errors.js";

/**
 * Names a failure of the database itself (down, overloaded, a statement past its time limit) as the
 * AppError a client can act on, or returns null for anything else (a bug, a constraint the code should
 * have checked). The one place that reads pg's and TypeORM's error shapes; GraphQL's formatError and the
 * plain HTTP routes both call it, so an outage never reaches a user as INTERNAL_SERVER_ERROR.
 */
export function databaseAppError(error: unknown): AppError | null {
  const kind = classifyDatabaseError(error);
  if (kind === "unavailable") {
    return new AppError("DATABASE_UNAVAILABLE", MESSAGES.DATABASE_UNAVAILABLE).withRetryAfter(30);
  }
  if (kind === "busy") return AppError.serverBusy();
  if (kind === "timeout") return new AppError("QUERY_TIMEOUT", MESSAGES.QUERY_TIMEOUT);
  return null;
}

export type DatabaseFailure = "unavailable" | "busy" | "timeout";

/** Node's socket errors that mean "no server there (now)". */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  for (const candidate of causes(error)) {
    const code = typeof candidate.code === "string" ? candidate.code : "";
    const message = typeof candidate.message === "string" ? candidate.message : "";
    if (UNREACHABLE.has(code)) return "unavailable";
    // TypeORM releases a query runner when its connection emits "error" (the server went away); the
    // transaction's next statement (through the runner or its EntityManager), or its COMMIT, then throws
    // one of these instead of the lost connection's error. Runners here belong to transactions only, so
    // it means the connection died mid-transaction, and that statement never reached the server.
    if (candidate instanceof Error && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(candidate.name)) {
      return "unavailable";
    }
    // SQLSTATE class 08: connection exception; 57P01–57P03: the server is shutting down or starting.
    if (/^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03") {
      return "unavailable";
    }
    // 57014 query_canceled: statement_timeout (or a cancel) stopped the statement.
    if (code === "57014") return "timeout";
    // 53300 too_many_connections; 53xxx insufficient resources.
    if (/^53[0-9A-Z]{3}$/.test(code)) return "busy";
    if (
      /Connection terminated unexpectedly|Client has encountered a connection error|Driver not Connected/i.test(
        message,
      )
    ) {
      return "unavailable";
    }
    // pg-pool: no client became free (or no connection could be opened) within connectionTimeoutMillis.
    if (
      /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(message)
    ) {
      return "busy";
    }
  }
  return null;
}

/** The error and what it wraps (TypeORM's `driverError`, `cause`), a few levels deep. */
function causes(error: unknown): Array<{ code?: unknown; message?: unknown }> {
  const found: Array<{ code?: unknown; message?: unknown }> = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    found.push(record);
    // AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1)
    if (current instanceof AggregateError) found.push(...(current.errors as never[]));
    current = record.driverError ?? record.cause;
  }
  return found;
}
