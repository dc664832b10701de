/**
 * The kinds of khuyến công activity that a đề án can contain. They follow the activity groups of
 * Nghị định 45/2012/NĐ-CP Điều 4 (as rewritten by Nghị định 235/2025/NĐ-CP) at the grain at which a
 * support norm or an eligibility condition differs. Norms, eligibility and the programme's target lines
 * all speak of activities by these codes.
 */
export const ACTIVITY_KINDS = [
  "DEMONSTRATION_MODEL",
  "REPLICATION_MODEL",
  "MACHINERY",
  "TECHNOLOGY_LINE",
  "ENTERPRISE_FOUNDING",
  "FAIR_ORGANISATION",
  "FAIR_PARTICIPATION",
  "OVERSEAS_FAIR_PARTICIPATION",
  "PRODUCT_CONTEST",
  "TRADEMARK",
  "SHOWROOM",
  "CONSULTING",
  "TRAINING",
  "ARTISAN_TEACHING",
  "ASSOCIATION",
  "LINKAGE_CLUSTER",
  "FACILITY_ENVIRONMENT",
  "CLUSTER_ENVIRONMENT",
  "POLLUTION_RELOCATION_INTEREST",
  "CLUSTER_INFRASTRUCTURE",
  "CLEANER_PRODUCTION_ASSESSMENT",
  "COMMUNICATION",
  "PROGRAMME_MANAGEMENT",
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Who may be the beneficiary of an activity (NĐ 45 Điều 1 khoản 2 as replaced by NĐ 235/2025):
 * - `RURAL_ESTABLISHMENT`: cơ sở công nghiệp nông thôn (điểm a);
 * - `CLEANER_PRODUCTION_ESTABLISHMENT`: cơ sở sản xuất công nghiệp áp dụng SXSH, SX và tiêu dùng bền vững (điểm b);
 * - `CLUSTER_INFRASTRUCTURE_INVESTOR`: DN, HTX chủ đầu tư hạ tầng cụm công nghiệp (điểm b);
 * - `ARTISAN`: nghệ nhân nhân dân, nghệ nhân ưu tú nghề thủ công mỹ nghệ (điểm c).
 */
export type BeneficiaryKind =
  | "RURAL_ESTABLISHMENT"
  | "CLEANER_PRODUCTION_ESTABLISHMENT"
  | "CLUSTER_INFRASTRUCTURE_INVESTOR"
  | "ARTISAN";

export interface ActivityKindInfo {
  readonly kind: ActivityKind;
  /** Vietnamese name, as the admin app shows it. */
  readonly label: string;
  /**
   * Which beneficiaries may receive this activity's support. Empty when the activity has no facility
   * beneficiary (it is carried out by the department or a unit for the public: fairs it organises,
   * communication, programme management).
   */
  readonly beneficiaries: readonly BeneficiaryKind[];
}

const info = (
  kind: ActivityKind,
  label: string,
  beneficiaries: readonly BeneficiaryKind[],
): ActivityKindInfo => ({
  kind,
  label,
  beneficiaries,
});

const RURAL: readonly BeneficiaryKind[] = ["RURAL_ESTABLISHMENT"];

/** Every activity kind with its Vietnamese label and allowed beneficiaries. */
export const ACTIVITY_KIND_INFO: Readonly<Record<ActivityKind, ActivityKindInfo>> = {
  DEMONSTRATION_MODEL: info("DEMONSTRATION_MODEL", "Xây dựng mô hình trình diễn kỹ thuật", RURAL),
  REPLICATION_MODEL: info("REPLICATION_MODEL", "Nhân rộng mô hình sản xuất có hiệu quả", RURAL),
  MACHINERY: info("MACHINERY", "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến", RURAL),
  TECHNOLOGY_LINE: info("TECHNOLOGY_LINE", "Ứng dụng dây chuyền công nghệ tiên tiến", RURAL),
  ENTERPRISE_FOUNDING: info(
    "ENTERPRISE_FOUNDING",
    "Hỗ trợ thành lập doanh nghiệp sản xuất CNNT tại địa bàn khó khăn",
    RURAL,
  ),
  FAIR_ORGANISATION: info("FAIR_ORGANISATION", "Tổ chức hội chợ, triển lãm", []),
  FAIR_PARTICIPATION: info(
    "FAIR_PARTICIPATION",
    "Hỗ trợ cơ sở tham gia hội chợ, triển lãm trong nước (gian hàng)",
    RURAL,
  ),
  OVERSEAS_FAIR_PARTICIPATION: info(
    "OVERSEAS_FAIR_PARTICIPATION",
    "Hỗ trợ cơ sở tham gia hội chợ, triển lãm ở nước ngoài",
    RURAL,
  ),
  PRODUCT_CONTEST: info("PRODUCT_CONTEST", "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu", []),
  TRADEMARK: info("TRADEMARK", "Hỗ trợ xây dựng, đăng ký nhãn hiệu", RURAL),
  SHOWROOM: info("SHOWROOM", "Hỗ trợ đầu tư phòng trưng bày, giới thiệu sản phẩm", RURAL),
  CONSULTING: info("CONSULTING", "Hỗ trợ thuê tư vấn", RURAL),
  TRAINING: info("TRAINING", "Đào tạo, tập huấn, bồi dưỡng", [
    "RURAL_ESTABLISHMENT",
    "CLEANER_PRODUCTION_ESTABLISHMENT",
    "ARTISAN",
  ]),
  ARTISAN_TEACHING: info("ARTISAN_TEACHING", "Truyền nghề, tập nghề của nghệ nhân", ["ARTISAN"]),
  ASSOCIATION: info("ASSOCIATION", "Hỗ trợ thành lập hiệp hội, hội ngành nghề", RURAL),
  LINKAGE_CLUSTER: info(
    "LINKAGE_CLUSTER",
    "Hỗ trợ hình thành, tham gia cụm liên kết ngành, chuỗi giá trị",
    RURAL,
  ),
  FACILITY_ENVIRONMENT: info(
    "FACILITY_ENVIRONMENT",
    "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở CNNT",
    RURAL,
  ),
  CLUSTER_ENVIRONMENT: info(
    "CLUSTER_ENVIRONMENT",
    "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cụm công nghiệp",
    ["CLUSTER_INFRASTRUCTURE_INVESTOR"],
  ),
  POLLUTION_RELOCATION_INTEREST: info(
    "POLLUTION_RELOCATION_INTEREST",
    "Hỗ trợ lãi suất vay di dời cơ sở gây ô nhiễm vào khu, cụm công nghiệp",
    RURAL,
  ),
  CLUSTER_INFRASTRUCTURE: info(
    "CLUSTER_INFRASTRUCTURE",
    "Hỗ trợ hạ tầng, quy hoạch chi tiết cụm công nghiệp",
    ["CLUSTER_INFRASTRUCTURE_INVESTOR"],
  ),
  CLEANER_PRODUCTION_ASSESSMENT: info(
    "CLEANER_PRODUCTION_ASSESSMENT",
    "Tư vấn, đánh giá, áp dụng sản xuất sạch hơn",
    ["CLEANER_PRODUCTION_ESTABLISHMENT", "RURAL_ESTABLISHMENT"],
  ),
  COMMUNICATION: info("COMMUNICATION", "Thông tin, truyền thông", []),
  PROGRAMME_MANAGEMENT: info("PROGRAMME_MANAGEMENT", "Nâng cao năng lực quản lý, tổ chức thực hiện", []),
};

/** True when `value` is one of {@link ACTIVITY_KINDS}. */
export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}
