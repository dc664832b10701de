import ExcelJS from "exceljs";
import type { ColumnFormat, Report, ReportTable } from "./report-table.js";

/*
 * A report as a civil servant prints it, in the style of the settlement dossier: title rows, a bordered
 * table with a shaded header frozen in place and repeated on every printed page, A4 landscape fitted to
 * the page's width, money in whole đồng with thousands separators, rates as percentages.
 */

const FORMATS: Readonly<Record<ColumnFormat, string | undefined>> = {
  text: undefined,
  integer: "#,##0",
  money: "#,##0",
  percent: "0.0%",
};
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE8EEF7" } };
const GROUP_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFF3F3F3" } };
const PAGE = {
  paperSize: 9, // A4
  orientation: "landscape" as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/** The row numbers a table's header occupies, given its title; the data start right after `last`. */
export function headerRows(table: ReportTable): { first: number; last: number } {
  const first = table.title.length + 2; // title lines, one blank row
  const twoRows = table.columns.some((c) => c.group);
  return { first, last: twoRows ? first + 1 : first };
}

function addCover(book: ExcelJS.Workbook, lines: string[]): void {
  const ws = book.addWorksheet("Bìa", { pageSetup: { ...PAGE, orientation: "portrait" } });
  ws.columns = [{ width: 100 }];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}

function addTable(book: ExcelJS.Workbook, table: ReportTable): void {
  const ws = book.addWorksheet(table.sheetName, { pageSetup: { ...PAGE } });
  const { columns } = table;
  const last = columns.length;
  ws.columns = columns.map((c) => ({ width: c.width }));
  table.title.forEach((text, i) => {
    ws.mergeCells(i + 1, 1, i + 1, last);
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.font = i === 0 ? { bold: true, size: 14 } : { italic: true };
  });

  const { first, last: lastHeader } = headerRows(table);
  const styleHeader = (cell: ExcelJS.Cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  };
  if (lastHeader > first) {
    // Two header rows: grouped columns share a merged label above their own; the others span both rows.
    let c = 1;
    while (c <= last) {
      const col = columns[c - 1] as (typeof columns)[number];
      if (!col.group) {
        ws.mergeCells(first, c, lastHeader, c);
        ws.getCell(first, c).value = col.header;
        c += 1;
        continue;
      }
      let end = c;
      while (end < last && columns[end]?.group === col.group) end += 1;
      if (end > c) ws.mergeCells(first, c, first, end);
      ws.getCell(first, c).value = col.group;
      for (let k = c; k <= end; k++) ws.getCell(lastHeader, k).value = columns[k - 1]?.header ?? "";
      c = end + 1;
    }
  } else {
    columns.forEach((col, i) => {
      ws.getCell(first, i + 1).value = col.header;
    });
  }
  for (let r = first; r <= lastHeader; r++) {
    for (let c = 1; c <= last; c++) styleHeader(ws.getCell(r, c));
    ws.getRow(r).height = lastHeader > first ? 30 : 42;
  }
  ws.views = [{ state: "frozen", ySplit: lastHeader, xSplit: table.frozenColumns ?? 0 }];
  ws.pageSetup.printTitlesRow = `${first}:${lastHeader}`;

  for (const r of table.rows) {
    const excelRow = ws.addRow(r.cells.map((v) => (v === null ? null : v)));
    const bold = r.style !== "line";
    for (let c = 1; c <= last; c++) {
      const cell = excelRow.getCell(c);
      const format = FORMATS[columns[c - 1]?.format ?? "text"];
      if (format) cell.numFmt = format;
      cell.border = BORDER;
      cell.alignment = {
        vertical: "top",
        wrapText: typeof cell.value === "string",
        ...(columns[c - 1]?.format === "text" || !columns[c - 1]?.format ? {} : { horizontal: "right" }),
      };
      if (bold) cell.font = { bold: true };
      if (r.style === "group" || r.style === "total") cell.fill = GROUP_FILL;
    }
  }
  if (table.notes?.length) {
    ws.addRow([]);
    for (const note of table.notes) {
      const excelRow = ws.addRow([note]);
      ws.mergeCells(excelRow.number, 1, excelRow.number, last);
      excelRow.getCell(1).alignment = { wrapText: true, vertical: "top" };
      excelRow.getCell(1).font = { italic: true, size: 9 };
    }
  }
}

/** The report's workbook: its cover (if any), then one sheet per table; returns the .xlsx bytes. */
export async function writeReportWorkbook(report: Report): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Khuyến công Hải Phòng";
  book.created = new Date();
  if (report.cover) addCover(book, report.cover);
  for (const table of report.tables) addTable(book, table);
  return Buffer.from(await book.xlsx.writeBuffer());
}
