import { crc32, deflateRawSync } from "node:zlib";

/*
 * The little of SpreadsheetML (ECMA-376) the reports use, written as text and zipped with Node's zlib:
 * sheets of numbers and strings (inline), column widths, row heights, merged cells, frozen panes, print
 * titles, A4 page setup, and a style table (number format, bold/italic/size, fill, thin border, alignment).
 *
 * Why not ExcelJS (which the settlement dossier and the facility import keep using): building the annual
 * report's commune table (3,300 rows on the national dataset) through its object model took 0.2–0.5 s of
 * the event loop per download — most of it per-cell style objects, XML building and a JavaScript deflate —
 * and the memory of every workbook under construction; with 32 clients downloading, the builds interleaved
 * and the process grew to 700 MB. Here a sheet is one string built row by row, a style is an index, and
 * deflate is native: a few milliseconds per report.
 */

export interface XlsxStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** A solid fill, ARGB ("FFE8EEF7"). */
  fill?: string;
  /** A thin border on all four sides. */
  border?: boolean;
  horizontal?: "center" | "right";
  vertical?: "top" | "middle";
  wrapText?: boolean;
}

export interface XlsxPageSetup {
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page, e.g. "4:5". */
  printTitlesRow?: string;
}

type Value = string | number | null;

const DEFAULT_FONT = { size: 11, name: "Calibri" };

