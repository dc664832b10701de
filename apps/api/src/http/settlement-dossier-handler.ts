import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import { loadSettlementDossier } from "../settlement/settlement-dossier.service.js";
import { writeSettlementDossier } from "../settlement/settlement-dossier.xlsx.js";
import { sendError } from "./send-error.js";
import { runHeavyDownload } from "../db/heavy-requests.js";

const ROUTE = /^\/projects\/([0-9a-f-]{36})\/settlement-dossier\.xlsx$/i;

/** The đề án id of `GET /projects/{id}/settlement-dossier.xlsx`, or null for another path. */
export function matchSettlementDossierRoute(path: string): string | null {
  return ROUTE.exec(path)?.[1] ?? null;
}

/**
 * Sends the settlement dossier of a đề án as an Excel file to a user who may read the đề án. Outside the
 * user's scope the answer is 404, like a đề án that does not exist.
 */
export async function handleSettlementDossier(
  req: IncomingMessage,
  res: ServerResponse,
  projectId: string,
  deps: { context: (req: IncomingMessage) => Promise<Ctx>; log: Logger },
): Promise<void> {
  if (req.method !== "GET") {
    sendError(res, AppError.badInput("Chỉ hỗ trợ phương thức GET"), deps.log, { headers: { allow: "GET" } });
    return;
  }
  const ctx = await deps.context(req);
  try {
    if (!ctx.user) throw AppError.unauthenticated();
    // A heavy request: a permit (or 503 SERVER_BUSY with Retry-After) and the reports' statement time-out.
    const dossier = await runHeavyDownload(ctx, (tx) => loadSettlementDossier(tx, projectId));
    const bytes = await writeSettlementDossier(dossier);
    const fileName = `Ho-so-quyet-toan-${dossier.project.code}.xlsx`;
    res.writeHead(200, {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-length": bytes.length,
      "content-disposition": `attachment; filename="${fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    });
    res.end(bytes);
  } catch (error) {
    sendError(res, error, deps.log);
  }
}
