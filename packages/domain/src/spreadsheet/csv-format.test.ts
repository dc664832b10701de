import { describe, expect, it } from "vitest";
import { CSV_FORMAT, neutraliseSpreadsheetCell } from "./csv-format.js";

describe("neutraliseSpreadsheetCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tX", "'\tX"],
    ["\rX", "'\rX"],
    ["＝1+1", "'＝1+1"],
    ["-", "'-"],
    ["-1e5", "'-1e5"],
    ["-1500000 đồng", "'-1500000 đồng"],
  ])("quotes %j so a spreadsheet shows it as text", (input, expected) => {
    expect(neutraliseSpreadsheetCell(input)).toBe(expected);
  });

  it.each([
    "Hợp tác xã Làng nghề",
    "",
    "a=b",
    " =1",
    "'=already quoted",
    "ĐA-2026-0001",
    "0101234567",
    "20.8",
  ])("leaves %j as it is", (input) => {
    expect(neutraliseSpreadsheetCell(input)).toBe(input);
  });

  it.each(["-1500000", "-12.5", "-0"])("keeps the negative number %j a number", (input) => {
    expect(neutraliseSpreadsheetCell(input)).toBe(input);
  });

  it("is what the CSV options apply to every text cell", () => {
    expect(CSV_FORMAT.cast.string("=1+1")).toBe("'=1+1");
    expect(CSV_FORMAT).toMatchObject({ bom: true, delimiter: ",", record_delimiter: "\r\n" });
  });
});
