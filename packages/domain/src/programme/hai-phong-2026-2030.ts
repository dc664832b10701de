import type { ActivityKind } from "../activities/activity-kind.js";
import type { BodyTarget, ContentGroup, Programme, TargetLine } from "./types.js";

/*
 * Transcribed from the decision approving the programme (shared/seed/000_b8c76627f67891b9.txt): the
 * appendix "Tổng hợp nội dung thực hiện Chương trình khuyến công giai đoạn 2026-2030" and the figures of
 * Điều 1, mục I.2. Values are as printed, errors included; `auditProgramme` reports what does not agree.
 */

type Cells = readonly [number | null, number | null, number | null, number | null, number | null];

const YEARS = [2026, 2027, 2028, 2029, 2030] as const;

function line(
  groupCode: string,
  order: number,
  name: string,
  unit: string,
  cells: Cells,
  printedTotal: number | null,
  activityKinds: readonly ActivityKind[],
  extra: Pick<TargetLine, "perUnit"> = {},
): TargetLine {
  const yearly: Record<number, number | null> = {};
  YEARS.forEach((year, i) => {
    yearly[year] = cells[i] ?? null;
  });
  return {
    code: `${groupCode}.${order}`,
    groupCode,
    order,
    name,
    unit,
    yearly,
    printedTotal,
    activityKinds,
    source: `Phụ lục, mục ${groupCode}, dòng ${order}`,
    ...extra,
  };
}

const _ = null;

const GROUP_I: ContentGroup = {
  code: "I",
  name: "Hỗ trợ xây dựng mô hình trình diễn kỹ thuật, chuyển giao công nghệ và ứng dụng máy móc tiên tiến, tiến bộ khoa học kỹ thuật vào sản xuất công nghiệp - tiểu thủ công nghiệp (TTCN); xây dựng các mô hình thí điểm về áp dụng sản xuất sạch hơn (SXSH); xây dựng các mô hình thí điểm về áp dụng sản xuất sạch hơn",
  lines: [
    line(
      "I",
      1,
      "Hỗ trợ xây dựng các mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản xuất sản phẩm mới",
      "Mô hình",
      [_, 1, 1, 1, 1],
      4,
      ["DEMONSTRATION_MODEL"],
    ),
    line(
      "I",
      2,
      "Hỗ trợ chuyển giao, ứng dụng máy móc thiết bị, công nghệ tiên tiến, tự động hóa, công nghệ 4.0 vào các khâu sản xuất công nghiệp - tiểu thủ công nghiệp",
      "Cơ sở",
      [24, 29, 29, 29, 32],
      143,
      ["MACHINERY", "TECHNOLOGY_LINE"],
    ),
    line(
      "I",
      3,
      "Hỗ trợ các cơ sở công nghiệp nông thôn sửa chữa, nâng cấp hệ thống xử lý môi trường",
      "Cơ sở",
      [_, 1, 1, 1, 1],
      4,
      ["FACILITY_ENVIRONMENT"],
    ),
    line(
      "I",
      4,
      "Hỗ trợ tư vấn, đánh giá, áp dụng các giải pháp sản xuất sạch hơn trong công nghiệp",
      "Cơ sở",
      [_, _, _, _, _],
      null,
      ["CLEANER_PRODUCTION_ASSESSMENT"],
    ),
    line(
      "I",
      5,
      "Hỗ trợ xây dựng mô hình thí điểm về áp dụng sản xuất sạch hơn và nhân rộng mô hình áp dụng",
      "Mô hình",
      [_, _, _, _, _],
      null,
      ["REPLICATION_MODEL"],
    ),
    line(
      "I",
      6,
      "Tổ chức hội nghị, hội thảo, diễn đàn, giới thiệu công nghệ, máy móc thiết bị hiện đại cho các cơ sở công nghiệp nông thôn.",
      "Hội nghị",
      [_, 1, 1, 1, 1],
      4,
      ["COMMUNICATION"],
    ),
    line(
      "I",
      7,
      "Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường tại các cụm công nghiệp",
      "CCN",
      [_, _, _, _, _],
      null,
      ["CLUSTER_ENVIRONMENT"],
    ),
  ],
};

