import { describe, expect, it } from "vitest";
import {
  emptyFacilityForm,
  facilityToForm,
  parseDecimal,
  parseDong,
  FACILITY_FIELDS,
  type StoredFacility,
  toFacilityInput,
  validateFacilityForm,
} from "./facility-form";

const vi = (v: string) => v;

const valid = () => ({
  ...emptyFacilityForm("xa-an-hung"),
  name: "  HTX Mây tre đan  ",
  legalForm: "COOPERATIVE" as const,
  sector: "HANDICRAFTS" as const,
});

describe("facility form", () => {
  it("asks for the required fields, in Vietnamese, before sending", () => {
    expect(validateFacilityForm(emptyFacilityForm(), vi)).toEqual({
      name: "Vui lòng nhập tên cơ sở",
      legalForm: "Vui lòng chọn loại hình",
      sector: "Vui lòng chọn ngành nghề",
      productionCommuneCode: "Vui lòng chọn xã, phường, đặc khu nơi sản xuất",
    });
    expect(validateFacilityForm(valid(), vi)).toEqual({});
  });

  it("refuses numbers that are not numbers and a half-declared size, as the API would", () => {
    const errors = validateFacilityForm(
      { ...valid(), averageInsuredWorkers: "mười", priorYearRevenue: "1,5 tỷ", phone: "gọi tôi" },
      vi,
    );
    expect(errors.averageInsuredWorkers).toContain("phải là một số");
    expect(errors.priorYearRevenue).toBe("Doanh thu phải là số nguyên đồng");
    expect(errors.phone).toBe("Số điện thoại không hợp lệ");
    expect(validateFacilityForm({ ...valid(), averageInsuredWorkers: "12" }, vi).businessField).toContain(
      "cần nhập cả lĩnh vực",
    );
    expect(
      validateFacilityForm({ ...valid(), businessField: "TRADE_SERVICES" }, vi).averageInsuredWorkers,
    ).toContain("cần nhập cả lĩnh vực");
    expect(validateFacilityForm({ ...valid(), artisanCraft: "Gốm" }, vi).artisanCraft).toBeDefined();
    expect(
      validateFacilityForm({ ...valid(), craftVillageRecognised: true }, vi).craftVillageName,
    ).toBeDefined();
  });

  it("reads amounts as Vietnamese write them", () => {
    expect(parseDong("2.500.000.000")).toBe(2_500_000_000);
    expect(parseDong("2 500 000 000 đ")).toBe(2_500_000_000);
    expect(parseDong("")).toBeNull();
    expect(parseDong("1,5 tỷ")).toBeNaN();
    expect(parseDong("99999999999999999999")).toBeNaN();
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal("-3")).toBeNaN();
  });

  it("sends trimmed text, nulls for blanks, and clears flags that depend on an empty field", () => {
    const input = toFacilityInput({
      ...valid(),
      sector: "HANDICRAFTS",
      clayBrickKiln: "TUNNEL",
      craftVillageRecognised: true,
      artisanIsHandicraft: true,
      businessField: "INDUSTRY_CONSTRUCTION",
      averageInsuredWorkers: "12,5",
      priorYearRevenue: "2.500.000.000",
    });
    expect(input).toMatchObject({
      name: "HTX Mây tre đan",
      taxCode: null,
      clayBrickKiln: null,
      craftVillageRecognised: false,
      artisanIsHandicraft: false,
      averageInsuredWorkers: 12.5,
      priorYearRevenue: 2_500_000_000,
      totalCapital: null,
    });
  });

  it("round-trips a stored facility through the form", () => {
    const stored = {
      ...toFacilityInput({
        ...valid(),
        taxCode: "0201234567",
        priorYearRevenue: "1.200.000",
        averageInsuredWorkers: "7",
        businessField: "TRADE_SERVICES",
      }),
    } as StoredFacility;
    const form = facilityToForm(stored);
    expect(form.priorYearRevenue).toBe("1.200.000");
    expect(toFacilityInput(form)).toEqual(stored);
  });

  it("names the form's fields, where the API's refusal of one is shown", () => {
    expect(FACILITY_FIELDS).toContain("businessField");
    expect(FACILITY_FIELDS).not.toContain("version");
  });
});
