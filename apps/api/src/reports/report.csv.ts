import { CSV_FORMAT } from "@khuyencong/domain";
import { stringify } from "csv-stringify/sync";
import type { ReportCell, ReportColumn, ReportTable } from "./report-table.js";

/*
 * The main table of a report as CSV, written by csv-stringify with the one format every CSV download of
 * the system shares (CSV_FORMAT in @khuyencong/domain): UTF-8 with a byte-order mark, comma-separated,
 * CRLF line ends, RFC 4180 quoting, and every text cell that a spreadsheet would run as a formula
 * (a unit named `=HYPERLINK(…)`) turned into literal text. Numbers stay numbers and are written plain:
 * money and counts as integers without separators, rates as percentages with a dot and one decimal
 * (33.3), so that any program reads them without guessing a locale.
 */

function csvCell(value: ReportCell, column: ReportColumn | undefined): string | number | null {
  if (value === null || typeof value === "string") return value;
  if (column?.format === "percent") return (Math.round(value * 1000) / 10).toFixed(1);
  return value;
}

/** The header of a column as one line: a grouped column carries its group ("Năm 2026 - Chỉ tiêu"). */
export function csvHeader(column: ReportColumn): string {
  return column.group ? `${column.group} - ${column.header}` : column.header;
}

export function writeReportCsv(table: ReportTable): Buffer {
  const records = [
    table.columns.map(csvHeader),
    ...table.rows.map((r) => table.columns.map((c, i) => csvCell(r.cells[i] ?? null, c))),
  ];
  return Buffer.from(stringify(records, CSV_FORMAT), "utf8");
}
