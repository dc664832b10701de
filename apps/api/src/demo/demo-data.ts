/**
 * The demo's sample programme, as data: who works on it, the facilities, the annual plans and one or more
 * đề án in every lifecycle state, each with the steps that bring it there. `seed-demo.ts` replays it
 * through the services. Names and products are Hải Phòng's; people, companies and figures are invented.
 */
import type { ActivityKind, FundSource, LegalForm, Role, Sector } from "@khuyencong/domain";
import type { DocumentKind } from "../documents/document-kind.js";
import type { FacilityInput } from "../facilities/facility.args.js";

/** The password of every demo user, printed at start. Demo data only: never a real account. */
export const DEMO_PASSWORD = "hoa-phuong-do-ven-song-cam";
/** Every demo e-mail ends with it, so that a demo account is recognised at a glance. */
export const DEMO_EMAIL_DOMAIN = "demo.khuyencong.local";

export type UserKey =
  | "admin"
  | "appraiser"
  | "approver"
  | "thienHuong"
  | "catHai"
  | "vinhBao"
  | "thanhHa"
  | "unit"
  | "finance"
  | "treasury"
  | "analyst";

export interface DemoUser {
  key: UserKey;
  email: string;
  fullName: string;
  role: Role;
  /** COMMUNE_OFFICER only. */
  communeCode?: string;
  /** IMPLEMENTING_UNIT only: bound to the city's extension centre (reference data). */
  cityCentre?: boolean;
  /** What to try with this account, for the start banner (Vietnamese / English). */
  tryThis: string;
}

const email = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

export const DEMO_USERS: readonly DemoUser[] = [
  {
    key: "admin",
    email: email("quantri"),
    fullName: "Đỗ Minh Quân",
    role: "ADMIN",
    tryThis: "tài khoản, nhật ký / accounts, audit log",
  },
  {
    key: "appraiser",
    email: email("thamdinh"),
    fullName: "Nguyễn Thị Thu Hà",
    role: "DEPARTMENT",
    tryThis: "thẩm định, nghiệm thu / appraises, accepts",
  },
  {
    key: "approver",
    email: email("pheduyet"),
    fullName: "Trần Quốc Khánh",
    role: "DEPARTMENT",
    tryThis: "ghi quyết định phê duyệt, hợp đồng / records approvals, contracts",
  },
  {
    key: "thienHuong",
    email: email("canbo.thienhuong"),
    fullName: "Phạm Văn Đức",
    role: "COMMUNE_OFFICER",
    communeCode: "phuong-thien-huong",
    tryThis: "phường Thiên Hương (làng nghề bánh đa Kinh Giao)",
  },
  {
    key: "catHai",
    email: email("canbo.cathai"),
    fullName: "Vũ Thị Hạnh",
    role: "COMMUNE_OFFICER",
    communeCode: "dac-khu-cat-hai",
    tryThis: "đặc khu Cát Hải (nước mắm, thủy sản)",
  },
  {
    key: "vinhBao",
    email: email("canbo.vinhbao"),
    fullName: "Lê Văn Tùng",
    role: "COMMUNE_OFFICER",
    communeCode: "xa-vinh-bao",
    tryThis: "xã Vĩnh Bảo (đồ gỗ mỹ nghệ)",
  },
  {
    key: "thanhHa",
    email: email("canbo.thanhha"),
    fullName: "Nguyễn Thị Mai",
    role: "COMMUNE_OFFICER",
    communeCode: "xa-thanh-ha",
    tryThis: "xã Thanh Hà (vải thiều)",
  },
  {
    key: "unit",
    email: email("trungtam"),
    fullName: "Hoàng Anh Tuấn",
    role: "IMPLEMENTING_UNIT",
    cityCentre: true,
    tryThis: "Trung tâm Khuyến công: lập, thực hiện đề án / drafts and carries out",
  },
  {
    key: "finance",
    email: email("taichinh"),
    fullName: "Bùi Thị Lan Anh",
    role: "FINANCE",
    tryThis: "dự toán, quyết toán / envelopes, settlement",
  },
  {
    key: "treasury",
    email: email("khobac"),
    fullName: "Đặng Văn Hải",
    role: "TREASURY",
    tryThis: "duyệt chi, thu hồi / pays, refuses, refunds",
  },
  {
    key: "analyst",
    email: email("phantich"),
    fullName: "Lương Thu Trang",
    role: "ANALYST",
    tryThis: "chỉ đọc, số liệu tổng hợp / read-only analytics",
  },
];

export type FacilityKey =
  | "kinhGiao"
  | "chinhMy"
  | "myDong"
  | "leChan"
  | "catHai"
  | "catHaiHtx"
  | "bachLongVi"
  | "chieuCoi"
  | "baoHa"
  | "mocVinhBao"
  | "chuDau"
  | "ngheNhanGom"
  | "ninhGiang"
  | "thanhHa"
  | "tamKy"
  | "anHung"
  | "hungThang"
  | "anLao"
  | "tienLang";

export interface DemoFacility {
  key: FacilityKey;
  /** Who registers it (a commune officer of its commune, the unit or the department). */
  by: UserKey;
  /** Why it is not eligible, when it is not: the demo shows the explanation screen with it. */
  notEligible?: string;
  input: FacilityInput;
}

interface FacilityData {
  name: string;
  legalForm: LegalForm;
  sector: Sector;
  commune: string;
  address: string;
  representative: string;
  phone: string;
  taxCode?: string;
  craftVillage?: string;
  /** An enterprise's size declaration: workers, revenue and capital in billions of đồng. */
  size?: [number, number, number];
  extra?: Partial<FacilityInput>;
}

const BILLION = 1_000_000_000;
const MILLION = 1_000_000;

