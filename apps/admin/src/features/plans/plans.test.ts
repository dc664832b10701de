import { todayInVietnam } from "@khuyencong/domain";
import { can, type Role } from "@khuyencong/domain";
import { describe, expect, it } from "vitest";
import {
  communesWithoutRegistration,
  compareByGroup,
  comparisonCounts,
  defaultPlanYear,
  emptyDraft,
  filterGroups,
  formatDifference,
  formatPlanRate,
  groupByRegistrant,
  lineMark,
  lockReason,
  planRights,
  REGISTRATION_FORM,
  rateBasisPoints,
  validateApproval,
  validateReason,
  validateRegistration,
  wholeNumber,
  yearFromSearch,
} from "./plans";
import { CombinedError } from "urql";
import { refusal } from "../../ui/useMutationForm";

const vi = (v: string) => v;
const en = (_: string, e: string) => e;

const valid = {
  ...emptyDraft(),
  targetLineId: "line-1",
  quantity: 2,
  estimatedCost: 150_000_000,
  fundSource: "CITY_BUDGET",
};

describe("who may do what on a plan", () => {
  it("lets the department manage and register, communes and units register, the others only read", () => {
    const rightsOf = (role: Role) => planRights((c) => can(role, c));
    expect(rightsOf("DEPARTMENT")).toEqual({ registers: true, manages: true });
    expect(rightsOf("COMMUNE_OFFICER")).toEqual({ registers: true, manages: false });
    expect(rightsOf("IMPLEMENTING_UNIT")).toEqual({ registers: true, manages: false });
    for (const role of ["ADMIN", "FINANCE", "TREASURY", "ANALYST"] as const) {
      expect(rightsOf(role)).toEqual({ registers: false, manages: false });
    }
  });

  it("explains why registrations are locked, naming the approving decision", () => {
    expect(lockReason({ status: "OPEN", year: 2026 }, vi)).toBeNull();
    expect(lockReason({ status: "CONSOLIDATED", year: 2026 }, vi)).toMatch(/đã tổng hợp.*mở lại/);
    const approved = lockReason(
      { status: "APPROVED", year: 2026, decisionNumber: "123/QĐ-UBND", decisionDate: "2026-04-20" },
      vi,
    );
    expect(approved).toContain("Quyết định số 123/QĐ-UBND ngày 20/04/2026");
    expect(approved).toContain("bị khóa");
    expect(lockReason({ status: "APPROVED", year: 2027, decisionNumber: "9/QĐ" }, en)).toBe(
      "The 2027 plan is approved (decision 9/QĐ) and locked: registrations cannot be added, changed or withdrawn.",
    );
  });
});

describe("the year", () => {
  it("starts on this year in Việt Nam when the programme covers it", () => {
    expect(defaultPlanYear("2027-06-01")).toBe(2027);
    expect(defaultPlanYear("2031-01-01")).toBe(2026);
    expect(defaultPlanYear("2025-12-31")).toBe(2026);
  });
  it("reads ?nam= only for a year of the programme", () => {
    expect(yearFromSearch("nam=2028")).toBe(2028);
    expect(yearFromSearch("?nam=2028")).toBe(2028);
    expect(yearFromSearch("nam=2031")).toBeNull();
    expect(yearFromSearch("")).toBeNull();
  });
  it("takes today in Việt Nam, not in UTC", () => {
    // 31/12/2026 18:00 UTC is already 1 January 2027 in Hà Nội.
    expect(todayInVietnam(new Date("2026-12-31T18:00:00Z"))).toBe("2027-01-01");
  });
});

