import { describe, expect, it } from "vitest";
import { MILLION } from "../money/dong.js";
import { computeSupport } from "./compute-support.js";
import type { Norm } from "./norm.js";
import { createNormTable, InvalidNormError } from "./norm-table.js";
import { SEED_NORMS } from "./seed-norms.js";

const machinery: Norm = {
  id: "KCQG.MACHINERY.2018",
  activityKind: "MACHINERY",
  fundLevel: "NATIONAL",
  rate: 5_000,
  cap: 300 * MILLION,
  capBasis: "mỗi cơ sở",
  label: "Ứng dụng máy móc thiết bị",
  citation: { document: "Thông tư 28/2018/TT-BTC", article: "Điều 8", clause: "khoản 4", status: "VERIFIED" },
  validFrom: "2018-05-15",
  validTo: null,
  status: "VERIFIED",
};

const line: Norm = {
  ...machinery,
  id: "KCQG.TECHNOLOGY_LINE.2018",
  activityKind: "TECHNOLOGY_LINE",
  rate: null,
  cap: null,
  capRule: { multiplierOf: machinery.id, factor: { numerator: 3, denominator: 2 } },
  label: "Dây chuyền công nghệ",
};

/** Runs `build` and returns the InvalidNormError it throws, failing the test when it does not throw one. */
function rejection(build: () => unknown): InvalidNormError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNormError);
    expect(error).toBeInstanceOf(Error);
    return error as InvalidNormError;
  }
  throw new Error("expected createNormTable to refuse the norms");
}

describe("createNormTable: validation", () => {
  it("accepts the seed norms", () => {
    const table = createNormTable(SEED_NORMS);
    expect(table.norms).toHaveLength(SEED_NORMS.length);
    expect(table.byId.get("KCQG.MACHINERY.2018")?.cap).toBe(300 * MILLION);
  });

  it("refuses a repeated id, naming it", () => {
    const error = rejection(() => createNormTable([machinery, { ...machinery, fundLevel: "LOCAL" }]));
    expect(error.normId).toBe("KCQG.MACHINERY.2018");
    expect(error.message).toMatch(/^Định mức "KCQG\.MACHINERY\.2018": mã định mức bị trùng/);
  });

  it.each([-1, 10_001, 12.5, Number.NaN])("refuses a rate of %s basis points", (rate) => {
    const error = rejection(() => createNormTable([{ ...machinery, rate }]));
    expect(error.message).toContain('"KCQG.MACHINERY.2018"');
    expect(error.message).toContain("tỷ lệ hỗ trợ");
  });

  it("accepts the boundary rates 0 and 10 000", () => {
    expect(() => createNormTable([{ ...machinery, rate: 0 }])).not.toThrow();
    expect(() => createNormTable([{ ...machinery, rate: 10_000 }])).not.toThrow();
  });

  it.each([-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Number.POSITIVE_INFINITY])("refuses a cap of %s", (cap) => {
    expect(rejection(() => createNormTable([{ ...machinery, cap }])).message).toContain("mức trần");
  });

  it("refuses a period that ends before it starts, and accepts a one-day period", () => {
    const error = rejection(() =>
      createNormTable([{ ...machinery, validFrom: "2020-01-02", validTo: "2020-01-01" }]),
    );
    expect(error.message).toContain("ngày bắt đầu hiệu lực 2020-01-02 sau ngày hết hiệu lực 2020-01-01");
    expect(() =>
      createNormTable([{ ...machinery, validFrom: "2020-01-01", validTo: "2020-01-01" }]),
    ).not.toThrow();
  });

  it.each(["2018-02-30", "15/05/2018", "2018-5-15"])("refuses the start date %j", (validFrom) => {
    expect(rejection(() => createNormTable([{ ...machinery, validFrom }])).message).toContain("YYYY-MM-DD");
  });

  it("refuses an unknown activity kind or fund level", () => {
    expect(() => createNormTable([{ ...machinery, activityKind: "X" as Norm["activityKind"] }])).toThrow(
      InvalidNormError,
    );
    expect(() => createNormTable([{ ...machinery, fundLevel: "X" as Norm["fundLevel"] }])).toThrow(
      InvalidNormError,
    );
  });

  it("refuses a version that overlaps an open-ended one, naming both", () => {
    const newer = { ...machinery, id: "KCQG.MACHINERY.2026", validFrom: "2026-07-01" };
    const error = rejection(() => createNormTable([machinery, newer]));
    expect(error.normId).toBe("KCQG.MACHINERY.2026");
    expect(error.message).toContain("chồng lấn");
    expect(error.message).toContain('"KCQG.MACHINERY.2018"');
  });

  it("refuses versions that share their boundary day, and accepts adjacent ones", () => {
    const older = { ...machinery, validTo: "2026-07-01" };
    const newer = { ...machinery, id: "KCQG.MACHINERY.2026", validFrom: "2026-07-01" };
    expect(() => createNormTable([newer, older])).toThrow(InvalidNormError);
    expect(() => createNormTable([newer, { ...older, validTo: "2026-06-30" }])).not.toThrow();
  });

  it("lets the same activity have a national and a local norm at the same time", () => {
    expect(() =>
      createNormTable([machinery, { ...machinery, id: "KCDP.MACHINERY.2025", fundLevel: "LOCAL" }]),
    ).not.toThrow();
  });
});

