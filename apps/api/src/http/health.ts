import type { IncomingMessage, ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import type { Logger } from "../log.js";
import { sendJson } from "./send-json.js";

const TIMEOUT_MS = 3_000;

/** `GET /health`: 200 when the database answers `SELECT 1` within 3 s, else 503. */
export async function handleHealth(
  req: IncomingMessage,
  res: ServerResponse,
  dataSource: DataSource,
  log: Logger,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendJson(res, 405, { status: "method not allowed" }, { allow: "GET, HEAD" });
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
    sendJson(res, 503, { status: "unavailable" }, { "cache-control": "no-store" });
  } finally {
    clearTimeout(timer);
  }
}
