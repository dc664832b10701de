import { ROLES } from "@khuyencong/domain";
import { describe, expect, it } from "vitest";
import { generatePassword, ROLE_DUTIES, scopeFor, validateUserForm } from "./users";

const valid = {
  email: "can-bo@an-hung.vn",
  fullName: "Nguyễn Văn A",
  role: "COMMUNE_OFFICER" as const,
  communeCode: "xa-an-hung",
  unitId: null,
  password: "mat-khau-dai-1",
};

describe("validateUserForm: what the form refuses before sending", () => {
  it("accepts a complete commune officer", () => {
    expect(validateUserForm(valid, { creating: true })).toEqual({});
  });
  it("asks for the commune of a commune officer and the unit of an implementing unit", () => {
    expect(validateUserForm({ ...valid, communeCode: null }, { creating: true })).toEqual({
      communeCode: "communeRequired",
    });
    expect(validateUserForm({ ...valid, role: "IMPLEMENTING_UNIT" }, { creating: true })).toEqual({
      unitId: "unitRequired",
    });
    expect(validateUserForm({ ...valid, role: "TREASURY", communeCode: null }, { creating: true })).toEqual(
      {},
    );
  });
  it("applies the API's password rule when creating, and not when editing", () => {
    expect(validateUserForm({ ...valid, password: "ngan-9chr" }, { creating: true }).password).toBe(
      "passwordShort",
    );
    expect(validateUserForm({ ...valid, password: "x".repeat(201) }, { creating: true }).password).toBe(
      "passwordLong",
    );
    expect(validateUserForm({ ...valid, password: "" }, { creating: true }).password).toBe("required");
    expect(validateUserForm({ ...valid, password: undefined }, { creating: false })).toEqual({});
  });
  it("refuses a missing or malformed email, a blank name and no role", () => {
    expect(
      validateUserForm(
        { ...valid, email: "khong-phai-email", fullName: "  ", role: null },
        { creating: true },
      ),
    ).toEqual({ email: "emailInvalid", fullName: "required", role: "required" });
    expect(validateUserForm({ ...valid, email: " " }, { creating: true }).email).toBe("required");
  });
});

describe("scopeFor: only the scope the role uses is sent", () => {
  it("keeps the commune for a commune officer, the unit for a unit, nothing otherwise", () => {
    expect(scopeFor("COMMUNE_OFFICER", "xa-an-hung", "u1")).toEqual({
      communeCode: "xa-an-hung",
      unitId: null,
    });
    expect(scopeFor("IMPLEMENTING_UNIT", "xa-an-hung", "u1")).toEqual({ communeCode: null, unitId: "u1" });
    expect(scopeFor("DEPARTMENT", "xa-an-hung", "u1")).toEqual({ communeCode: null, unitId: null });
  });
});

describe("generatePassword", () => {
  it("gives a password the API accepts, without look-alike characters", () => {
    const p = generatePassword();
    expect(p).toHaveLength(14);
    expect(validateUserForm({ ...valid, password: p }, { creating: true })).toEqual({});
    expect(p).not.toMatch(/[0O1lI]/);
  });
  it("skips bytes that would bias the alphabet", () => {
    // 255 is above the largest multiple of the alphabet size; only the 0s are used.
    const random = (b: Uint8Array) => b.map((_, i) => (i % 2 === 0 ? 255 : 0));
    expect(generatePassword(4, random)).toBe("aaaa");
  });
});

describe("ROLE_DUTIES", () => {
  it("explains every role in both languages", () => {
    for (const role of ROLES) {
      expect(ROLE_DUTIES[role].vi.length).toBeGreaterThan(20);
      expect(ROLE_DUTIES[role].en.length).toBeGreaterThan(20);
    }
  });
});