describe("validateRegistration", () => {
  it("accepts a complete registration, a cost of 0 included", () => {
    expect(validateRegistration(valid, { chooseRegistrant: false }, vi)).toEqual({});
    expect(validateRegistration({ ...valid, estimatedCost: 0 }, { chooseRegistrant: false }, vi)).toEqual({});
  });

  it("names every missing field", () => {
    const errors = validateRegistration(emptyDraft(), { chooseRegistrant: true }, vi);
    expect(Object.keys(errors).sort()).toEqual(
      ["estimatedCost", "fundSource", "quantity", "registrant", "targetLineId"].sort(),
    );
    expect(errors.registrant).toBe("Vui lòng chọn xã, phường, đặc khu đăng ký");
  });

  it("asks the department for a unit when it registers for a unit", () => {
    const errors = validateRegistration(
      { ...valid, registrantKind: "UNIT", communeCode: "xa-an-hung" },
      { chooseRegistrant: true },
      vi,
    );
    expect(errors.registrant).toBe("Vui lòng chọn đơn vị thực hiện đăng ký");
  });

  it("keeps the API's bounds: quantity 1–1.000.000, cost 0–1.000 tỷ, whole numbers", () => {
    const check = (patch: Partial<typeof valid>) =>
      validateRegistration({ ...valid, ...patch }, { chooseRegistrant: false }, vi);
    expect(check({ quantity: 0 }).quantity).toBe("Số lượng phải lớn hơn 0");
    expect(check({ quantity: 1_000_001 }).quantity).toBe("Số lượng có tối đa 1.000.000");
    expect(check({ quantity: 1_000_000 }).quantity).toBeUndefined();
    expect(check({ quantity: 1.5 }).quantity).toMatch(/số nguyên/);
    expect(check({ estimatedCost: -1 }).estimatedCost).toBe("Kinh phí dự kiến không được âm");
    expect(check({ estimatedCost: 1_000_000_000_001 }).estimatedCost).toMatch(/1.000 tỷ/);
    expect(check({ estimatedCost: 1_000_000_000_000 }).estimatedCost).toBeUndefined();
    expect(check({ fundSource: "BANK_LOAN" }).fundSource).toBe("Vui lòng chọn nguồn kinh phí");
    expect(check({ note: "x".repeat(2001) }).note).toMatch(/2000/);
  });

  it("reads whole numbers only", () => {
    expect(wholeNumber(3)).toBe(3);
    expect(wholeNumber(" 12 ")).toBe(12);
    expect(wholeNumber("")).toBeNull();
    expect(wholeNumber("1.000")).toBeNull();
    expect(wholeNumber(2.5)).toBeNull();
  });

  it("puts the server's field errors on the form's fields", () => {
    const refused = (field: string) =>
      refusal(
        new CombinedError({
          graphQLErrors: [{ message: `sai ${field}`, extensions: { code: "BAD_USER_INPUT", field } }],
        }),
        REGISTRATION_FORM,
      );
    expect(refused("communeCode").fieldErrors).toEqual({ registrant: "sai communeCode" });
    expect(refused("unitId").fieldErrors).toEqual({ registrant: "sai unitId" });
    expect(refused("targetLineId").fieldErrors).toEqual({ targetLineId: "sai targetLineId" });
    expect(refused("year")).toEqual({ stale: false, fieldErrors: {}, formError: "sai year" });
  });
});

describe("approval and reopening", () => {
  it("needs a number and a date that is not after today", () => {
    expect(
      validateApproval({ decisionNumber: "12/QĐ-UBND", decisionDate: "2026-04-20" }, "2026-04-20", vi),
    ).toEqual({});
    const errors = validateApproval({ decisionNumber: "  ", decisionDate: "" }, "2026-04-20", vi);
    expect(errors.decisionNumber).toBe("Vui lòng nhập số quyết định phê duyệt");
    expect(errors.decisionDate).toMatch(/dd\/mm\/yyyy/);
    expect(
      validateApproval({ decisionNumber: "12", decisionDate: "2026-04-21" }, "2026-04-20", vi).decisionDate,
    ).toBe("Ngày quyết định không được sau ngày hôm nay");
    expect(
      validateApproval({ decisionNumber: "x".repeat(65), decisionDate: "2026-04-01" }, "2026-04-20", vi)
        .decisionNumber,
    ).toMatch(/64/);
  });
  it("needs a reason to reopen", () => {
    expect(validateReason("  ", vi)).toBe("Vui lòng nhập lý do mở lại kế hoạch");
    expect(validateReason("Xã An Hưng bổ sung đăng ký", vi)).toBeNull();
    expect(validateReason("x".repeat(1001), vi)).toMatch(/1000/);
  });
});

describe("registrations by registrant", () => {
  const r = (communeCode: string | null, unitId: string | null, name: string, cost: number) => ({
    communeCode,
    unitId,
    commune: communeCode ? { displayName: name } : null,
    unit: unitId ? { name } : null,
    estimatedCost: cost,
  });

  it("groups communes first, then units, each by Vietnamese name, with their cost", () => {
    const groups = groupByRegistrant([
      r(null, "u1", "Trung tâm Khuyến công", 5),
      r("xa-kien-thuy", null, "Xã Kiến Thụy", 10),
      r("xa-an-hung", null, "Xã An Hưng", 100),
      r("xa-an-hung", null, "Xã An Hưng", 50),
      r("phuong-dong-hai", null, "Phường Đông Hải", 1),
    ]);
    expect(groups.map((g) => g.name)).toEqual([
      "Phường Đông Hải",
      "Xã An Hưng",
      "Xã Kiến Thụy",
      "Trung tâm Khuyến công",
    ]);
    expect(groups[1]).toMatchObject({ key: "commune:xa-an-hung", kind: "COMMUNE", estimatedCost: 150 });
    expect(groups[1]?.registrations).toHaveLength(2);
    expect(groups[3]).toMatchObject({ key: "unit:u1", kind: "UNIT" });
  });

  it("finds a registrant without typing accents", () => {
    const groups = [{ name: "Xã An Hưng" }, { name: "Phường Đông Hải" }];
    expect(filterGroups(groups, "an hung")).toEqual([{ name: "Xã An Hưng" }]);
    expect(filterGroups(groups, "dong")).toEqual([{ name: "Phường Đông Hải" }]);
    expect(filterGroups(groups, " ")).toHaveLength(2);
  });
});

