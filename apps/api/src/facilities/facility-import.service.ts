import { randomUUID } from "node:crypto";
import { can, COMMUNE_KIND_LABELS, dataScopeOf } from "@khuyencong/domain";
import { validate } from "class-validator";
import ExcelJS from "exceljs";
import { calendarDateOfUtcDay } from "@khuyencong/domain";
import { In } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { Commune } from "../communes/commune.entity.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { FacilityInput } from "./facility.args.js";
import { Facility } from "./facility.entity.js";
import { facilityInputProblems, normalisedFacilityData, taxCodeTakenMessage } from "./facility.service.js";
import { foldKey, IMPORT_COLUMNS, type ImportColumn, NO, YES } from "./facility-import.columns.js";
import {
  FacilityImportError,
  FacilityImportResult,
  FacilityImportRow,
  FacilityImportTemplate,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportFacilitiesArgs,
} from "./facility-import.types.js";

const SHEET_LISTS = "Danh mục";

/**
 * Checks (dry run) or imports a facility register from an .xlsx file. Every row is checked as the form
 * would check it, plus what only a file can get wrong (labels, duplicates within the file). The real
 * import is all or nothing: if any row is wrong nothing is saved — a civil servant fixes the file and
 * imports it again rather than hunting for which half went in. One transaction, one audit row.
 */
export async function importFacilities(ctx: Ctx, args: ImportFacilitiesArgs): Promise<FacilityImportResult> {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  if (!can(user.role, "ImportFacilities")) throw AppError.forbidden();
  const file = decode(args.fileBase64);
  const sheet = await firstSheet(file);
  const parsed = await parseSheet(ctx, sheet);
  const rows = parsed.map((p) => p.row);
  const errorRowCount = rows.filter((r) => r.errors.length > 0).length;
  const result = Object.assign(new FacilityImportResult(), {
    dryRun: args.dryRun,
    importedCount: 0,
    rowCount: rows.length,
    errorRowCount,
    rows,
  });
  if (args.dryRun) return result;
  if (errorRowCount > 0) {
    const first = rows.find((r) => r.errors.length > 0);
    const detail = first?.errors[0];
    throw AppError.badInput(
      `Tệp có ${errorRowCount} dòng lỗi nên chưa nhập cơ sở nào. Dòng ${first?.row}${detail?.column ? `, cột "${detail.column}"` : ""}: ${detail?.message} Hãy kiểm tra thử, sửa tệp rồi nhập lại.`,
      "fileBase64",
    );
  }
  return inTransaction(ctx, async (tx) => {
    const entities = parsed.map((p) =>
      tx.em.create(Facility, {
        ...normalisedFacilityData(p.input as FacilityInput),
        createdById: user.id,
        createdByUnitId: dataScopeOf(user.role) === "UNIT" ? user.unitId : null,
      }),
    );
    const saved = await tx.em.save(Facility, entities, { chunk: 200 });
    saved.forEach((f, i) => {
      const row = rows[i];
      if (row) row.facilityId = f.id;
    });
    await recordAudit(tx, {
      action: "facility.import",
      entityType: "FacilityImport",
      entityId: randomUUID(),
      after: { fileName: args.fileName ?? null, count: saved.length, facilityIds: saved.map((f) => f.id) },
    });
    result.importedCount = saved.length;
    return result;
  });
}

function decode(base64: string): Buffer {
  const clean = base64.replace(/\s/g, "");
  // Checked before decoding so that an oversized upload is not held in memory twice.
  if (Math.floor((clean.length * 3) / 4) > IMPORT_MAX_BYTES + 3) throw tooLarge();
  const file = Buffer.from(clean, "base64");
  if (file.length > IMPORT_MAX_BYTES) throw tooLarge();
  // An .xlsx is a zip archive: it starts with "PK\x03\x04".
  if (file.length < 4 || file.readUInt32BE(0) !== 0x504b0304) throw notXlsx();
  return file;
}

const tooLarge = () =>
  AppError.badInput(
    `Tệp quá lớn: tối đa ${IMPORT_MAX_BYTES / 1024} KB. Hãy chia danh sách thành nhiều tệp.`,
    "fileBase64",
  );