function facility(data: FacilityData): FacilityInput {
  return {
    name: data.name,
    legalForm: data.legalForm,
    taxCode: data.taxCode ?? null,
    representative: data.representative,
    phone: data.phone,
    hqAddress: null,
    productionCommuneCode: data.commune,
    productionAddress: data.address,
    craftVillageName: data.craftVillage ?? null,
    craftVillageRecognised: data.craftVillage !== undefined,
    sector: data.sector,
    clayBrickKiln: null,
    businessField: data.size ? "INDUSTRY_CONSTRUCTION" : null,
    averageInsuredWorkers: data.size?.[0] ?? null,
    priorYearRevenue: data.size ? data.size[1] * BILLION : null,
    totalCapital: data.size ? data.size[2] * BILLION : null,
    appliesCleanerProduction: false,
    isClusterInfrastructureInvestor: false,
    artisanTitle: null,
    artisanCraft: null,
    artisanIsHandicraft: false,
    inDisadvantagedArea: false,
    womenOwned: false,
    employsEthnicMinorities: false,
    ...data.extra,
  };
}

export const DEMO_FACILITIES: readonly DemoFacility[] = [
  {
    key: "kinhGiao",
    by: "thienHuong",
    input: facility({
      name: "Hộ kinh doanh Bánh đa Kinh Giao Phạm Thị Lan",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "phuong-thien-huong",
      address: "Thôn Kinh Giao, phường Thiên Hương",
      representative: "Phạm Thị Lan",
      phone: "0912 418 236",
      craftVillage: "Làng nghề bánh đa Kinh Giao",
      extra: { womenOwned: true },
    }),
  },
  {
    key: "chinhMy",
    by: "unit",
    input: facility({
      name: "Hợp tác xã Mây tre đan Chính Mỹ",
      legalForm: "COOPERATIVE",
      sector: "HANDICRAFTS",
      commune: "phuong-luu-kiem",
      address: "Thôn Chính Mỹ, phường Lưu Kiếm",
      representative: "Nguyễn Văn Bình",
      phone: "0903 227 519",
      taxCode: "0201234561",
      craftVillage: "Làng nghề mây tre đan Chính Mỹ",
    }),
  },
  {
    key: "myDong",
    by: "unit",
    input: facility({
      name: "Công ty TNHH Cơ khí Thịnh Phát Mỹ Đồng",
      legalForm: "ENTERPRISE",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
      commune: "phuong-bach-dang",
      address: "Làng nghề cơ khí Mỹ Đồng, phường Bạch Đằng",
      representative: "Đào Văn Thịnh",
      phone: "0225 3875 412",
      taxCode: "0201876543",
      craftVillage: "Làng nghề cơ khí Mỹ Đồng",
      size: [42, 36, 18],
    }),
  },
  {
    key: "leChan",
    by: "approver",
    notEligible: "phường, không thuộc làng nghề được công nhận",
    input: facility({
      name: "Công ty TNHH Cơ khí chính xác Lê Chân",
      legalForm: "ENTERPRISE",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
      commune: "phuong-le-chan",
      address: "Số 18 đường Nguyễn Văn Linh, phường Lê Chân",
      representative: "Trịnh Văn Long",
      phone: "0225 3856 901",
      taxCode: "0202345678",
      size: [28, 21, 9],
    }),
  },
  {
    key: "catHai",
    by: "catHai",
    input: facility({
      name: "Hộ kinh doanh Nước mắm Cát Hải Vũ Văn Hùng",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "dac-khu-cat-hai",
      address: "Tổ dân phố Lục Độ, đặc khu Cát Hải",
      representative: "Vũ Văn Hùng",
      phone: "0936 551 204",
    }),
  },
  {
    key: "catHaiHtx",
    by: "catHai",
    input: facility({
      name: "Hợp tác xã Chế biến thủy sản Hoàng Châu",
      legalForm: "COOPERATIVE",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "dac-khu-cat-hai",
      address: "Thôn Hoàng Châu, đặc khu Cát Hải",
      representative: "Phạm Thị Nga",
      phone: "0978 302 145",
      taxCode: "0201456789",
      extra: { womenOwned: true },
    }),
  },
  {
    key: "bachLongVi",
    by: "unit",
    input: facility({
      name: "Hợp tác xã Dịch vụ nghề cá Bạch Long Vĩ",
      legalForm: "COOPERATIVE",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "dac-khu-bach-long-vi",
      address: "Khu neo đậu tàu thuyền, đặc khu Bạch Long Vĩ",
      representative: "Ngô Văn Biển",
      phone: "0904 812 330",
      taxCode: "0201567890",
      extra: { inDisadvantagedArea: true },
    }),
  },
  {
    key: "chieuCoi",
    by: "unit",
    input: facility({
      name: "Tổ hợp tác Dệt chiếu cói Kiến Thụy",
      legalForm: "COOPERATIVE_GROUP",
      sector: "HANDICRAFTS",
      commune: "xa-kien-thuy",
      address: "Thôn Cổ Trai, xã Kiến Thụy",
      representative: "Lê Thị Duyên",
      phone: "0988 147 620",
      extra: { womenOwned: true },
    }),
  },
  {
    key: "baoHa",
    by: "vinhBao",
    input: facility({
      name: "Công ty TNHH Đồ gỗ mỹ nghệ Bảo Hà",
      legalForm: "ENTERPRISE",
      sector: "HANDICRAFTS",
      commune: "xa-vinh-bao",
      address: "Thôn Bảo Hà, xã Vĩnh Bảo",
      representative: "Tô Văn Khải",
      phone: "0225 3883 217",
      taxCode: "0201678901",
      size: [25, 14, 8],
    }),
  },
  {
    key: "mocVinhBao",
    by: "vinhBao",
    input: facility({
      name: "Hộ kinh doanh Xưởng mộc Nguyễn Văn Tuấn",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "HANDICRAFTS",
      commune: "xa-vinh-bao",
      address: "Thôn Đông Tạ, xã Vĩnh Bảo",
      representative: "Nguyễn Văn Tuấn",
      phone: "0915 663 028",
    }),
  },
  {
    key: "chuDau",
    by: "unit",
    input: facility({
      name: "Công ty TNHH Gốm sứ Chu Đậu Thái Tân",
      legalForm: "ENTERPRISE",
      sector: "HANDICRAFTS",
      commune: "xa-thai-tan",
      address: "Thôn Chu Đậu, xã Thái Tân",
      representative: "Vũ Đức Thắng",
      phone: "0220 3755 118",
      taxCode: "0800987654",
      size: [55, 42, 30],
    }),
  },
  {
    key: "ngheNhanGom",
    by: "unit",
    input: facility({
      name: "Nghệ nhân ưu tú Nguyễn Văn Tâm",
      legalForm: "INDIVIDUAL",
      sector: "HANDICRAFTS",
      commune: "xa-thai-tan",
      address: "Thôn Chu Đậu, xã Thái Tân",
      representative: "Nguyễn Văn Tâm",
      phone: "0983 250 771",
      extra: { artisanTitle: "MERITORIOUS_ARTISAN", artisanCraft: "Gốm", artisanIsHandicraft: true },
    }),
  },
  {
    key: "ninhGiang",
    by: "unit",
    input: facility({
      name: "Hộ kinh doanh Bánh gai Ninh Giang Trần Thị Hoa",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "xa-ninh-giang",
      address: "Khu 3, xã Ninh Giang",
      representative: "Trần Thị Hoa",
      phone: "0969 114 582",
      extra: { womenOwned: true },
    }),
  },
  {
    key: "thanhHa",
    by: "thanhHa",
    input: facility({
      name: "Hợp tác xã Nông nghiệp và Chế biến vải thiều Thanh Hà",
      legalForm: "COOPERATIVE",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "xa-thanh-ha",
      address: "Thôn Thúy Lâm, xã Thanh Hà",
      representative: "Nguyễn Đình Lực",
      phone: "0220 3816 402",
      taxCode: "0801122334",
    }),
  },
  {
    key: "tamKy",
    by: "unit",
    input: facility({
      name: "Công ty TNHH Giày da Tam Kỳ",
      legalForm: "ENTERPRISE",
      sector: "CONSUMER_EXPORT_GOODS",
      commune: "xa-kim-thanh",
      address: "Thôn Tam Kỳ, xã Kim Thành",
      representative: "Phạm Văn Hưng",
      phone: "0220 3727 660",
      taxCode: "0801234567",
      size: [85, 60, 25],
    }),
  },
  {
    key: "anHung",
    by: "unit",
    input: facility({
      name: "Hộ kinh doanh Bánh đa cua Lê Văn Thành",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "AGRO_FOOD_PROCESSING",
      commune: "xa-an-hung",
      address: "Thôn Hoàng Lâu, xã An Hưng",
      representative: "Lê Văn Thành",
      phone: "0904 226 718",
    }),
  },
  {
    key: "hungThang",
    by: "unit",
    input: facility({
      name: "Hộ kinh doanh Cơ khí nông cụ Hùng Thắng",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
      commune: "xa-hung-thang",
      address: "Thôn Tân Hưng, xã Hùng Thắng",
      representative: "Đinh Văn Cường",
      phone: "0912 907 433",
    }),
  },
  {
    key: "anLao",
    by: "approver",
    notEligible: "gạch nung lò Hoffmann, loại lò bị loại trừ",
    input: facility({
      name: "Hộ kinh doanh Gạch nung Hoàng Văn Sơn",
      legalForm: "HOUSEHOLD_BUSINESS",
      sector: "BUILDING_MATERIALS",
      commune: "xa-an-lao",
      address: "Thôn Tiên Hội, xã An Lão",
      representative: "Hoàng Văn Sơn",
      phone: "0936 728 114",
      extra: { clayBrickKiln: "HOFFMANN" },
    }),
  },
  {
    key: "tienLang",
    by: "approver",
    notEligible: "doanh nghiệp lớn (620 lao động), không phải doanh nghiệp nhỏ và vừa",
    input: facility({
      name: "Công ty cổ phần May xuất khẩu Tiên Lãng",
      legalForm: "ENTERPRISE",
      sector: "CONSUMER_EXPORT_GOODS",
      commune: "xa-tien-lang",
      address: "Cụm công nghiệp Tiên Lãng, xã Tiên Lãng",
      representative: "Mạc Thị Thanh",
      phone: "0225 3882 500",
      taxCode: "0200345612",
      size: [620, 450, 210],
    }),
  },
];

