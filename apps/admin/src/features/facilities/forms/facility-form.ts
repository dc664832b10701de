import type {
  ArtisanTitle,
  BusinessField,
  ClayBrickKiln,
  FacilityInput,
  LegalForm,
  Sector,
} from "../../../gql/graphql";
import { formatDongInput, parseDongInput } from "../../../ui/dong-input";
import type { Translate } from "../../../lib/i18n";

/**
 * The facility form as the user types it: every field a string or a boolean, so that a half-typed number
 * is kept as typed; `toFacilityInput` turns it into the API's `FacilityInput`.
 */
export interface FacilityForm {
  name: string;
  legalForm: LegalForm | "";
  taxCode: string;
  representative: string;
  phone: string;
  hqAddress: string;
  productionCommuneCode: string;
  productionAddress: string;
  craftVillageName: string;
  craftVillageRecognised: boolean;
  sector: Sector | "";
  clayBrickKiln: ClayBrickKiln | "";
  businessField: BusinessField | "";
  averageInsuredWorkers: string;
  priorYearRevenue: string;
  totalCapital: string;
  appliesCleanerProduction: boolean;
  isClusterInfrastructureInvestor: boolean;
  artisanTitle: ArtisanTitle | "";
  artisanCraft: string;
  artisanIsHandicraft: boolean;
  inDisadvantagedArea: boolean;
  womenOwned: boolean;
  employsEthnicMinorities: boolean;
}

export type FacilityFormErrors = Partial<Record<keyof FacilityForm, string>>;

export function emptyFacilityForm(communeCode = ""): FacilityForm {
  return {
    name: "",
    legalForm: "",
    taxCode: "",
    representative: "",
    phone: "",
    hqAddress: "",
    productionCommuneCode: communeCode,
    productionAddress: "",
    craftVillageName: "",
    craftVillageRecognised: false,
    sector: "",
    clayBrickKiln: "",
    businessField: "",
    averageInsuredWorkers: "",
    priorYearRevenue: "",
    totalCapital: "",
    appliesCleanerProduction: false,
    isClusterInfrastructureInvestor: false,
    artisanTitle: "",
    artisanCraft: "",
    artisanIsHandicraft: false,
    inDisadvantagedArea: false,
    womenOwned: false,
    employsEthnicMinorities: false,
  };
}

/** What the API returns for a facility, as far as the form needs it. */
export type StoredFacility = {
  [K in keyof FacilityInput]-?: FacilityInput[K] | null;
};

/** The form filled from a stored facility. */
export function facilityToForm(f: StoredFacility): FacilityForm {
  const s = (v: string | null | undefined) => v ?? "";
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return {
    name: f.name ?? "",
    legalForm: f.legalForm ?? "",
    taxCode: s(f.taxCode),
    representative: s(f.representative),
    phone: s(f.phone),
    hqAddress: s(f.hqAddress),
    productionCommuneCode: f.productionCommuneCode ?? "",
    productionAddress: s(f.productionAddress),
    craftVillageName: s(f.craftVillageName),
    craftVillageRecognised: Boolean(f.craftVillageRecognised),
    sector: f.sector ?? "",
    clayBrickKiln: f.clayBrickKiln ?? "",
    businessField: f.businessField ?? "",
    averageInsuredWorkers: n(f.averageInsuredWorkers).replace(".", ","),
    priorYearRevenue: f.priorYearRevenue == null ? "" : formatDongInput(f.priorYearRevenue),
    totalCapital: f.totalCapital == null ? "" : formatDongInput(f.totalCapital),
    appliesCleanerProduction: Boolean(f.appliesCleanerProduction),
    isClusterInfrastructureInvestor: Boolean(f.isClusterInfrastructureInvestor),
    artisanTitle: f.artisanTitle ?? "",
    artisanCraft: s(f.artisanCraft),
    artisanIsHandicraft: Boolean(f.artisanIsHandicraft),
    inDisadvantagedArea: Boolean(f.inDisadvantagedArea),
    womenOwned: Boolean(f.womenOwned),
    employsEthnicMinorities: Boolean(f.employsEthnicMinorities),
  };
}

/**
 * An amount of đồng typed in the form → the number; null when empty; NaN when not a whole amount. Read by
 * `parseDongInput`, as every money field of the app: a decimal comma is refused, not dropped.
 */
export function parseDong(text: string): number | null {
  const read = parseDongInput(text);
  if (read.ok) return read.value;
  return read.problem === "empty" ? null : Number.NaN;
}

/** "12", "12,5" or "12.5" → a number; null when empty; NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.replace(/\s/g, "");
  if (t === "") return null;
  return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : Number.NaN;
}

/**
 * The checks the form makes before sending, with the API's own wording where the API has the same rule,
 * so the user reads one message whichever side caught it.
 */