const notXlsx = () =>
  AppError.badInput(
    "Tệp không phải là tệp Excel (.xlsx) hợp lệ. Hãy dùng tệp mẫu và lưu dưới dạng Excel Workbook (.xlsx).",
    "fileBase64",
  );

async function firstSheet(file: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  const sheet = book.worksheets.find((ws) => ws.name !== SHEET_LISTS);
  if (!sheet) throw AppError.badInput("Tệp không có trang tính nào.", "fileBase64");
  return sheet;
}

/** The text of a cell whatever Excel stored (number, rich text, formula result, hyperlink, date). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Excel keeps a day as UTC midnight: its calendar date, not the instant read in some time zone.
  if (value instanceof Date) return calendarDateOfUtcDay(value);
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return "";
  }
  return String(value).trim();
}

interface Parsed {
  row: FacilityImportRow;
  input: Partial<FacilityInput>;
}

async function parseSheet(ctx: Ctx, sheet: ExcelJS.Worksheet): Promise<Parsed[]> {
  // Find each column by its header (accents and case ignored).
  const headerRow = sheet.getRow(1);
  const positions = new Map<string, number>();
  headerRow.eachCell((cell, col) => {
    positions.set(
      foldKey(
        cellText(cell.value)
          .replace(/\s*\(\*\)\s*$/, "")
          .replace(/\*$/, ""),
      ),
      col,
    );
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !positions.has(foldKey(c.header)));
  if (missing.length > 0) {
    throw AppError.badInput(
      `Thiếu cột bắt buộc ở dòng tiêu đề: ${missing.map((c) => `"${c.header}"`).join(", ")}. Hãy dùng tệp mẫu.`,
      "fileBase64",
    );
  }

  const raw: { rowNumber: number; cells: Map<ImportColumn, ExcelJS.CellValue> }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map<ImportColumn, ExcelJS.CellValue>();
    let blank = true;
    for (const column of IMPORT_COLUMNS) {
      const at = positions.get(foldKey(column.header));
      if (at === undefined) continue;
      const value = row.getCell(at).value;
      if (cellText(value) !== "") blank = false;
      cells.set(column, value);
    }
    if (blank) continue;
    raw.push({ rowNumber: r, cells });
    if (raw.length > IMPORT_MAX_ROWS) {
      throw AppError.badInput(
        `Tệp có quá ${IMPORT_MAX_ROWS} dòng dữ liệu. Hãy chia danh sách thành nhiều tệp.`,
        "fileBase64",
      );
    }
  }
  if (raw.length === 0)
    throw AppError.badInput("Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề).", "fileBase64");

  const communes = await communeIndex(ctx);
  const parsed: Parsed[] = [];
  for (const { rowNumber, cells } of raw) {
    parsed.push(await parseRow(ctx, rowNumber, cells, communes));
  }
  await checkTaxCodes(ctx, parsed);
  return parsed;
}

/** Communes by code, by full name ("Xã An Hưng") and by bare name when that is unambiguous ("An Hưng"). */
async function communeIndex(ctx: Ctx): Promise<Map<string, Commune | null>> {
  const index = new Map<string, Commune | null>();
  const all = await ctx.em.find(Commune);
  for (const c of all) {
    index.set(foldKey(c.code), c);
    index.set(foldKey(`${COMMUNE_KIND_LABELS[c.kind]} ${c.name}`), c);
  }
  for (const c of all) {
    const bare = foldKey(c.name);
    if (index.has(bare) && index.get(bare) !== c) index.set(bare, null);
    else index.set(bare, c);
  }
  return index;
}