/** Envelopes Sở Tài chính records: year, fund, amount, decision. */
export const DEMO_ENVELOPES: readonly {
  year: number;
  fundSource: FundSource;
  amount: number;
  decisionNumber: string | null;
  decisionDate: string | null;
}[] = [
  {
    year: 2026,
    fundSource: "CITY_BUDGET",
    amount: 5 * BILLION,
    decisionNumber: "3890/QĐ-UBND",
    decisionDate: "2025-12-19",
  },
  {
    year: 2026,
    fundSource: "NATIONAL_FUND",
    amount: 1_200 * MILLION,
    decisionNumber: "412/QĐ-BCT",
    decisionDate: "2026-02-26",
  },
  // The 2027 estimate is recorded while its plan is being prepared; the decision comes in December.
  {
    year: 2027,
    fundSource: "CITY_BUDGET",
    amount: 5_500 * MILLION,
    decisionNumber: null,
    decisionDate: null,
  },
];

/** One registration of an annual plan: by a commune officer or the unit for itself, or by the department for `for`. */
export interface DemoRegistration {
  by: UserKey;
  /** The department registers for a commune (code) or for the unit ("unit"). */
  for?: string;
  line: string;
  quantity: number;
  cost: number;
  fundSource?: FundSource;
  note?: string;
}

export interface DemoPlan {
  year: number;
  registrations: DemoRegistration[];
  /** Consolidated and approved with this decision; absent: the plan stays open for registration. */
  approval?: { decisionNumber: string; decisionDate: string };
}

