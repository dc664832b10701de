import type { ActivityKind } from "../activities/activity-kind.js";
import { type Citation, formatCitation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import { type BasisPoints, type Dong, MILLION } from "../money/dong.js";
import type { CapRule, Norm } from "./norm.js";

/**
 * First day of the Thông tư 28/2018/TT-BTC norms. The circular is dated 28/3/2018; 15/5/2018 is the believed
 * effective date, not read in the text. Earlier national norms (TTLT 26/2014) are not modelled.
 */
export const TT_28_2018_VALID_FROM = "2018-05-15";

/**
 * First day of Hải Phòng's local norms: the date Nghị quyết 13/2025/NQ-HĐND was passed (25/7/2025). Its
 * effective date was not found, so the passing date stands in for it.
 */
export const NQ_13_2025_HP_VALID_FROM = "2025-07-25";

const TT_28_NOTE =
  "Thông tư 28/2018/TT-BTC ngày 28/3/2018; ngày hiệu lực 15/5/2018 chưa xác minh. " +
  "Nội dung sửa đổi của Thông tư 64/2024/TT-BTC chưa đối chiếu.";

const tt28 = (clause: string | undefined, extraNote = ""): Citation => ({
  document: LEGAL_DOCUMENTS.TT_28_2018,
  article: "Điều 8",
  ...(clause === undefined ? {} : { clause }),
  note: extraNote === "" ? TT_28_NOTE : `${TT_28_NOTE} ${extraNote}`,
  status: "VERIFIED",
});

const CARRIED_FORWARD_NOTE =
  "Mức theo Thông tư liên tịch 26/2014/TTLT-BTC-BCT, văn bản cuối cùng đọc được, nay đã được " +
  "Thông tư 28/2018/TT-BTC thay thế; chưa đối chiếu được với Thông tư 28/2018/TT-BTC và " +
  "Thông tư 64/2024/TT-BTC nên chưa xác minh là mức hiện hành.";

// TTLT 26/2014 Điều 6 is "Mức chi hoạt động khuyến công"; the clauses were not recorded.
const ttlt26 = (extraNote = ""): Citation => ({
  document: LEGAL_DOCUMENTS.TTLT_26_2014,
  article: "Điều 6",
  note: extraNote === "" ? CARRIED_FORWARD_NOTE : `${CARRIED_FORWARD_NOTE} ${extraNote}`,
  status: "VERIFIED_SUPERSEDED",
});

interface NationalRow {
  readonly kind: ActivityKind;
  readonly rate: BasisPoints | null;
  readonly cap: Dong | null;
  readonly capBasis: string;
  readonly capRule?: CapRule;
  readonly label: string;
  readonly citation: Citation;
  readonly status: Norm["status"];
}

const national = (row: NationalRow): Norm => ({
  id: `KCQG.${row.kind}.2018`,
  activityKind: row.kind,
  fundLevel: "NATIONAL",
  rate: row.rate,
  cap: row.cap,
  capBasis: row.capBasis,
  ...(row.capRule === undefined ? {} : { capRule: row.capRule }),
  label: row.label,
  citation: row.citation,
  validFrom: TT_28_2018_VALID_FROM,
  validTo: null,
  status: row.status,
});

/**
 * National (KCQG) norms of the TT 28/2018 era, from domain-reference §3. Values read in TT 28/2018 Điều 8 are
 * `VERIFIED`; values only known from the superseded TTLT 26/2014 are carried forward as `UNVERIFIED` current
 * norms citing TTLT 26/2014 as the last verified text. Where the old text had two tiers for one activity kind
 * (regional / national contest or association; detailed planning / infrastructure of a cluster), only the
 * lower tier is seeded: one version per activity and fund at a time, and a too-low ceiling only costs a
 * review, a too-high one pays out public money the law may not allow.
 */
const NATIONAL_SEED_NORMS: readonly Norm[] = [
  national({
    kind: "DEMONSTRATION_MODEL",
    rate: 3_000,
    cap: 1_000 * MILLION,
    capBasis: "mỗi mô hình",
    label:
      "Xây dựng mô hình trình diễn kỹ thuật (công nghệ mới, sản phẩm mới): xây dựng, máy móc, tài liệu quy trình",
    citation: tt28("khoản 2"),
    status: "VERIFIED",
  }),
  national({
    kind: "REPLICATION_MODEL",
    rate: null,
    cap: 100 * MILLION,
    capBasis: "mỗi mô hình",
    label: "Nhân rộng mô hình sản xuất đang hoạt động hiệu quả của cơ sở công nghiệp nông thôn",
    citation: ttlt26(
      "Thông tư 28/2018/TT-BTC Điều 8 khoản 2 có quy định mức này nhưng nguồn đọc được bị cắt; " +
        "tạm dùng mức cũ 100 triệu đồng/mô hình. Tỷ lệ hỗ trợ chưa rõ nên chỉ áp dụng mức trần.",
    ),
    status: "UNVERIFIED",
  }),
  national({
    kind: "MACHINERY",
    rate: 5_000,
    cap: 300 * MILLION,
    capBasis: "mỗi cơ sở",
    label: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ tiên tiến",
    citation: tt28("khoản 4"),
    status: "VERIFIED",
  }),
  national({
    kind: "TECHNOLOGY_LINE",
    // A line is machinery applied as a whole; a careful reader applies clause 4's 50% to it rather than
    // paying 100% of a small line. The rate is inferred, so the norm is only partly verified.
    rate: 5000,
    cap: null,
    capBasis: "mỗi cơ sở",
    capRule: { multiplierOf: "KCQG.MACHINERY.2018", factor: { numerator: 3, denominator: 2 } },
    label: "Ứng dụng dây chuyền công nghệ tiên tiến",
    citation: tt28(
      "khoản 4",
      "Mức trần bằng 1,5 lần mức trần máy móc thiết bị (đã xác minh); tỷ lệ 50% suy ra từ cùng khoản 4 " +
        "(ứng dụng máy móc thiết bị), nguồn đọc được không nêu tỷ lệ riêng cho dây chuyền.",
    ),
    status: "PARTLY_VERIFIED",
  }),
  national({
    kind: "ENTERPRISE_FOUNDING",
    rate: null,
    cap: 10 * MILLION,
    capBasis: "mỗi doanh nghiệp",
    label:
      "Hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn tại địa bàn khó khăn, đặc biệt khó khăn",
    citation: tt28(undefined, "Mức lấy từ bản tóm tắt của Thông tư; chưa đọc được khoản cụ thể."),
    status: "VERIFIED",
  }),
  national({
    kind: "FAIR_ORGANISATION",
    rate: 10_000,
    cap: null,
    capBasis: "theo giá trúng thầu",
    label: "Tổ chức hội chợ, triển lãm trong nước: thuê gian hàng, tuyên truyền, chi phí ban tổ chức",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "FAIR_PARTICIPATION",
    rate: 8_000,
    cap: null,
    capBasis: "theo giá thuê gian hàng",
    label: "Hỗ trợ cơ sở công nghiệp nông thôn thuê gian hàng tại hội chợ, triển lãm khác trong nước",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "OVERSEAS_FAIR_PARTICIPATION",
    rate: 10_000,
    cap: null,
    capBasis: "theo giá trúng thầu",
    label: "Tổ chức, tham gia hội chợ, triển lãm ở nước ngoài; vé máy bay khảo sát",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "PRODUCT_CONTEST",
    rate: null,
    cap: 100 * MILLION,
    capBasis: "mỗi lần bình chọn",
    label: "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực",
    citation: ttlt26(
      "Chỉ nhập mức cấp khu vực; mức cấp quốc gia (200 triệu đồng/lần) và tiền thưởng sản phẩm " +
        "(5/10 triệu đồng/sản phẩm) chưa được mô hình hóa.",
    ),
    status: "UNVERIFIED",
  }),
  national({
    kind: "TRADEMARK",
    rate: 5_000,
    cap: 35 * MILLION,
    capBasis: "mỗi nhãn hiệu",
    label: "Xây dựng, đăng ký thương hiệu, nhãn hiệu",
    citation: ttlt26("Đơn vị tính của mức trần chưa xác minh."),
    status: "UNVERIFIED",
  }),
  national({
    kind: "CONSULTING",
    rate: 5_000,
    cap: 35 * MILLION,
    capBasis: "mỗi cơ sở",
    label: "Thuê tư vấn (dự án đầu tư, marketing, quản lý sản xuất, mẫu mã, bao bì…)",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "ASSOCIATION",
    rate: 3_000,
    cap: 70 * MILLION,
    capBasis: "mỗi hội, hiệp hội",
    label: "Thành lập hội, hiệp hội ngành nghề cấp vùng",
    citation: ttlt26("Chỉ nhập mức cấp vùng; mức cấp quốc gia (100 triệu đồng) chưa được mô hình hóa."),
    status: "UNVERIFIED",
  }),
  national({
    kind: "LINKAGE_CLUSTER",
    rate: 5_000,
    cap: 150 * MILLION,
    capBasis: "mỗi cụm",
    label: "Hình thành cụm liên kết doanh nghiệp công nghiệp",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "FACILITY_ENVIRONMENT",
    rate: 3_000,
    cap: 300 * MILLION,
    capBasis: "mỗi cơ sở",
    label: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở công nghiệp nông thôn",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "CLUSTER_ENVIRONMENT",
    rate: 3_000,
    cap: 1_500 * MILLION,
    capBasis: "mỗi cụm công nghiệp",
    label: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cụm công nghiệp",
    citation: ttlt26(),
    status: "UNVERIFIED",
  }),
  national({
    kind: "POLLUTION_RELOCATION_INTEREST",
    rate: 5_000,
    cap: 500 * MILLION,
    capBasis: "mỗi cơ sở",
    label: "Hỗ trợ lãi suất vay (2 năm đầu) di dời cơ sở gây ô nhiễm vào khu, cụm công nghiệp",
    citation: ttlt26("Chi phí hợp lệ là tiền lãi vay của 2 năm đầu."),
    status: "UNVERIFIED",
  }),
  national({
    kind: "CLUSTER_INFRASTRUCTURE",
    rate: 5_000,
    cap: 500 * MILLION,
    capBasis: "mỗi cụm công nghiệp",
    label: "Lập quy hoạch chi tiết cụm công nghiệp",
    citation: ttlt26(
      "Chỉ nhập mức quy hoạch chi tiết; mức hỗ trợ hạ tầng (3.000 triệu đồng/cụm) chưa được mô hình hóa. " +
        "Nội dung này có thể đã bị bỏ khỏi Thông tư 28/2018/TT-BTC.",
    ),
    status: "UNVERIFIED",
  }),
  national({
    kind: "CLEANER_PRODUCTION_ASSESSMENT",
    rate: 5_000,
    cap: 50 * MILLION,
    capBasis: "mỗi cơ sở",
    label: "Thuê tư vấn đánh giá sản xuất sạch hơn",
    citation: {
      document: LEGAL_DOCUMENTS.TTLT_221_2012,
      note:
        "Mức của kinh phí thực hiện Chiến lược sản xuất sạch hơn, không phải định mức kinh phí khuyến công; " +
        "văn bản đã được thay thế, chưa tìm được mức hiện hành.",
      status: "VERIFIED_SUPERSEDED",
    },
    status: "UNVERIFIED",
  }),
];

const localId = (nationalId: string): string =>
  nationalId.replace(/^KCQG\./, "KCDP.").replace(/\.2018$/, ".2025");

/**
 * A placeholder local (KCĐP) version of a national norm. NQ 13/2025/NQ-HĐND sets Hải Phòng's own figures,
 * but they were not found; the national figure keeps the table usable until configuration replaces it, and
 * the `UNVERIFIED` status and the note make sure nobody mistakes it for the city's rule.
 */
const placeholderLocal = (norm: Norm): Norm => ({
  ...norm,
  id: localId(norm.id),
  fundLevel: "LOCAL",
  ...(norm.capRule === undefined
    ? {}
    : { capRule: { ...norm.capRule, multiplierOf: localId(norm.capRule.multiplierOf) } }),
  citation: {
    document: LEGAL_DOCUMENTS.NQ_13_2025_HP,
    note:
      "Chưa tìm được mức chi trong Nghị quyết 13/2025/NQ-HĐND ngày 25/7/2025 của HĐND thành phố Hải Phòng; " +
      `tạm dùng mức của kinh phí khuyến công quốc gia (${formatCitation(norm.citation)}) làm giá trị giữ chỗ` +
      (norm.status === "VERIFIED" ? ", " : " (bản thân mức quốc gia này cũng chưa xác minh), ") +
      "cần thay bằng mức do HĐND thành phố quy định. Ngày hiệu lực của nghị quyết chưa xác minh, dùng ngày thông qua.",
    status: "UNVERIFIED",
  },
  validFrom: NQ_13_2025_HP_VALID_FROM,
  validTo: null,
  status: "UNVERIFIED",
});

/**
 * Every support norm known from domain-reference §3: the national norms of the TT 28/2018 era and Hải Phòng's
 * local placeholders (ids `KCQG.*` and `KCDP.*`). Activities paid under general Ministry of Finance regimes
 * (training, communication, programme management) and those whose figures were not found (showroom,
 * extension collaborators) have no norm. Pass it to `createNormTable` with configuration overrides.
 */
export const SEED_NORMS: readonly Norm[] = Object.freeze([
  ...NATIONAL_SEED_NORMS,
  ...NATIONAL_SEED_NORMS.map(placeholderLocal),
]);
