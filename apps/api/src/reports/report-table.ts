/*
 * One model for every report table, so that the .xlsx sheet and the .csv file of a report are the same
 * rows by construction: the services build tables, the writers only lay them out.
 */

/** How a column's numbers are written: money in whole đồng, counts, or a ratio shown as a percentage. */
export type ColumnFormat = "text" | "integer" | "money" | "percent";

export interface ReportColumn {
  header: string;
  /** Width in characters, for the .xlsx. */
  width: number;
  format?: ColumnFormat;
  /** A header spanning several adjacent columns above this one (e.g. "Năm 2026"); null/undefined = none. */
  group?: string;
}

export type ReportCell = string | number | null;

/** `group`: a bold heading row (a content group, a commune); `subtotal`/`total`: bold sums. */
export type RowStyle = "line" | "group" | "subtotal" | "total";

export interface ReportRow {
  cells: ReportCell[];
  style: RowStyle;
}

export interface ReportTable {
  /** Sheet name (Excel: at most 31 characters, no `[]:*?/\`). */
  sheetName: string;
  /** Title lines above the table, centred; the first is the title in bold. */
  title: string[];
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Lines under the table (sources, definitions). */
  notes?: string[];
  /** Columns kept visible when scrolling right (TT, Nội dung, ĐVT). */
  frozenColumns?: number;
}

/** A report: an optional cover, then its tables; `main` is the table the .csv carries. */
export interface Report {
  /** The file name without extension, in Vietnamese (the download offers an ASCII fallback). */
  fileName: string;
  cover?: string[];
  tables: ReportTable[];
  main: ReportTable;
}

export const row = (style: RowStyle, ...cells: ReportCell[]): ReportRow => ({ style, cells });