export const DEMO_PLANS: readonly DemoPlan[] = [
  {
    year: 2026,
    approval: { decisionNumber: "215/QĐ-UBND", decisionDate: "2026-02-10" },
    registrations: [
      { by: "thienHuong", line: "I.2", quantity: 2, cost: 1_200 * MILLION, note: "Bánh đa Kinh Giao" },
      { by: "catHai", line: "I.2", quantity: 2, cost: 740 * MILLION, note: "Nước mắm, chế biến thủy sản" },
      { by: "vinhBao", line: "I.2", quantity: 2, cost: 740 * MILLION, note: "Đồ gỗ mỹ nghệ Bảo Hà" },
      { by: "thanhHa", line: "I.2", quantity: 1, cost: 640 * MILLION, note: "Sấy vải thiều" },
      { by: "unit", line: "I.2", quantity: 8, cost: 3_600 * MILLION },
      { by: "unit", line: "II.2", quantity: 1, cost: 150 * MILLION },
      { by: "unit", line: "II.4", quantity: 12, cost: 216 * MILLION },
      { by: "unit", line: "II.5", quantity: 1, cost: 95 * MILLION },
      { by: "unit", line: "III.4", quantity: 1, cost: 60 * MILLION },
      { by: "unit", line: "IV.1", quantity: 75, cost: 270 * MILLION },
      { by: "unit", line: "V.1", quantity: 4, cost: 120 * MILLION },
      { by: "unit", line: "V.2", quantity: 1, cost: 80 * MILLION },
      { by: "unit", line: "VI.3", quantity: 1, cost: 40 * MILLION },
      { by: "unit", line: "VI.4", quantity: 1, cost: 150 * MILLION },
      { by: "approver", for: "xa-kien-thuy", line: "I.2", quantity: 1, cost: 360 * MILLION },
      { by: "approver", for: "xa-an-hung", line: "I.2", quantity: 1, cost: 360 * MILLION },
      { by: "approver", for: "xa-hung-thang", line: "I.2", quantity: 1, cost: 500 * MILLION },
      {
        by: "approver",
        for: "dac-khu-bach-long-vi",
        line: "I.2",
        quantity: 1,
        cost: 580 * MILLION,
        fundSource: "NATIONAL_FUND",
        note: "Đề nghị kinh phí khuyến công quốc gia",
      },
    ],
  },
  {
    year: 2027,
    registrations: [
      { by: "thienHuong", line: "I.2", quantity: 3, cost: 900 * MILLION },
      {
        by: "catHai",
        line: "II.6",
        quantity: 1,
        cost: 60 * MILLION,
        note: "Nhãn hiệu tập thể Nước mắm Cát Hải",
      },
      { by: "vinhBao", line: "I.2", quantity: 2, cost: 700 * MILLION },
      { by: "unit", line: "I.2", quantity: 10, cost: 4_000 * MILLION },
      { by: "unit", line: "II.4", quantity: 12, cost: 230 * MILLION },
      { by: "unit", line: "IV.1", quantity: 75, cost: 280 * MILLION },
      { by: "unit", line: "IV.3", quantity: 1, cost: 120 * MILLION },
      { by: "approver", for: "xa-kien-thuy", line: "II.9", quantity: 1, cost: 60 * MILLION },
    ],
  },
];

/** Support recorded from another programme, so that the double-support guard has something to show. */
export const DEMO_PRIOR_SUPPORT = {
  facility: "thanhHa" as FacilityKey,
  activityKind: "MACHINERY" as ActivityKind,
  costItem: "Lò sấy vải thiều bằng hơi nóng",
  source: "Chương trình khuyến công quốc gia giai đoạn 2021-2025",
  year: 2023,
  amount: 150 * MILLION,
};

export interface DemoBudgetLine {
  item: string;
  cost: number;
  support: number;
  facility?: FacilityKey;
  /** The eligible cost the acceptance records, when it differs from the estimate. */
  acceptedCost?: number;
}

export interface DemoActivity {
  kind: ActivityKind;
  /** Target line code, e.g. "I.2". */
  line: string;
  quantity: number;
  description: string;
  /** What the acceptance records; the planned quantity when absent. */
  actual?: number;
  budget: DemoBudgetLine[];
}

/**
 * One step of a đề án's story. `date` is when it happened (the act's date where the step records one);
 * without it the step happens two days after the previous one.
 */
export type DemoStep = (
  | { do: "SUBMIT" | "START" | "CLOSE"; by: UserKey }
  | { do: "RETURN" | "REJECT" | "STOP" | "REQUEST_ADJUSTMENT"; by: UserKey; reason: string }
  | { do: "APPRAISE"; by: UserKey; date: string; opinion: string }
  | { do: "APPROVE" | "APPROVE_ADJUSTMENT" | "SIGN_CONTRACT"; by: UserKey; number: string; date: string }
  | { do: "ACCEPT" | "SETTLE"; by: UserKey; date: string }
  /** Asks for the largest advance the rules allow at `progress`; the Treasury pays it, or refuses with `refused`. */
  | { do: "ADVANCE"; by: UserKey; progress: number; paidOn?: string; refused?: string }
  /** Asks for what remains payable (PAYMENT after acceptance, FINAL after settlement); pending without `paidOn`. */
  | { do: "PAYMENT" | "FINAL"; by: UserKey; paidOn?: string }
  /** The Treasury records the refund the settlement asks for. */
  | { do: "REFUND" }
  | { do: "DOCUMENT"; by: UserKey; kind: DocumentKind; fileName: string; title: string }
) & { date?: string };

export interface DemoProject {
  title: string;
  year: number;
  fundSource: FundSource;
  communeCode: string;
  /** The user who drafts it; the unit's đề án are implemented by the city's extension centre. */
  by: UserKey;
  proposedOn: string;
  plannedStart: string;
  plannedEnd: string;
  objective: string;
  beneficiaries: FacilityKey[];
  activities: DemoActivity[];
  steps: DemoStep[];
}

const OPINION_OK =
  "Đạt yêu cầu. Cơ sở thuộc đối tượng hỗ trợ; máy móc mới 100%, giá phù hợp báo giá của 03 nhà cung cấp. Đề nghị phê duyệt.";

const submit = (by: UserKey): DemoStep => ({ do: "SUBMIT", by });
const appraise = (date: string, opinion = OPINION_OK): DemoStep => ({
  do: "APPRAISE",
  by: "appraiser",
  date,
  opinion,
});
const approve = (number: string, date: string): DemoStep => ({ do: "APPROVE", by: "approver", number, date });
const contract = (number: string, date: string): DemoStep => ({
  do: "SIGN_CONTRACT",
  by: "approver",
  number,
  date,
});
const advance = (by: UserKey, paidOn: string, progress = 7_500): DemoStep => ({
  do: "ADVANCE",
  by,
  progress,
  paidOn,
});
const start = (by: UserKey): DemoStep => ({ do: "START", by });
const accept = (date: string): DemoStep => ({ do: "ACCEPT", by: "appraiser", date });
const settle = (date: string): DemoStep => ({ do: "SETTLE", by: "finance", date });

