import { describe, expect, it } from "vitest";
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "./index.js";

const codes = (password: string, userInputs: string[] = []) =>
  checkPassword(password, { userInputs }).problems.map((problem) => problem.code);

describe("checkPassword", () => {
  it.each([
    ["aaaaaaaaaa", "REPEATED"],
    ["          ", "REPEATED"],
    ["1234567890", "COMMON"],
    ["abcdefghij", "SEQUENTIAL"],
    ["password12", "COMMON"],
    ["qwertyuiop", "COMMON"],
    ["matkhau123", "COMMON"],
    ["khuyencong2026", "COMMON"],
    ["password-1234", "COMMON"],
  ])("refuses %j (%s)", (password, code) => {
    const result = checkPassword(password);
    expect(result.ok).toBe(false);
    expect(result.score).toBeLessThan(3);
    expect(result.problems.map((problem) => problem.code)).toContain(code);
  });

  it.each([
    "correct horse battery staple",
    "cá heo đạp xe lên đồi mây",
    "Hoa phượng đỏ rực trời Hải Phòng",
    "Tr4ng-Sen-Bay-Cao",
    "gấu trúc ăn phở lúc nửa đêm",
    "Kho-bac-khu-vuc-ba-mua-thu",
  ])("accepts the passphrase %j", (password) => {
    const result = checkPassword(password);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it("refuses a password containing the user's e-mail or name, accents and case aside", () => {
    const userInputs = ["tranthiha@haiphong.gov.vn", "Trần Thị Hà"];
    expect(codes("Tranthiha-mua-thu-2026", userInputs)).toContain("PERSONAL");
    expect(codes("trần-thị-hà-mùa-thu", userInputs)).toContain("PERSONAL");
    // Short name words (Hà, Thị) are everywhere: alone they do not make a passphrase personal.
    expect(codes("thị xã hà tiên mưa rào đêm", userInputs)).not.toContain("PERSONAL");
    expect(codes("Tranthiha-mua-thu-2026")).toEqual([]);
  });

  it("counts length in characters as users see them, within the limits", () => {
    expect(passwordLength("Hải Phòng")).toBe(9);
    expect(codes("Xq9#vL2!p")).toContain("TOO_SHORT");
    expect(codes("ả".repeat(PASSWORD_MIN_LENGTH - 1))).toContain("TOO_SHORT");
    expect(codes(`${"bầu trời xanh mây trắng ".repeat(20)}`.slice(0, PASSWORD_MAX_LENGTH + 1))).toEqual([
      "TOO_LONG",
    ]);
  });

  it("names every problem in Vietnamese and English", () => {
    const { problems } = checkPassword("aaaa");
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.vi).toMatch(/Mật khẩu/);
      expect(problem.en).toMatch(/password/i);
    }
  });

  it("accepts a passphrase of the longest length allowed, and refuses one character more", () => {
    // Only the first 64 characters go to the estimator, which bounds the work (~20 ms alone); timing is
    // measured, not asserted here (flaky on a shared machine).
    const words = "mua xuan tren dong song cam nhung canh buom nau tro ve ben cu ";
    const longest = words.repeat(4).slice(0, PASSWORD_MAX_LENGTH);
    expect(checkPassword(longest)).toMatchObject({ ok: true, problems: [] });
    expect(checkPassword(`${longest}x`).ok).toBe(false);
  });
});
