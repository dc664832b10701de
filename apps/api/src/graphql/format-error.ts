import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from "type-graphql";
import { databaseAppError } from "../db/database-errors.js";
import { AppError, type FieldError, MESSAGES } from "../errors.js";
import type { Logger } from "../log.js";
import { tokenLimitRefusal } from "./limits.js";
import { CalendarDateError } from "./scalars.js";

/**
 * Errors Apollo raises before any resolver runs (the request itself is malformed). Their messages are
 * graphql-js's and describe only the request, so they are safe to pass on.
 */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Apollo's `formatError`: the one place that decides what a client sees of an error. Known errors keep
 * their code and Vietnamese message; everything else becomes INTERNAL_SERVER_ERROR with a fixed message,
 * and the original (stack, SQL) goes to the server log only.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // An AppError thrown by a plugin before execution, or a scalar's refusal, reaches here wrapped in one or
    // more GraphQLErrors (graphql-js's "Variable … got invalid value", Apollo's ValidationError).
    const wrapped = wrappedInputRefusal(unwrapped) ?? tokenLimitRefusal(unwrapped) ?? unwrapped;
    // A database outage, overload or statement time-out is named, never INTERNAL_SERVER_ERROR.
    const original = wrapped instanceof AppError ? wrapped : (databaseAppError(wrapped) ?? wrapped);
    const where = { locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return {
        ...where,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...(original.fieldErrors ? { fieldErrors: original.fieldErrors } : {}),
          ...(original.retryAfterSeconds !== undefined
            ? { retryAfterSeconds: original.retryAfterSeconds }
            : {}),
        },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fieldErrors = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
      const first = fieldErrors[0];
      return {
        ...where,
        message: fieldErrors.length === 1 && first ? first.message : MESSAGES.BAD_USER_INPUT,
        extensions: { code: "BAD_USER_INPUT", ...(first ? { field: first.field } : {}), fieldErrors },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...where, message: MESSAGES.UNAUTHENTICATED, extensions: { code: "UNAUTHENTICATED" } };
    }
    if (original instanceof AuthorizationError) {
      return { ...where, message: MESSAGES.FORBIDDEN, extensions: { code: "FORBIDDEN" } };
    }
    const code = formatted.extensions?.code;
    if (isRequestError(error, code)) {
      return {
        ...where,
        message: `Yêu cầu GraphQL không hợp lệ: ${formatted.message}`,
        extensions: { code },
      };
    }

    log.error("Unexpected error while handling a GraphQL request", original);
    return { ...where, message: MESSAGES.INTERNAL, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** The AppError or CalendarDate refusal a GraphQLError wraps, a few levels deep; undefined if none. */
function wrappedInputRefusal(error: unknown): AppError | undefined {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause instanceof GraphQLError; depth++) {
    cause = cause.originalError;
    if (cause instanceof AppError) return cause;
    if (cause instanceof CalendarDateError) return AppError.badInput(cause.message);
  }
  return undefined;
}

/** A request error has no `path`: it was raised before execution, not by a resolver. */
function isRequestError(error: unknown, code: unknown): code is string {
  return (
    error instanceof GraphQLError &&
    error.path === undefined &&
    typeof code === "string" &&
    REQUEST_ERROR_CODES.has(code)
  );
}

/** class-validator nests errors of nested inputs; the client wants one entry per field, `a.b.c`. */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ""): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
