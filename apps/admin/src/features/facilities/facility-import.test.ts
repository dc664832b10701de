import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64, canImport, fileProblem } from "./facility-import";

describe("facility import helpers", () => {
  it("encodes large files without overflowing and decodes them back", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back[123_457]).toBe(bytes[123_457]);
  });

  it("refuses what the API would refuse before uploading it", () => {
    expect(fileProblem({ name: "co-so.csv", size: 10 })?.vi).toContain(".xlsx");
    expect(fileProblem({ name: "co-so.xlsx", size: 800 * 1024 })?.vi).toContain("Tệp quá lớn");
    expect(fileProblem({ name: "co-so.xlsx", size: 0 })?.vi).toBe("Tệp rỗng.");
    expect(fileProblem({ name: "Co-So.XLSX", size: 5000 })).toBeNull();
  });

  it("offers the import only after a clean dry run with rows", () => {
    expect(canImport(null)).toBe(false);
    expect(canImport({ rowCount: 0, errorRowCount: 0, rows: [] })).toBe(false);
    expect(canImport({ rowCount: 2, errorRowCount: 1, rows: [{ errors: [] }, { errors: [{}] }] })).toBe(
      false,
    );
    expect(canImport({ rowCount: 2, errorRowCount: 0, rows: [{ errors: [] }, { errors: [] }] })).toBe(true);
  });
});