async function parseRow(
  ctx: Ctx,
  rowNumber: number,
  cells: Map<ImportColumn, ExcelJS.CellValue>,
  communes: Map<string, Commune | null>,
): Promise<Parsed> {
  const errors: FacilityImportError[] = [];
  const fail = (column: ImportColumn | undefined, message: string) =>
    errors.push(Object.assign(new FacilityImportError(), { column: column?.header ?? "", message }));
  const input: Record<string, unknown> = {};
  let commune: Commune | null = null;

  for (const column of IMPORT_COLUMNS) {
    const value = cells.get(column);
    const text = cellText(value ?? null);
    if (text === "") {
      if (column.required) fail(column, "Chưa nhập (bắt buộc)");
      if (column.kind === "yesNo") input[column.key] = false;
      else if (column.kind !== "text") input[column.key] = null;
      else input[column.key] = null;
      continue;
    }
    switch (column.kind) {
      case "text":
        input[column.key] = text;
        break;
      case "enum": {
        const labels = column.labels ?? {};
        const wanted = foldKey(text);
        const code = Object.keys(labels).find(
          (k) => foldKey(labels[k] ?? "") === wanted || k.toLowerCase() === text.toLowerCase(),
        );
        if (code) input[column.key] = code;
        else {
          const allowed = Object.values(labels);
          // A long list (the 14 sectors) would drown the row: point to the template's list instead.
          const hint =
            allowed.length <= 6
              ? `Giá trị hợp lệ: ${allowed.join("; ")}.`
              : `Ghi đúng một giá trị trong trang "${SHEET_LISTS}" của tệp mẫu.`;
          fail(column, `"${text}" không có trong danh mục. ${hint}`);
        }
        break;
      }
      case "commune": {
        const found = communes.get(foldKey(text));
        if (found === undefined) fail(column, `Không tìm thấy xã, phường, đặc khu "${text}" của Hải Phòng.`);
        else if (found === null)
          fail(column, `Có nhiều đơn vị tên "${text}": hãy ghi rõ "Xã …", "Phường …" hoặc "Đặc khu …".`);
        else {
          commune = found;
          input[column.key] = found.code;
        }
        break;
      }
      case "money": {
        const n = typeof value === "number" ? value : parseMoney(text);
        if (n === null || !Number.isSafeInteger(n))
          fail(column, `"${text}" không phải là số tiền nguyên đồng.`);
        else input[column.key] = n;
        break;
      }
      case "workers": {
        const n = typeof value === "number" ? value : parseDecimal(text);
        if (n === null || !Number.isFinite(n)) fail(column, `"${text}" không phải là một số.`);
        else input[column.key] = n;
        break;
      }
      case "yesNo": {
        const key = foldKey(text);
        if (YES.includes(key)) input[column.key] = true;
        else if (NO.includes(key)) input[column.key] = false;
        else fail(column, `"${text}" không hợp lệ: ghi "Có" hoặc "Không".`);
        break;
      }
    }
  }

  const byKey = (key: string) => IMPORT_COLUMNS.find((c) => c.key === key);
  const failedKeys = new Set(errors.map((e) => IMPORT_COLUMNS.find((c) => c.header === e.column)?.key));
  // The form's own rules (lengths, ranges, phone pattern) with their Vietnamese messages.
  const candidate = Object.assign(new FacilityInput(), input);
  const violations = await validate(candidate, { skipMissingProperties: true, forbidUnknownValues: false });
  for (const v of violations) {
    if (failedKeys.has(v.property as keyof FacilityInput)) continue;
    const message = Object.values(v.constraints ?? {})[0];
    if (message) fail(byKey(v.property), message);
  }
  if (errors.length === 0) {
    for (const p of facilityInputProblems(candidate)) fail(byKey(p.field), p.message);
  }
  if (
    commune &&
    ctx.user &&
    dataScopeOf(ctx.user.role) === "COMMUNE" &&
    commune.code !== ctx.user.communeCode
  ) {
    fail(byKey("productionCommuneCode"), "Cán bộ xã chỉ được nhập cơ sở sản xuất trên địa bàn xã mình.");
  }

  const row = Object.assign(new FacilityImportRow(), {
    row: rowNumber,
    name: typeof input.name === "string" ? input.name : null,
    communeName: commune ? `${COMMUNE_KIND_LABELS[commune.kind]} ${commune.name}` : null,
    errors,
    facilityId: null,
  });
  return { row, input: candidate };
}