const GROUP_II: ContentGroup = {
  code: "II",
  name: "Hỗ trợ phát triển sản phẩm công nghiệp nông thôn tiêu biểu",
  lines: [
    line(
      "II",
      1,
      "Tổ chức hội chợ triển lãm Công Thương vùng Đồng bằng sông Hồng",
      "Hội chợ",
      [_, 1, _, 1, _],
      2,
      ["FAIR_ORGANISATION"],
    ),
    line(
      "II",
      2,
      "Tổ chức và tham gia Hội chợ triển lãm hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc",
      "Kỳ HCTL",
      [1, 1, 1, 1, 1],
      5,
      ["FAIR_ORGANISATION", "FAIR_PARTICIPATION"],
    ),
    line(
      "II",
      3,
      "Tổ chức hội chợ, triển lãm hàng công nghiệp - tiểu thủ công nghiệp tại xã",
      "Hội chợ",
      [_, _, _, _, _],
      null,
      ["FAIR_ORGANISATION"],
    ),
    line(
      "II",
      4,
      "Hỗ trợ các cơ sở công nghiệp nông thôn tham gia hội chợ triển lãm tại các tỉnh/thành phố trong nước",
      "Gian hàng",
      [12, 12, 12, 12, 12],
      60,
      ["FAIR_PARTICIPATION"],
    ),
    line(
      "II",
      5,
      "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu (SPCNNTTB) cấp xã, thành phố.",
      "Cuộc bình chọn",
      [1, 1, _, 1, _],
      3,
      ["PRODUCT_CONTEST"],
    ),
    line(
      "II",
      6,
      "Hỗ trợ xây dựng, đăng ký nhãn hiệu đối với sản phẩm công nghiệp nông thôn",
      "Nhãn hiệu",
      [_, 2, 2, 2, 2],
      8,
      ["TRADEMARK"],
    ),
    line(
      "II",
      7,
      "Hỗ trợ đầu tư các phòng trưng bày, giới thiệu sản phẩm công nghiệp nông thôn gắn với các khu du lịch, khu dân cư, trung tâm hành chính và các hoạt động xúc tiến thương mại khác (cấp xã, thành phố)",
      "Cơ sở",
      [2, 3, 3, 3, 4],
      25,
      ["SHOWROOM"],
    ),
    line(
      "II",
      8,
      "Hỗ trợ xây dựng hệ thống thông tin, cơ sở dữ liệu về sản phẩm, ngành hàng, thị trường",
      "Hệ thống cơ sở dữ liệu",
      [_, 1, _, _, _],
      1,
      ["COMMUNICATION"],
    ),
    line(
      "II",
      9,
      "Đào tạo, tập huấn, phổ biến kiến thức nâng cao năng lực thiết kế, phát triển sản phẩm cho các cơ sở công nghiệp nông thôn",
      "Lớp",
      [_, 1, 1, 1, 1],
      4,
      ["TRAINING"],
    ),
  ],
};

const GROUP_III: ContentGroup = {
  code: "III",
  name: "Hỗ trợ liên doanh, liên kết; tham gia cụm liên kết ngành, chuỗi giá trị; hợp tác đầu tư phát triển các cụm công nghiệp",
  lines: [
    line(
      "III",
      1,
      "Hỗ trợ các cơ sở công nghiệp thành lập các hiệp hội, hội ngành nghề",
      "Hội",
      [_, _, _, _, _],
      null,
      ["ASSOCIATION"],
    ),
    line(
      "III",
      2,
      "Hỗ trợ hình thành cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến",
      "Cụm liên kết",
      [_, _, _, _, _],
      null,
      ["LINKAGE_CLUSTER"],
    ),
    line(
      "III",
      3,
      "Hỗ trợ cơ sở công nghiệp nông thôn tham gia cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến",
      "Cơ sở",
      [_, _, _, _, _],
      null,
      ["LINKAGE_CLUSTER"],
    ),
    line(
      "III",
      4,
      "Quản lý, vận hành Cơ sở dữ liệu cụm công nghiệp thành phố Hải Phòng",
      "Cụm",
      [1, 1, 1, 1, 1],
      5,
      ["PROGRAMME_MANAGEMENT"],
    ),
  ],
};