describe("createNormTable: cap rules", () => {
  it("refuses a rule whose target does not exist", () => {
    const error = rejection(() => createNormTable([line]));
    expect(error.normId).toBe("KCQG.TECHNOLOGY_LINE.2018");
    expect(error.message).toContain('"KCQG.MACHINERY.2018" nhưng định mức này không tồn tại');
  });

  it("refuses a rule together with a fixed cap", () => {
    expect(() => createNormTable([machinery, { ...line, cap: 1 }])).toThrow(InvalidNormError);
  });

  it("refuses a rule pointing at another fund level", () => {
    const localMachinery = { ...machinery, id: "KCDP.MACHINERY.2025", fundLevel: "LOCAL" as const };
    const localLine = { ...line, id: "KCDP.TECHNOLOGY_LINE.2025", fundLevel: "LOCAL" as const };
    expect(() => createNormTable([machinery, localMachinery, localLine])).toThrow(/nguồn kinh phí khác/);
    const pointedLocally = { ...localLine, capRule: { ...line.capRule!, multiplierOf: localMachinery.id } };
    expect(() => createNormTable([machinery, localMachinery, pointedLocally])).not.toThrow();
  });

  it("refuses a rule whose target is not in force for the rule's whole period", () => {
    const closedMachinery = { ...machinery, validTo: "2026-06-30" };
    expect(() => createNormTable([closedMachinery, line])).toThrow(/không có hiệu lực suốt thời gian/);
    expect(() => createNormTable([closedMachinery, { ...line, validTo: "2026-06-30" }])).not.toThrow();
  });

  it("refuses a zero denominator and a chained rule", () => {
    const badFactor = {
      ...line,
      capRule: { multiplierOf: machinery.id, factor: { numerator: 3, denominator: 0 } },
    };
    expect(() => createNormTable([machinery, badFactor])).toThrow(/mẫu số/);
    const chained = {
      ...line,
      id: "KCQG.CHAINED",
      activityKind: "SHOWROOM" as const,
      capRule: { ...line.capRule!, multiplierOf: line.id },
    };
    expect(() => createNormTable([machinery, line, chained])).toThrow(/không có mức trần cố định/);
  });
});

describe("createNormTable: configuration overrides", () => {
  it("uses an override that replaces a local placeholder, and the line's cap follows it", () => {
    const placeholder = SEED_NORMS.find((norm) => norm.id === "KCDP.MACHINERY.2025")!;
    const table = createNormTable(SEED_NORMS, [
      {
        ...placeholder,
        cap: 200 * MILLION,
        citation: {
          document: "Nghị quyết 13/2025/NQ-HĐND thành phố Hải Phòng",
          article: "Điều 3",
          status: "VERIFIED",
        },
        status: "VERIFIED",
      },
    ]);
    const query = { fundLevel: "LOCAL" as const, date: "2026-01-15", eligibleCost: 1_000 * MILLION };
    const local = computeSupport(table, { ...query, activityKind: "MACHINERY" });
    expect(local).toMatchObject({ allowed: 200 * MILLION, boundBy: "CAP" });
    expect(local.norm?.status).toBe("VERIFIED");
    expect(local.explanation).not.toContain("chưa xác minh");
    expect(computeSupport(table, { ...query, activityKind: "TECHNOLOGY_LINE" }).allowed).toBe(300 * MILLION);
    expect(
      computeSupport(table, { ...query, fundLevel: "NATIONAL", activityKind: "MACHINERY" }).allowed,
    ).toBe(300 * MILLION);
  });

  it("adds an override with a new id", () => {
    const showroom: Norm = {
      ...machinery,
      id: "KCDP.SHOWROOM.2025",
      activityKind: "SHOWROOM",
      fundLevel: "LOCAL",
    };
    const table = createNormTable(SEED_NORMS, [showroom]);
    expect(table.norms).toHaveLength(SEED_NORMS.length + 1);
    expect(table.byId.get("KCDP.SHOWROOM.2025")).toEqual(showroom);
  });

  it("versions a norm: close the old one and add the new one, then each date gets its own cap", () => {
    const seedLine = SEED_NORMS.find((norm) => norm.id === "KCQG.TECHNOLOGY_LINE.2018")!;
    const seedMachinery = SEED_NORMS.find((norm) => norm.id === "KCQG.MACHINERY.2018")!;
    const newMachinery = {
      ...seedMachinery,
      id: "KCQG.MACHINERY.2026",
      cap: 400 * MILLION,
      validFrom: "2026-07-01",
    };
    const newLine: Norm = {
      ...seedLine,
      id: "KCQG.TECHNOLOGY_LINE.2026",
      capRule: { multiplierOf: newMachinery.id, factor: { numerator: 3, denominator: 2 } },
      validFrom: "2026-07-01",
    };
    // Closing the machinery norm alone would leave the open line norm without its target: refused.
    expect(() =>
      createNormTable(SEED_NORMS, [{ ...seedMachinery, validTo: "2026-06-30" }, newMachinery]),
    ).toThrow(InvalidNormError);
    const table = createNormTable(SEED_NORMS, [
      { ...seedMachinery, validTo: "2026-06-30" },
      { ...seedLine, validTo: "2026-06-30" },
      newMachinery,
      newLine,
    ]);
    const lineOn = (date: string) =>
      computeSupport(table, {
        activityKind: "TECHNOLOGY_LINE",
        fundLevel: "NATIONAL",
        date,
        eligibleCost: 10 * 1_000 * MILLION,
      });
    expect(lineOn("2026-06-30").allowed).toBe(450 * MILLION);
    expect(lineOn("2026-07-01").allowed).toBe(600 * MILLION);
  });

  it("refuses the same id twice among the overrides", () => {
    expect(() => createNormTable(SEED_NORMS, [machinery, machinery])).toThrow(InvalidNormError);
  });

  it("does not let a caller mutate the table through the norms it passed in", () => {
    const mutable = { ...machinery };
    const table = createNormTable([mutable]);
    (mutable as { cap: number }).cap = 1;
    expect(table.byId.get(machinery.id)?.cap).toBe(300 * MILLION);
    expect(Object.isFrozen(table.norms)).toBe(true);
  });
});
