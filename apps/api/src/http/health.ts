import type { IncomingMessage, ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import { sendError } from "./send-error.js";
import { sendJson } from "./send-json.js";

const TIMEOUT_MS = 3_000;

export type HealthRoute = "live" | "ready";

/**
 * `/health/live`: liveness, 200 as long as the process serves HTTP (a supervisor restarts it otherwise);
 * it never touches the database, so an outage of PostgreSQL does not get the API killed in a loop.
 * `/health/ready` and, for the existing monitors, `/health`: readiness, 200 when the database answers
 * `SELECT 1` within 3 s, else 503 `{"status":"unavailable"}` (a load balancer sends no users here).
 */
export function matchHealthRoute(path: string): HealthRoute | null {
  if (path === "/health/live") return "live";
  if (path === "/health" || path === "/health/ready") return "ready";
  return null;
}

export async function handleHealth(
  req: IncomingMessage,
  res: ServerResponse,
  route: HealthRoute,
  dataSource: DataSource,
  log: Logger,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendError(res, new AppError("METHOD_NOT_ALLOWED", "Địa chỉ này chỉ nhận phương thức GET, HEAD."), log, {
      headers: { allow: "GET, HEAD" },
    });
    return;
  }
  if (route === "live") {
    sendJson(res, 200, { status: "ok" }, { "cache-control": "no-store" });
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      dataSource.query("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    sendJson(res, 200, { status: "ok" }, { "cache-control": "no-store" });
  } catch (error) {
    log.warn("Health check failed: the database does not answer", error);
    sendJson(res, 503, { status: "unavailable" }, { "cache-control": "no-store", "retry-after": "30" });
  } finally {
    clearTimeout(timer);
  }
}