describe("comparison with the targets", () => {
  it("marks lines nobody registered, lines over the target, and blank targets", () => {
    expect(lineMark(24, 0)).toBe("MISSING");
    expect(lineMark(24, 10)).toBe("SHORT");
    expect(lineMark(24, 24)).toBe("MET");
    expect(lineMark(24, 30)).toBe("OVER");
    expect(lineMark(null, 0)).toBe("NO_TARGET");
    expect(lineMark(null, 5)).toBe("NO_TARGET");
    expect(lineMark(0, 0)).toBe("NO_TARGET");
    expect(lineMark(0, 2)).toBe("OVER");
  });

  it("gives the rate as the registered share of the target", () => {
    expect(rateBasisPoints(3, 24)).toBe(1250);
    expect(formatPlanRate(3, 24)).toBe("12,5%");
    expect(formatPlanRate(30, 24)).toBe("125%");
    expect(formatPlanRate(5, null)).toBe("—");
    expect(formatPlanRate(5, 0)).toBe("—");
    expect(formatDifference(-21)).toBe("-21");
    expect(formatDifference(1200)).toBe("+1.200");
    expect(formatDifference(0)).toBe("0");
    expect(formatDifference(null)).toBe("—");
  });

  const line = (code: string, target: number | null, qty: number, cost: number, count: number) => ({
    targetLineId: code,
    target,
    registeredQuantity: qty,
    estimatedCost: cost,
    registrationCount: count,
    difference: target === null ? null : qty - target,
    targetLine: { code, groupCode: code.split(".")[0] ?? "" },
  });

  it("totals each content group's registrations and cost, never its quantities", () => {
    const groups = compareByGroup(
      [
        { code: "I", name: "Nhóm I" },
        { code: "II", name: "Nhóm II" },
        { code: "III", name: "Nhóm III" },
      ],
      [
        line("I.1", null, 0, 0, 0),
        line("I.2", 24, 30, 900, 3),
        line("I.3", 1, 0, 0, 0),
        line("II.1", 2, 1, 50, 1),
      ],
    );
    expect(groups.map((g) => g.code)).toEqual(["I", "II"]); // a group with no line is left out
    expect(groups[0]).toMatchObject({
      registrationCount: 3,
      estimatedCost: 900,
      missing: 1,
      over: 1,
      withTarget: 2,
    });
    expect(groups[1]).toMatchObject({
      registrationCount: 1,
      estimatedCost: 50,
      missing: 0,
      over: 0,
      withTarget: 1,
    });
    expect(groups[0]).not.toHaveProperty("registeredQuantity");
    expect(comparisonCounts(groups.flatMap((g) => g.lines))).toEqual({
      withTarget: 3,
      missing: 1,
      over: 1,
      short: 1,
    });
  });
});

describe("communesWithoutRegistration: whom to chase before consolidating", () => {
  it("lists, by Vietnamese name, the communes with no registration, the department's entries counting for them", () => {
    const communes = [
      { code: "xa-vinh-bao", displayName: "Xã Vĩnh Bảo" },
      { code: "xa-an-hung", displayName: "Xã An Hưng" },
      { code: "dac-khu-cat-hai", displayName: "Đặc khu Cát Hải" },
      { code: "phuong-thien-huong", displayName: "Phường Thiên Hương" },
    ];
    const registrations = [
      { communeCode: "xa-an-hung" },
      { communeCode: null }, // an implementing unit's
      { communeCode: "phuong-thien-huong" },
    ];
    expect(communesWithoutRegistration(communes, registrations).map((c) => c.displayName)).toEqual([
      "Đặc khu Cát Hải",
      "Xã Vĩnh Bảo",
    ]);
    expect(communesWithoutRegistration(communes, [])).toHaveLength(4);
  });
});
