import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

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
});