const GROUP_IV: ContentGroup = {
  code: "IV",
  name: "Hỗ trợ phát triển nguồn nhân lực có chất lượng, nâng cao năng lực quản lý doanh nghiệp",
  lines: [
    line(
      "IV",
      1,
      "Đào tạo cán bộ quản lý, kỹ thuật; bồi dưỡng nâng cao cho nghệ nhân tiêu thủ công nghiệp, người có tay nghề cao",
      "Người",
      [75, 75, 75, 75, 75],
      375,
      ["TRAINING", "ARTISAN_TEACHING"],
    ),
    line(
      "IV",
      2,
      "Đào tạo giảng viên, báo cáo viên, đội ngũ cán bộ chuyên sâu về sản xuất sạch hơn",
      "Người",
      [_, 35, 35, 35, 35],
      140,
      ["TRAINING"],
    ),
    line(
      "IV",
      3,
      "Đào tạo khởi sự kinh doanh, quản trị doanh nghiệp, nhận thức và năng lực áp dụng sản xuất sạch hơn trong sản xuất công nghiệp (01 lớp 40 học viên)",
      "Lớp",
      [_, 1, 1, 1, 1],
      4,
      ["TRAINING"],
      { perUnit: { quantity: 40, unit: "học viên" } },
    ),
    line(
      "IV",
      4,
      "Hội thảo, diễn đàn chuyên đề về áp dụng sản xuất sạch hơn trong sản xuất công nghiệp",
      "Hội nghị",
      [_, 1, 1, 1, 1],
      4,
      ["COMMUNICATION"],
    ),
  ],
};

const GROUP_V: ContentGroup = {
  code: "V",
  name: "Hỗ trợ tư vấn thông tin phát triển công nghiệp nông thôn; công tác truyền thông",
  lines: [
    line("V", 1, "Xuất bản Bản tin Công Thương (04 kỳ/năm)", "Kỳ", [4, 4, 4, 4, 4], 20, ["COMMUNICATION"]),
    line(
      "V",
      2,
      "Duy trì hoạt động, nâng cấp Trang tin điện tử, nâng cao chất lượng hoạt động cung cấp thông tin, tuyên truyền và phổ biến cơ sở dữ liệu về khuyến công và sản xuất sạch hơn",
      "Năm",
      [1, 1, 1, 1, 1],
      5,
      ["COMMUNICATION"],
    ),
    line(
      "V",
      3,
      "Hỗ trợ thuê tư vấn, hướng dẫn lập dự án đầu tư; marketing; quản lý sản xuất, tài chính, kế toán, nhân lực, liên doanh, liên kết sản xuất kinh doanh và thiết kế mẫu mã, bao bì đóng gói; ứng dụng công nghệ, thiết bị mới liên quan đến sản xuất công nghiệp nông thôn",
      "Cơ sở",
      [_, 3, 3, 3, 3],
      12,
      ["CONSULTING"],
    ),
    line(
      "V",
      4,
      "Tập huấn, phổ biến, hướng dẫn tiếp cận các chính sách ưu đãi đầu tư, chính sách đất đai, chính sách khoa học công nghệ, chính sách tài chính - tín dụng và các chính sách ưu đãi khác của Nhà nước",
      "Hội nghị",
      [_, _, _, _, _],
      null,
      ["COMMUNICATION"],
    ),
  ],
};