const machine = (
  line: { item: string; cost: number; support: number; facility: FacilityKey; acceptedCost?: number }[],
  description: string,
): DemoActivity => ({ kind: "MACHINERY", line: "I.2", quantity: 1, description, budget: line });

export const DEMO_PROJECTS: readonly DemoProject[] = [
  // ĐÃ THANH LÝ, with a final payment.
  {
    title: "Ứng dụng máy cán, máy thái bánh đa cua tự động",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-an-hung",
    by: "unit",
    proposedOn: "2026-02-24",
    plannedStart: "2026-04-15",
    plannedEnd: "2026-07-31",
    objective: "Thay thế khâu cán, thái thủ công; nâng năng suất từ 300 lên 1.200 kg bánh/ngày.",
    beneficiaries: ["anHung"],
    activities: [
      machine(
        [
          {
            item: "Máy cán, thái bánh đa liên hợp",
            cost: 360 * MILLION,
            support: 180 * MILLION,
            facility: "anHung",
          },
        ],
        "Máy cán, thái bánh đa liên hợp công suất 150 kg/giờ",
      ),
    ],
    steps: [
      submit("unit"),
      appraise("2026-03-12"),
      approve("702/QĐ-UBND", "2026-03-30"),
      contract("12/2026/HĐ-KC", "2026-04-09"),
      advance("unit", "2026-04-28"),
      start("unit"),
      accept("2026-07-20"),
      {
        do: "DOCUMENT",
        by: "unit",
        kind: "ACCEPTANCE_MINUTES",
        fileName: "Biên bản nghiệm thu ĐA bánh đa cua.pdf",
        title: "Bien ban nghiem thu - may can, thai banh da cua",
      },
      {
        do: "DOCUMENT",
        by: "unit",
        kind: "INVOICE",
        fileName: "Hóa đơn GTGT máy cán bánh.pdf",
        title: "Hoa don GTGT - may can, thai banh da",
      },
      settle("2026-08-14"),
      { do: "FINAL", by: "unit", date: "2026-08-18", paidOn: "2026-08-27" },
      { do: "CLOSE", by: "approver", date: "2026-09-04" },
    ],
  },
  // ĐÃ THANH LÝ after a refund: the machine cost less than estimated.
  {
    title: "Ứng dụng máy dập, máy mài trong sản xuất nông cụ cầm tay",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-hung-thang",
    by: "unit",
    proposedOn: "2026-02-10",
    plannedStart: "2026-04-01",
    plannedEnd: "2026-07-15",
    objective: "Cơ giới hóa khâu dập, mài lưỡi cuốc, xẻng; giảm 40% lao động nặng nhọc.",
    beneficiaries: ["hungThang"],
    activities: [
      machine(
        [
          {
            item: "Máy dập thủy lực 100 tấn và máy mài 2 đá",
            cost: 500 * MILLION,
            support: 250 * MILLION,
            facility: "hungThang",
            acceptedCost: 320 * MILLION,
          },
        ],
        "Máy dập thủy lực 100 tấn, máy mài 2 đá",
      ),
    ],
    steps: [
      submit("unit"),
      appraise("2026-03-03"),
      approve("655/QĐ-UBND", "2026-03-20"),
      contract("09/2026/HĐ-KC", "2026-04-01"),
      advance("unit", "2026-04-20"),
      start("unit"),
      accept("2026-07-10"),
      settle("2026-07-31"),
      { do: "REFUND", date: "2026-08-11" },
      { do: "CLOSE", by: "approver", date: "2026-08-20" },
    ],
  },
  // ĐÃ QUYẾT TOÁN, final payment waiting for the Treasury (national fund).
  {
    title: "Ứng dụng hệ thống cấp đông nhanh và máy sấy hải sản tại đặc khu Bạch Long Vĩ",
    year: 2026,
    fundSource: "NATIONAL_FUND",
    communeCode: "dac-khu-bach-long-vi",
    by: "unit",
    proposedOn: "2026-03-02",
    plannedStart: "2026-05-01",
    plannedEnd: "2026-08-31",
    objective: "Bảo quản, sơ chế hải sản ngay tại đảo; giảm hao hụt sau khai thác từ 20% xuống dưới 8%.",
    beneficiaries: ["bachLongVi"],
    activities: [
      machine(
        [
          {
            item: "Tủ cấp đông nhanh 500 kg/mẻ",
            cost: 380 * MILLION,
            support: 190 * MILLION,
            facility: "bachLongVi",
            acceptedCost: 372 * MILLION,
          },
          {
            item: "Máy sấy hải sản bơm nhiệt",
            cost: 200 * MILLION,
            support: 100 * MILLION,
            facility: "bachLongVi",
            acceptedCost: 188 * MILLION,
          },
        ],
        "Tủ cấp đông nhanh và máy sấy hải sản",
      ),
    ],
    steps: [
      submit("unit"),
      appraise("2026-03-24"),
      approve("812/QĐ-UBND", "2026-04-10"),
      contract("15/2026/HĐ-KC", "2026-04-22"),
      advance("unit", "2026-05-12"),
      start("unit"),
      accept("2026-08-20"),
      settle("2026-09-25"),
      { do: "FINAL", by: "unit", date: "2026-10-06" },
    ],
  },
  // ĐÃ NGHIỆM THU, after an adjustment; the payment waits for the Treasury.
  {
    title: "Ứng dụng máy nghiền lá gai và máy đóng gói hút chân không bánh gai Ninh Giang",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-ninh-giang",
    by: "unit",
    proposedOn: "2026-03-16",
    plannedStart: "2026-05-15",
    plannedEnd: "2026-09-15",
    objective: "Kéo dài thời hạn bảo quản bánh gai lên 7 ngày để đưa sản phẩm vào siêu thị.",
    beneficiaries: ["ninhGiang"],
    activities: [
      machine(
        [
          {
            item: "Máy nghiền lá gai và máy đóng gói hút chân không 2 buồng",
            cost: 300 * MILLION,
            support: 150 * MILLION,
            facility: "ninhGiang",
          },
        ],
        "Máy nghiền lá gai, máy đóng gói hút chân không",
      ),
    ],
    steps: [
      submit("unit"),
      appraise("2026-04-06"),
      approve("935/QĐ-UBND", "2026-04-24"),
      contract("18/2026/HĐ-KC", "2026-05-08"),
      advance("unit", "2026-05-29", 8_000),
      start("unit"),
      {
        do: "REQUEST_ADJUSTMENT",
        by: "unit",
        date: "2026-07-01",
        reason: "Thay máy đóng gói 1 buồng bằng máy 2 buồng cùng giá do nhà cung cấp ngừng sản xuất mẫu cũ.",
      },
      { do: "APPROVE_ADJUSTMENT", by: "approver", number: "86/QĐ-SCT", date: "2026-07-15" },
      accept("2026-09-18"),
      {
        do: "DOCUMENT",
        by: "unit",
        kind: "ACCEPTANCE_MINUTES",
        fileName: "Biên bản nghiệm thu bánh gai Ninh Giang.pdf",
        title: "Bien ban nghiem thu - banh gai Ninh Giang",
      },
      { do: "PAYMENT", by: "unit", date: "2026-10-12" },
    ],
  },
  // ĐÃ NGHIỆM THU: booths at the northern fair for three facilities, paid in full.
  {
    title: "Hỗ trợ cơ sở công nghiệp nông thôn tham gia Hội chợ hàng CNNT tiêu biểu khu vực phía Bắc 2026",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "phuong-hong-bang",
    by: "unit",
    proposedOn: "2026-06-02",
    plannedStart: "2026-09-20",
    plannedEnd: "2026-10-31",
    objective: "Quảng bá gốm Chu Đậu, mây tre đan Chính Mỹ và giày da Tam Kỳ; tìm nhà phân phối.",
    beneficiaries: ["chinhMy", "chuDau", "tamKy"],
    activities: [
      {
        kind: "FAIR_PARTICIPATION",
        line: "II.4",
        quantity: 3,
        description: "Thuê gian hàng tiêu chuẩn 9 m² cho 03 cơ sở",
        budget: (["chinhMy", "chuDau", "tamKy"] as const).map((f) => ({
          item: "Thuê gian hàng tiêu chuẩn 9 m²",
          cost: 18 * MILLION,
          support: 14_400_000,
          facility: f,
        })),
      },
    ],
    steps: [
      submit("unit"),
      appraise("2026-06-23", "Đạt yêu cầu; mức hỗ trợ 80% giá thuê gian hàng theo định mức."),
      approve("1502/QĐ-UBND", "2026-07-08"),
      contract("31/2026/HĐ-KC", "2026-07-20"),
      advance("unit", "2026-08-10", 0),
      start("unit"),
      accept("2026-11-06"),
      { do: "PAYMENT", by: "unit", date: "2026-11-12", paidOn: "2026-11-20" },
    ],
  },
  // ĐANG XIN ĐIỀU CHỈNH: a machine and a training course.
  {
    title: "Đào tạo nghề và ứng dụng máy chẻ nan, vót nan mây tre",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "phuong-luu-kiem",
    by: "unit",
    proposedOn: "2026-04-20",
    plannedStart: "2026-06-15",
    plannedEnd: "2026-11-30",
    objective: "Giữ nghề mây tre đan Chính Mỹ: đào tạo 30 lao động trẻ và cơ giới hóa khâu chẻ nan.",
    beneficiaries: ["chinhMy"],
    activities: [
      machine(
        [
          {
            item: "Máy chẻ nan, vót nan liên hợp",
            cost: 240 * MILLION,
            support: 120 * MILLION,
            facility: "chinhMy",
          },
        ],
        "Máy chẻ nan, vót nan liên hợp",
      ),
      {
        kind: "TRAINING",
        line: "IV.1",
        quantity: 30,
        description: "Lớp đào tạo nghề đan mây tre cho 30 lao động",
        budget: [
          {
            item: "Thù lao nghệ nhân, học liệu, nguyên liệu thực hành",
            cost: 90 * MILLION,
            support: 90 * MILLION,
            facility: "chinhMy",
          },
        ],
      },
    ],
    steps: [
      submit("unit"),
      appraise("2026-05-12"),
      approve("1233/QĐ-UBND", "2026-05-29"),
      contract("24/2026/HĐ-KC", "2026-06-10"),
      advance("unit", "2026-07-02"),
      start("unit"),
      {
        do: "REQUEST_ADJUSTMENT",
        by: "unit",
        date: "2026-10-02",
        reason:
          "Đề nghị lùi lớp đào tạo sang tháng 12/2026 do nhà xưởng bị ảnh hưởng bởi bão số 3; giữ nguyên kinh phí.",
      },
    ],
  },
  // ĐANG THỰC HIỆN, after the Treasury refused a first advance request.
  {
    title: "Ứng dụng máy cắt laser CNC trong gia công cơ khí Mỹ Đồng",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "phuong-bach-dang",
    by: "unit",
    proposedOn: "2026-04-08",
    plannedStart: "2026-06-01",
    plannedEnd: "2026-12-15",
    objective: "Thay máy cắt plasma cũ; nâng độ chính xác chi tiết và giảm 30% phế liệu thép.",
    beneficiaries: ["myDong"],
    activities: [
      machine(
        [{ item: "Máy cắt laser CNC 3 kW", cost: 640 * MILLION, support: 300 * MILLION, facility: "myDong" }],
        "Máy cắt laser CNC công suất 3 kW",
      ),
    ],
    steps: [
      submit("unit"),
      appraise("2026-05-05"),
      approve("1186/QĐ-UBND", "2026-05-26"),
      contract("21/2026/HĐ-KC", "2026-06-05"),
      {
        do: "ADVANCE",
        by: "unit",
        progress: 7_200,
        refused: "Hồ sơ chưa có hóa đơn giá trị gia tăng và biên bản bàn giao thiết bị.",
      },
      advance("unit", "2026-07-15", 7_800),
      start("unit"),
    ],
  },
  // ĐANG THỰC HIỆN: the city's product contest, no facility beneficiary.
  {
    title: "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu thành phố Hải Phòng năm 2026",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "phuong-hong-bang",
    by: "unit",
    proposedOn: "2026-05-20",
    plannedStart: "2026-07-01",
    plannedEnd: "2026-12-20",
    objective: "Bình chọn, tôn vinh sản phẩm tiêu biểu; chọn sản phẩm dự bình chọn cấp khu vực.",
    beneficiaries: [],
    activities: [
      {
        kind: "PRODUCT_CONTEST",
        line: "II.5",
        quantity: 1,
        description: "Bình chọn sản phẩm CNNT tiêu biểu cấp thành phố",
        budget: [
          { item: "Hội đồng bình chọn, chấm điểm sản phẩm", cost: 60 * MILLION, support: 60 * MILLION },
          {
            item: "Giấy chứng nhận, kỷ niệm chương, lễ trao giải",
            cost: 35 * MILLION,
            support: 35 * MILLION,
          },
        ],
      },
    ],
    steps: [
      submit("unit"),
      appraise("2026-06-10", "Đạt yêu cầu; kinh phí trong mức tối đa 100 triệu đồng mỗi lần bình chọn."),
      approve("1450/QĐ-UBND", "2026-06-29"),
      contract("45/QĐ-SCT", "2026-07-03"),
      advance("unit", "2026-07-20", 0),
      start("unit"),
    ],
  },
  // ĐÃ TẠM ỨNG (commune officer).
  {
    title: "Ứng dụng hệ thống bể chượp inox và máy lọc nước mắm",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "dac-khu-cat-hai",
    by: "catHai",
    proposedOn: "2026-05-06",
    plannedStart: "2026-07-15",
    plannedEnd: "2026-12-31",
    objective: "Thay bể chượp xi măng bằng bể inox; bảo đảm an toàn thực phẩm nước mắm Cát Hải.",
    beneficiaries: ["catHai"],
    activities: [
      machine(
        [
          {
            item: "Bể chượp inox 304 (06 bể) và máy lọc nước mắm",
            cost: 400 * MILLION,
            support: 200 * MILLION,
            facility: "catHai",
          },
        ],
        "Bể chượp inox và máy lọc nước mắm",
      ),
    ],
    steps: [
      submit("catHai"),
      appraise("2026-06-02"),
      approve("1420/QĐ-UBND", "2026-06-25"),
      contract("28/2026/HĐ-KC", "2026-07-06"),
      advance("catHai", "2026-07-28", 7_600),
    ],
  },
  // ĐÃ KÝ HỢP ĐỒNG (commune officer), with the contract filed.
  {
    title: "Ứng dụng máy chạm khắc gỗ CNC 4 trục",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-vinh-bao",
    by: "vinhBao",
    proposedOn: "2026-06-12",
    plannedStart: "2026-09-01",
    plannedEnd: "2026-12-31",
    objective: "Chạm khắc hoa văn đồ gỗ Bảo Hà bằng máy, nghệ nhân tập trung khâu hoàn thiện.",
    beneficiaries: ["baoHa"],
    activities: [
      machine(
        [
          {
            item: "Máy chạm khắc gỗ CNC 4 trục",
            cost: 480 * MILLION,
            support: 240 * MILLION,
            facility: "baoHa",
          },
        ],
        "Máy chạm khắc gỗ CNC 4 trục, 8 đầu",
      ),
    ],
    steps: [
      submit("vinhBao"),
      appraise("2026-07-08"),
      approve("1712/QĐ-UBND", "2026-07-30"),
      contract("36/2026/HĐ-KC", "2026-08-12"),
      {
        do: "DOCUMENT",
        by: "vinhBao",
        kind: "MACHINERY_CONTRACT",
        fileName: "Hợp đồng mua máy CNC.pdf",
        title: "Hop dong mua may CNC 4 truc",
      },
    ],
  },
  // ĐÃ PHÊ DUYỆT.
  {
    title: "Chuyển đổi lò nung gốm dùng than sang lò nung gas tiết kiệm năng lượng",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-thai-tan",
    by: "unit",
    proposedOn: "2026-07-10",
    plannedStart: "2026-10-01",
    plannedEnd: "2027-03-31",
    objective: "Bỏ lò than gây khói bụi; ổn định màu men gốm Chu Đậu, giảm 25% tỷ lệ sản phẩm lỗi.",
    beneficiaries: ["chuDau"],
    activities: [
      machine(
        [
          {
            item: "Lò nung gốm bằng gas 3 m³",
            cost: 520 * MILLION,
            support: 260 * MILLION,
            facility: "chuDau",
          },
        ],
        "Lò nung gốm bằng gas dung tích 3 m³",
      ),
    ],
    steps: [submit("unit"), appraise("2026-08-05"), approve("1985/QĐ-UBND", "2026-08-28")],
  },
  // ĐÃ THẨM ĐỊNH: waiting for the approval decision (by another department user).
  {
    title: "Ứng dụng máy may, máy gò mũi giày điện tử trong sản xuất giày da Tam Kỳ",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-kim-thanh",
    by: "unit",
    proposedOn: "2026-08-25",
    plannedStart: "2026-11-15",
    plannedEnd: "2027-04-30",
    objective: "Tự động hóa khâu may, gò mũi giày; đáp ứng đơn hàng xuất khẩu.",
    beneficiaries: ["tamKy"],
    activities: [
      machine(
        [
          {
            item: "Máy may điện tử lập trình (04 máy)",
            cost: 320 * MILLION,
            support: 160 * MILLION,
            facility: "tamKy",
          },
          {
            item: "Máy gò mũi giày thủy lực",
            cost: 240 * MILLION,
            support: 120 * MILLION,
            facility: "tamKy",
          },
        ],
        "Máy may điện tử, máy gò mũi giày",
      ),
    ],
    steps: [submit("unit"), appraise("2026-09-22")],
  },
  // ĐÃ GỬI THẨM ĐỊNH (commune officer, phường with a recognised craft village).
  {
    title: "Ứng dụng dây chuyền tráng và sấy bánh đa Kinh Giao",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "phuong-thien-huong",
    by: "thienHuong",
    proposedOn: "2026-09-15",
    plannedStart: "2026-12-01",
    plannedEnd: "2027-05-31",
    objective: "Tráng, sấy bánh đa bằng máy, không phụ thuộc thời tiết; giữ hương vị bánh đa Kinh Giao.",
    beneficiaries: ["kinhGiao"],
    activities: [
      machine(
        [
          {
            item: "Máy tráng bánh đa tự động",
            cost: 420 * MILLION,
            support: 210 * MILLION,
            facility: "kinhGiao",
          },
          {
            item: "Tủ sấy bánh bằng hơi nóng",
            cost: 180 * MILLION,
            support: 90 * MILLION,
            facility: "kinhGiao",
          },
        ],
        "Máy tráng bánh đa tự động, tủ sấy",
      ),
    ],
    steps: [submit("thienHuong")],
  },
  // ĐANG LẬP after a return: the reason is on the đề án.
  {
    title: "Ứng dụng máy dệt chiếu cói tự động",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-kien-thuy",
    by: "unit",
    proposedOn: "2026-08-04",
    plannedStart: "2026-11-01",
    plannedEnd: "2027-03-31",
    objective: "Cơ giới hóa khâu dệt; tăng thu nhập cho 25 lao động nữ của tổ hợp tác.",
    beneficiaries: ["chieuCoi"],
    activities: [
      machine(
        [
          {
            item: "Máy dệt chiếu cói tự động (04 máy)",
            cost: 360 * MILLION,
            support: 180 * MILLION,
            facility: "chieuCoi",
          },
        ],
        "Máy dệt chiếu cói tự động",
      ),
    ],
    steps: [
      submit("unit"),
      {
        do: "RETURN",
        by: "appraiser",
        date: "2026-08-21",
        reason: "Bổ sung báo giá của ít nhất 03 nhà cung cấp và hợp đồng thuê mặt bằng lắp đặt máy.",
      },
    ],
  },
  // KHÔNG ĐƯỢC PHÊ DUYỆT.
  {
    title: "Ứng dụng máy bào, máy cưa mộc liên hợp",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-vinh-bao",
    by: "vinhBao",
    proposedOn: "2026-06-20",
    plannedStart: "2026-09-01",
    plannedEnd: "2026-12-31",
    objective: "Cơ giới hóa khâu pha gỗ của xưởng mộc.",
    beneficiaries: ["mocVinhBao"],
    activities: [
      machine(
        [
          {
            item: "Máy bào, cưa mộc liên hợp",
            cost: 260 * MILLION,
            support: 130 * MILLION,
            facility: "mocVinhBao",
          },
        ],
        "Máy bào, cưa mộc liên hợp",
      ),
    ],
    steps: [
      submit("vinhBao"),
      appraise("2026-07-14", "Không đạt: giá thiết bị cao hơn mặt bằng giá thị trường khoảng 35%."),
      {
        do: "REJECT",
        by: "approver",
        date: "2026-07-24",
        reason:
          "Giá thiết bị đề nghị cao hơn giá thị trường khoảng 35%; cơ sở chưa có mặt bằng nhà xưởng để lắp đặt máy.",
      },
    ],
  },
  // ĐÃ DỪNG THỰC HIỆN after the advance was paid.
  {
    title: "Ứng dụng máy hấp, máy sấy chả mực",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "dac-khu-cat-hai",
    by: "catHai",
    proposedOn: "2026-04-15",
    plannedStart: "2026-06-15",
    plannedEnd: "2026-11-30",
    objective: "Chế biến chả mực đạt chuẩn OCOP 3 sao.",
    beneficiaries: ["catHaiHtx"],
    activities: [
      machine(
        [
          {
            item: "Máy hấp, máy sấy chả mực",
            cost: 340 * MILLION,
            support: 170 * MILLION,
            facility: "catHaiHtx",
          },
        ],
        "Máy hấp và máy sấy chả mực",
      ),
    ],
    steps: [
      submit("catHai"),
      appraise("2026-05-06"),
      approve("1205/QĐ-UBND", "2026-05-27"),
      contract("26/2026/HĐ-KC", "2026-06-08"),
      advance("catHai", "2026-06-30"),
      start("catHai"),
      {
        do: "STOP",
        by: "approver",
        date: "2026-09-15",
        reason:
          "Nhà xưởng của hợp tác xã hư hỏng nặng do bão số 3 (tháng 9/2026); cơ sở đề nghị dừng. Thu hồi phần tạm ứng chưa sử dụng theo quy định.",
      },
    ],
  },
  // ĐANG LẬP (commune officer), with a double-support warning from the support recorded in 2023.
  {
    title: "Ứng dụng máy sấy vải thiều bằng công nghệ bơm nhiệt",
    year: 2026,
    fundSource: "CITY_BUDGET",
    communeCode: "xa-thanh-ha",
    by: "thanhHa",
    proposedOn: "2026-10-20",
    plannedStart: "2027-01-15",
    plannedEnd: "2027-06-30",
    objective: "Sấy vải thiều đạt màu và độ ẩm ổn định, không dùng than, kịp vụ thu hoạch 2027.",
    beneficiaries: ["thanhHa"],
    activities: [
      machine(
        [
          {
            item: "Máy sấy bơm nhiệt 500 kg/mẻ",
            cost: 640 * MILLION,
            support: 300 * MILLION,
            facility: "thanhHa",
          },
        ],
        "Máy sấy vải thiều bơm nhiệt 500 kg/mẻ",
      ),
    ],
    steps: [],
  },
  // ĐANG LẬP for next year's plan.
  {
    title: "Xây dựng, đăng ký nhãn hiệu tập thể Nước mắm Cát Hải",
    year: 2027,
    fundSource: "CITY_BUDGET",
    communeCode: "dac-khu-cat-hai",
    by: "catHai",
    proposedOn: "2026-11-05",
    plannedStart: "2027-03-01",
    plannedEnd: "2027-10-31",
    objective: "Bảo hộ tên gọi nước mắm Cát Hải; bao bì, nhãn mác thống nhất cho các hộ sản xuất.",
    beneficiaries: ["catHai"],
    activities: [
      {
        kind: "TRADEMARK",
        line: "II.6",
        quantity: 1,
        description: "Nhãn hiệu tập thể Nước mắm Cát Hải",
        budget: [
          {
            item: "Tư vấn, thiết kế và nộp đơn đăng ký nhãn hiệu",
            cost: 60 * MILLION,
            support: 30 * MILLION,
            facility: "catHai",
          },
        ],
      },
    ],
    steps: [],
  },
];