/** XML text: the five entities, and no control character XML 1.0 forbids. */
function esc(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must be removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

/** "A", …, "Z", "AA", …: the letters of a 1-based column number. */
function columnName(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

const ref = (row: number, col: number) => `${columnName(col)}${row}`;

/** The workbook's style table: each distinct style once, cells refer to it by index. */
class Styles {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>([["{}", 0]]);
  private readonly byObject = new WeakMap<XlsxStyle, number>();
  private readonly fonts = [
    `<font><sz val="${DEFAULT_FONT.size}"/><name val="${DEFAULT_FONT.name}"/></font>`,
  ];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private readonly numFmts: string[] = [];

  /** The index of this style (`s="n"`). Callers pass the same object for the same style: cached by identity. */
  index(style: XlsxStyle): number {
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) {
      this.byObject.set(style, known);
      return known;
    }
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const fontId = this.add(
      this.fonts,
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.size ?? DEFAULT_FONT.size}"/><name val="${DEFAULT_FONT.name}"/></font>`,
    );
    const fillId = style.fill
      ? this.add(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.border
      ? this.add(
          this.borders,
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>',
        )
      : 0;
    const alignment =
      style.horizontal || style.vertical || style.wrapText
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${style.vertical ? ` vertical="${style.vertical}"` : ""}${style.wrapText ? ' wrapText="1"' : ""}/>`
        : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
      `${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1">' : ">"}${alignment}</xf>`;
    const index = this.xfs.push(xf) - 1;
    this.byKey.set(key, index);
    this.byObject.set(style, index);
    return index;
  }

  private add(list: string[], xml: string): number {
    const at = list.indexOf(xml);
    return at >= 0 ? at : list.push(xml) - 1;
  }

  private numFmtId(code: string): number {
    const at = this.numFmts.indexOf(code);
    return 164 + (at >= 0 ? at : this.numFmts.push(code) - 1);
  }

  xml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = this.numFmts.map(
      (code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** One worksheet; rows are written in order (a row number below the last one written is refused). */
export class XlsxSheet {
  private readonly rows: string[] = [];
  private readonly merges: string[] = [];
  private lastRow = 0;
  private widths: number[] = [];
  private frozen: { ySplit: number; xSplit: number } | null = null;

  constructor(
    readonly name: string,
    readonly page: XlsxPageSetup,
    private readonly styles: Styles,
  ) {}

  columns(widths: number[]): void {
    this.widths = widths;
  }

  freeze(ySplit: number, xSplit = 0): void {
    this.frozen = { ySplit, xSplit };
  }

  merge(fromRow: number, fromCol: number, toRow: number, toCol: number): void {
    this.merges.push(`${ref(fromRow, fromCol)}:${ref(toRow, toCol)}`);
  }

  /** Writes row `row`: its cells from column 1, each with its style (null: an empty cell that keeps it). */
  row(row: number, cells: readonly { value: Value; style?: XlsxStyle }[], height?: number): void {
    if (row <= this.lastRow) throw new Error(`row ${row} written after row ${this.lastRow}`);
    this.lastRow = row;
    let xml = `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ""}>`;
    cells.forEach((cell, i) => {
      const s = cell.style ? this.styles.index(cell.style) : 0;
      const at = `r="${ref(row, i + 1)}"${s ? ` s="${s}"` : ""}`;
      const v = cell.value;
      if (v === null || v === "") xml += `<c ${at}/>`;
      else if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
        xml += `<c ${at}><v>${v}</v></c>`;
      } else xml += `<c ${at} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
    });
    this.rows.push(`${xml}</row>`);
  }

  /** The last row written (0 before any). */
  get rowCount(): number {
    return this.lastRow;
  }

  xml(): string {
    const pane = this.frozen
      ? (() => {
          const { xSplit, ySplit } = this.frozen;
          const active = xSplit && ySplit ? "bottomRight" : ySplit ? "bottomLeft" : "topRight";
          return (
            `<pane${xSplit ? ` xSplit="${xSplit}"` : ""}${ySplit ? ` ySplit="${ySplit}"` : ""} ` +
            `topLeftCell="${ref(ySplit + 1, xSplit + 1)}" activePane="${active}" state="frozen"/>` +
            `<selection pane="${active}" activeCell="${ref(ySplit + 1, xSplit + 1)}" sqref="${ref(ySplit + 1, xSplit + 1)}"/>`
          );
        })()
      : "";
    const cols = this.widths.length
      ? `<cols>${this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
      : "";
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      cols +
      `<sheetData>${this.rows.join("")}</sheetData>` +
      (this.merges.length
        ? `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
        : "") +
      '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="9" orientation="${this.page.orientation}" fitToWidth="1" fitToHeight="0"/>` +
      "</worksheet>"
    );
  }
}

/** A workbook: sheets in order, then `toBuffer()` gives the .xlsx bytes. */
export class XlsxWorkbook {
  private readonly styles = new Styles();
  private readonly sheets: XlsxSheet[] = [];

  constructor(
    private readonly creator: string,
    private readonly created = new Date(),
  ) {}

  addSheet(name: string, page: XlsxPageSetup): XlsxSheet {
    // Excel: at most 31 characters, none of []:*?/\ — the report tables name theirs within that.
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`not a sheet name: ${name}`);
    const sheet = new XlsxSheet(name, page, this.styles);
    this.sheets.push(sheet);
    return sheet;
  }

  toBuffer(): Buffer {
    const sheets = this.sheets;
    const printTitles = sheets
      .map((s, i) =>
        s.page.printTitlesRow
          ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${s.name.replace(/'/g, "''")}'!$${s.page.printTitlesRow.replace(":", ":$")}</definedName>`
          : "",
      )
      .join("");
    const at = this.created.toISOString().replace(/\.\d{3}Z$/, "Z");
    const files: [string, string][] = [
      [
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join("") +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
          "</Types>",
      ],
      [
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
          "</Relationships>",
      ],
      [
        "docProps/core.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:creator>${esc(this.creator)}</dc:creator>` +
          `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
          `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
          "</cp:coreProperties>",
      ],
      [
        "docProps/app.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
      ],
      [
        "xl/workbook.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<bookViews><workbookView activeTab="0"/></bookViews>' +
          `<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
          (printTitles ? `<definedNames>${printTitles}</definedNames>` : "") +
          "</workbook>",
      ],
      [
        "xl/_rels/workbook.xml.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join("") +
          `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
          "</Relationships>",
      ],
      ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, s.xml()]),
      ["xl/styles.xml", this.styles.xml()],
    ];
    return zip(files, this.created);
  }
}

/** A ZIP archive (deflated entries, UTF-8 names, no ZIP64: a report is far below 4 GB). */
function zip(files: [string, string][], at: Date): Buffer {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const date = ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // needed
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