const GROUP_VI: ContentGroup = {
  code: "VI",
  name: "Nâng cao năng lực tổ chức thực hiện các hoạt động khuyến công, sản xuất sạch hơn, công nghiệp nông thôn và cụm công nghiệp",
  lines: [
    line(
      "VI",
      1,
      "Xây dựng Chương trình khuyến công thành phố Hải Phòng giai đoạn 2031-2035",
      "Đoàn",
      [_, _, _, _, 1],
      1,
      ["PROGRAMME_MANAGEMENT"],
    ),
    line(
      "VI",
      2,
      "Tổ chức Hội nghị tổng kết Chương trình khuyến công thành phố giai đoạn 2026-2030",
      "Hội nghị",
      [_, _, _, _, 1],
      1,
      ["PROGRAMME_MANAGEMENT"],
    ),
    line(
      "VI",
      3,
      "Tập huấn chuyên môn, bồi dưỡng nghiệp vụ cho cán bộ làm công tác khuyến công",
      "Hội nghị",
      [1, 1, 1, 1, 1],
      5,
      ["PROGRAMME_MANAGEMENT"],
    ),
    line(
      "VI",
      4,
      "Tổ chức đoàn tham quan, học tập kinh nghiệm, liên kết phát triển ngành nghề công nghiệp nông thôn, CNHT, sản xuất sạch hơn và cụm công nghiệp tại các tỉnh, thành phố",
      "Đoàn",
      [1, 1, 1, 1, 1],
      5,
      ["PROGRAMME_MANAGEMENT"],
    ),
    line("VI", 5, "Chi thù lao cho Cộng tác viên khuyến công", "Năm", [1, 1, 1, 1, 1], 5, [
      "PROGRAMME_MANAGEMENT",
    ]),
    line(
      "VI",
      6,
      "Ứng dụng Dữ liệu công nghệ thông tin vào quản lý hoạt động khuyến công.",
      "Chương trình",
      [_, 1, _, _, _],
      1,
      ["PROGRAMME_MANAGEMENT"],
    ),
  ],
};

function body(
  lineCode: string | null,
  value: number,
  unit: string,
  point: string,
  quote: string,
): BodyTarget {
  return {
    id: `I.2.${point}.${lineCode ?? "none"}`,
    lineCode,
    value,
    unit,
    quote,
    location: `Điều 1, mục I.2, điểm ${point}`,
  };
}

