import type { ApolloServerPlugin } from "@apollo/server";
import type { Ctx } from "../context.js";

/** Codes that say "the server cannot serve now, try again": answered 503 with Retry-After. */
const RETRYABLE = new Set(["DATABASE_UNAVAILABLE", "SERVER_BUSY"]);
/** When an error of that kind names no wait (it always should), the wait of an outage. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

/**
 * GraphQL answers 200 even when nothing could be done, so a monitor, a load balancer or a script sees a
 * success while PostgreSQL is down. This plugin makes the HTTP status follow the errors formatError has
 * named: when every error is DATABASE_UNAVAILABLE or SERVER_BUSY, or when one of them left no data at
 * all, the answer is 503 with `Retry-After` (the longest wait among the errors). The body is unchanged,
 * so the admin app still shows the Vietnamese message. Other errors (input, rights, time-out of one
 * heavy statement) keep 200: retrying would not help.
 */
export const outageStatus: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const { errors, data } = response.body.singleResult;
        if (!errors || errors.length === 0) return;
        const retryable = errors.filter((error) => RETRYABLE.has(String(error.extensions?.code)));
        if (retryable.length === 0) return;
        if (retryable.length !== errors.length && data !== null && data !== undefined) return;
        const wait = Math.max(
          ...retryable.map((error) => {
            const seconds = Number(error.extensions?.retryAfterSeconds);
            return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS;
          }),
        );
        response.http.status = 503;
        response.http.headers.set("retry-after", String(Math.ceil(wait)));
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};
