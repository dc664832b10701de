import type { ReportCell, ReportColumn, ReportTable } from "./report-table.js";

/*
 * The main table of a report as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled. UTF-8 with a byte-order mark, without which
 * Excel reads the file as the system's code page and garbles Vietnamese. Numbers are written plain:
 * money and counts as integers without separators, rates as percentages with a dot and one decimal
 * (33.3), so that any program reads them without guessing a locale.
 */

const BOM = "\uFEFF";

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(value: ReportCell, column: ReportColumn | undefined): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (column?.format === "percent") return (Math.round(value * 1000) / 10).toFixed(1);
  return String(value);
}

/** The header of a column as one line: a grouped column carries its group ("Năm 2026 - Chỉ tiêu"). */
export function csvHeader(column: ReportColumn): string {
  return column.group ? `${column.group} - ${column.header}` : column.header;
}

export function writeReportCsv(table: ReportTable): Buffer {
  const lines = [
    table.columns.map((c) => csvField(csvHeader(c))).join(","),
    ...table.rows.map((r) =>
      table.columns.map((c, i) => csvField(cellText(r.cells[i] ?? null, c))).join(","),
    ),
  ];
  return Buffer.from(`${BOM}${lines.join("\r\n")}\r\n`, "utf8");
}