export function validateFacilityForm(form: FacilityForm, t: Translate): FacilityFormErrors {
  const errors: FacilityFormErrors = {};
  if (!form.name.trim()) errors.name = t("Vui lòng nhập tên cơ sở", "Enter the establishment's name");
  else if (form.name.trim().length > 300)
    errors.name = t("Tên cơ sở có tối đa 300 ký tự", "The name has at most 300 characters");
  if (!form.legalForm) errors.legalForm = t("Vui lòng chọn loại hình", "Choose the legal form");
  if (!form.sector) errors.sector = t("Vui lòng chọn ngành nghề", "Choose the sector");
  if (!form.productionCommuneCode)
    errors.productionCommuneCode = t(
      "Vui lòng chọn xã, phường, đặc khu nơi sản xuất",
      "Choose the commune where it produces",
    );
  if (form.taxCode.trim().length > 32)
    errors.taxCode = t("Mã số thuế có tối đa 32 ký tự", "The tax code has at most 32 characters");
  if (form.phone.trim() && !/^[0-9 +().-]{6,32}$/.test(form.phone.trim()))
    errors.phone = t("Số điện thoại không hợp lệ", "Invalid telephone number");
  const workers = parseDecimal(form.averageInsuredWorkers);
  if (Number.isNaN(workers))
    errors.averageInsuredWorkers = t(
      "Số lao động phải là một số, ví dụ 12 hoặc 12,5",
      "Enter a number, e.g. 12 or 12.5",
    );
  const revenue = parseDong(form.priorYearRevenue);
  if (Number.isNaN(revenue))
    errors.priorYearRevenue = t("Doanh thu phải là số nguyên đồng", "Revenue must be a whole number of đồng");
  const capital = parseDong(form.totalCapital);
  if (Number.isNaN(capital))
    errors.totalCapital = t(
      "Tổng nguồn vốn phải là số nguyên đồng",
      "Capital must be a whole number of đồng",
    );
  const hasField = form.businessField !== "";
  const hasWorkers = workers !== null && !Number.isNaN(workers);
  if (hasField !== hasWorkers && !errors.averageInsuredWorkers) {
    const message = t(
      "Khi kê khai quy mô doanh nghiệp cần nhập cả lĩnh vực hoạt động và số lao động tham gia BHXH bình quân năm",
      "To declare the enterprise's size, give both the business field and the average insured workers",
    );
    if (hasField) errors.averageInsuredWorkers = message;
    else errors.businessField = message;
  }
  if (!form.artisanTitle && form.artisanCraft.trim())
    errors.artisanCraft = t(
      "Chỉ ghi nghề của nghệ nhân khi cơ sở có danh hiệu nghệ nhân",
      "Give the craft only with an artisan title",
    );
  if (form.craftVillageRecognised && !form.craftVillageName.trim())
    errors.craftVillageName = t(
      "Vui lòng nhập tên làng nghề được công nhận",
      "Enter the name of the recognised craft village",
    );
  return errors;
}

/** The API's input from a valid form (call `validateFacilityForm` first). */
export function toFacilityInput(form: FacilityForm): FacilityInput {
  const opt = (v: string) => (v.trim() ? v.trim() : null);
  const num = (v: number | null) => (v === null || Number.isNaN(v) ? null : v);
  return {
    name: form.name.trim(),
    legalForm: form.legalForm as LegalForm,
    taxCode: opt(form.taxCode),
    representative: opt(form.representative),
    phone: opt(form.phone),
    hqAddress: opt(form.hqAddress),
    productionCommuneCode: form.productionCommuneCode,
    productionAddress: opt(form.productionAddress),
    craftVillageName: opt(form.craftVillageName),
    craftVillageRecognised: form.craftVillageRecognised && Boolean(opt(form.craftVillageName)),
    sector: form.sector as Sector,
    clayBrickKiln: form.sector === "BUILDING_MATERIALS" && form.clayBrickKiln ? form.clayBrickKiln : null,
    businessField: form.businessField || null,
    averageInsuredWorkers: num(parseDecimal(form.averageInsuredWorkers)),
    priorYearRevenue: num(parseDong(form.priorYearRevenue)),
    totalCapital: num(parseDong(form.totalCapital)),
    appliesCleanerProduction: form.appliesCleanerProduction,
    isClusterInfrastructureInvestor: form.isClusterInfrastructureInvestor,
    artisanTitle: form.artisanTitle || null,
    artisanCraft: form.artisanTitle ? opt(form.artisanCraft) : null,
    artisanIsHandicraft: Boolean(form.artisanTitle) && form.artisanIsHandicraft,
    inDisadvantagedArea: form.inDisadvantagedArea,
    womenOwned: form.womenOwned,
    employsEthnicMinorities: form.employsEthnicMinorities,
  };
}

/** The form's fields: an API refusal naming one (`input.businessField`) is shown under it. */
export const FACILITY_FIELDS = Object.keys(emptyFacilityForm()) as readonly (keyof FacilityForm)[];
