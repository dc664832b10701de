import { describe, expect, it } from "vitest";
import { communeDisplayName, foldVietnamese, toCommuneCode } from "./commune.js";
import { findCommune, HAI_PHONG_COMMUNES, NQ_1669_CITATION } from "./hai-phong-communes.js";

const count = (predicate: (c: (typeof HAI_PHONG_COMMUNES)[number]) => boolean) =>
  HAI_PHONG_COMMUNES.filter(predicate).length;

describe("Hải Phòng communes (NQ 1669/NQ-UBTVQH15)", () => {
  it("has 114 units: 67 xã, 45 phường, 2 đặc khu", () => {
    expect(HAI_PHONG_COMMUNES).toHaveLength(114);
    expect(count((c) => c.kind === "XA")).toBe(67);
    expect(count((c) => c.kind === "PHUONG")).toBe(45);
    expect(count((c) => c.kind === "DAC_KHU")).toBe(2);
  });

  it("splits by former province as the reference checks: 50 ex-Hải Phòng, 64 ex-Hải Dương", () => {
    expect(count((c) => c.formerProvince === "HAI_PHONG" && c.kind === "XA")).toBe(24);
    expect(count((c) => c.formerProvince === "HAI_PHONG" && c.kind === "PHUONG")).toBe(24);
    expect(count((c) => c.formerProvince === "HAI_PHONG" && c.kind === "DAC_KHU")).toBe(2);
    expect(count((c) => c.formerProvince === "HAI_DUONG" && c.kind === "XA")).toBe(43);
    expect(count((c) => c.formerProvince === "HAI_DUONG" && c.kind === "PHUONG")).toBe(21);
  });

  it("gives every unit a unique code", () => {
    const codes = HAI_PHONG_COMMUNES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("makes every code an ASCII slug that starts with its kind", () => {
    const prefix = { XA: "xa-", PHUONG: "phuong-", DAC_KHU: "dac-khu-" } as const;
    for (const c of HAI_PHONG_COMMUNES) {
      expect(c.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.code.startsWith(prefix[c.kind])).toBe(true);
    }
  });

  it("derives every code from kind and name, except the one documented tone clash", () => {
    const derived = HAI_PHONG_COMMUNES.filter((c) => c.code !== toCommuneCode(c.kind, c.name));
    expect(derived.map((c) => [c.name, c.code])).toEqual([["Cẩm Giàng", "xa-cam-giang-2"]]);
    expect(findCommune("xa-cam-giang")?.name).toBe("Cẩm Giang");
  });

  it("finds known units of each former province by code", () => {
    expect(findCommune("xa-an-hung")).toEqual({
      code: "xa-an-hung",
      name: "An Hưng",
      kind: "XA",
      formerProvince: "HAI_PHONG",
    });
    expect(findCommune("phuong-hong-bang")).toMatchObject({ kind: "PHUONG", formerProvince: "HAI_PHONG" });
    expect(findCommune("dac-khu-cat-hai")).toMatchObject({ name: "Cát Hải", kind: "DAC_KHU" });
    expect(findCommune("phuong-hai-duong")).toMatchObject({ kind: "PHUONG", formerProvince: "HAI_DUONG" });
    expect(findCommune("xa-duong-an")).toMatchObject({
      name: "Đường An",
      kind: "XA",
      formerProvince: "HAI_DUONG",
    });
    expect(findCommune("xa-khong-ton-tai")).toBeUndefined();
  });

  it("keeps the doubt about Vĩnh Am's name", () => {
    expect(findCommune("xa-vinh-am")?.nameNote).toContain("Vĩnh An");
  });

  it("folds đ and decomposed or precomposed marks alike", () => {
    expect(foldVietnamese("Đồ Sơn")).toBe("Do Son");
    expect(toCommuneCode("XA", "Hòa".normalize("NFD"))).toBe(toCommuneCode("XA", "Hòa".normalize("NFC")));
    expect(toCommuneCode("DAC_KHU", "Bạch Long Vĩ")).toBe("dac-khu-bach-long-vi");
    expect(communeDisplayName({ kind: "DAC_KHU", name: "Cát Hải" })).toBe("Đặc khu Cát Hải");
  });

  it("cites the resolution honestly: count verified, names partly", () => {
    expect(NQ_1669_CITATION.status).toBe("PARTLY_VERIFIED");
    expect(NQ_1669_CITATION.note).toContain("114");
  });
});