/** "1.234.567", "1 234 567" or "1,234,567" → 1234567; anything else → null. */
function parseMoney(text: string): number | null {
  const compact = text.replace(/[\s.,]/g, "").replace(/(đồng|đ|vnd)$/i, "");
  return /^\d+$/.test(compact) ? Number(compact) : null;
}

/** "12", "12,5" or "12.5" → a number; anything else → null. */
function parseDecimal(text: string): number | null {
  const t = text.replace(/\s/g, "");
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : null;
}

/** A tax code appears once in the file and is not already registered (a second register of the same facility). */
async function checkTaxCodes(ctx: Ctx, parsed: Parsed[]): Promise<void> {
  const column = IMPORT_COLUMNS.find((c) => c.key === "taxCode");
  const fail = (p: Parsed, message: string) =>
    p.row.errors.push(Object.assign(new FacilityImportError(), { column: column?.header ?? "", message }));
  const firstRow = new Map<string, number>();
  for (const p of parsed) {
    const code = typeof p.input.taxCode === "string" ? p.input.taxCode.trim() : "";
    if (!code) continue;
    const seen = firstRow.get(code);
    if (seen !== undefined) fail(p, `Mã số thuế ${code} trùng với dòng ${seen} của tệp.`);
    else firstRow.set(code, p.row.row);
  }
  if (firstRow.size === 0) return;
  // Checked against every facility, not only those the user may read: a duplicate is a duplicate. The
  // message does not name the facility, so nothing outside the user's scope is revealed but the fact.
  const existing = await ctx.em.find(Facility, {
    select: { taxCode: true },
    where: { taxCode: In([...firstRow.keys()]) },
  });
  const taken = new Set(existing.map((f) => f.taxCode));
  for (const p of parsed) {
    const code = typeof p.input.taxCode === "string" ? p.input.taxCode.trim() : "";
    if (code && taken.has(code) && firstRow.get(code) === p.row.row) {
      fail(p, taxCodeTakenMessage(code));
    }
  }
}

/** The template: the headers (required ones marked *), one example row, and a sheet of allowed values. */
export async function importTemplate(): Promise<FacilityImportTemplate> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Cơ sở", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({ width: c.width }));
  const header = ws.getRow(1);
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.required ? `${c.header} (*)` : c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: c.required ? "FFFFE699" : "FFDDEBF7" },
    };
    // Tax codes and phone numbers keep their leading zero only as text.
    if (c.key === "taxCode" || c.key === "phone") ws.getColumn(i + 1).numFmt = "@";
    if (c.kind === "money") ws.getColumn(i + 1).numFmt = "#,##0";
  });
  header.height = 45;
  const example = ws.getRow(2);
  IMPORT_COLUMNS.forEach((c, i) => {
    if (c.example !== "") example.getCell(i + 1).value = c.example;
  });

  const lists = book.addWorksheet(SHEET_LISTS);
  const listed = IMPORT_COLUMNS.filter((c) => c.labels || c.kind === "yesNo");
  listed.forEach((c, i) => {
    lists.getColumn(i + 1).width = Math.max(c.width, 24);
    lists.getCell(1, i + 1).value = c.header;
    lists.getCell(1, i + 1).font = { bold: true };
    const values = c.labels ? Object.values(c.labels) : ["Có", "Không"];
    values.forEach((v, j) => {
      lists.getCell(j + 2, i + 1).value = v;
    });
  });
  const note = lists.getCell(1, listed.length + 2);
  note.value =
    "Cột (*) là bắt buộc. Xã, phường, đặc khu ghi tên đầy đủ (ví dụ: Xã An Hưng) hoặc mã. Số tiền ghi nguyên đồng.";
  lists.getColumn(listed.length + 2).width = 60;
  note.alignment = { wrapText: true };

  const buffer = await book.xlsx.writeBuffer();
  return Object.assign(new FacilityImportTemplate(), {
    fileName: "mau-nhap-co-so.xlsx",
    base64: Buffer.from(buffer as ArrayBuffer).toString("base64"),
  });
}
