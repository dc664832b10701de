import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import { buildReport, REPORT_KINDS, type ReportKind } from "../reports/report-access.js";
import { writeReportCsv } from "../reports/report.csv.js";
import { writeReportWorkbook } from "../reports/report.xlsx.js";
import { attachmentDisposition } from "./content-disposition.js";
import { sendError } from "./send-error.js";
import { runHeavyDownload } from "../db/heavy-requests.js";

const ROUTE = /^\/reports\/([a-z-]+)\/([^/]+)\.(xlsx|csv)$/;

export interface ReportRoute {
  kind: ReportKind;
  year: string;
  format: "xlsx" | "csv";
}

/** `GET /reports/{progress|annual|plan-registrations}/{year}.{xlsx|csv}`, or null for another path. */
export function matchReportRoute(path: string): ReportRoute | null {
  const m = ROUTE.exec(path);
  if (!m || !(REPORT_KINDS as readonly string[]).includes(m[1] as string)) return null;
  return { kind: m[1] as ReportKind, year: m[2] as string, format: m[3] as "xlsx" | "csv" };
}

const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8; header=present",
} as const;

/** Sends a report as .xlsx or as the CSV of its main table; the checks are report-access.ts's. */
export async function handleReport(
  req: IncomingMessage,
  res: ServerResponse,
  route: ReportRoute,
  deps: { context: (req: IncomingMessage) => Promise<Ctx>; log: Logger },
): Promise<void> {
  if (req.method !== "GET") {
    sendError(res, AppError.badInput("Chỉ hỗ trợ phương thức GET"), deps.log, { headers: { allow: "GET" } });
    return;
  }
  const ctx = await deps.context(req);
  try {
    if (!ctx.user) throw AppError.unauthenticated();
    if (!/^\d{4}$/.test(route.year)) throw AppError.badInput("Năm báo cáo không hợp lệ", "year");
    // A heavy request: a permit (or 503 SERVER_BUSY with Retry-After) and the reports' statement time-out.
    const report = await runHeavyDownload(ctx, (tx) => buildReport(tx, route.kind, Number(route.year)));
    const bytes = route.format === "xlsx" ? await writeReportWorkbook(report) : writeReportCsv(report.main);
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[route.format],
      "content-length": bytes.length,
      "content-disposition": attachmentDisposition(`${report.fileName}.${route.format}`),
      "cache-control": "private, no-store",
    });
    res.end(bytes);
  } catch (error) {
    sendError(res, error, deps.log);
  }
}
