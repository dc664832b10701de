import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

/** An RFC 4180 reader, enough to read back what toCsv wrote (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  expect(field).toBe("");
  return rows;
}

describe("list export", () => {
  it("writes a BOM, quotes what needs quoting and keeps Vietnamese as is", () => {
    const csv = toCsv(
      ["Mã", "Tên"],
      [
        ["ĐA-2026-0001", 'Hợp tác xã "Làng nghề", Thủy Nguyên'],
        ["ĐA-2026-0002", null],
      ],
    );
    expect(csv).toBe(
      '\uFEFFMã,Tên\r\nĐA-2026-0001,"Hợp tác xã ""Làng nghề"", Thủy Nguyên"\r\nĐA-2026-0002,\r\n',
    );
  });

  it("writes names a spreadsheet would run as formulas as plain text, and keeps amounts numbers", () => {
    const hostile = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tX", "\rX", "a\nb"];
    const csv = toCsv(
      ["Tên", "Số tiền (đồng)"],
      [...hostile.map((name) => [name, 1_500_000]), ["Hoàn ứng", -1_500_000], ["Hoàn ứng", "-1500000"]],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tX",
      "'\rX",
      "a\nb",
      "Hoàn ứng",
      "Hoàn ứng",
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([...hostile.map(() => "1500000"), "-1500000", "-1500000"]);
    expect(rows).toHaveLength(hostile.length + 3);
    // No cell the reader sees begins with a character that starts a formula.
    for (const cell of rows.flat().filter((c) => !/^-\d+$/.test(c))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