/** Every numeric target stated in Điều 1, mục I.2 (a–e), each linked to the appendix row it concerns. */
const BODY_TARGETS: readonly BodyTarget[] = [
  body(
    "I.1",
    4,
    "mô hình",
    "a",
    "Xây dựng 04 mô hình trình diễn kỹ thuật, phổ biến công nghệ mới, sản xuất sản phẩm mới",
  ),
  body(
    "I.2",
    143,
    "cơ sở",
    "a",
    "Hỗ trợ 143 cơ sở chuyển giao, ứng dụng máy móc thiết bị, công nghệ tiên tiến",
  ),
  body(
    "I.3",
    4,
    "cơ sở",
    "a",
    "Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường cho 04 cơ sở công nghiệp nông thôn",
  ),
  body(
    "I.6",
    4,
    "hội nghị",
    "a",
    "Tổ chức 04 hội nghị, hội thảo, diễn đàn, giới thiệu công nghệ, máy móc thiết bị hiện đại",
  ),
  body(
    "I.7",
    4,
    "cụm công nghiệp",
    "a",
    "Hỗ trợ sửa chữa, nâng cấp hệ thống xử lý môi trường cho 04 cụm công nghiệp",
  ),
  body(
    "II.5",
    2,
    "kỳ bình chọn",
    "b",
    "Tổ chức 02 kỳ bình chọn sản phẩm công nghiệp nông thôn tiêu biểu (SPCNNTTB) cấp xã, cấp thành phố",
  ),
  body("II.6", 8, "cơ sở", "b", "Hỗ trợ xây dựng, đăng ký nhãn hiệu đối với sản phẩm CNNT cho 08 cơ sở CNNT"),
  body("II.1", 2, "hội chợ", "b", "Tổ chức 02 hội chợ triển lãm Công Thương vùng Đồng bằng sông Hồng"),
  body(
    "II.2",
    5,
    "hội chợ",
    "b",
    "Tổ chức và tham gia 05 Hội chợ triển lãm hàng CNNT tiêu biểu khu vực phía Bắc",
  ),
  body(
    "II.4",
    60,
    "gian hàng",
    "b",
    "Hỗ trợ 60 gian hàng cho các cơ sở CNNT tham gia hội chợ triển lãm tại các tỉnh/thành phố trong nước",
  ),
  body(
    "II.7",
    25,
    "cơ sở",
    "b",
    "Hỗ trợ cho 25 cơ sở đầu tư các phòng trưng bày, giới thiệu sản phẩm CNNT các cấp",
  ),
  body(
    "II.8",
    1,
    "hệ thống",
    "b",
    "Hỗ trợ xây dựng 01 hệ thống thông tin, cơ sở dữ liệu về sản phẩm, ngành hàng, thị trường các sản phẩm CNNT",
  ),
  body(
    "II.9",
    4,
    "lớp",
    "b",
    "Mở 04 lớp đào tạo, tập huấn, phổ biến kiến thức nâng cao năng lực thiết kế, phát triển sản phẩm",
  ),
  body("III.1", 3, "hội", "c", "Hỗ trợ các cơ sở công nghiệp thành lập 03 hiệp hội, hội ngành nghề"),
  body(
    "III.2",
    3,
    "cụm liên kết",
    "c",
    "Hỗ trợ hình thành 03 cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến",
  ),
  body(
    "III.3",
    18,
    "cơ sở",
    "c",
    "Hỗ trợ 18 cơ sở CNNT tham gia cụm liên kết ngành, chuỗi giá trị trong lĩnh vực sản xuất, chế biến",
  ),
  body(
    "IV.1",
    375,
    "người",
    "d",
    "Đào tạo, tập huấn, bồi dưỡng cho 375 cán bộ quản lý, kỹ thuật, thợ giỏi, nghệ nhân tiểu thủ công nghiệp, người có tay nghề cao",
  ),
  body(
    "IV.3",
    140,
    "học viên",
    "d",
    "Đào tạo khởi sự kinh doanh, quản trị doanh nghiệp, nhận thức và năng lực áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững cho khoảng 140 học viên",
  ),
  body(
    "IV.4",
    4,
    "hội thảo",
    "d",
    "Tổ chức 04 hội thảo, diễn đàn chuyên đề áp dụng sản xuất sạch hơn trong sản xuất công nghiệp",
  ),
  body("V.1", 20, "kỳ", "đ", "Xuất bản 20 kỳ bản tin Công Thương (04 kỳ/năm)"),
  body("V.3", 12, "cơ sở", "đ", "Hỗ trợ 12 cơ sở thuê tư vấn, hướng dẫn lập dự án đầu tư; marketing; …"),
  body(
    "VI.3",
    5,
    "lớp",
    "e",
    "Tổ chức 05 lớp tập huấn chuyên môn, bồi dưỡng nghiệp vụ cho cán bộ làm công tác khuyến công",
  ),
  body(
    "VI.4",
    5,
    "đoàn",
    "e",
    "Tổ chức 05 đoàn tham quan, học tập kinh nghiệm, liên kết phát triển ngành nghề công nghiệp nông thôn",
  ),
];

/** The Hải Phòng industrial-extension programme 2026–2030, as the decision prints it. */
export const HAI_PHONG_PROGRAMME_2026_2030: Programme = {
  code: "HP-KC-2026-2030",
  name: "Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026 – 2030",
  firstYear: 2026,
  lastYear: 2030,
  decision: {
    number: null,
    date: null,
    issuer: "Ủy ban nhân dân thành phố Hải Phòng",
    title: "Quyết định phê duyệt Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026 – 2030",
  },
  groups: [GROUP_I, GROUP_II, GROUP_III, GROUP_IV, GROUP_V, GROUP_VI],
  bodyTargets: BODY_TARGETS,
};
