/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The eligible cost accepted for one budget line. */
export type AcceptedCostInput = {
  /** Eligible cost accepted, đồng. */
  acceptedCost: number;
  /** The budget line. */
  budgetLineId: string | number;
};

/** The actual output of one activity, as the acceptance records it. */
export type AcceptedOutputInput = {
  /** The activity. */
  activityId: string | number;
  /** Actual output in the target line's unit. */
  actualQuantity: number;
};

/** Kind of khuyến công activity (NĐ 45/2012 Điều 4 as amended), at the grain where norms or eligibility differ. */
export type ActivityKind =
  /** Truyền nghề, tập nghề của nghệ nhân */
  | 'ARTISAN_TEACHING'
  /** Hỗ trợ thành lập hiệp hội, hội ngành nghề */
  | 'ASSOCIATION'
  /** Tư vấn, đánh giá, áp dụng sản xuất sạch hơn */
  | 'CLEANER_PRODUCTION_ASSESSMENT'
  /** Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cụm công nghiệp */
  | 'CLUSTER_ENVIRONMENT'
  /** Hỗ trợ hạ tầng, quy hoạch chi tiết cụm công nghiệp */
  | 'CLUSTER_INFRASTRUCTURE'
  /** Thông tin, truyền thông */
  | 'COMMUNICATION'
  /** Hỗ trợ thuê tư vấn */
  | 'CONSULTING'
  /** Xây dựng mô hình trình diễn kỹ thuật */
  | 'DEMONSTRATION_MODEL'
  /** Hỗ trợ thành lập doanh nghiệp sản xuất CNNT tại địa bàn khó khăn */
  | 'ENTERPRISE_FOUNDING'
  /** Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở CNNT */
  | 'FACILITY_ENVIRONMENT'
  /** Tổ chức hội chợ, triển lãm */
  | 'FAIR_ORGANISATION'
  /** Hỗ trợ cơ sở tham gia hội chợ, triển lãm trong nước (gian hàng) */
  | 'FAIR_PARTICIPATION'
  /** Hỗ trợ hình thành, tham gia cụm liên kết ngành, chuỗi giá trị */
  | 'LINKAGE_CLUSTER'
  /** Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến */
  | 'MACHINERY'
  /** Hỗ trợ cơ sở tham gia hội chợ, triển lãm ở nước ngoài */
  | 'OVERSEAS_FAIR_PARTICIPATION'
  /** Hỗ trợ lãi suất vay di dời cơ sở gây ô nhiễm vào khu, cụm công nghiệp */
  | 'POLLUTION_RELOCATION_INTEREST'
  /** Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu */
  | 'PRODUCT_CONTEST'
  /** Nâng cao năng lực quản lý, tổ chức thực hiện */
  | 'PROGRAMME_MANAGEMENT'
  /** Nhân rộng mô hình sản xuất có hiệu quả */
  | 'REPLICATION_MODEL'
  /** Hỗ trợ đầu tư phòng trưng bày, giới thiệu sản phẩm */
  | 'SHOWROOM'
  /** Ứng dụng dây chuyền công nghệ tiên tiến */
  | 'TECHNOLOGY_LINE'
  /** Hỗ trợ xây dựng, đăng ký nhãn hiệu */
  | 'TRADEMARK'
  /** Đào tạo, tập huấn, bồi dưỡng */
  | 'TRAINING';

/** State of an annual plan: open for registration, consolidated by the department, or approved and locked. */
export type AnnualPlanStatus =
  /** Đã phê duyệt */
  | 'APPROVED'
  /** Đã tổng hợp, chờ phê duyệt */
  | 'CONSOLIDATED'
  /** Đang nhận đăng ký */
  | 'OPEN';

/** State title of an artisan: Nghệ nhân nhân dân or Nghệ nhân ưu tú. */
export type ArtisanTitle =
  /** Nghệ nhân ưu tú */
  | 'MERITORIOUS_ARTISAN'
  /** Nghệ nhân nhân dân */
  | 'PEOPLE_ARTISAN';

/** Narrows the audit log; every criterion given must hold. */
export type AuditFilter = {
  /** Only this action, e.g. "project.approve", or every action on a kind of record, e.g. "project.". */
  action?: string | null | undefined;
  /** Only this record. */
  entityId?: string | null | undefined;
  /** Only this kind of record, e.g. "User". */
  entityType?: string | null | undefined;
  /** Only changes at or after this moment. */
  from?: string | null | undefined;
  /** Only changes before this moment. */
  to?: string | null | undefined;
  /** Only changes made by this user. */
  userId?: string | number | null | undefined;
};

/** A cost item of the estimate. */
export type BudgetLineInput = {
  /** The activity it belongs to. */
  activityId: string | number;
  /** Eligible cost, đồng. */
  cost: number;
  /** The cost item. */
  costItem: string;
  /** The beneficiary it is for, if any (must be a beneficiary of the đề án). */
  facilityId?: string | number | null | undefined;
  /** State support asked for, đồng; the rest is counterpart funds. */
  requestedSupport: number;
};

/** Main business field for the SME size test of NĐ 80/2021 Điều 5. */
export type BusinessField =
  /** Nông nghiệp, lâm nghiệp và thủy sản */
  | 'AGRI_FORESTRY_FISHERY'
  /** Công nghiệp và xây dựng */
  | 'INDUSTRY_CONSTRUCTION'
  /** Thương mại và dịch vụ */
  | 'TRADE_SERVICES';

/** Kiln type of a clay-brick producer; two types are excluded from support (TT 46/2012 Điều 5). */
export type ClayBrickKiln =
  /** Lò vòng (Hoffmann) */
  | 'HOFFMANN'
  /** Lò thủ công cải tiến */
  | 'IMPROVED_MANUAL'
  /** Loại lò khác */
  | 'OTHER'
  /** Lò tuy-nen */
  | 'TUNNEL'
  /** Lò đứng liên tục */
  | 'VERTICAL_SHAFT';

/** Kind of commune-level unit: xã, phường or đặc khu. */
export type CommuneKind =
  /** Đặc khu */
  | 'DAC_KHU'
  /** Phường */
  | 'PHUONG'
  /** Xã */
  | 'XA';

/** The result on one target line. */
export type CommuneReportLineInput = {
  /** What was achieved in the year, in the line's unit (0 or more). */
  achieved: number;
  /** A note on the line. */
  note?: string | null | undefined;
  /** Id of the programme's target line. */
  targetLineId: string | number;
};

/** Where a commune's yearly report stands: drafted, sent to the department, returned for completion, or accepted. */
export type CommuneReportStatus =
  /** Sở đã tiếp nhận */
  | 'ACCEPTED'
  /** Đang lập */
  | 'DRAFT'
  /** Sở trả lại để bổ sung */
  | 'RETURNED'
  /** Đã gửi Sở */
  | 'SUBMITTED';

/** What an evidence document of a đề án proves (biên bản nghiệm thu, hoá đơn…). */
export type DocumentKind =
  /** Biên bản nghiệm thu */
  | 'ACCEPTANCE_MINUTES'
  /** Danh sách học viên có chữ ký */
  | 'ATTENDANCE_LIST'
  /** Giấy chứng nhận (nhãn hiệu, sản phẩm tiêu biểu…) */
  | 'CERTIFICATE'
  /** Hoá đơn, chứng từ */
  | 'INVOICE'
  /** Hợp đồng, thanh lý hợp đồng mua máy móc thiết bị */
  | 'MACHINERY_CONTRACT'
  /** Tài liệu khác */
  | 'OTHER'
  /** Ảnh chụp hiện trường, sản phẩm */
  | 'PHOTO';

/** Which supported đề án count; an omitted list means all. */
export type FacilityFilter = {
  /** Plan years of the đề án. */
  years?: Array<number> | null | undefined;
};

/** What to group supported facilities by; several may be combined. */
export type FacilityGrouping =
  /** The commune where the facility produces. */
  | 'COMMUNE'
  /** Its legal form. */
  | 'LEGAL_FORM'
  /** The facility's main production line. */
  | 'SECTOR'
  /** Its enterprise size class (NĐ 80/2021), computed from the stored size data. */
  | 'SIZE'
  /** Owned or run by women, or not. */
  | 'WOMEN_OWNED';

/** The data of a facility, as the registration form holds it. */
export type FacilityInput = {
  /** Applies cleaner production. */
  appliesCleanerProduction?: boolean;
  /** Craft of the artisan title. */
  artisanCraft?: string | null | undefined;
  /** The artisan title is in handicrafts. */
  artisanIsHandicraft?: boolean;
  /** Artisan title, if any. */
  artisanTitle?: ArtisanTitle | null | undefined;
  /** Annual average of BHXH-insured workers last year. */
  averageInsuredWorkers?: number | null | undefined;
  /** Business field for the SME test; with the workers below. */
  businessField?: BusinessField | null | undefined;
  /** Kiln type, clay-brick producers only. */
  clayBrickKiln?: ClayBrickKiln | null | undefined;
  /** Craft village of the site, if any. */
  craftVillageName?: string | null | undefined;
  /** The craft village is recognised by the city. */
  craftVillageRecognised?: boolean;
  /** Employs ethnic-minority workers. */
  employsEthnicMinorities?: boolean;
  /** Head-office address. */
  hqAddress?: string | null | undefined;
  /** Produces in a disadvantaged area. */
  inDisadvantagedArea?: boolean;
  /** Invests in industrial-cluster infrastructure. */
  isClusterInfrastructureInvestor?: boolean;
  /** Legal form. */
  legalForm: LegalForm;
  /** Name as registered. */
  name: string;
  /** Contact telephone. */
  phone?: string | null | undefined;
  /** Revenue of the previous year, đồng. */
  priorYearRevenue?: number | null | undefined;
  /** Address of the workshop. */
  productionAddress?: string | null | undefined;
  /** Commune code of the production site, e.g. `xa-an-hung`. */
  productionCommuneCode: string;
  /** Legal representative or owner. */
  representative?: string | null | undefined;
  /** Main production line. */
  sector: Sector;
  /** Tax or business-registration number. */
  taxCode?: string | null | undefined;
  /** Total capital at last year-end, đồng. */
  totalCapital?: number | null | undefined;
  /** Owned or run by women. */
  womenOwned?: boolean;
};

/** Size class of a facility as `classifyEnterpriseSize` of @khuyencong/domain gives it (same SME_LIMITS), computed in SQL. */
export type FacilitySize =
  /** Doanh nghiệp lớn */
  | 'LARGE'
  /** Doanh nghiệp vừa */
  | 'MEDIUM'
  /** Doanh nghiệp siêu nhỏ */
  | 'MICRO'
  /** Not an enterprise (cooperative, household business…): the SME size test does not apply. */
  | 'NOT_ENTERPRISE'
  /** Doanh nghiệp nhỏ */
  | 'SMALL'
  /** An enterprise whose business field, insured workers, or both revenue and capital are not declared. */
  | 'UNDETERMINED';

/** Whether what is achieved plus what approved đề án still plan to deliver reaches the target. */
export type ForecastOutlook =
  /** Có nguy cơ không đạt */
  | 'AT_RISK'
  /** Có khả năng đạt */
  | 'LIKELY_MET'
  /** Không có chỉ tiêu */
  | 'NO_TARGET';

/** Which fund pays: national khuyến công fund (KCQG) or the city's (KCĐP). */
export type FundLevel =
  /** Kinh phí khuyến công địa phương */
  | 'LOCAL'
  /** Kinh phí khuyến công quốc gia */
  | 'NATIONAL';

/** Where the money comes from: national fund, city budget, counterpart, integrated programmes or other lawful sources. */
export type FundSource =
  /** Ngân sách thành phố (khuyến công địa phương) */
  | 'CITY_BUDGET'
  /** Vốn đối ứng của cơ sở */
  | 'COUNTERPART'
  /** Vốn lồng ghép từ chương trình, dự án khác */
  | 'INTEGRATED'
  /** Kinh phí khuyến công quốc gia */
  | 'NATIONAL_FUND'
  /** Nguồn huy động hợp pháp khác */
  | 'OTHER';

/** Legal form of an establishment. */
export type LegalForm =
  /** Hợp tác xã */
  | 'COOPERATIVE'
  /** Tổ hợp tác */
  | 'COOPERATIVE_GROUP'
  /** Doanh nghiệp */
  | 'ENTERPRISE'
  /** Hộ kinh doanh */
  | 'HOUSEHOLD_BUSINESS'
  /** Cá nhân */
  | 'INDIVIDUAL'
  /** Liên hiệp hợp tác xã */
  | 'UNION_OF_COOPERATIVES';

/** Which đề án money is counted over; an omitted list means all, an empty list none. */
export type MoneyFilter = {
  /** Commune codes, e.g. `xa-an-hung`. */
  communeCodes?: Array<string> | null | undefined;
  /** Fund sources. */
  fundSources?: Array<FundSource> | null | undefined;
  /** Lifecycle states (now). */
  states?: Array<ProjectState> | null | undefined;
  /** Plan years. */
  years?: Array<number> | null | undefined;
};

/** What to group money by; several may be combined. */
export type MoneyGrouping =
  /** The commune where the đề án is carried out (`Project.communeCode`). */
  | 'COMMUNE'
  /** The content group (I–VI) of the target line of the activity each budget line belongs to; `paid` and `finalSupport` are then null. */
  | 'CONTENT_GROUP'
  /** The fund asked to support the đề án (`Project.fundSource`). */
  | 'FUND_SOURCE'
  /** The đề án's lifecycle state now. */
  | 'STATE'
  /** The đề án's plan year (`Project.year`). */
  | 'YEAR';

/** What changed for the recipient. */
export type NotificationKind =
  /** Báo cáo năm của xã được tiếp nhận */
  | 'COMMUNE_REPORT_ACCEPTED'
  /** Báo cáo năm của xã bị trả lại */
  | 'COMMUNE_REPORT_RETURNED'
  /** Sắp đến hạn báo cáo */
  | 'DUTY_DUE_SOON'
  /** Quá hạn báo cáo */
  | 'DUTY_OVERDUE'
  /** Kho bạc đã thanh toán */
  | 'PAYMENT_PAID'
  /** Kế hoạch năm mở đăng ký */
  | 'PLAN_OPENED'
  /** Đề án được phê duyệt */
  | 'PROJECT_APPROVED'
  /** Đề án không được phê duyệt */
  | 'PROJECT_REJECTED'
  /** Đề án bị trả lại */
  | 'PROJECT_RETURNED';

/** Where a target line stands as of a year: the period's total reached, on track with the years so far, behind them, or no target. */
export type ProgressStatus =
  /** Đã đạt chỉ tiêu cả giai đoạn */
  | 'ACHIEVED'
  /** Chậm tiến độ */
  | 'BEHIND'
  /** Không có chỉ tiêu */
  | 'NO_TARGET'
  /** Đúng tiến độ */
  | 'ON_TRACK';

/** A transition of the đề án lifecycle. */
export type ProjectAction =
  /** Ghi biên bản nghiệm thu */
  | 'ACCEPT'
  /** Ghi kết quả thẩm định */
  | 'APPRAISE'
  /** Ghi quyết định phê duyệt */
  | 'APPROVE'
  /** Chấp thuận điều chỉnh */
  | 'APPROVE_ADJUSTMENT'
  /** Thanh lý, đóng đề án */
  | 'CLOSE'
  /** Ghi tạm ứng */
  | 'RECORD_ADVANCE'
  /** Không phê duyệt */
  | 'REJECT'
  /** Không chấp thuận điều chỉnh */
  | 'REJECT_ADJUSTMENT'
  /** Đề nghị điều chỉnh */
  | 'REQUEST_ADJUSTMENT'
  /** Trả lại để bổ sung */
  | 'RETURN'
  /** Ghi quyết toán */
  | 'SETTLE'
  /** Ghi hợp đồng / giao nhiệm vụ */
  | 'SIGN_CONTRACT'
  /** Bắt đầu thực hiện */
  | 'START'
  /** Dừng thực hiện */
  | 'STOP'
  /** Gửi thẩm định */
  | 'SUBMIT';

/** An activity of a đề án. */
export type ProjectActivityInput = {
  /** Kind of activity. */
  activityKind: ActivityKind;
  /** Demonstration: technology ahead of local practice. */
  demonstrationSuperior?: boolean | null | undefined;
  /** What is done. */
  description?: string;
  /** Machinery: improves productivity, quality or pollution. */
  machineryImproves?: boolean | null | undefined;
  /** Machinery: new, not second-hand. */
  machineryIsNew?: boolean | null | undefined;
  /** Overseas fairs already supported this year for the beneficiary. */
  overseasFairsThisYear?: number | null | undefined;
  /** Planned output in the line's unit. */
  plannedQuantity: number;
  /** Target line the output counts toward. */
  targetLineId: string | number;
};

/** The header of a đề án, as its first page holds it. */
export type ProjectInput = {
  /** Commune where it is carried out. */
  communeCode: string;
  /** NATIONAL_FUND or CITY_BUDGET: the state fund asked to support it. */
  fundSource: FundSource;
  /** Implementing unit; an implementing-unit user is always its own. */
  implementingUnitId?: string | number | null | undefined;
  /** Objectives and necessity. */
  objective?: string;
  /** Planned end (YYYY-MM-DD). */
  plannedEnd?: string | null | undefined;
  /** Planned start (YYYY-MM-DD). */
  plannedStart?: string | null | undefined;
  /** Date of the đề án (YYYY-MM-DD); norms are judged as of it. */
  proposedOn: string;
  /** Title. */
  title: string;
  /** Plan year, within the programme's period. */
  year: number;
};

/** State of a đề án in its lifecycle. */
export type ProjectState =
  /** Đã nghiệm thu */
  | 'ACCEPTED'
  /** Đang xin điều chỉnh */
  | 'ADJUSTING'
  /** Đã tạm ứng */
  | 'ADVANCED'
  /** Đã thẩm định */
  | 'APPRAISED'
  /** Đã phê duyệt */
  | 'APPROVED'
  /** Đã thanh lý */
  | 'CLOSED'
  /** Đã ký hợp đồng */
  | 'CONTRACTED'
  /** Đang lập */
  | 'DRAFT'
  /** Đang thực hiện */
  | 'IN_PROGRESS'
  /** Không được phê duyệt */
  | 'REJECTED'
  /** Đã quyết toán */
  | 'SETTLED'
  /** Đã dừng thực hiện */
  | 'STOPPED'
  /** Đã gửi thẩm định */
  | 'SUBMITTED';

/** What a user may do. Scope (commune, implementing unit) is data on the user, not a role. */
export type Role =
  /** Quản trị hệ thống */
  | 'ADMIN'
  /** Phân tích dữ liệu (chỉ đọc) */
  | 'ANALYST'
  /** Cán bộ UBND xã, phường, đặc khu */
  | 'COMMUNE_OFFICER'
  /** Sở Công Thương / Trung tâm Khuyến công */
  | 'DEPARTMENT'
  /** Sở Tài chính */
  | 'FINANCE'
  /** Đơn vị thực hiện đề án */
  | 'IMPLEMENTING_UNIT'
  /** Kho bạc Nhà nước khu vực III */
  | 'TREASURY';

/** Industry sector of an establishment, after NĐ 45/2012 Điều 5 and the additions of NĐ 235/2025. */
export type Sector =
  /** Công nghiệp hóa chất phục vụ sản xuất nông nghiệp, nông thôn */
  | 'AGRICULTURAL_CHEMICALS'
  /** Công nghiệp chế biến nông, lâm, thủy sản và chế biến thực phẩm */
  | 'AGRO_FOOD_PROCESSING'
  /** Sản xuất vật liệu xây dựng */
  | 'BUILDING_MATERIALS'
  /** Áp dụng sản xuất sạch hơn; xử lý ô nhiễm môi trường tại cụm công nghiệp, cơ sở công nghiệp nông thôn */
  | 'CLEANER_PRODUCTION_POLLUTION_TREATMENT'
  /** Công nghiệp sạch */
  | 'CLEAN_INDUSTRY'
  /** Sản xuất hàng công nghiệp phục vụ tiêu dùng, xuất khẩu, hàng thay thế hàng nhập khẩu */
  | 'CONSUMER_EXPORT_GOODS'
  /** Sản xuất tiết kiệm năng lượng */
  | 'ENERGY_SAVING'
  /** Công nghiệp môi trường */
  | 'ENVIRONMENTAL_INDUSTRY'
  /** Sản xuất năng lượng thân thiện với môi trường */
  | 'ENVIRONMENT_FRIENDLY_ENERGY'
  /** Sản xuất hàng tiểu thủ công nghiệp */
  | 'HANDICRAFTS'
  /** Sản xuất sản phẩm công nghệ cao */
  | 'HIGH_TECH'
  /** Sản xuất sản phẩm, phụ tùng; lắp ráp, sửa chữa máy móc, thiết bị cơ khí, điện, điện tử - tin học; gia công chi tiết, công nghiệp hỗ trợ */
  | 'MECHANICAL_ELECTRICAL_ELECTRONIC'
  /** Khai thác, chế biến khoáng sản (chỉ tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn) */
  | 'MINING_MINERAL_PROCESSING'
  /** Ngành nghề khác (ngoài danh mục được hỗ trợ) */
  | 'OTHER';

/** How far a rule's value was checked against the legal text it cites. */
export type VerificationStatus =
  /** Xác minh một phần */
  | 'PARTLY_VERIFIED'
  /** Chưa xác minh */
  | 'UNVERIFIED'
  /** Đã xác minh */
  | 'VERIFIED'
  /** Đã xác minh (văn bản đã được thay thế) */
  | 'VERIFIED_SUPERSEDED';

export type AnalyticsMoneyBreakdownQueryVariables = Exact<{
  g: Array<MoneyGrouping> | MoneyGrouping;
  f?: MoneyFilter | null | undefined;
}>;


export type AnalyticsMoneyBreakdownQuery = { moneyBreakdown: { coversAllProjects: boolean, rows: Array<{ year: number | null, fundSource: FundSource | null, communeCode: string | null, communeName: string | null, contentGroupCode: string | null, contentGroupName: string | null, state: ProjectState | null, projectCount: number, requested: number, approved: number, advanced: number | null, paid: number | null, finalSupport: number | null }>, total: { projectCount: number, requested: number, approved: number, advanced: number | null, paid: number | null, finalSupport: number | null } } };

export type AnalyticsSupportedFacilitiesQueryVariables = Exact<{
  g: Array<FacilityGrouping> | FacilityGrouping;
  f?: FacilityFilter | null | undefined;
}>;


export type AnalyticsSupportedFacilitiesQuery = { supportedFacilities: { coversAllProjects: boolean, rows: Array<{ communeCode: string | null, sector: Sector | null, legalForm: LegalForm | null, size: FacilitySize | null, womenOwned: boolean | null, facilityCount: number, projectCount: number }>, total: { facilityCount: number, projectCount: number } } };

export type AnalyticsLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsLinesQuery = { lines: Array<{ year: number, groupCode: string, lineCode: string | null, yearTarget: number | null, yearAchieved: number | null, cumulativeAchieved: number | null, periodTotal: number | null, attainment: number | null, status: ProgressStatus | null }>, groups: Array<{ year: number, groupCode: string, attainment: number | null, attainmentToDate: number | null, linesBehind: number | null, linesOnTrack: number | null, linesAchieved: number | null }> };

export type AnalyticsProgrammeProgressQueryVariables = Exact<{
  y: number;
}>;


export type AnalyticsProgrammeProgressQuery = { programmeProgress: { groups: Array<{ groupCode: string, attainment: number | null, attainmentToDate: number | null, linesBehind: number, linesOnTrack: number, linesAchieved: number, lines: Array<{ code: string, total: number | null, rate: number | null, status: ProgressStatus, cumulativeAchieved: number, years: Array<{ year: number, target: number | null, achieved: number }> }> }> } };

export type AnalyticsAttainmentQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsAttainmentQuery = { attainment: Array<{ year: number }> };

export type AnnualPlansCreateImplementingUnitMutationVariables = Exact<{ [key: string]: never; }>;


export type AnnualPlansCreateImplementingUnitMutation = { createImplementingUnit: { id: string } };

export type AnnualPlansProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualPlansProgrammeQuery = { programme: { groups: Array<{ lines: Array<{ id: string, code: string, yearlyTargets: Array<{ year: number, target: number | null }> }> }> } };

export type AnnualPlansPlanFragment = { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null };

export type AnnualPlansRegistrationFragment = { id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string };

export type AnnualPlansOpenAnnualPlanMutationVariables = Exact<{
  year: number;
}>;


export type AnnualPlansOpenAnnualPlanMutation = { openAnnualPlan: { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null } };

export type AnnualPlansConsolidateAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
}>;


export type AnnualPlansConsolidateAnnualPlanMutation = { consolidateAnnualPlan: { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null } };

export type AnnualPlansReopenAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
  reason: string;
}>;


export type AnnualPlansReopenAnnualPlanMutation = { reopenAnnualPlan: { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null } };

export type AnnualPlansApproveAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
  decisionNumber: string;
  decisionDate: string;
}>;


export type AnnualPlansApproveAnnualPlanMutation = { approveAnnualPlan: { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null } };

export type AnnualPlansAnnualPlan4QueryVariables = Exact<{
  year: number;
}>;


export type AnnualPlansAnnualPlan4Query = { annualPlan: { id: string, programmeCode: string, year: number, status: AnnualPlanStatus, statusLabel: string, version: number, decisionNumber: string | null, decisionDate: string | null, consolidatedAt: string | null, approvedAt: string | null, consolidatedBy: { id: string } | null, approvedBy: { id: string } | null } };

export type AnnualPlansRegisterPlannedActivityMutationVariables = Exact<{
  year: number;
  targetLineId: string | number;
  quantity: number;
  estimatedCost: number;
  fundSource: FundSource;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type AnnualPlansRegisterPlannedActivityMutation = { registerPlannedActivity: { id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string } };

export type AnnualPlansUpdatePlanRegistrationMutationVariables = Exact<{
  id: string | number;
  version: number;
  targetLineId?: string | number | null | undefined;
  quantity?: number | null | undefined;
  estimatedCost?: number | null | undefined;
  fundSource?: FundSource | null | undefined;
  note?: string | null | undefined;
}>;


export type AnnualPlansUpdatePlanRegistrationMutation = { updatePlanRegistration: { id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string } };

export type AnnualPlansWithdrawPlanRegistrationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AnnualPlansWithdrawPlanRegistrationMutation = { withdrawPlanRegistration: { id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string } };

export type AnnualPlansPlanRegistrationQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnualPlansPlanRegistrationQuery = { planRegistration: { id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string } };

export type AnnualPlansAnnualPlan5QueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
}>;


export type AnnualPlansAnnualPlan5Query = { annualPlan: { version: number, registrations: { totalCount: number, nodes: Array<{ id: string, planId: string, communeCode: string | null, unitId: string | null, targetLineId: string, quantity: number, estimatedCost: number, fundSource: FundSource, note: string | null, version: number, createdById: string, targetLine: { code: string }, commune: { code: string, displayName: string } | null, unit: { id: string, name: string } | null, createdBy: { id: string, fullName: string } }> }, comparison: { coversAllRegistrations: boolean, lines: Array<{ targetLineId: string, target: number | null, registeredQuantity: number, estimatedCost: number, registrationCount: number, difference: number | null, targetLine: { code: string, unit: string } }>, byFundSource: Array<{ fundSource: FundSource, registrationCount: number, estimatedCost: number }>, byCommune: Array<{ communeCode: string, registrationCount: number, estimatedCost: number, commune: { displayName: string } }>, byUnit: Array<{ unitId: string, registrationCount: number, estimatedCost: number, unit: { name: string } }>, total: { registrationCount: number, estimatedCost: number } } } };

export type AnnualPlansAnnualPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualPlansAnnualPlansQuery = { annualPlans: Array<{ year: number, status: AnnualPlanStatus, decisionNumber: string | null }> };

export type AnnualPlansAnnualPlanQueryVariables = Exact<{
  year: number;
}>;


export type AnnualPlansAnnualPlanQuery = { annualPlan: { registrations: { totalCount: number, nodes: Array<{ id: string }> } } };

export type AnnualPlansAnnualPlans2QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualPlansAnnualPlans2Query = { annualPlans: Array<{ id: string }> };

export type AnnualPlansAnnualPlan2QueryVariables = Exact<{
  year: number;
}>;


export type AnnualPlansAnnualPlan2Query = { annualPlan: { comparison: { coversAllRegistrations: boolean, lines: Array<{ targetLineId: string, target: number | null, registeredQuantity: number, estimatedCost: number, registrationCount: number, difference: number | null }>, byFundSource: Array<{ fundSource: FundSource, registrationCount: number, estimatedCost: number }>, byCommune: Array<{ communeCode: string, registrationCount: number, estimatedCost: number }>, byUnit: Array<{ unitId: string, registrationCount: number, estimatedCost: number }>, total: { registrationCount: number, estimatedCost: number } } } };

export type AnnualPlansAnnualPlan3QueryVariables = Exact<{
  year: number;
  after?: string | null | undefined;
}>;


export type AnnualPlansAnnualPlan3Query = { annualPlan: { registrations: { totalCount: number, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ApiTokensCreateApiTokenMutationVariables = Exact<{
  name: string;
  days?: number | null | undefined;
}>;


export type ApiTokensCreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string, prefix: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } } };

export type ApiTokensRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensRevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ApiTokensMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMeQuery = { me: { id: string, role: Role } };

export type ApiTokensMyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, lastUsedAt: string | null }> };

export type ApiTokensMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe2Query = { me: { id: string } };

export type ApiTokensMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe3Query = { me: { id: string } };

export type ApiTokensMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe4Query = { me: { id: string } };

export type ApiTokensMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe5Query = { me: { id: string } };

export type ApiTokensMe6QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe6Query = { me: { id: string } };

export type ApiTokensApiTokensQueryVariables = Exact<{
  u: string | number;
}>;


export type ApiTokensApiTokensQuery = { apiTokens: Array<{ id: string }> };

export type ApiTokensMe7QueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensMe7Query = { me: { id: string } };

export type ApiTokensLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensLogoutMutation = { logout: boolean };

export type ApprovalPlanWarningsQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalPlanWarningsQuery = { project: { state: ProjectState, year: number, approvalWarnings: Array<string> } };

export type ApprovalPlanOpenMutationVariables = Exact<{
  year: number;
}>;


export type ApprovalPlanOpenMutation = { openAnnualPlan: { id: string } };

export type AuditRenameMutationVariables = Exact<{
  id: string | number;
  version: number;
  fullName: string;
}>;


export type AuditRenameMutation = { updateUser: { id: string } };

export type AuditChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type AuditChangePasswordMutation = { changePassword: { id: string } };

export type AuditResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type AuditResetPasswordMutation = { resetPassword: { id: string } };

export type AuditDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeactivateMutation = { deactivateUser: { id: string } };

export type AuditLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AuditLoginMutation = { login: { token: string } };

export type AuditAuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, action: string, entityType: string, entityId: string, userId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, user: { email: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditCreateUserMutationVariables = Exact<{
  password: string;
}>;


export type AuditCreateUserMutation = { createUser: { id: string } };

export type AuditLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditLogoutMutation = { logout: boolean };

export type AuditWrongPasswordMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditWrongPasswordMutation = { changePassword: { id: string } };

export type AuditAuditLog2QueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type AuditAuditLog2Query = { auditLog: { nodes: Array<{ action: string, actionLabel: string }> } };

export type AuthLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AuthLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { id: string, email: string, role: Role, roleLabel: string } };

export type AuthChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type AuthChangePasswordMutation = { changePassword: { id: string, version: number } };

export type AuthDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthDeactivateUserMutation = { deactivateUser: { active: boolean } };

export type AuthLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutMutation = { logout: boolean };

export type AuthLogout2MutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogout2Mutation = { logout: boolean };

export type BenchGeneratorProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchGeneratorProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string }> } };

export type BenchGeneratorProjects2QueryVariables = Exact<{ [key: string]: never; }>;


export type BenchGeneratorProjects2Query = { projects: { totalCount: number, nodes: Array<{ title: string }> } };

export type BenchGeneratorProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchGeneratorProjectQuery = { project: { approvedSupport: number | null, finalSupport: number | null, paid: { total: number, pending: number } } };

export type BenchGeneratorMoneyBreakdownQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchGeneratorMoneyBreakdownQuery = { moneyBreakdown: { total: { projectCount: number, requested: number, approved: number, paid: number | null } } };

export type BenchGeneratorBudgetEnvelopesQueryVariables = Exact<{
  year: number;
}>;


export type BenchGeneratorBudgetEnvelopesQuery = { budgetEnvelopes: Array<{ fundSource: FundSource, amount: number, allocated: number, available: number }> };

export type TestStepFragment = { id: string, state: ProjectState, version: number };

export type StepSubmitMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type StepSubmitMutation = { submitProject: { id: string, state: ProjectState, version: number } };

export type StepAppraiseMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  appraisedOn: string;
  opinion: string;
}>;


export type StepAppraiseMutation = { appraiseProject: { id: string, state: ProjectState, version: number } };

export type StepReturnMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  reason: string;
}>;


export type StepReturnMutation = { returnProject: { id: string, state: ProjectState, version: number } };

export type StepRejectMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  reason: string;
}>;


export type StepRejectMutation = { rejectProject: { id: string, state: ProjectState, version: number } };

export type StepApproveMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  decisionNumber: string;
  decisionDate: string;
  doubleSupportJustification?: string | null | undefined;
}>;


export type StepApproveMutation = { approveProject: { id: string, state: ProjectState, version: number } };

export type StepSignContractMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  contractNumber: string;
  contractDate: string;
}>;


export type StepSignContractMutation = { signProjectContract: { id: string, state: ProjectState, version: number } };

export type StepStartMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type StepStartMutation = { startProject: { id: string, state: ProjectState, version: number } };

export type StepRequestAdjustmentMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  reason: string;
}>;


export type StepRequestAdjustmentMutation = { requestProjectAdjustment: { id: string, state: ProjectState, version: number } };

export type StepApproveAdjustmentMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  decisionNumber: string;
  decisionDate: string;
}>;


export type StepApproveAdjustmentMutation = { approveProjectAdjustment: { id: string, state: ProjectState, version: number } };

export type StepRejectAdjustmentMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  reason: string;
}>;


export type StepRejectAdjustmentMutation = { rejectProjectAdjustment: { id: string, state: ProjectState, version: number } };

export type StepAcceptMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  acceptedOn: string;
  outputs: Array<AcceptedOutputInput> | AcceptedOutputInput;
}>;


export type StepAcceptMutation = { acceptProject: { id: string, state: ProjectState, version: number } };

export type StepSettleMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  settledOn: string;
}>;


export type StepSettleMutation = { settleProject: { id: string, state: ProjectState, version: number } };

export type StepCloseMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type StepCloseMutation = { closeProject: { id: string, state: ProjectState, version: number } };

export type StepStopMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  reason: string;
}>;


export type StepStopMutation = { stopProject: { id: string, state: ProjectState, version: number } };

export type StepRequestPaymentMutationVariables = Exact<{
  projectId: string | number;
  key: string;
  kind: string;
  amount: number;
  progress?: number | null | undefined;
}>;


export type StepRequestPaymentMutation = { requestPayment: { id: string, kind: string, amount: number, status: string } };

export type StepPayRequestMutationVariables = Exact<{
  id: string | number;
  paidOn: string;
}>;


export type StepPayRequestMutation = { payPaymentRequest: { id: string, status: string, paidOn: string | null } };

export type CommuneReportProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type CommuneReportProgrammeQuery = { programme: { groups: Array<{ lines: Array<{ id: string, code: string }> }> } };

export type CommuneReportOfQueryVariables = Exact<{
  year: number;
  communeCode?: string | null | undefined;
}>;


export type CommuneReportOfQuery = { communeReport: { id: string, status: CommuneReportStatus, version: number, note: string | null, returnReason: string | null, submittedAt: string | null, communeCode: string, commune: { code: string }, lines: Array<{ achieved: number, note: string | null, targetLine: { code: string } }> } | null };

export type CommuneReportSaveMutationVariables = Exact<{
  year: number;
  communeCode?: string | null | undefined;
  version?: number | null | undefined;
  note?: string | null | undefined;
  lines: Array<CommuneReportLineInput> | CommuneReportLineInput;
}>;


export type CommuneReportSaveMutation = { saveCommuneReport: { id: string, status: CommuneReportStatus, version: number, note: string | null, lines: Array<{ achieved: number, note: string | null, targetLine: { code: string } }> } };

export type CommuneReportSubmitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CommuneReportSubmitMutation = { submitCommuneReport: { id: string, status: CommuneReportStatus, version: number, submittedAt: string | null } };

export type CommuneReportReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CommuneReportReturnMutation = { returnCommuneReport: { id: string, status: CommuneReportStatus, version: number, returnReason: string | null } };

export type CommuneReportAcceptMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CommuneReportAcceptMutation = { acceptCommuneReport: { id: string, status: CommuneReportStatus, version: number, reviewedAt: string | null } };

export type CommuneReportStandingsQueryVariables = Exact<{
  year: number;
}>;


export type CommuneReportStandingsQuery = { communeReportStandings: Array<{ sent: boolean, dueOn: string, overdue: boolean, commune: { code: string }, report: { status: CommuneReportStatus } | null }> };

export type CsvDownloadsOpenAnnualPlanMutationVariables = Exact<{ [key: string]: never; }>;


export type CsvDownloadsOpenAnnualPlanMutation = { openAnnualPlan: { id: string } };

export type CsvDownloadsRegisterPlannedActivityMutationVariables = Exact<{
  line: string | number;
  cost: number;
  unitId?: string | number | null | undefined;
}>;


export type CsvDownloadsRegisterPlannedActivityMutation = { registerPlannedActivity: { id: string } };

export type DatabaseKillRequestPaymentMutationVariables = Exact<{
  projectId: string | number;
  key: string;
  amount: number;
}>;


export type DatabaseKillRequestPaymentMutation = { requestPayment: { id: string } };

export type DatabaseKillPendingPaymentRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseKillPendingPaymentRequestsQuery = { pendingPaymentRequests: Array<{ id: string }> };

export type DatabaseKillPayPaymentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DatabaseKillPayPaymentRequestMutation = { payPaymentRequest: { id: string } };

export type DatabaseKillProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DatabaseKillProjectQuery = { project: { state: ProjectState, version: number } };

export type DatabaseKillApproveProjectMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type DatabaseKillApproveProjectMutation = { approveProject: { id: string } };

export type DemoProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoProjectsQuery = { projects: { totalCount: number, nodes: Array<{ code: string, state: ProjectState, year: number, fundSource: FundSource, approvedSupport: number | null, finalSupport: number | null, finalPayment: number | null, refundDue: number | null, refundReceived: number, proposedOn: string, appraisedOn: string | null, decisionDate: string | null, contractDate: string | null, acceptedOn: string | null, settledOn: string | null, lastReason: string | null, paid: { advance: number, payment: number, final: number, pending: number, total: number }, totals: { cost: number, requestedSupport: number, counterpartFunds: number }, paymentRequests: Array<{ kind: string, amount: number, status: string, paidOn: string | null }>, history: Array<{ action: string }>, activities: Array<{ plannedQuantity: number, actualQuantity: number | null }>, documents: Array<{ fileName: string }> }> } };

export type DemoLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type DemoLoginMutation = { login: { token: string } };

export type DocumentsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentsProjectQuery = { project: { documents: Array<{ id: string, kind: DocumentKind, kindLabel: string, fileName: string, contentType: string, sizeBytes: number, sha256: string, downloadPath: string, note: string | null, uploadedAt: string, canDelete: boolean, canDownload: boolean, uploadedBy: { email: string } }> } };

export type DocumentsDeleteProjectDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type DocumentsDeleteProjectDocumentMutation = { deleteProjectDocument: { id: string, documents: Array<{ id: string }> } };

export type DocumentsProjectsQueryVariables = Exact<{
  first: number;
}>;


export type DocumentsProjectsQuery = { projects: { nodes: Array<{ code: string, documents: Array<{ fileName: string, sizeBytes: number, downloadPath: string, canDelete: boolean, canDownload: boolean, uploadedBy: { email: string } }> }> } };

export type DutiesCalendarQueryVariables = Exact<{
  year: number;
}>;


export type DutiesCalendarQuery = { reportingCalendar: Array<{ key: string, dutyCode: string, bodyLabel: string, periodLabel: string, dueOn: string, dateSource: string, citation: string, citationStatus: VerificationStatus, tracked: boolean }> };

export type DutiesAgendaQueryVariables = Exact<{
  asOf?: string | null | undefined;
  days?: number | null | undefined;
}>;


export type DutiesAgendaQuery = { myDutyAgenda: { asOf: string, overdue: Array<{ key: string, daysLeft: number, tracked: boolean }>, upcoming: Array<{ key: string, daysLeft: number, tracked: boolean }> } };

export type DutiesSaveReportMutationVariables = Exact<{
  lines: Array<CommuneReportLineInput> | CommuneReportLineInput;
}>;


export type DutiesSaveReportMutation = { saveCommuneReport: { id: string, version: number } };

export type DutiesSubmitReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DutiesSubmitReportMutation = { submitCommuneReport: { status: CommuneReportStatus } };

export type DutiesLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type DutiesLinesQuery = { programme: { groups: Array<{ lines: Array<{ id: string }> }> } };

export type FacilitiesCreateFacilityMutationVariables = Exact<{
  input: FacilityInput;
}>;


export type FacilitiesCreateFacilityMutation = { createFacility: { id: string, name: string, version: number, productionCommune: { displayName: string } } };

export type FacilitiesUpdateFacilityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FacilityInput;
}>;


export type FacilitiesUpdateFacilityMutation = { updateFacility: { name: string, version: number } };

export type FacilitiesFacilityQueryVariables = Exact<{
  id: string | number;
  kind: ActivityKind;
  date: string;
}>;


export type FacilitiesFacilityQuery = { facility: { eligibility: { eligible: boolean, assessedAs: string | null, assessedAsLabel: string | null, criteria: Array<{ code: string, label: string, passed: boolean | null, reason: string, citation: { text: string, status: VerificationStatus } }> } } };

export type FacilitiesFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesFacilitiesQuery = { facilities: { totalCount: number, nodes: Array<{ name: string }> } };

export type FacilitiesFacilities2QueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesFacilities2Query = { facilities: { nodes: Array<{ name: string, productionCommuneCode: string }> } };

export type FacilitiesFacilities3QueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitiesFacilities3Query = { facilities: { totalCount: number } };

export type FacilitiesFacility2QueryVariables = Exact<{
  id: string | number;
}>;


export type FacilitiesFacility2Query = { facility: { id: string } };

export type FacilitiesFacility3QueryVariables = Exact<{
  id: string | number;
}>;


export type FacilitiesFacility3Query = { facility: { id: string } };

export type FacilitiesFacility4QueryVariables = Exact<{
  id: string | number;
}>;


export type FacilitiesFacility4Query = { facility: { id: string } };

export type FacilityImportImportFacilitiesMutationVariables = Exact<{
  file: string;
  dryRun: boolean;
}>;


export type FacilityImportImportFacilitiesMutation = { importFacilities: { dryRun: boolean, importedCount: number, rowCount: number, errorRowCount: number, rows: Array<{ row: number, name: string | null, communeName: string | null, facilityId: string | null, errors: Array<{ column: string, message: string }> }> } };

export type FacilityImportFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityImportFacilityQuery = { facility: { name: string, legalForm: LegalForm, businessField: BusinessField | null, averageInsuredWorkers: number | null, priorYearRevenue: number | null, womenOwned: boolean, taxCode: string | null } };

export type FacilityImportFacilityImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityImportFacilityImportTemplateQuery = { facilityImportTemplate: { fileName: string, base64: string } };

export type FacilityImportFacilityImportTemplate2QueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityImportFacilityImportTemplate2Query = { facilityImportTemplate: { fileName: string } };

export type FacilityImportHistoryFragment = { priorSupports: Array<{ source: string, costItem: string, year: number, amount: number | null, activityKind: ActivityKind }>, projects: Array<{ code: string, title: string }> };

export type FacilityImportHistoryOfOneQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityImportHistoryOfOneQuery = { facility: { priorSupports: Array<{ source: string, costItem: string, year: number, amount: number | null, activityKind: ActivityKind }>, projects: Array<{ code: string, title: string }> } };

export type FacilityImportRecordPriorSupportMutationVariables = Exact<{
  id: string | number;
}>;


export type FacilityImportRecordPriorSupportMutation = { recordPriorSupport: { id: string } };

export type FacilityImportHistoryOfPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityImportHistoryOfPageQuery = { facilities: { nodes: Array<{ id: string, priorSupports: Array<{ source: string, costItem: string, year: number, amount: number | null, activityKind: ActivityKind }>, projects: Array<{ code: string, title: string }> }> } };

export type FiguresMoneyQueryVariables = Exact<{
  groupBy: Array<MoneyGrouping> | MoneyGrouping;
  filter?: MoneyFilter | null | undefined;
}>;


export type FiguresMoneyQuery = { moneyBreakdown: { rows: Array<{ year: number | null, fundSource: FundSource | null, communeCode: string | null, state: ProjectState | null, projectCount: number, approved: number, paid: number | null, finalSupport: number | null, committed: number | null }>, total: { projectCount: number, approved: number, paid: number | null, finalSupport: number | null, committed: number | null } } };

export type FiguresEnvelopesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type FiguresEnvelopesQuery = { budgetEnvelopes: Array<{ year: number, fundSource: FundSource, amount: number, allocated: number, available: number }> };

export type FiguresDescriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FiguresDescriptionsQuery = { envelope: { fields: Array<{ name: string, description: string | null }> | null } | null, row: { fields: Array<{ name: string, description: string | null }> | null } | null };

export type FiguresAcceptMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  acceptedOn: string;
  outputs: Array<AcceptedOutputInput> | AcceptedOutputInput;
  acceptedCosts?: Array<AcceptedCostInput> | AcceptedCostInput | null | undefined;
}>;


export type FiguresAcceptMutation = { acceptProject: { id: string, state: ProjectState } };

export type FiguresSettleMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  settledOn: string;
}>;


export type FiguresSettleMutation = { settleProject: { id: string, state: ProjectState } };

export type TestFacilityFragment = { id: string, name: string, version: number, productionCommuneCode: string, legalForm: LegalForm, sector: Sector };

export type TestProjectFragment = { id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, totals: { cost: number, requestedSupport: number, counterpartFunds: number } };

export type TestCreateFacilityMutationVariables = Exact<{
  input: FacilityInput;
}>;


export type TestCreateFacilityMutation = { createFacility: { id: string, name: string, version: number, productionCommuneCode: string, legalForm: LegalForm, sector: Sector } };

export type TestTargetLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestTargetLinesQuery = { programme: { targetLines: Array<{ id: string, code: string }> } };

export type TestCreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type TestCreateProjectMutation = { createProject: { id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, totals: { cost: number, requestedSupport: number, counterpartFunds: number } } };

export type TestAddBeneficiaryMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  facilityId: string | number;
}>;


export type TestAddBeneficiaryMutation = { addProjectBeneficiary: { id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, totals: { cost: number, requestedSupport: number, counterpartFunds: number } } };

export type TestAddActivityMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  input: ProjectActivityInput;
}>;


export type TestAddActivityMutation = { addProjectActivity: { id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, activities: Array<{ id: string }>, totals: { cost: number, requestedSupport: number, counterpartFunds: number } } };

export type TestAddBudgetLineMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  input: BudgetLineInput;
}>;


export type TestAddBudgetLineMutation = { addBudgetLine: { id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, totals: { cost: number, requestedSupport: number, counterpartFunds: number } } };

export type TestCreateEnvelopeMutationVariables = Exact<{
  year: number;
  fund: FundSource;
  amount: number;
}>;


export type TestCreateEnvelopeMutation = { createBudgetEnvelope: { id: string, version: number, amount: number } };

export type TestLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type TestLoginMutation = { login: { token: string } };

export type TestCreateUserMutationVariables = Exact<{
  email: string;
  role: Role;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
  password: string;
}>;


export type TestCreateUserMutation = { createUser: { id: string, version: number } };

export type Health__TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type Health__TypenameQuery = { __typename: 'Query' };

export type InputHygieneCreateFacilityMutationVariables = Exact<{
  input: FacilityInput;
}>;


export type InputHygieneCreateFacilityMutation = { createFacility: { id: string, name: string } };

export type InputHygieneCreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type InputHygieneCreateProjectMutation = { createProject: { id: string, proposedOn: string } };

export type InputHygieneCreateBudgetEnvelopeMutationVariables = Exact<{
  year: number;
  amount: number;
  date?: string | null | undefined;
}>;


export type InputHygieneCreateBudgetEnvelopeMutation = { createBudgetEnvelope: { id: string, decisionDate: string | null } };

export type InputHygieneNormsQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type InputHygieneNormsQuery = { norms: Array<{ id: string, validFrom: string }> };

export type InputHygieneMoneyBreakdownQueryVariables = Exact<{
  filter?: MoneyFilter | null | undefined;
}>;


export type InputHygieneMoneyBreakdownQuery = { moneyBreakdown: { rows: Array<{ approved: number }> } };

export type InputHygieneNorms2QueryVariables = Exact<{ [key: string]: never; }>;


export type InputHygieneNorms2Query = { norms: Array<{ id: string }> };

export type DashboardQueryVariables = Exact<{
  year: number;
  years: Array<number> | number;
}>;


export type DashboardQuery = { progress: { attainment: number | null, linesBehind: number }, attainment: Array<{ year: number, groupCode: string, attainment: number | null }>, byFund: { rows: Array<{ fundSource: FundSource | null, approved: number }> }, byState: { rows: Array<{ state: ProjectState | null, projectCount: number }> } };

export type MoneyFiguresPropertyPayPaymentRequestMutationVariables = Exact<{
  id: string | number;
  paidOn: string;
}>;


export type MoneyFiguresPropertyPayPaymentRequestMutation = { payPaymentRequest: { id: string, status: string } };

export type MoneyFiguresPropertyRequestPaymentMutationVariables = Exact<{
  projectId: string | number;
  key: string;
  kind: string;
  amount: number;
  progress?: number | null | undefined;
}>;


export type MoneyFiguresPropertyRequestPaymentMutation = { requestPayment: { id: string } };

export type MoneyFiguresPropertyRefusePaymentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type MoneyFiguresPropertyRefusePaymentRequestMutation = { refusePaymentRequest: { id: string } };

export type MoneyFiguresPropertyRequestPayment2MutationVariables = Exact<{
  projectId: string | number;
  key: string;
  kind: string;
  amount: number;
  progress?: number | null | undefined;
}>;


export type MoneyFiguresPropertyRequestPayment2Mutation = { requestPayment: { id: string } };

export type MoneyFiguresPropertyRecordProjectRefundMutationVariables = Exact<{
  id: string | number;
  v: number;
  a: number;
}>;


export type MoneyFiguresPropertyRecordProjectRefundMutation = { recordProjectRefund: { id: string } };

export type MoneyFiguresPropertyRequestPayment3MutationVariables = Exact<{
  projectId: string | number;
  key: string;
  amount: number;
}>;


export type MoneyFiguresPropertyRequestPayment3Mutation = { requestPayment: { id: string } };

export type MoneyFiguresPropertyBudgetEnvelopesQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyFiguresPropertyBudgetEnvelopesQuery = { budgetEnvelopes: Array<{ year: number, fundSource: FundSource, amount: number, allocated: number, available: number }> };

export type MoneyFiguresPropertyMoneyBreakdownQueryVariables = Exact<{
  year: number;
}>;


export type MoneyFiguresPropertyMoneyBreakdownQuery = { moneyBreakdown: { rows: Array<{ fundSource: FundSource | null, committed: number | null }> } };

export type MoneyFiguresPropertyProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyFiguresPropertyProjectsQuery = { projects: { nodes: Array<{ id: string, totals: { cost: number, requestedSupport: number, counterpartFunds: number } }> } };

export type MoneyPathEnvelopesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MoneyPathEnvelopesQuery = { budgetEnvelopes: Array<{ year: number, fundSource: FundSource, amount: number, allocated: number, available: number, version: number, id: string }> };

export type MoneyPathEnvelope2026MutationVariables = Exact<{ [key: string]: never; }>;


export type MoneyPathEnvelope2026Mutation = { createBudgetEnvelope: { id: string } };

export type MoneyPathEnvelope2027MutationVariables = Exact<{ [key: string]: never; }>;


export type MoneyPathEnvelope2027Mutation = { createBudgetEnvelope: { id: string } };

export type MoneyPathShrinkEnvelopeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type MoneyPathShrinkEnvelopeMutation = { updateBudgetEnvelope: { amount: number } };

export type MoneyPathGrowEnvelopeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type MoneyPathGrowEnvelopeMutation = { updateBudgetEnvelope: { version: number } };

export type MoneyPathDoubleSupportQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyPathDoubleSupportQuery = { project: { doubleSupportFindings: Array<{ match: string, priorSource: string, message: string }> } };

export type MoneyPathPriorSourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyPathPriorSourcesQuery = { project: { doubleSupportFindings: Array<{ priorSource: string }> } };

export type MoneyPathPriorSupportMutationVariables = Exact<{
  f: string | number;
}>;


export type MoneyPathPriorSupportMutation = { recordPriorSupport: { id: string } };

export type MoneyPathRefuseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type MoneyPathRefuseMutation = { refusePaymentRequest: { status: string, refusalReason: string | null } };

export type MoneyPathPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyPathPendingQuery = { pendingPaymentRequests: Array<{ id: string, project: { code: string } }> };

export type MoneyPathStartMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type MoneyPathStartMutation = { startProject: { state: ProjectState } };

export type MoneyPathAcceptMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  outputs: Array<AcceptedOutputInput> | AcceptedOutputInput;
  acceptedCosts?: Array<AcceptedCostInput> | AcceptedCostInput | null | undefined;
}>;


export type MoneyPathAcceptMutation = { acceptProject: { state: ProjectState } };

export type MoneyPathSettleMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type MoneyPathSettleMutation = { settleProject: { state: ProjectState } };

export type MoneyPathFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyPathFiguresQuery = { project: { version: number, finalSupport: number | null, finalPayment: number | null, refundDue: number | null, refundReceived: number, paid: { total: number } } };

export type MoneyPathCloseMutationVariables = Exact<{
  projectId: string | number;
  version: number;
}>;


export type MoneyPathCloseMutation = { closeProject: { state: ProjectState } };

export type MoneyPathRefundMutationVariables = Exact<{
  id: string | number;
  v: number;
  a: number;
}>;


export type MoneyPathRefundMutation = { recordProjectRefund: { refundReceived: number, version: number } };

export type NotificationsBellQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsBellQuery = { myUnreadNotificationCount: number, myNotifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, entityType: string | null, entityId: string | null, readAt: string | null }> };

export type NotificationsMarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type NotificationsMarkReadMutation = { markNotificationsRead: number };

export type NotificationsLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsLinesQuery = { programme: { groups: Array<{ lines: Array<{ id: string }> }> } };

export type NotificationsSaveReportMutationVariables = Exact<{
  lines: Array<CommuneReportLineInput> | CommuneReportLineInput;
}>;


export type NotificationsSaveReportMutation = { saveCommuneReport: { id: string, version: number } };

export type NotificationsSubmitReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type NotificationsSubmitReportMutation = { submitCommuneReport: { status: CommuneReportStatus } };

export type NotificationsOpenPlanMutationVariables = Exact<{
  year: number;
}>;


export type NotificationsOpenPlanMutation = { openAnnualPlan: { id: string } };

export type OutageLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type OutageLoginMutation = { login: { token: string } };

export type OutageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageMeQuery = { me: { email: string } };

export type OverloadMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadMeQuery = { me: { id: string } };

export type OverloadProgrammeProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadProgrammeProgressQuery = { programmeProgress: { attainment: number | null } };

export type OverloadCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadCommunesQuery = { communes: Array<{ code: string }> };

export type OverloadProgrammeProgress2QueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadProgrammeProgress2Query = { programmeProgress: { attainment: number | null } };

export type OverloadUpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type OverloadUpdateUserMutation = { updateUser: { id: string, fullName: string } };

export type OverloadProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadProgrammeQuery = { programme: { targetLines: Array<{ code: string }> } };

export type OverloadMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadMe2Query = { me: { id: string } };

export type OverloadMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type OverloadMe3Query = { me: { id: string } };

export type PasswordsAndCredentialsCreateUserMutationVariables = Exact<{
  email: string;
  password: string;
  fullName: string;
}>;


export type PasswordsAndCredentialsCreateUserMutation = { createUser: { id: string, version: number, mustChangePassword: boolean } };

export type PasswordsAndCredentialsChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type PasswordsAndCredentialsChangePasswordMutation = { changePassword: { id: string, mustChangePassword: boolean } };

export type PasswordsAndCredentialsResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type PasswordsAndCredentialsResetPasswordMutation = { resetPassword: { id: string, mustChangePassword: boolean } };

export type PasswordsAndCredentialsLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type PasswordsAndCredentialsLoginMutation = { login: { token: string, user: { mustChangePassword: boolean } } };

export type PasswordsAndCredentialsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsMeQuery = { me: { email: string, mustChangePassword: boolean } };

export type PasswordsAndCredentialsMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsMe2Query = { me: { id: string }, communes: Array<{ code: string }> };

export type PasswordsAndCredentialsCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsCommunesQuery = { communes: Array<{ code: string }> };

export type PasswordsAndCredentialsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsLogoutMutation = { logout: boolean };

export type PasswordsAndCredentialsCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsCreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string } } };

export type PasswordsAndCredentialsUpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  role?: Role | null | undefined;
  active?: boolean | null | undefined;
}>;


export type PasswordsAndCredentialsUpdateUserMutation = { updateUser: { version: number } };

export type PasswordsAndCredentialsMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordsAndCredentialsMe3Query = { me: { id: string } };

export type PasswordsAndCredentialsDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type PasswordsAndCredentialsDeactivateUserMutation = { deactivateUser: { id: string } };

export type PasswordsAndCredentialsUpdateUser2MutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PasswordsAndCredentialsUpdateUser2Mutation = { updateUser: { id: string } };

export type ProgressOnceProgressQueryVariables = Exact<{
  year: number;
  years: Array<number> | number;
}>;


export type ProgressOnceProgressQuery = { progress: { attainment: number | null, linesWithTarget: number, linesAchieved: number }, again: { attainment: number | null }, attainment: Array<{ year: number, groupCode: string, attainment: number | null }> };

export type ProgressOnceAQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressOnceAQuery = { a: { attainment: number | null, linesBehind: number, groups: Array<{ lines: Array<{ rate: number | null, status: ProgressStatus }> }> }, b: { attainment: number | null, linesBehind: number, groups: Array<{ lines: Array<{ rate: number | null, status: ProgressStatus }> }> } };

export type ProgressOnceProgrammeProgressQueryVariables = Exact<{
  y: number;
}>;


export type ProgressOnceProgrammeProgressQuery = { programmeProgress: { attainment: number | null, linesBehind: number, groups: Array<{ lines: Array<{ rate: number | null, status: ProgressStatus }> }> } };

export type ProgressAnnualPlanQueryVariables = Exact<{
  year: number;
}>;


export type ProgressAnnualPlanQuery = { annualPlan: { version: number, status: AnnualPlanStatus } };

export type ProgressOpenAnnualPlanMutationVariables = Exact<{
  year: number;
}>;


export type ProgressOpenAnnualPlanMutation = { openAnnualPlan: { id: string } };

export type ProgressRegisterPlannedActivityMutationVariables = Exact<{
  year: number;
  line: string | number;
  quantity: number;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type ProgressRegisterPlannedActivityMutation = { registerPlannedActivity: { id: string } };

export type ProgressConsolidateAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
}>;


export type ProgressConsolidateAnnualPlanMutation = { consolidateAnnualPlan: { id: string } };

export type ProgressApproveAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
}>;


export type ProgressApproveAnnualPlanMutation = { approveAnnualPlan: { id: string } };

export type ProgressProgrammeRollUpFragment = { attainment: number | null, attainmentToDate: number | null, linesWithTarget: number, linesAchieved: number, linesOnTrack: number, linesBehind: number, linesWithoutTarget: number, forecast: { attainment: number | null, linesLikelyMet: number, linesAtRisk: number, yearEndLikelyMet: number, yearEndAtRisk: number } };

export type ProgressGroupRollUpFragment = { attainment: number | null, attainmentToDate: number | null, linesWithTarget: number, linesAchieved: number, linesOnTrack: number, linesBehind: number, linesWithoutTarget: number, forecast: { attainment: number | null, linesLikelyMet: number, linesAtRisk: number, yearEndLikelyMet: number, yearEndAtRisk: number } };

export type ProgressForecastFiguresFragment = { year: number, target: number | null, quantity: number, rate: number | null, shortfall: number | null, outlook: ForecastOutlook };

export type ProgressProgressQueryVariables = Exact<{
  asOfYear: number;
}>;


export type ProgressProgressQuery = { programmeProgress: { programmeCode: string, asOfYear: number, lastYear: number, approvedPlanYears: Array<number>, attainment: number | null, attainmentToDate: number | null, linesWithTarget: number, linesAchieved: number, linesOnTrack: number, linesBehind: number, linesWithoutTarget: number, groups: Array<{ groupCode: string, name: string, attainment: number | null, attainmentToDate: number | null, linesWithTarget: number, linesAchieved: number, linesOnTrack: number, linesBehind: number, linesWithoutTarget: number, lines: Array<{ targetLineId: string, code: string, name: string, unit: string, total: number | null, cumulativeTarget: number, cumulativeAchieved: number, remaining: number | null, rate: number | null, status: ProgressStatus, pipeline: number, targetLine: { code: string }, years: Array<{ year: number, target: number | null, planned: number | null, achieved: number, pipeline: number, rate: number | null, cumulativeTarget: number, cumulativeAchieved: number }>, forecast: { yearEnd: { year: number, target: number | null, quantity: number, rate: number | null, shortfall: number | null, outlook: ForecastOutlook }, periodEnd: { year: number, target: number | null, quantity: number, rate: number | null, shortfall: number | null, outlook: ForecastOutlook } } }>, forecast: { attainment: number | null, linesLikelyMet: number, linesAtRisk: number, yearEndLikelyMet: number, yearEndAtRisk: number } }>, forecast: { attainment: number | null, linesLikelyMet: number, linesAtRisk: number, yearEndLikelyMet: number, yearEndAtRisk: number } } };

export type ProjectsDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectsDetailQuery = { project: { stateLabel: string, decisionNumber: string | null, appraisalOpinion: string | null, availableActions: Array<ProjectAction>, id: string, code: string, state: ProjectState, version: number, communeCode: string, implementingUnitId: string | null, commune: { displayName: string }, beneficiaries: Array<{ id: string, name: string }>, activities: Array<{ activityKind: ActivityKind, plannedQuantity: number, actualQuantity: number | null, targetLine: { code: string } }>, budgetLines: Array<{ costItem: string, cost: number, requestedSupport: number, counterpartFunds: number, allowedSupport: number | null, boundBy: string, normExplanation: string, norm: { id: string } | null }>, history: Array<{ action: string, fromState: string | null, toState: string, reason: string | null, actor: { email: string } | null }>, totals: { cost: number, requestedSupport: number, counterpartFunds: number } } };

export type ProjectsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectsProjectQuery = { project: { state: ProjectState } };

export type ProjectsProject2QueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectsProject2Query = { project: { approvedSupport: number | null, finalSupport: number | null, finalPayment: number | null, refundDue: number | null, paid: { advance: number, total: number } } };

export type ProjectsCreateProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type ProjectsCreateProjectMutation = { createProject: { id: string } };

export type ProjectsProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, communeCode: string }> } };

export type ProjectsProjects2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsProjects2Query = { projects: { nodes: Array<{ id: string }> } };

export type ProjectsUpdateProjectMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  input: ProjectInput;
}>;


export type ProjectsUpdateProjectMutation = { updateProject: { version: number } };

export type ProjectsCreateProject2MutationVariables = Exact<{
  input: ProjectInput;
}>;


export type ProjectsCreateProject2Mutation = { createProject: { id: string } };

export type ProjectsCreateProject3MutationVariables = Exact<{
  input: ProjectInput;
}>;


export type ProjectsCreateProject3Mutation = { createProject: { id: string } };

export type ProjectsProjects3QueryVariables = Exact<{
  first: number;
}>;


export type ProjectsProjects3Query = { projects: { totalCount: number, nodes: Array<{ code: string, commune: { displayName: string }, implementingUnit: { name: string } | null, beneficiaries: Array<{ name: string, productionCommune: { displayName: string } }>, budgetLines: Array<{ cost: number, norm: { id: string } | null, facility: { name: string } | null }>, activities: Array<{ targetLine: { code: string } }>, totals: { cost: number } }> } };

export type ReferenceDataProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataProgrammeQuery = { programme: { code: string, name: string, firstYear: number, lastYear: number, years: Array<number>, groups: Array<{ code: string, position: number, name: string, lines: Array<{ code: string, unit: string, printedTotal: number | null, sumOfYears: number, yearlyTargets: Array<{ year: number, target: number | null }>, bodyTargets: Array<{ value: number, unit: string, location: string }>, findings: Array<{ code: string, severity: string }> }> }>, findings: Array<{ severity: string, code: string, rowCode: string, message: string, location: string, figures: Array<{ name: string, value: string | null }> }> } };

export type ReferenceDataCommunesQueryVariables = Exact<{
  kind?: CommuneKind | null | undefined;
}>;


export type ReferenceDataCommunesQuery = { communes: Array<{ code: string }> };

export type ReferenceDataCommunes2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataCommunes2Query = { communes: Array<{ code: string, displayName: string, kind: CommuneKind }> };

export type ReferenceDataCommuneQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataCommuneQuery = { commune: { code: string } };

export type ReferenceDataSupportCalculationQueryVariables = Exact<{
  kind: ActivityKind;
  fund: FundLevel;
  date: string;
  cost: number;
  requested?: number | null | undefined;
}>;


export type ReferenceDataSupportCalculationQuery = { supportCalculation: { allowed: number, rateLimit: number | null, cap: number | null, boundBy: string, excess: number, explanation: string, norm: { id: string, status: VerificationStatus } | null, citation: { document: string, article: string | null, clause: string | null, status: VerificationStatus, text: string } | null } };

export type ReferenceDataNormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataNormsQuery = { norms: Array<{ id: string, rate: number | null, cap: number | null, status: VerificationStatus, citation: { text: string, status: VerificationStatus } }> };

export type ReferenceDataCreateImplementingUnitMutationVariables = Exact<{
  name: string;
  communeCode?: string | null | undefined;
}>;


export type ReferenceDataCreateImplementingUnitMutation = { createImplementingUnit: { id: string, name: string, communeCode: string | null, version: number } };

export type ReportsOpenAnnualPlanMutationVariables = Exact<{
  year: number;
}>;


export type ReportsOpenAnnualPlanMutation = { openAnnualPlan: { id: string } };

export type ReportsRegisterPlannedActivityMutationVariables = Exact<{
  year: number;
  line: string | number;
  quantity: number;
  cost: number;
  fund: FundSource;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type ReportsRegisterPlannedActivityMutation = { registerPlannedActivity: { id: string } };

export type ReportsAnnualPlanQueryVariables = Exact<{
  year: number;
}>;


export type ReportsAnnualPlanQuery = { annualPlan: { version: number } };

export type ReportsConsolidateAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
}>;


export type ReportsConsolidateAnnualPlanMutation = { consolidateAnnualPlan: { id: string } };

export type ReportsApproveAnnualPlanMutationVariables = Exact<{
  year: number;
  version: number;
}>;


export type ReportsApproveAnnualPlanMutation = { approveAnnualPlan: { id: string } };

export type ReportsCreateImplementingUnitMutationVariables = Exact<{
  name: string;
}>;


export type ReportsCreateImplementingUnitMutation = { createImplementingUnit: { id: string } };

export type ReportsProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsProgrammeQuery = { programme: { findings: Array<{ rowCode: string, severity: string, message: string }> } };

export type Reports__TypeQueryVariables = Exact<{ [key: string]: never; }>;


export type Reports__TypeQuery = { __type: { enumValues: Array<{ name: string, description: string | null }> | null } | null };

export type SearchFoldingProjectsQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SearchFoldingProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, title: string }> } };

export type SearchFoldingUpdateProjectMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: ProjectInput;
}>;


export type SearchFoldingUpdateProjectMutation = { updateProject: { id: string } };

export type SearchFoldingFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchFoldingFacilitiesQuery = { facilities: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ name: string }> } };

export type SignInThrottlingLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInThrottlingLoginMutation = { login: { token: string } };

export type SignInThrottlingResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type SignInThrottlingResetPasswordMutation = { resetPassword: { id: string } };

export type SignInThrottlingDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type SignInThrottlingDeactivateUserMutation = { deactivateUser: { id: string } };

export type SignInThrottlingAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInThrottlingAuditLogQuery = { auditLog: { nodes: Array<{ action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type StartupMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StartupMeQuery = { me: { id: string } };

export type StartupMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type StartupMe2Query = { me: { role: Role } };

export type UsersUserFragment = { id: string, email: string, fullName: string, role: Role, communeCode: string | null, unitId: string | null, active: boolean, version: number };

export type UsersCreateMutationVariables = Exact<{
  email: string;
  role: Role;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
  password: string;
}>;


export type UsersCreateMutation = { createUser: { id: string, email: string, fullName: string, role: Role, communeCode: string | null, unitId: string | null, active: boolean, version: number } };

export type UsersUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  fullName?: string | null | undefined;
  role?: Role | null | undefined;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
  active?: boolean | null | undefined;
  email?: string | null | undefined;
}>;


export type UsersUpdateMutation = { updateUser: { id: string, email: string, fullName: string, role: Role, communeCode: string | null, unitId: string | null, active: boolean, version: number } };

export type UsersUserQueryVariables = Exact<{
  id: string | number;
}>;


export type UsersUserQuery = { user: { id: string, email: string, fullName: string, role: Role, communeCode: string | null, unitId: string | null, active: boolean, version: number } };

export type UsersDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersDeactivateUserMutation = { deactivateUser: { id: string } };

export type UsersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersMeQuery = { me: { role: Role, active: boolean } };

export type UsersDeactivateUser2MutationVariables = Exact<{
  id: string | number;
}>;


export type UsersDeactivateUser2Mutation = { deactivateUser: { active: boolean, version: number } };

export type UsersMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersMe2Query = { me: { id: string } };

export type UsersDeactivateUser3MutationVariables = Exact<{
  id: string | number;
}>;


export type UsersDeactivateUser3Mutation = { deactivateUser: { id: string } };

export type UsersDeactivateUser4MutationVariables = Exact<{
  id: string | number;
}>;


export type UsersDeactivateUser4Mutation = { deactivateUser: { id: string } };

export type UsersMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersMe3Query = { me: { active: boolean } };

export type UsersResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersResetPasswordMutation = { resetPassword: { version: number } };

export type UsersMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersMe4Query = { me: { id: string } };

export type UsersListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersListQuery = { users: { totalCount: number, nodes: Array<{ email: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AnnualPlansPlanFragmentDoc = new TypedDocumentString(`
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}
    `, {"fragmentName":"AnnualPlansPlan"}) as unknown as TypedDocumentString<AnnualPlansPlanFragment, unknown>;
export const AnnualPlansRegistrationFragmentDoc = new TypedDocumentString(`
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}
    `, {"fragmentName":"AnnualPlansRegistration"}) as unknown as TypedDocumentString<AnnualPlansRegistrationFragment, unknown>;
export const TestStepFragmentDoc = new TypedDocumentString(`
    fragment TestStep on Project {
  id
  state
  version
}
    `, {"fragmentName":"TestStep"}) as unknown as TypedDocumentString<TestStepFragment, unknown>;
export const FacilityImportHistoryFragmentDoc = new TypedDocumentString(`
    fragment FacilityImportHistory on Facility {
  priorSupports {
    source
    costItem
    year
    amount
    activityKind
  }
  projects {
    code
    title
  }
}
    `, {"fragmentName":"FacilityImportHistory"}) as unknown as TypedDocumentString<FacilityImportHistoryFragment, unknown>;
export const TestFacilityFragmentDoc = new TypedDocumentString(`
    fragment TestFacility on Facility {
  id
  name
  version
  productionCommuneCode
  legalForm
  sector
}
    `, {"fragmentName":"TestFacility"}) as unknown as TypedDocumentString<TestFacilityFragment, unknown>;
export const TestProjectFragmentDoc = new TypedDocumentString(`
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}
    `, {"fragmentName":"TestProject"}) as unknown as TypedDocumentString<TestProjectFragment, unknown>;
export const ProgressProgrammeRollUpFragmentDoc = new TypedDocumentString(`
    fragment ProgressProgrammeRollUp on ProgrammeProgress {
  attainment
  attainmentToDate
  linesWithTarget
  linesAchieved
  linesOnTrack
  linesBehind
  linesWithoutTarget
  forecast {
    attainment
    linesLikelyMet
    linesAtRisk
    yearEndLikelyMet
    yearEndAtRisk
  }
}
    `, {"fragmentName":"ProgressProgrammeRollUp"}) as unknown as TypedDocumentString<ProgressProgrammeRollUpFragment, unknown>;
export const ProgressGroupRollUpFragmentDoc = new TypedDocumentString(`
    fragment ProgressGroupRollUp on ProgressGroup {
  attainment
  attainmentToDate
  linesWithTarget
  linesAchieved
  linesOnTrack
  linesBehind
  linesWithoutTarget
  forecast {
    attainment
    linesLikelyMet
    linesAtRisk
    yearEndLikelyMet
    yearEndAtRisk
  }
}
    `, {"fragmentName":"ProgressGroupRollUp"}) as unknown as TypedDocumentString<ProgressGroupRollUpFragment, unknown>;
export const ProgressForecastFiguresFragmentDoc = new TypedDocumentString(`
    fragment ProgressForecastFigures on ProgressForecast {
  year
  target
  quantity
  rate
  shortfall
  outlook
}
    `, {"fragmentName":"ProgressForecastFigures"}) as unknown as TypedDocumentString<ProgressForecastFiguresFragment, unknown>;
export const UsersUserFragmentDoc = new TypedDocumentString(`
    fragment UsersUser on User {
  id
  email
  fullName
  role
  communeCode
  unitId
  active
  version
}
    `, {"fragmentName":"UsersUser"}) as unknown as TypedDocumentString<UsersUserFragment, unknown>;
export const AnalyticsMoneyBreakdownDocument = new TypedDocumentString(`
    query AnalyticsMoneyBreakdown($g: [MoneyGrouping!]!, $f: MoneyFilter) {
  moneyBreakdown(groupBy: $g, filter: $f) {
    coversAllProjects
    rows {
      year
      fundSource
      communeCode
      communeName
      contentGroupCode
      contentGroupName
      state
      projectCount
      requested
      approved
      advanced
      paid
      finalSupport
    }
    total {
      projectCount
      requested
      approved
      advanced
      paid
      finalSupport
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsMoneyBreakdownQuery, AnalyticsMoneyBreakdownQueryVariables>;
export const AnalyticsSupportedFacilitiesDocument = new TypedDocumentString(`
    query AnalyticsSupportedFacilities($g: [FacilityGrouping!]!, $f: FacilityFilter) {
  supportedFacilities(groupBy: $g, filter: $f) {
    coversAllProjects
    rows {
      communeCode
      sector
      legalForm
      size
      womenOwned
      facilityCount
      projectCount
    }
    total {
      facilityCount
      projectCount
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsSupportedFacilitiesQuery, AnalyticsSupportedFacilitiesQueryVariables>;
export const AnalyticsLinesDocument = new TypedDocumentString(`
    query AnalyticsLines {
  lines: attainment(groupBy: LINE, years: [2027, 2026]) {
    year
    groupCode
    lineCode
    yearTarget
    yearAchieved
    cumulativeAchieved
    periodTotal
    attainment
    status
  }
  groups: attainment(groupBy: GROUP, years: [2026]) {
    year
    groupCode
    attainment
    attainmentToDate
    linesBehind
    linesOnTrack
    linesAchieved
  }
}
    `) as unknown as TypedDocumentString<AnalyticsLinesQuery, AnalyticsLinesQueryVariables>;
export const AnalyticsProgrammeProgressDocument = new TypedDocumentString(`
    query AnalyticsProgrammeProgress($y: Int!) {
  programmeProgress(asOfYear: $y) {
    groups {
      groupCode
      attainment
      attainmentToDate
      linesBehind
      linesOnTrack
      linesAchieved
      lines {
        code
        total
        rate
        status
        cumulativeAchieved
        years {
          year
          target
          achieved
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsProgrammeProgressQuery, AnalyticsProgrammeProgressQueryVariables>;
export const AnalyticsAttainmentDocument = new TypedDocumentString(`
    query AnalyticsAttainment {
  attainment(groupBy: LINE, years: [2040]) {
    year
  }
}
    `) as unknown as TypedDocumentString<AnalyticsAttainmentQuery, AnalyticsAttainmentQueryVariables>;
export const AnnualPlansCreateImplementingUnitDocument = new TypedDocumentString(`
    mutation AnnualPlansCreateImplementingUnit {
  createImplementingUnit(name: "HTX Gốm sứ Chu Đậu") {
    id
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansCreateImplementingUnitMutation, AnnualPlansCreateImplementingUnitMutationVariables>;
export const AnnualPlansProgrammeDocument = new TypedDocumentString(`
    query AnnualPlansProgramme {
  programme {
    groups {
      lines {
        id
        code
        yearlyTargets {
          year
          target
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansProgrammeQuery, AnnualPlansProgrammeQueryVariables>;
export const AnnualPlansOpenAnnualPlanDocument = new TypedDocumentString(`
    mutation AnnualPlansOpenAnnualPlan($year: Int!) {
  openAnnualPlan(year: $year) {
    ...AnnualPlansPlan
  }
}
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}`) as unknown as TypedDocumentString<AnnualPlansOpenAnnualPlanMutation, AnnualPlansOpenAnnualPlanMutationVariables>;
export const AnnualPlansConsolidateAnnualPlanDocument = new TypedDocumentString(`
    mutation AnnualPlansConsolidateAnnualPlan($year: Int!, $version: Int!) {
  consolidateAnnualPlan(year: $year, version: $version) {
    ...AnnualPlansPlan
  }
}
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}`) as unknown as TypedDocumentString<AnnualPlansConsolidateAnnualPlanMutation, AnnualPlansConsolidateAnnualPlanMutationVariables>;
export const AnnualPlansReopenAnnualPlanDocument = new TypedDocumentString(`
    mutation AnnualPlansReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) {
  reopenAnnualPlan(year: $year, version: $version, reason: $reason) {
    ...AnnualPlansPlan
  }
}
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}`) as unknown as TypedDocumentString<AnnualPlansReopenAnnualPlanMutation, AnnualPlansReopenAnnualPlanMutationVariables>;
export const AnnualPlansApproveAnnualPlanDocument = new TypedDocumentString(`
    mutation AnnualPlansApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {
  approveAnnualPlan(
    year: $year
    version: $version
    decisionNumber: $decisionNumber
    decisionDate: $decisionDate
  ) {
    ...AnnualPlansPlan
  }
}
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}`) as unknown as TypedDocumentString<AnnualPlansApproveAnnualPlanMutation, AnnualPlansApproveAnnualPlanMutationVariables>;
export const AnnualPlansAnnualPlan4Document = new TypedDocumentString(`
    query AnnualPlansAnnualPlan4($year: Int!) {
  annualPlan(year: $year) {
    ...AnnualPlansPlan
  }
}
    fragment AnnualPlansPlan on AnnualPlan {
  id
  programmeCode
  year
  status
  statusLabel
  version
  decisionNumber
  decisionDate
  consolidatedAt
  consolidatedBy {
    id
  }
  approvedAt
  approvedBy {
    id
  }
}`) as unknown as TypedDocumentString<AnnualPlansAnnualPlan4Query, AnnualPlansAnnualPlan4QueryVariables>;
export const AnnualPlansRegisterPlannedActivityDocument = new TypedDocumentString(`
    mutation AnnualPlansRegisterPlannedActivity($year: Int!, $targetLineId: ID!, $quantity: Int!, $estimatedCost: Dong!, $fundSource: FundSource!, $communeCode: String, $unitId: ID, $note: String) {
  registerPlannedActivity(
    year: $year
    targetLineId: $targetLineId
    quantity: $quantity
    estimatedCost: $estimatedCost
    fundSource: $fundSource
    communeCode: $communeCode
    unitId: $unitId
    note: $note
  ) {
    ...AnnualPlansRegistration
  }
}
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}`) as unknown as TypedDocumentString<AnnualPlansRegisterPlannedActivityMutation, AnnualPlansRegisterPlannedActivityMutationVariables>;
export const AnnualPlansUpdatePlanRegistrationDocument = new TypedDocumentString(`
    mutation AnnualPlansUpdatePlanRegistration($id: ID!, $version: Int!, $targetLineId: ID, $quantity: Int, $estimatedCost: Dong, $fundSource: FundSource, $note: String) {
  updatePlanRegistration(
    id: $id
    version: $version
    targetLineId: $targetLineId
    quantity: $quantity
    estimatedCost: $estimatedCost
    fundSource: $fundSource
    note: $note
  ) {
    ...AnnualPlansRegistration
  }
}
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}`) as unknown as TypedDocumentString<AnnualPlansUpdatePlanRegistrationMutation, AnnualPlansUpdatePlanRegistrationMutationVariables>;
export const AnnualPlansWithdrawPlanRegistrationDocument = new TypedDocumentString(`
    mutation AnnualPlansWithdrawPlanRegistration($id: ID!, $version: Int!) {
  withdrawPlanRegistration(id: $id, version: $version) {
    ...AnnualPlansRegistration
  }
}
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}`) as unknown as TypedDocumentString<AnnualPlansWithdrawPlanRegistrationMutation, AnnualPlansWithdrawPlanRegistrationMutationVariables>;
export const AnnualPlansPlanRegistrationDocument = new TypedDocumentString(`
    query AnnualPlansPlanRegistration($id: ID!) {
  planRegistration(id: $id) {
    ...AnnualPlansRegistration
  }
}
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}`) as unknown as TypedDocumentString<AnnualPlansPlanRegistrationQuery, AnnualPlansPlanRegistrationQueryVariables>;
export const AnnualPlansAnnualPlan5Document = new TypedDocumentString(`
    query AnnualPlansAnnualPlan5($year: Int!, $first: Int) {
  annualPlan(year: $year) {
    version
    registrations(first: $first) {
      totalCount
      nodes {
        ...AnnualPlansRegistration
        targetLine {
          code
        }
        commune {
          code
          displayName
        }
        unit {
          id
          name
        }
        createdBy {
          id
          fullName
        }
      }
    }
    comparison {
      coversAllRegistrations
      lines {
        targetLineId
        targetLine {
          code
          unit
        }
        target
        registeredQuantity
        estimatedCost
        registrationCount
        difference
      }
      byFundSource {
        fundSource
        registrationCount
        estimatedCost
      }
      byCommune {
        communeCode
        commune {
          displayName
        }
        registrationCount
        estimatedCost
      }
      byUnit {
        unitId
        unit {
          name
        }
        registrationCount
        estimatedCost
      }
      total {
        registrationCount
        estimatedCost
      }
    }
  }
}
    fragment AnnualPlansRegistration on PlanRegistration {
  id
  planId
  communeCode
  unitId
  targetLineId
  quantity
  estimatedCost
  fundSource
  note
  version
  createdById
}`) as unknown as TypedDocumentString<AnnualPlansAnnualPlan5Query, AnnualPlansAnnualPlan5QueryVariables>;
export const AnnualPlansAnnualPlansDocument = new TypedDocumentString(`
    query AnnualPlansAnnualPlans {
  annualPlans {
    year
    status
    decisionNumber
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansAnnualPlansQuery, AnnualPlansAnnualPlansQueryVariables>;
export const AnnualPlansAnnualPlanDocument = new TypedDocumentString(`
    query AnnualPlansAnnualPlan($year: Int!) {
  annualPlan(year: $year) {
    registrations(first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansAnnualPlanQuery, AnnualPlansAnnualPlanQueryVariables>;
export const AnnualPlansAnnualPlans2Document = new TypedDocumentString(`
    query AnnualPlansAnnualPlans2 {
  annualPlans {
    id
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansAnnualPlans2Query, AnnualPlansAnnualPlans2QueryVariables>;
export const AnnualPlansAnnualPlan2Document = new TypedDocumentString(`
    query AnnualPlansAnnualPlan2($year: Int!) {
  annualPlan(year: $year) {
    comparison {
      coversAllRegistrations
      lines {
        targetLineId
        target
        registeredQuantity
        estimatedCost
        registrationCount
        difference
      }
      byFundSource {
        fundSource
        registrationCount
        estimatedCost
      }
      byCommune {
        communeCode
        registrationCount
        estimatedCost
      }
      byUnit {
        unitId
        registrationCount
        estimatedCost
      }
      total {
        registrationCount
        estimatedCost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansAnnualPlan2Query, AnnualPlansAnnualPlan2QueryVariables>;
export const AnnualPlansAnnualPlan3Document = new TypedDocumentString(`
    query AnnualPlansAnnualPlan3($year: Int!, $after: String) {
  annualPlan(year: $year) {
    registrations(first: 7, after: $after) {
      totalCount
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualPlansAnnualPlan3Query, AnnualPlansAnnualPlan3QueryVariables>;
export const ApiTokensCreateApiTokenDocument = new TypedDocumentString(`
    mutation ApiTokensCreateApiToken($name: String!, $days: Int) {
  createApiToken(name: $name, expiresInDays: $days) {
    secret
    apiToken {
      id
      name
      prefix
      expiresAt
      revokedAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensCreateApiTokenMutation, ApiTokensCreateApiTokenMutationVariables>;
export const ApiTokensRevokeApiTokenDocument = new TypedDocumentString(`
    mutation ApiTokensRevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensRevokeApiTokenMutation, ApiTokensRevokeApiTokenMutationVariables>;
export const ApiTokensMeDocument = new TypedDocumentString(`
    query ApiTokensMe {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMeQuery, ApiTokensMeQueryVariables>;
export const ApiTokensMyApiTokensDocument = new TypedDocumentString(`
    query ApiTokensMyApiTokens {
  myApiTokens {
    id
    name
    prefix
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMyApiTokensQuery, ApiTokensMyApiTokensQueryVariables>;
export const ApiTokensMe2Document = new TypedDocumentString(`
    query ApiTokensMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe2Query, ApiTokensMe2QueryVariables>;
export const ApiTokensMe3Document = new TypedDocumentString(`
    query ApiTokensMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe3Query, ApiTokensMe3QueryVariables>;
export const ApiTokensMe4Document = new TypedDocumentString(`
    query ApiTokensMe4 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe4Query, ApiTokensMe4QueryVariables>;
export const ApiTokensMe5Document = new TypedDocumentString(`
    query ApiTokensMe5 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe5Query, ApiTokensMe5QueryVariables>;
export const ApiTokensMe6Document = new TypedDocumentString(`
    query ApiTokensMe6 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe6Query, ApiTokensMe6QueryVariables>;
export const ApiTokensApiTokensDocument = new TypedDocumentString(`
    query ApiTokensApiTokens($u: ID!) {
  apiTokens(userId: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensApiTokensQuery, ApiTokensApiTokensQueryVariables>;
export const ApiTokensMe7Document = new TypedDocumentString(`
    query ApiTokensMe7 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensMe7Query, ApiTokensMe7QueryVariables>;
export const ApiTokensLogoutDocument = new TypedDocumentString(`
    mutation ApiTokensLogout {
  logout
}
    `) as unknown as TypedDocumentString<ApiTokensLogoutMutation, ApiTokensLogoutMutationVariables>;
export const ApprovalPlanWarningsDocument = new TypedDocumentString(`
    query ApprovalPlanWarnings($id: ID!) {
  project(id: $id) {
    state
    year
    approvalWarnings
  }
}
    `) as unknown as TypedDocumentString<ApprovalPlanWarningsQuery, ApprovalPlanWarningsQueryVariables>;
export const ApprovalPlanOpenDocument = new TypedDocumentString(`
    mutation ApprovalPlanOpen($year: Int!) {
  openAnnualPlan(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalPlanOpenMutation, ApprovalPlanOpenMutationVariables>;
export const AuditRenameDocument = new TypedDocumentString(`
    mutation AuditRename($id: ID!, $version: Int!, $fullName: String!) {
  updateUser(id: $id, version: $version, fullName: $fullName) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRenameMutation, AuditRenameMutationVariables>;
export const AuditChangePasswordDocument = new TypedDocumentString(`
    mutation AuditChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditChangePasswordMutation, AuditChangePasswordMutationVariables>;
export const AuditResetPasswordDocument = new TypedDocumentString(`
    mutation AuditResetPassword($id: ID!, $password: String!) {
  resetPassword(id: $id, newPassword: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditResetPasswordMutation, AuditResetPasswordMutationVariables>;
export const AuditDeactivateDocument = new TypedDocumentString(`
    mutation AuditDeactivate($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditDeactivateMutation, AuditDeactivateMutationVariables>;
export const AuditLoginDocument = new TypedDocumentString(`
    mutation AuditLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<AuditLoginMutation, AuditLoginMutationVariables>;
export const AuditAuditLogDocument = new TypedDocumentString(`
    query AuditAuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes {
      id
      at
      action
      entityType
      entityId
      userId
      user {
        email
      }
      before
      after
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAuditLogQuery, AuditAuditLogQueryVariables>;
export const AuditCreateUserDocument = new TypedDocumentString(`
    mutation AuditCreateUser($password: String!) {
  createUser(
    email: "audited@test.local"
    fullName: "Người Được Ghi"
    role: ANALYST
    password: $password
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCreateUserMutation, AuditCreateUserMutationVariables>;
export const AuditLogoutDocument = new TypedDocumentString(`
    mutation AuditLogout {
  logout
}
    `) as unknown as TypedDocumentString<AuditLogoutMutation, AuditLogoutMutationVariables>;
export const AuditWrongPasswordDocument = new TypedDocumentString(`
    mutation AuditWrongPassword {
  changePassword(currentPassword: "wrong-pass", newPassword: "whatever-123") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditWrongPasswordMutation, AuditWrongPasswordMutationVariables>;
export const AuditAuditLog2Document = new TypedDocumentString(`
    query AuditAuditLog2($filter: AuditFilter) {
  auditLog(filter: $filter) {
    nodes {
      action
      actionLabel
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAuditLog2Query, AuditAuditLog2QueryVariables>;
export const AuthLoginDocument = new TypedDocumentString(`
    mutation AuthLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      id
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    id
    email
    role
    roleLabel
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthChangePasswordDocument = new TypedDocumentString(`
    mutation AuthChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuthChangePasswordMutation, AuthChangePasswordMutationVariables>;
export const AuthDeactivateUserDocument = new TypedDocumentString(`
    mutation AuthDeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    active
  }
}
    `) as unknown as TypedDocumentString<AuthDeactivateUserMutation, AuthDeactivateUserMutationVariables>;
export const AuthLogoutDocument = new TypedDocumentString(`
    mutation AuthLogout {
  logout
}
    `) as unknown as TypedDocumentString<AuthLogoutMutation, AuthLogoutMutationVariables>;
export const AuthLogout2Document = new TypedDocumentString(`
    mutation AuthLogout2 {
  logout
}
    `) as unknown as TypedDocumentString<AuthLogout2Mutation, AuthLogout2MutationVariables>;
export const BenchGeneratorProjectsDocument = new TypedDocumentString(`
    query BenchGeneratorProjects {
  projects(first: 50) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BenchGeneratorProjectsQuery, BenchGeneratorProjectsQueryVariables>;
export const BenchGeneratorProjects2Document = new TypedDocumentString(`
    query BenchGeneratorProjects2 {
  projects(first: 20, search: "banh da") {
    totalCount
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<BenchGeneratorProjects2Query, BenchGeneratorProjects2QueryVariables>;
export const BenchGeneratorProjectDocument = new TypedDocumentString(`
    query BenchGeneratorProject($id: ID!) {
  project(id: $id) {
    approvedSupport
    finalSupport
    paid {
      total
      pending
    }
  }
}
    `) as unknown as TypedDocumentString<BenchGeneratorProjectQuery, BenchGeneratorProjectQueryVariables>;
export const BenchGeneratorMoneyBreakdownDocument = new TypedDocumentString(`
    query BenchGeneratorMoneyBreakdown {
  moneyBreakdown(groupBy: [FUND_SOURCE]) {
    total {
      projectCount
      requested
      approved
      paid
    }
  }
}
    `) as unknown as TypedDocumentString<BenchGeneratorMoneyBreakdownQuery, BenchGeneratorMoneyBreakdownQueryVariables>;
export const BenchGeneratorBudgetEnvelopesDocument = new TypedDocumentString(`
    query BenchGeneratorBudgetEnvelopes($year: Int!) {
  budgetEnvelopes(year: $year) {
    fundSource
    amount
    allocated
    available
  }
}
    `) as unknown as TypedDocumentString<BenchGeneratorBudgetEnvelopesQuery, BenchGeneratorBudgetEnvelopesQueryVariables>;
export const StepSubmitDocument = new TypedDocumentString(`
    mutation StepSubmit($projectId: ID!, $version: Int!) {
  submitProject(projectId: $projectId, version: $version) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepSubmitMutation, StepSubmitMutationVariables>;
export const StepAppraiseDocument = new TypedDocumentString(`
    mutation StepAppraise($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {
  appraiseProject(
    projectId: $projectId
    version: $version
    appraisedOn: $appraisedOn
    opinion: $opinion
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepAppraiseMutation, StepAppraiseMutationVariables>;
export const StepReturnDocument = new TypedDocumentString(`
    mutation StepReturn($projectId: ID!, $version: Int!, $reason: String!) {
  returnProject(projectId: $projectId, version: $version, reason: $reason) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepReturnMutation, StepReturnMutationVariables>;
export const StepRejectDocument = new TypedDocumentString(`
    mutation StepReject($projectId: ID!, $version: Int!, $reason: String!) {
  rejectProject(projectId: $projectId, version: $version, reason: $reason) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepRejectMutation, StepRejectMutationVariables>;
export const StepApproveDocument = new TypedDocumentString(`
    mutation StepApprove($projectId: ID!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!, $doubleSupportJustification: String) {
  approveProject(
    projectId: $projectId
    version: $version
    decisionNumber: $decisionNumber
    decisionDate: $decisionDate
    doubleSupportJustification: $doubleSupportJustification
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepApproveMutation, StepApproveMutationVariables>;
export const StepSignContractDocument = new TypedDocumentString(`
    mutation StepSignContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {
  signProjectContract(
    projectId: $projectId
    version: $version
    contractNumber: $contractNumber
    contractDate: $contractDate
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepSignContractMutation, StepSignContractMutationVariables>;
export const StepStartDocument = new TypedDocumentString(`
    mutation StepStart($projectId: ID!, $version: Int!) {
  startProject(projectId: $projectId, version: $version) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepStartMutation, StepStartMutationVariables>;
export const StepRequestAdjustmentDocument = new TypedDocumentString(`
    mutation StepRequestAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
  requestProjectAdjustment(
    projectId: $projectId
    version: $version
    reason: $reason
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepRequestAdjustmentMutation, StepRequestAdjustmentMutationVariables>;
export const StepApproveAdjustmentDocument = new TypedDocumentString(`
    mutation StepApproveAdjustment($projectId: ID!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {
  approveProjectAdjustment(
    projectId: $projectId
    version: $version
    decisionNumber: $decisionNumber
    decisionDate: $decisionDate
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepApproveAdjustmentMutation, StepApproveAdjustmentMutationVariables>;
export const StepRejectAdjustmentDocument = new TypedDocumentString(`
    mutation StepRejectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {
  rejectProjectAdjustment(
    projectId: $projectId
    version: $version
    reason: $reason
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepRejectAdjustmentMutation, StepRejectAdjustmentMutationVariables>;
export const StepAcceptDocument = new TypedDocumentString(`
    mutation StepAccept($projectId: ID!, $version: Int!, $acceptedOn: CalendarDate!, $outputs: [AcceptedOutputInput!]!) {
  acceptProject(
    projectId: $projectId
    version: $version
    acceptedOn: $acceptedOn
    outputs: $outputs
  ) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepAcceptMutation, StepAcceptMutationVariables>;
export const StepSettleDocument = new TypedDocumentString(`
    mutation StepSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {
  settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepSettleMutation, StepSettleMutationVariables>;
export const StepCloseDocument = new TypedDocumentString(`
    mutation StepClose($projectId: ID!, $version: Int!) {
  closeProject(projectId: $projectId, version: $version) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepCloseMutation, StepCloseMutationVariables>;
export const StepStopDocument = new TypedDocumentString(`
    mutation StepStop($projectId: ID!, $version: Int!, $reason: String!) {
  stopProject(projectId: $projectId, version: $version, reason: $reason) {
    ...TestStep
  }
}
    fragment TestStep on Project {
  id
  state
  version
}`) as unknown as TypedDocumentString<StepStopMutation, StepStopMutationVariables>;
export const StepRequestPaymentDocument = new TypedDocumentString(`
    mutation StepRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
  requestPayment(
    projectId: $projectId
    requestKey: $key
    kind: $kind
    amount: $amount
    progress: $progress
  ) {
    id
    kind
    amount
    status
  }
}
    `) as unknown as TypedDocumentString<StepRequestPaymentMutation, StepRequestPaymentMutationVariables>;
export const StepPayRequestDocument = new TypedDocumentString(`
    mutation StepPayRequest($id: ID!, $paidOn: CalendarDate!) {
  payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: "UNC-0001") {
    id
    status
    paidOn
  }
}
    `) as unknown as TypedDocumentString<StepPayRequestMutation, StepPayRequestMutationVariables>;
export const CommuneReportProgrammeDocument = new TypedDocumentString(`
    query CommuneReportProgramme {
  programme {
    groups {
      lines {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneReportProgrammeQuery, CommuneReportProgrammeQueryVariables>;
export const CommuneReportOfDocument = new TypedDocumentString(`
    query CommuneReportOf($year: Int!, $communeCode: String) {
  communeReport(year: $year, communeCode: $communeCode) {
    id
    status
    version
    note
    returnReason
    submittedAt
    communeCode
    commune {
      code
    }
    lines {
      achieved
      note
      targetLine {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneReportOfQuery, CommuneReportOfQueryVariables>;
export const CommuneReportSaveDocument = new TypedDocumentString(`
    mutation CommuneReportSave($year: Int!, $communeCode: String, $version: Int, $note: String, $lines: [CommuneReportLineInput!]!) {
  saveCommuneReport(
    year: $year
    communeCode: $communeCode
    version: $version
    note: $note
    lines: $lines
  ) {
    id
    status
    version
    note
    lines {
      achieved
      note
      targetLine {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneReportSaveMutation, CommuneReportSaveMutationVariables>;
export const CommuneReportSubmitDocument = new TypedDocumentString(`
    mutation CommuneReportSubmit($id: ID!, $version: Int!) {
  submitCommuneReport(id: $id, version: $version) {
    id
    status
    version
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<CommuneReportSubmitMutation, CommuneReportSubmitMutationVariables>;
export const CommuneReportReturnDocument = new TypedDocumentString(`
    mutation CommuneReportReturn($id: ID!, $version: Int!, $reason: String!) {
  returnCommuneReport(id: $id, version: $version, reason: $reason) {
    id
    status
    version
    returnReason
  }
}
    `) as unknown as TypedDocumentString<CommuneReportReturnMutation, CommuneReportReturnMutationVariables>;
export const CommuneReportAcceptDocument = new TypedDocumentString(`
    mutation CommuneReportAccept($id: ID!, $version: Int!) {
  acceptCommuneReport(id: $id, version: $version) {
    id
    status
    version
    reviewedAt
  }
}
    `) as unknown as TypedDocumentString<CommuneReportAcceptMutation, CommuneReportAcceptMutationVariables>;
export const CommuneReportStandingsDocument = new TypedDocumentString(`
    query CommuneReportStandings($year: Int!) {
  communeReportStandings(year: $year) {
    commune {
      code
    }
    report {
      status
    }
    sent
    dueOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<CommuneReportStandingsQuery, CommuneReportStandingsQueryVariables>;
export const CsvDownloadsOpenAnnualPlanDocument = new TypedDocumentString(`
    mutation CsvDownloadsOpenAnnualPlan {
  openAnnualPlan(year: 2026) {
    id
  }
}
    `) as unknown as TypedDocumentString<CsvDownloadsOpenAnnualPlanMutation, CsvDownloadsOpenAnnualPlanMutationVariables>;
export const CsvDownloadsRegisterPlannedActivityDocument = new TypedDocumentString(`
    mutation CsvDownloadsRegisterPlannedActivity($line: ID!, $cost: Dong!, $unitId: ID) {
  registerPlannedActivity(
    year: 2026
    targetLineId: $line
    quantity: 1
    estimatedCost: $cost
    fundSource: CITY_BUDGET
    unitId: $unitId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CsvDownloadsRegisterPlannedActivityMutation, CsvDownloadsRegisterPlannedActivityMutationVariables>;
export const DatabaseKillRequestPaymentDocument = new TypedDocumentString(`
    mutation DatabaseKillRequestPayment($projectId: ID!, $key: String!, $amount: Dong!) {
  requestPayment(
    projectId: $projectId
    requestKey: $key
    kind: "ADVANCE"
    amount: $amount
    progress: 9000
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseKillRequestPaymentMutation, DatabaseKillRequestPaymentMutationVariables>;
export const DatabaseKillPendingPaymentRequestsDocument = new TypedDocumentString(`
    query DatabaseKillPendingPaymentRequests {
  pendingPaymentRequests {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseKillPendingPaymentRequestsQuery, DatabaseKillPendingPaymentRequestsQueryVariables>;
export const DatabaseKillPayPaymentRequestDocument = new TypedDocumentString(`
    mutation DatabaseKillPayPaymentRequest($id: ID!) {
  payPaymentRequest(id: $id, paidOn: "2026-06-01", treasuryReference: "UNC-0001") {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseKillPayPaymentRequestMutation, DatabaseKillPayPaymentRequestMutationVariables>;
export const DatabaseKillProjectDocument = new TypedDocumentString(`
    query DatabaseKillProject($id: ID!) {
  project(id: $id) {
    state
    version
  }
}
    `) as unknown as TypedDocumentString<DatabaseKillProjectQuery, DatabaseKillProjectQueryVariables>;
export const DatabaseKillApproveProjectDocument = new TypedDocumentString(`
    mutation DatabaseKillApproveProject($id: ID!, $v: Int!) {
  approveProject(
    projectId: $id
    version: $v
    decisionNumber: "77/QĐ-UBND"
    decisionDate: "2026-04-20"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseKillApproveProjectMutation, DatabaseKillApproveProjectMutationVariables>;
export const DemoProjectsDocument = new TypedDocumentString(`
    query DemoProjects {
  projects(first: 100) {
    totalCount
    nodes {
      code
      state
      year
      fundSource
      approvedSupport
      finalSupport
      finalPayment
      refundDue
      refundReceived
      proposedOn
      appraisedOn
      decisionDate
      contractDate
      acceptedOn
      settledOn
      lastReason
      paid {
        advance
        payment
        final
        pending
        total
      }
      totals {
        cost
        requestedSupport
        counterpartFunds
      }
      paymentRequests {
        kind
        amount
        status
        paidOn
      }
      history {
        action
      }
      activities {
        plannedQuantity
        actualQuantity
      }
      documents {
        fileName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoProjectsQuery, DemoProjectsQueryVariables>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($e: String!, $p: String!) {
  login(email: $e, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const DocumentsProjectDocument = new TypedDocumentString(`
    query DocumentsProject($id: ID!) {
  project(id: $id) {
    documents {
      id
      kind
      kindLabel
      fileName
      contentType
      sizeBytes
      sha256
      downloadPath
      note
      uploadedAt
      uploadedBy {
        email
      }
      canDelete
      canDownload
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsProjectQuery, DocumentsProjectQueryVariables>;
export const DocumentsDeleteProjectDocumentDocument = new TypedDocumentString(`
    mutation DocumentsDeleteProjectDocument($id: ID!) {
  deleteProjectDocument(id: $id) {
    id
    documents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsDeleteProjectDocumentMutation, DocumentsDeleteProjectDocumentMutationVariables>;
export const DocumentsProjectsDocument = new TypedDocumentString(`
    query DocumentsProjects($first: Int!) {
  projects(first: $first) {
    nodes {
      code
      documents {
        fileName
        sizeBytes
        downloadPath
        uploadedBy {
          email
        }
        canDelete
        canDownload
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsProjectsQuery, DocumentsProjectsQueryVariables>;
export const DutiesCalendarDocument = new TypedDocumentString(`
    query DutiesCalendar($year: Int!) {
  reportingCalendar(year: $year) {
    key
    dutyCode
    bodyLabel
    periodLabel
    dueOn
    dateSource
    citation
    citationStatus
    tracked
  }
}
    `) as unknown as TypedDocumentString<DutiesCalendarQuery, DutiesCalendarQueryVariables>;
export const DutiesAgendaDocument = new TypedDocumentString(`
    query DutiesAgenda($asOf: CalendarDate, $days: Int) {
  myDutyAgenda(asOf: $asOf, upcomingDays: $days) {
    asOf
    overdue {
      key
      daysLeft
      tracked
    }
    upcoming {
      key
      daysLeft
      tracked
    }
  }
}
    `) as unknown as TypedDocumentString<DutiesAgendaQuery, DutiesAgendaQueryVariables>;
export const DutiesSaveReportDocument = new TypedDocumentString(`
    mutation DutiesSaveReport($lines: [CommuneReportLineInput!]!) {
  saveCommuneReport(year: 2026, lines: $lines) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DutiesSaveReportMutation, DutiesSaveReportMutationVariables>;
export const DutiesSubmitReportDocument = new TypedDocumentString(`
    mutation DutiesSubmitReport($id: ID!, $version: Int!) {
  submitCommuneReport(id: $id, version: $version) {
    status
  }
}
    `) as unknown as TypedDocumentString<DutiesSubmitReportMutation, DutiesSubmitReportMutationVariables>;
export const DutiesLinesDocument = new TypedDocumentString(`
    query DutiesLines {
  programme {
    groups {
      lines {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DutiesLinesQuery, DutiesLinesQueryVariables>;
export const FacilitiesCreateFacilityDocument = new TypedDocumentString(`
    mutation FacilitiesCreateFacility($input: FacilityInput!) {
  createFacility(input: $input) {
    id
    name
    version
    productionCommune {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<FacilitiesCreateFacilityMutation, FacilitiesCreateFacilityMutationVariables>;
export const FacilitiesUpdateFacilityDocument = new TypedDocumentString(`
    mutation FacilitiesUpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) {
  updateFacility(id: $id, version: $version, input: $input) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<FacilitiesUpdateFacilityMutation, FacilitiesUpdateFacilityMutationVariables>;
export const FacilitiesFacilityDocument = new TypedDocumentString(`
    query FacilitiesFacility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) {
  facility(id: $id) {
    eligibility(activityKind: $kind, date: $date) {
      eligible
      assessedAs
      assessedAsLabel
      criteria {
        code
        label
        passed
        reason
        citation {
          text
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacilityQuery, FacilitiesFacilityQueryVariables>;
export const FacilitiesFacilitiesDocument = new TypedDocumentString(`
    query FacilitiesFacilities {
  facilities(search: "co khi", first: 50) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacilitiesQuery, FacilitiesFacilitiesQueryVariables>;
export const FacilitiesFacilities2Document = new TypedDocumentString(`
    query FacilitiesFacilities2 {
  facilities(search: "co khi", first: 50) {
    nodes {
      name
      productionCommuneCode
    }
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacilities2Query, FacilitiesFacilities2QueryVariables>;
export const FacilitiesFacilities3Document = new TypedDocumentString(`
    query FacilitiesFacilities3 {
  facilities(communeCode: "xa-kien-thuy", first: 50) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacilities3Query, FacilitiesFacilities3QueryVariables>;
export const FacilitiesFacility2Document = new TypedDocumentString(`
    query FacilitiesFacility2($id: ID!) {
  facility(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacility2Query, FacilitiesFacility2QueryVariables>;
export const FacilitiesFacility3Document = new TypedDocumentString(`
    query FacilitiesFacility3($id: ID!) {
  facility(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacility3Query, FacilitiesFacility3QueryVariables>;
export const FacilitiesFacility4Document = new TypedDocumentString(`
    query FacilitiesFacility4($id: ID!) {
  facility(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FacilitiesFacility4Query, FacilitiesFacility4QueryVariables>;
export const FacilityImportImportFacilitiesDocument = new TypedDocumentString(`
    mutation FacilityImportImportFacilities($file: String!, $dryRun: Boolean!) {
  importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: "co-so.xlsx") {
    dryRun
    importedCount
    rowCount
    errorRowCount
    rows {
      row
      name
      communeName
      facilityId
      errors {
        column
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityImportImportFacilitiesMutation, FacilityImportImportFacilitiesMutationVariables>;
export const FacilityImportFacilityDocument = new TypedDocumentString(`
    query FacilityImportFacility($id: ID!) {
  facility(id: $id) {
    name
    legalForm
    businessField
    averageInsuredWorkers
    priorYearRevenue
    womenOwned
    taxCode
  }
}
    `) as unknown as TypedDocumentString<FacilityImportFacilityQuery, FacilityImportFacilityQueryVariables>;
export const FacilityImportFacilityImportTemplateDocument = new TypedDocumentString(`
    query FacilityImportFacilityImportTemplate {
  facilityImportTemplate {
    fileName
    base64
  }
}
    `) as unknown as TypedDocumentString<FacilityImportFacilityImportTemplateQuery, FacilityImportFacilityImportTemplateQueryVariables>;
export const FacilityImportFacilityImportTemplate2Document = new TypedDocumentString(`
    query FacilityImportFacilityImportTemplate2 {
  facilityImportTemplate {
    fileName
  }
}
    `) as unknown as TypedDocumentString<FacilityImportFacilityImportTemplate2Query, FacilityImportFacilityImportTemplate2QueryVariables>;
export const FacilityImportHistoryOfOneDocument = new TypedDocumentString(`
    query FacilityImportHistoryOfOne($id: ID!) {
  facility(id: $id) {
    ...FacilityImportHistory
  }
}
    fragment FacilityImportHistory on Facility {
  priorSupports {
    source
    costItem
    year
    amount
    activityKind
  }
  projects {
    code
    title
  }
}`) as unknown as TypedDocumentString<FacilityImportHistoryOfOneQuery, FacilityImportHistoryOfOneQueryVariables>;
export const FacilityImportRecordPriorSupportDocument = new TypedDocumentString(`
    mutation FacilityImportRecordPriorSupport($id: ID!) {
  recordPriorSupport(
    facilityId: $id
    activityKind: MACHINERY
    costItem: "Máy dệt"
    source: "Chương trình OCOP"
    year: 2025
    amount: 50000000
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FacilityImportRecordPriorSupportMutation, FacilityImportRecordPriorSupportMutationVariables>;
export const FacilityImportHistoryOfPageDocument = new TypedDocumentString(`
    query FacilityImportHistoryOfPage {
  facilities(first: 50) {
    nodes {
      id
      ...FacilityImportHistory
    }
  }
}
    fragment FacilityImportHistory on Facility {
  priorSupports {
    source
    costItem
    year
    amount
    activityKind
  }
  projects {
    code
    title
  }
}`) as unknown as TypedDocumentString<FacilityImportHistoryOfPageQuery, FacilityImportHistoryOfPageQueryVariables>;
export const FiguresMoneyDocument = new TypedDocumentString(`
    query FiguresMoney($groupBy: [MoneyGrouping!]!, $filter: MoneyFilter) {
  moneyBreakdown(groupBy: $groupBy, filter: $filter) {
    rows {
      year
      fundSource
      communeCode
      state
      projectCount
      approved
      paid
      finalSupport
      committed
    }
    total {
      projectCount
      approved
      paid
      finalSupport
      committed
    }
  }
}
    `) as unknown as TypedDocumentString<FiguresMoneyQuery, FiguresMoneyQueryVariables>;
export const FiguresEnvelopesDocument = new TypedDocumentString(`
    query FiguresEnvelopes($year: Int) {
  budgetEnvelopes(year: $year) {
    year
    fundSource
    amount
    allocated
    available
  }
}
    `) as unknown as TypedDocumentString<FiguresEnvelopesQuery, FiguresEnvelopesQueryVariables>;
export const FiguresDescriptionsDocument = new TypedDocumentString(`
    query FiguresDescriptions {
  envelope: __type(name: "BudgetEnvelope") {
    fields {
      name
      description
    }
  }
  row: __type(name: "MoneyBreakdownRow") {
    fields {
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<FiguresDescriptionsQuery, FiguresDescriptionsQueryVariables>;
export const FiguresAcceptDocument = new TypedDocumentString(`
    mutation FiguresAccept($projectId: ID!, $version: Int!, $acceptedOn: CalendarDate!, $outputs: [AcceptedOutputInput!]!, $acceptedCosts: [AcceptedCostInput!]) {
  acceptProject(
    projectId: $projectId
    version: $version
    acceptedOn: $acceptedOn
    outputs: $outputs
    acceptedCosts: $acceptedCosts
  ) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<FiguresAcceptMutation, FiguresAcceptMutationVariables>;
export const FiguresSettleDocument = new TypedDocumentString(`
    mutation FiguresSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {
  settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<FiguresSettleMutation, FiguresSettleMutationVariables>;
export const TestCreateFacilityDocument = new TypedDocumentString(`
    mutation TestCreateFacility($input: FacilityInput!) {
  createFacility(input: $input) {
    ...TestFacility
  }
}
    fragment TestFacility on Facility {
  id
  name
  version
  productionCommuneCode
  legalForm
  sector
}`) as unknown as TypedDocumentString<TestCreateFacilityMutation, TestCreateFacilityMutationVariables>;
export const TestTargetLinesDocument = new TypedDocumentString(`
    query TestTargetLines {
  programme {
    targetLines {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TestTargetLinesQuery, TestTargetLinesQueryVariables>;
export const TestCreateProjectDocument = new TypedDocumentString(`
    mutation TestCreateProject($input: ProjectInput!) {
  createProject(input: $input) {
    ...TestProject
  }
}
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}`) as unknown as TypedDocumentString<TestCreateProjectMutation, TestCreateProjectMutationVariables>;
export const TestAddBeneficiaryDocument = new TypedDocumentString(`
    mutation TestAddBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {
  addProjectBeneficiary(
    projectId: $projectId
    version: $version
    facilityId: $facilityId
  ) {
    ...TestProject
  }
}
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}`) as unknown as TypedDocumentString<TestAddBeneficiaryMutation, TestAddBeneficiaryMutationVariables>;
export const TestAddActivityDocument = new TypedDocumentString(`
    mutation TestAddActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {
  addProjectActivity(projectId: $projectId, version: $version, input: $input) {
    ...TestProject
    activities {
      id
    }
  }
}
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}`) as unknown as TypedDocumentString<TestAddActivityMutation, TestAddActivityMutationVariables>;
export const TestAddBudgetLineDocument = new TypedDocumentString(`
    mutation TestAddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {
  addBudgetLine(projectId: $projectId, version: $version, input: $input) {
    ...TestProject
  }
}
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}`) as unknown as TypedDocumentString<TestAddBudgetLineMutation, TestAddBudgetLineMutationVariables>;
export const TestCreateEnvelopeDocument = new TypedDocumentString(`
    mutation TestCreateEnvelope($year: Int!, $fund: FundSource!, $amount: Dong!) {
  createBudgetEnvelope(
    year: $year
    fundSource: $fund
    amount: $amount
    decisionNumber: "01/QĐ-UBND"
  ) {
    id
    version
    amount
  }
}
    `) as unknown as TypedDocumentString<TestCreateEnvelopeMutation, TestCreateEnvelopeMutationVariables>;
export const TestLoginDocument = new TypedDocumentString(`
    mutation TestLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<TestLoginMutation, TestLoginMutationVariables>;
export const TestCreateUserDocument = new TypedDocumentString(`
    mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {
  createUser(
    email: $email
    fullName: "Người Thử"
    role: $role
    communeCode: $communeCode
    unitId: $unitId
    password: $password
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<TestCreateUserMutation, TestCreateUserMutationVariables>;
export const Health__TypenameDocument = new TypedDocumentString(`
    query Health__typename {
  __typename
}
    `) as unknown as TypedDocumentString<Health__TypenameQuery, Health__TypenameQueryVariables>;
export const InputHygieneCreateFacilityDocument = new TypedDocumentString(`
    mutation InputHygieneCreateFacility($input: FacilityInput!) {
  createFacility(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<InputHygieneCreateFacilityMutation, InputHygieneCreateFacilityMutationVariables>;
export const InputHygieneCreateProjectDocument = new TypedDocumentString(`
    mutation InputHygieneCreateProject($input: ProjectInput!) {
  createProject(input: $input) {
    id
    proposedOn
  }
}
    `) as unknown as TypedDocumentString<InputHygieneCreateProjectMutation, InputHygieneCreateProjectMutationVariables>;
export const InputHygieneCreateBudgetEnvelopeDocument = new TypedDocumentString(`
    mutation InputHygieneCreateBudgetEnvelope($year: Int!, $amount: Dong!, $date: CalendarDate) {
  createBudgetEnvelope(
    year: $year
    fundSource: CITY_BUDGET
    amount: $amount
    decisionNumber: "12/QĐ-UBND"
    decisionDate: $date
  ) {
    id
    decisionDate
  }
}
    `) as unknown as TypedDocumentString<InputHygieneCreateBudgetEnvelopeMutation, InputHygieneCreateBudgetEnvelopeMutationVariables>;
export const InputHygieneNormsDocument = new TypedDocumentString(`
    query InputHygieneNorms($date: CalendarDate) {
  norms(date: $date) {
    id
    validFrom
  }
}
    `) as unknown as TypedDocumentString<InputHygieneNormsQuery, InputHygieneNormsQueryVariables>;
export const InputHygieneMoneyBreakdownDocument = new TypedDocumentString(`
    query InputHygieneMoneyBreakdown($filter: MoneyFilter) {
  moneyBreakdown(filter: $filter, groupBy: [COMMUNE]) {
    rows {
      approved
    }
  }
}
    `) as unknown as TypedDocumentString<InputHygieneMoneyBreakdownQuery, InputHygieneMoneyBreakdownQueryVariables>;
export const InputHygieneNorms2Document = new TypedDocumentString(`
    query InputHygieneNorms2 {
  norms(date: "2026-02-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<InputHygieneNorms2Query, InputHygieneNorms2QueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) {
    attainment
    linesBehind
  }
  attainment(groupBy: GROUP, years: $years) {
    year
    groupCode
    attainment
  }
  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: {years: [$year]}) {
    rows {
      fundSource
      approved
    }
  }
  byState: moneyBreakdown(groupBy: [STATE], filter: {years: [$year]}) {
    rows {
      state
      projectCount
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const MoneyFiguresPropertyPayPaymentRequestDocument = new TypedDocumentString(`
    mutation MoneyFiguresPropertyPayPaymentRequest($id: ID!, $paidOn: CalendarDate!) {
  payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: "UNC-1") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyPayPaymentRequestMutation, MoneyFiguresPropertyPayPaymentRequestMutationVariables>;
export const MoneyFiguresPropertyRequestPaymentDocument = new TypedDocumentString(`
    mutation MoneyFiguresPropertyRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
  requestPayment(
    projectId: $projectId
    requestKey: $key
    kind: $kind
    amount: $amount
    progress: $progress
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyRequestPaymentMutation, MoneyFiguresPropertyRequestPaymentMutationVariables>;
export const MoneyFiguresPropertyRefusePaymentRequestDocument = new TypedDocumentString(`
    mutation MoneyFiguresPropertyRefusePaymentRequest($id: ID!) {
  refusePaymentRequest(id: $id, reason: "Thiếu hoá đơn") {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyRefusePaymentRequestMutation, MoneyFiguresPropertyRefusePaymentRequestMutationVariables>;
export const MoneyFiguresPropertyRequestPayment2Document = new TypedDocumentString(`
    mutation MoneyFiguresPropertyRequestPayment2($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
  requestPayment(
    projectId: $projectId
    requestKey: $key
    kind: $kind
    amount: $amount
    progress: $progress
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyRequestPayment2Mutation, MoneyFiguresPropertyRequestPayment2MutationVariables>;
export const MoneyFiguresPropertyRecordProjectRefundDocument = new TypedDocumentString(`
    mutation MoneyFiguresPropertyRecordProjectRefund($id: ID!, $v: Int!, $a: Dong!) {
  recordProjectRefund(projectId: $id, version: $v, amount: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyRecordProjectRefundMutation, MoneyFiguresPropertyRecordProjectRefundMutationVariables>;
export const MoneyFiguresPropertyRequestPayment3Document = new TypedDocumentString(`
    mutation MoneyFiguresPropertyRequestPayment3($projectId: ID!, $key: String!, $amount: Dong!) {
  requestPayment(
    projectId: $projectId
    requestKey: $key
    kind: "FINAL"
    amount: $amount
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyRequestPayment3Mutation, MoneyFiguresPropertyRequestPayment3MutationVariables>;
export const MoneyFiguresPropertyBudgetEnvelopesDocument = new TypedDocumentString(`
    query MoneyFiguresPropertyBudgetEnvelopes {
  budgetEnvelopes {
    year
    fundSource
    amount
    allocated
    available
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyBudgetEnvelopesQuery, MoneyFiguresPropertyBudgetEnvelopesQueryVariables>;
export const MoneyFiguresPropertyMoneyBreakdownDocument = new TypedDocumentString(`
    query MoneyFiguresPropertyMoneyBreakdown($year: Int!) {
  moneyBreakdown(groupBy: [FUND_SOURCE], filter: {years: [$year]}) {
    rows {
      fundSource
      committed
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyMoneyBreakdownQuery, MoneyFiguresPropertyMoneyBreakdownQueryVariables>;
export const MoneyFiguresPropertyProjectsDocument = new TypedDocumentString(`
    query MoneyFiguresPropertyProjects {
  projects(first: 100) {
    nodes {
      id
      totals {
        cost
        requestedSupport
        counterpartFunds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyFiguresPropertyProjectsQuery, MoneyFiguresPropertyProjectsQueryVariables>;
export const MoneyPathEnvelopesDocument = new TypedDocumentString(`
    query MoneyPathEnvelopes($year: Int) {
  budgetEnvelopes(year: $year) {
    year
    fundSource
    amount
    allocated
    available
    version
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyPathEnvelopesQuery, MoneyPathEnvelopesQueryVariables>;
export const MoneyPathEnvelope2026Document = new TypedDocumentString(`
    mutation MoneyPathEnvelope2026 {
  createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyPathEnvelope2026Mutation, MoneyPathEnvelope2026MutationVariables>;
export const MoneyPathEnvelope2027Document = new TypedDocumentString(`
    mutation MoneyPathEnvelope2027 {
  createBudgetEnvelope(year: 2027, fundSource: CITY_BUDGET, amount: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyPathEnvelope2027Mutation, MoneyPathEnvelope2027MutationVariables>;
export const MoneyPathShrinkEnvelopeDocument = new TypedDocumentString(`
    mutation MoneyPathShrinkEnvelope($id: ID!, $version: Int!) {
  updateBudgetEnvelope(id: $id, version: $version, amount: 299000000) {
    amount
  }
}
    `) as unknown as TypedDocumentString<MoneyPathShrinkEnvelopeMutation, MoneyPathShrinkEnvelopeMutationVariables>;
export const MoneyPathGrowEnvelopeDocument = new TypedDocumentString(`
    mutation MoneyPathGrowEnvelope($id: ID!, $version: Int!) {
  updateBudgetEnvelope(id: $id, version: $version, amount: 600000000) {
    version
  }
}
    `) as unknown as TypedDocumentString<MoneyPathGrowEnvelopeMutation, MoneyPathGrowEnvelopeMutationVariables>;
export const MoneyPathDoubleSupportDocument = new TypedDocumentString(`
    query MoneyPathDoubleSupport($id: ID!) {
  project(id: $id) {
    doubleSupportFindings {
      match
      priorSource
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyPathDoubleSupportQuery, MoneyPathDoubleSupportQueryVariables>;
export const MoneyPathPriorSourcesDocument = new TypedDocumentString(`
    query MoneyPathPriorSources($id: ID!) {
  project(id: $id) {
    doubleSupportFindings {
      priorSource
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyPathPriorSourcesQuery, MoneyPathPriorSourcesQueryVariables>;
export const MoneyPathPriorSupportDocument = new TypedDocumentString(`
    mutation MoneyPathPriorSupport($f: ID!) {
  recordPriorSupport(
    facilityId: $f
    activityKind: MACHINERY
    costItem: "Máy cán bánh"
    source: "Chương trình OCOP 2025"
    year: 2025
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoneyPathPriorSupportMutation, MoneyPathPriorSupportMutationVariables>;
export const MoneyPathRefuseDocument = new TypedDocumentString(`
    mutation MoneyPathRefuse($id: ID!, $reason: String!) {
  refusePaymentRequest(id: $id, reason: $reason) {
    status
    refusalReason
  }
}
    `) as unknown as TypedDocumentString<MoneyPathRefuseMutation, MoneyPathRefuseMutationVariables>;
export const MoneyPathPendingDocument = new TypedDocumentString(`
    query MoneyPathPending {
  pendingPaymentRequests {
    id
    project {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyPathPendingQuery, MoneyPathPendingQueryVariables>;
export const MoneyPathStartDocument = new TypedDocumentString(`
    mutation MoneyPathStart($projectId: ID!, $version: Int!) {
  startProject(projectId: $projectId, version: $version) {
    state
  }
}
    `) as unknown as TypedDocumentString<MoneyPathStartMutation, MoneyPathStartMutationVariables>;
export const MoneyPathAcceptDocument = new TypedDocumentString(`
    mutation MoneyPathAccept($projectId: ID!, $version: Int!, $outputs: [AcceptedOutputInput!]!, $acceptedCosts: [AcceptedCostInput!]) {
  acceptProject(
    projectId: $projectId
    version: $version
    acceptedOn: "2026-10-01"
    outputs: $outputs
    acceptedCosts: $acceptedCosts
  ) {
    state
  }
}
    `) as unknown as TypedDocumentString<MoneyPathAcceptMutation, MoneyPathAcceptMutationVariables>;
export const MoneyPathSettleDocument = new TypedDocumentString(`
    mutation MoneyPathSettle($projectId: ID!, $version: Int!) {
  settleProject(projectId: $projectId, version: $version, settledOn: "2026-11-01") {
    state
  }
}
    `) as unknown as TypedDocumentString<MoneyPathSettleMutation, MoneyPathSettleMutationVariables>;
export const MoneyPathFiguresDocument = new TypedDocumentString(`
    query MoneyPathFigures($id: ID!) {
  project(id: $id) {
    version
    finalSupport
    finalPayment
    refundDue
    refundReceived
    paid {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyPathFiguresQuery, MoneyPathFiguresQueryVariables>;
export const MoneyPathCloseDocument = new TypedDocumentString(`
    mutation MoneyPathClose($projectId: ID!, $version: Int!) {
  closeProject(projectId: $projectId, version: $version) {
    state
  }
}
    `) as unknown as TypedDocumentString<MoneyPathCloseMutation, MoneyPathCloseMutationVariables>;
export const MoneyPathRefundDocument = new TypedDocumentString(`
    mutation MoneyPathRefund($id: ID!, $v: Int!, $a: Dong!) {
  recordProjectRefund(projectId: $id, version: $v, amount: $a) {
    refundReceived
    version
  }
}
    `) as unknown as TypedDocumentString<MoneyPathRefundMutation, MoneyPathRefundMutationVariables>;
export const NotificationsBellDocument = new TypedDocumentString(`
    query NotificationsBell($unreadOnly: Boolean) {
  myUnreadNotificationCount
  myNotifications(unreadOnly: $unreadOnly) {
    id
    kind
    title
    body
    entityType
    entityId
    readAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsBellQuery, NotificationsBellQueryVariables>;
export const NotificationsMarkReadDocument = new TypedDocumentString(`
    mutation NotificationsMarkRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsLinesDocument = new TypedDocumentString(`
    query NotificationsLines {
  programme {
    groups {
      lines {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsLinesQuery, NotificationsLinesQueryVariables>;
export const NotificationsSaveReportDocument = new TypedDocumentString(`
    mutation NotificationsSaveReport($lines: [CommuneReportLineInput!]!) {
  saveCommuneReport(year: 2026, lines: $lines) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NotificationsSaveReportMutation, NotificationsSaveReportMutationVariables>;
export const NotificationsSubmitReportDocument = new TypedDocumentString(`
    mutation NotificationsSubmitReport($id: ID!, $version: Int!) {
  submitCommuneReport(id: $id, version: $version) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsSubmitReportMutation, NotificationsSubmitReportMutationVariables>;
export const NotificationsOpenPlanDocument = new TypedDocumentString(`
    mutation NotificationsOpenPlan($year: Int!) {
  openAnnualPlan(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsOpenPlanMutation, NotificationsOpenPlanMutationVariables>;
export const OutageLoginDocument = new TypedDocumentString(`
    mutation OutageLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<OutageLoginMutation, OutageLoginMutationVariables>;
export const OutageMeDocument = new TypedDocumentString(`
    query OutageMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<OutageMeQuery, OutageMeQueryVariables>;
export const OverloadMeDocument = new TypedDocumentString(`
    query OverloadMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<OverloadMeQuery, OverloadMeQueryVariables>;
export const OverloadProgrammeProgressDocument = new TypedDocumentString(`
    query OverloadProgrammeProgress {
  programmeProgress(asOfYear: 2026) {
    attainment
  }
}
    `) as unknown as TypedDocumentString<OverloadProgrammeProgressQuery, OverloadProgrammeProgressQueryVariables>;
export const OverloadCommunesDocument = new TypedDocumentString(`
    query OverloadCommunes {
  communes(kind: null) {
    code
  }
}
    `) as unknown as TypedDocumentString<OverloadCommunesQuery, OverloadCommunesQueryVariables>;
export const OverloadProgrammeProgress2Document = new TypedDocumentString(`
    query OverloadProgrammeProgress2 {
  programmeProgress(asOfYear: 2026) {
    attainment
  }
}
    `) as unknown as TypedDocumentString<OverloadProgrammeProgress2Query, OverloadProgrammeProgress2QueryVariables>;
export const OverloadUpdateUserDocument = new TypedDocumentString(`
    mutation OverloadUpdateUser($id: ID!, $version: Int!) {
  updateUser(id: $id, version: $version, fullName: "Tên Mới") {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<OverloadUpdateUserMutation, OverloadUpdateUserMutationVariables>;
export const OverloadProgrammeDocument = new TypedDocumentString(`
    query OverloadProgramme {
  programme {
    targetLines {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OverloadProgrammeQuery, OverloadProgrammeQueryVariables>;
export const OverloadMe2Document = new TypedDocumentString(`
    query OverloadMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<OverloadMe2Query, OverloadMe2QueryVariables>;
export const OverloadMe3Document = new TypedDocumentString(`
    query OverloadMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<OverloadMe3Query, OverloadMe3QueryVariables>;
export const PasswordsAndCredentialsCreateUserDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsCreateUser($email: String!, $password: String!, $fullName: String!) {
  createUser(
    email: $email
    fullName: $fullName
    role: ANALYST
    password: $password
  ) {
    id
    version
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsCreateUserMutation, PasswordsAndCredentialsCreateUserMutationVariables>;
export const PasswordsAndCredentialsChangePasswordDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) {
    id
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsChangePasswordMutation, PasswordsAndCredentialsChangePasswordMutationVariables>;
export const PasswordsAndCredentialsResetPasswordDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsResetPassword($id: ID!, $password: String!) {
  resetPassword(id: $id, newPassword: $password) {
    id
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsResetPasswordMutation, PasswordsAndCredentialsResetPasswordMutationVariables>;
export const PasswordsAndCredentialsLoginDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsLoginMutation, PasswordsAndCredentialsLoginMutationVariables>;
export const PasswordsAndCredentialsMeDocument = new TypedDocumentString(`
    query PasswordsAndCredentialsMe {
  me {
    email
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsMeQuery, PasswordsAndCredentialsMeQueryVariables>;
export const PasswordsAndCredentialsMe2Document = new TypedDocumentString(`
    query PasswordsAndCredentialsMe2 {
  me {
    id
  }
  communes {
    code
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsMe2Query, PasswordsAndCredentialsMe2QueryVariables>;
export const PasswordsAndCredentialsCommunesDocument = new TypedDocumentString(`
    query PasswordsAndCredentialsCommunes {
  communes {
    code
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsCommunesQuery, PasswordsAndCredentialsCommunesQueryVariables>;
export const PasswordsAndCredentialsLogoutDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsLogout {
  logout
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsLogoutMutation, PasswordsAndCredentialsLogoutMutationVariables>;
export const PasswordsAndCredentialsCreateApiTokenDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsCreateApiToken {
  createApiToken(name: "Kịch bản phân tích") {
    secret
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsCreateApiTokenMutation, PasswordsAndCredentialsCreateApiTokenMutationVariables>;
export const PasswordsAndCredentialsUpdateUserDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsUpdateUser($id: ID!, $version: Int!, $role: Role, $active: Boolean) {
  updateUser(id: $id, version: $version, role: $role, active: $active) {
    version
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsUpdateUserMutation, PasswordsAndCredentialsUpdateUserMutationVariables>;
export const PasswordsAndCredentialsMe3Document = new TypedDocumentString(`
    query PasswordsAndCredentialsMe3 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsMe3Query, PasswordsAndCredentialsMe3QueryVariables>;
export const PasswordsAndCredentialsDeactivateUserDocument = new TypedDocumentString(`
    mutation PasswordsAndCredentialsDeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsDeactivateUserMutation, PasswordsAndCredentialsDeactivateUserMutationVariables>;
export const PasswordsAndCredentialsUpdateUser2Document = new TypedDocumentString(`
    mutation PasswordsAndCredentialsUpdateUser2($id: ID!, $version: Int!) {
  updateUser(id: $id, version: $version, fullName: "Tên Khác") {
    id
  }
}
    `) as unknown as TypedDocumentString<PasswordsAndCredentialsUpdateUser2Mutation, PasswordsAndCredentialsUpdateUser2MutationVariables>;
export const ProgressOnceProgressDocument = new TypedDocumentString(`
    query ProgressOnceProgress($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) {
    attainment
    linesWithTarget
    linesAchieved
  }
  again: programmeProgress(asOfYear: $year) {
    attainment
  }
  attainment(groupBy: GROUP, years: $years) {
    year
    groupCode
    attainment
  }
}
    `) as unknown as TypedDocumentString<ProgressOnceProgressQuery, ProgressOnceProgressQueryVariables>;
export const ProgressOnceADocument = new TypedDocumentString(`
    query ProgressOnceA {
  a: programmeProgress(asOfYear: 2026) {
    attainment
    linesBehind
    groups {
      lines {
        rate
        status
      }
    }
  }
  b: programmeProgress(asOfYear: 2029) {
    attainment
    linesBehind
    groups {
      lines {
        rate
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressOnceAQuery, ProgressOnceAQueryVariables>;
export const ProgressOnceProgrammeProgressDocument = new TypedDocumentString(`
    query ProgressOnceProgrammeProgress($y: Int!) {
  programmeProgress(asOfYear: $y) {
    attainment
    linesBehind
    groups {
      lines {
        rate
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressOnceProgrammeProgressQuery, ProgressOnceProgrammeProgressQueryVariables>;
export const ProgressAnnualPlanDocument = new TypedDocumentString(`
    query ProgressAnnualPlan($year: Int!) {
  annualPlan(year: $year) {
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ProgressAnnualPlanQuery, ProgressAnnualPlanQueryVariables>;
export const ProgressOpenAnnualPlanDocument = new TypedDocumentString(`
    mutation ProgressOpenAnnualPlan($year: Int!) {
  openAnnualPlan(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressOpenAnnualPlanMutation, ProgressOpenAnnualPlanMutationVariables>;
export const ProgressRegisterPlannedActivityDocument = new TypedDocumentString(`
    mutation ProgressRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $communeCode: String, $unitId: ID) {
  registerPlannedActivity(
    year: $year
    targetLineId: $line
    quantity: $quantity
    estimatedCost: 50000000
    fundSource: CITY_BUDGET
    communeCode: $communeCode
    unitId: $unitId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressRegisterPlannedActivityMutation, ProgressRegisterPlannedActivityMutationVariables>;
export const ProgressConsolidateAnnualPlanDocument = new TypedDocumentString(`
    mutation ProgressConsolidateAnnualPlan($year: Int!, $version: Int!) {
  consolidateAnnualPlan(year: $year, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressConsolidateAnnualPlanMutation, ProgressConsolidateAnnualPlanMutationVariables>;
export const ProgressApproveAnnualPlanDocument = new TypedDocumentString(`
    mutation ProgressApproveAnnualPlan($year: Int!, $version: Int!) {
  approveAnnualPlan(
    year: $year
    version: $version
    decisionNumber: "88/QĐ-UBND"
    decisionDate: "2026-01-20"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressApproveAnnualPlanMutation, ProgressApproveAnnualPlanMutationVariables>;
export const ProgressProgressDocument = new TypedDocumentString(`
    query ProgressProgress($asOfYear: Int!) {
  programmeProgress(asOfYear: $asOfYear) {
    programmeCode
    asOfYear
    lastYear
    approvedPlanYears
    ...ProgressProgrammeRollUp
    groups {
      groupCode
      name
      ...ProgressGroupRollUp
      lines {
        targetLineId
        code
        name
        unit
        total
        cumulativeTarget
        cumulativeAchieved
        remaining
        rate
        status
        pipeline
        targetLine {
          code
        }
        years {
          year
          target
          planned
          achieved
          pipeline
          rate
          cumulativeTarget
          cumulativeAchieved
        }
        forecast {
          yearEnd {
            ...ProgressForecastFigures
          }
          periodEnd {
            ...ProgressForecastFigures
          }
        }
      }
    }
  }
}
    fragment ProgressProgrammeRollUp on ProgrammeProgress {
  attainment
  attainmentToDate
  linesWithTarget
  linesAchieved
  linesOnTrack
  linesBehind
  linesWithoutTarget
  forecast {
    attainment
    linesLikelyMet
    linesAtRisk
    yearEndLikelyMet
    yearEndAtRisk
  }
}
fragment ProgressGroupRollUp on ProgressGroup {
  attainment
  attainmentToDate
  linesWithTarget
  linesAchieved
  linesOnTrack
  linesBehind
  linesWithoutTarget
  forecast {
    attainment
    linesLikelyMet
    linesAtRisk
    yearEndLikelyMet
    yearEndAtRisk
  }
}
fragment ProgressForecastFigures on ProgressForecast {
  year
  target
  quantity
  rate
  shortfall
  outlook
}`) as unknown as TypedDocumentString<ProgressProgressQuery, ProgressProgressQueryVariables>;
export const ProjectsDetailDocument = new TypedDocumentString(`
    query ProjectsDetail($id: ID!) {
  project(id: $id) {
    ...TestProject
    stateLabel
    decisionNumber
    appraisalOpinion
    availableActions
    commune {
      displayName
    }
    beneficiaries {
      id
      name
    }
    activities {
      activityKind
      plannedQuantity
      actualQuantity
      targetLine {
        code
      }
    }
    budgetLines {
      costItem
      cost
      requestedSupport
      counterpartFunds
      allowedSupport
      boundBy
      normExplanation
      norm {
        id
      }
    }
    history {
      action
      fromState
      toState
      reason
      actor {
        email
      }
    }
  }
}
    fragment TestProject on Project {
  id
  code
  state
  version
  communeCode
  implementingUnitId
  totals {
    cost
    requestedSupport
    counterpartFunds
  }
}`) as unknown as TypedDocumentString<ProjectsDetailQuery, ProjectsDetailQueryVariables>;
export const ProjectsProjectDocument = new TypedDocumentString(`
    query ProjectsProject($id: ID!) {
  project(id: $id) {
    state
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjectQuery, ProjectsProjectQueryVariables>;
export const ProjectsProject2Document = new TypedDocumentString(`
    query ProjectsProject2($id: ID!) {
  project(id: $id) {
    approvedSupport
    finalSupport
    finalPayment
    refundDue
    paid {
      advance
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProject2Query, ProjectsProject2QueryVariables>;
export const ProjectsCreateProjectDocument = new TypedDocumentString(`
    mutation ProjectsCreateProject($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProjectsCreateProjectMutation, ProjectsCreateProjectMutationVariables>;
export const ProjectsProjectsDocument = new TypedDocumentString(`
    query ProjectsProjects {
  projects(first: 100) {
    nodes {
      id
      communeCode
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjectsQuery, ProjectsProjectsQueryVariables>;
export const ProjectsProjects2Document = new TypedDocumentString(`
    query ProjectsProjects2 {
  projects(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjects2Query, ProjectsProjects2QueryVariables>;
export const ProjectsUpdateProjectDocument = new TypedDocumentString(`
    mutation ProjectsUpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) {
  updateProject(projectId: $projectId, version: $version, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateProjectMutation, ProjectsUpdateProjectMutationVariables>;
export const ProjectsCreateProject2Document = new TypedDocumentString(`
    mutation ProjectsCreateProject2($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProjectsCreateProject2Mutation, ProjectsCreateProject2MutationVariables>;
export const ProjectsCreateProject3Document = new TypedDocumentString(`
    mutation ProjectsCreateProject3($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProjectsCreateProject3Mutation, ProjectsCreateProject3MutationVariables>;
export const ProjectsProjects3Document = new TypedDocumentString(`
    query ProjectsProjects3($first: Int!) {
  projects(first: $first) {
    totalCount
    nodes {
      code
      commune {
        displayName
      }
      implementingUnit {
        name
      }
      beneficiaries {
        name
        productionCommune {
          displayName
        }
      }
      budgetLines {
        cost
        norm {
          id
        }
        facility {
          name
        }
      }
      activities {
        targetLine {
          code
        }
      }
      totals {
        cost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjects3Query, ProjectsProjects3QueryVariables>;
export const ReferenceDataProgrammeDocument = new TypedDocumentString(`
    query ReferenceDataProgramme {
  programme {
    code
    name
    firstYear
    lastYear
    years
    groups {
      code
      position
      name
      lines {
        code
        unit
        printedTotal
        sumOfYears
        yearlyTargets {
          year
          target
        }
        bodyTargets {
          value
          unit
          location
        }
        findings {
          code
          severity
        }
      }
    }
    findings {
      severity
      code
      rowCode
      message
      location
      figures {
        name
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataProgrammeQuery, ReferenceDataProgrammeQueryVariables>;
export const ReferenceDataCommunesDocument = new TypedDocumentString(`
    query ReferenceDataCommunes($kind: CommuneKind) {
  communes(kind: $kind) {
    code
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataCommunesQuery, ReferenceDataCommunesQueryVariables>;
export const ReferenceDataCommunes2Document = new TypedDocumentString(`
    query ReferenceDataCommunes2 {
  communes(search: "hong bang") {
    code
    displayName
    kind
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataCommunes2Query, ReferenceDataCommunes2QueryVariables>;
export const ReferenceDataCommuneDocument = new TypedDocumentString(`
    query ReferenceDataCommune {
  commune(code: "xa-khong-co") {
    code
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataCommuneQuery, ReferenceDataCommuneQueryVariables>;
export const ReferenceDataSupportCalculationDocument = new TypedDocumentString(`
    query ReferenceDataSupportCalculation($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {
  supportCalculation(
    activityKind: $kind
    fundLevel: $fund
    date: $date
    eligibleCost: $cost
    requested: $requested
  ) {
    allowed
    rateLimit
    cap
    boundBy
    excess
    explanation
    norm {
      id
      status
    }
    citation {
      document
      article
      clause
      status
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataSupportCalculationQuery, ReferenceDataSupportCalculationQueryVariables>;
export const ReferenceDataNormsDocument = new TypedDocumentString(`
    query ReferenceDataNorms {
  norms(fundLevel: NATIONAL, date: "2026-06-01") {
    id
    rate
    cap
    status
    citation {
      text
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataNormsQuery, ReferenceDataNormsQueryVariables>;
export const ReferenceDataCreateImplementingUnitDocument = new TypedDocumentString(`
    mutation ReferenceDataCreateImplementingUnit($name: String!, $communeCode: String) {
  createImplementingUnit(name: $name, communeCode: $communeCode) {
    id
    name
    communeCode
    version
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataCreateImplementingUnitMutation, ReferenceDataCreateImplementingUnitMutationVariables>;
export const ReportsOpenAnnualPlanDocument = new TypedDocumentString(`
    mutation ReportsOpenAnnualPlan($year: Int!) {
  openAnnualPlan(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsOpenAnnualPlanMutation, ReportsOpenAnnualPlanMutationVariables>;
export const ReportsRegisterPlannedActivityDocument = new TypedDocumentString(`
    mutation ReportsRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $cost: Dong!, $fund: FundSource!, $communeCode: String, $unitId: ID) {
  registerPlannedActivity(
    year: $year
    targetLineId: $line
    quantity: $quantity
    estimatedCost: $cost
    fundSource: $fund
    communeCode: $communeCode
    unitId: $unitId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsRegisterPlannedActivityMutation, ReportsRegisterPlannedActivityMutationVariables>;
export const ReportsAnnualPlanDocument = new TypedDocumentString(`
    query ReportsAnnualPlan($year: Int!) {
  annualPlan(year: $year) {
    version
  }
}
    `) as unknown as TypedDocumentString<ReportsAnnualPlanQuery, ReportsAnnualPlanQueryVariables>;
export const ReportsConsolidateAnnualPlanDocument = new TypedDocumentString(`
    mutation ReportsConsolidateAnnualPlan($year: Int!, $version: Int!) {
  consolidateAnnualPlan(year: $year, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsConsolidateAnnualPlanMutation, ReportsConsolidateAnnualPlanMutationVariables>;
export const ReportsApproveAnnualPlanDocument = new TypedDocumentString(`
    mutation ReportsApproveAnnualPlan($year: Int!, $version: Int!) {
  approveAnnualPlan(
    year: $year
    version: $version
    decisionNumber: "88/QĐ-UBND"
    decisionDate: "2026-01-20"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsApproveAnnualPlanMutation, ReportsApproveAnnualPlanMutationVariables>;
export const ReportsCreateImplementingUnitDocument = new TypedDocumentString(`
    mutation ReportsCreateImplementingUnit($name: String!) {
  createImplementingUnit(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportsCreateImplementingUnitMutation, ReportsCreateImplementingUnitMutationVariables>;
export const ReportsProgrammeDocument = new TypedDocumentString(`
    query ReportsProgramme {
  programme {
    findings {
      rowCode
      severity
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsProgrammeQuery, ReportsProgrammeQueryVariables>;
export const Reports__TypeDocument = new TypedDocumentString(`
    query Reports__type {
  __type(name: "ProjectState") {
    enumValues {
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<Reports__TypeQuery, Reports__TypeQueryVariables>;
export const SearchFoldingProjectsDocument = new TypedDocumentString(`
    query SearchFoldingProjects($s: String) {
  projects(first: 20, search: $s) {
    totalCount
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFoldingProjectsQuery, SearchFoldingProjectsQueryVariables>;
export const SearchFoldingUpdateProjectDocument = new TypedDocumentString(`
    mutation SearchFoldingUpdateProject($id: ID!, $v: Int!, $input: ProjectInput!) {
  updateProject(projectId: $id, version: $v, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SearchFoldingUpdateProjectMutation, SearchFoldingUpdateProjectMutationVariables>;
export const SearchFoldingFacilitiesDocument = new TypedDocumentString(`
    query SearchFoldingFacilities {
  facilities(first: 1, search: "gom") {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFoldingFacilitiesQuery, SearchFoldingFacilitiesQueryVariables>;
export const SignInThrottlingLoginDocument = new TypedDocumentString(`
    mutation SignInThrottlingLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<SignInThrottlingLoginMutation, SignInThrottlingLoginMutationVariables>;
export const SignInThrottlingResetPasswordDocument = new TypedDocumentString(`
    mutation SignInThrottlingResetPassword($id: ID!) {
  resetPassword(id: $id, newPassword: "tau-hoa-chay-qua-canh-dong") {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInThrottlingResetPasswordMutation, SignInThrottlingResetPasswordMutationVariables>;
export const SignInThrottlingDeactivateUserDocument = new TypedDocumentString(`
    mutation SignInThrottlingDeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInThrottlingDeactivateUserMutation, SignInThrottlingDeactivateUserMutationVariables>;
export const SignInThrottlingAuditLogDocument = new TypedDocumentString(`
    query SignInThrottlingAuditLog {
  auditLog(first: 100) {
    nodes {
      action
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SignInThrottlingAuditLogQuery, SignInThrottlingAuditLogQueryVariables>;
export const StartupMeDocument = new TypedDocumentString(`
    query StartupMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<StartupMeQuery, StartupMeQueryVariables>;
export const StartupMe2Document = new TypedDocumentString(`
    query StartupMe2 {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<StartupMe2Query, StartupMe2QueryVariables>;
export const UsersCreateDocument = new TypedDocumentString(`
    mutation UsersCreate($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {
  createUser(
    email: $email
    fullName: "Nguyễn Văn A"
    role: $role
    communeCode: $communeCode
    unitId: $unitId
    password: $password
  ) {
    ...UsersUser
  }
}
    fragment UsersUser on User {
  id
  email
  fullName
  role
  communeCode
  unitId
  active
  version
}`) as unknown as TypedDocumentString<UsersCreateMutation, UsersCreateMutationVariables>;
export const UsersUpdateDocument = new TypedDocumentString(`
    mutation UsersUpdate($id: ID!, $version: Int!, $fullName: String, $role: Role, $communeCode: String, $unitId: ID, $active: Boolean, $email: String) {
  updateUser(
    id: $id
    version: $version
    fullName: $fullName
    role: $role
    communeCode: $communeCode
    unitId: $unitId
    active: $active
    email: $email
  ) {
    ...UsersUser
  }
}
    fragment UsersUser on User {
  id
  email
  fullName
  role
  communeCode
  unitId
  active
  version
}`) as unknown as TypedDocumentString<UsersUpdateMutation, UsersUpdateMutationVariables>;
export const UsersUserDocument = new TypedDocumentString(`
    query UsersUser($id: ID!) {
  user(id: $id) {
    ...UsersUser
  }
}
    fragment UsersUser on User {
  id
  email
  fullName
  role
  communeCode
  unitId
  active
  version
}`) as unknown as TypedDocumentString<UsersUserQuery, UsersUserQueryVariables>;
export const UsersDeactivateUserDocument = new TypedDocumentString(`
    mutation UsersDeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UsersDeactivateUserMutation, UsersDeactivateUserMutationVariables>;
export const UsersMeDocument = new TypedDocumentString(`
    query UsersMe {
  me {
    role
    active
  }
}
    `) as unknown as TypedDocumentString<UsersMeQuery, UsersMeQueryVariables>;
export const UsersDeactivateUser2Document = new TypedDocumentString(`
    mutation UsersDeactivateUser2($id: ID!) {
  deactivateUser(id: $id) {
    active
    version
  }
}
    `) as unknown as TypedDocumentString<UsersDeactivateUser2Mutation, UsersDeactivateUser2MutationVariables>;
export const UsersMe2Document = new TypedDocumentString(`
    query UsersMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<UsersMe2Query, UsersMe2QueryVariables>;
export const UsersDeactivateUser3Document = new TypedDocumentString(`
    mutation UsersDeactivateUser3($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UsersDeactivateUser3Mutation, UsersDeactivateUser3MutationVariables>;
export const UsersDeactivateUser4Document = new TypedDocumentString(`
    mutation UsersDeactivateUser4($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UsersDeactivateUser4Mutation, UsersDeactivateUser4MutationVariables>;
export const UsersMe3Document = new TypedDocumentString(`
    query UsersMe3 {
  me {
    active
  }
}
    `) as unknown as TypedDocumentString<UsersMe3Query, UsersMe3QueryVariables>;
export const UsersResetPasswordDocument = new TypedDocumentString(`
    mutation UsersResetPassword($id: ID!) {
  resetPassword(id: $id, newPassword: "reset-password-1") {
    version
  }
}
    `) as unknown as TypedDocumentString<UsersResetPasswordMutation, UsersResetPasswordMutationVariables>;
export const UsersMe4Document = new TypedDocumentString(`
    query UsersMe4 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<UsersMe4Query, UsersMe4QueryVariables>;
export const UsersListDocument = new TypedDocumentString(`
    query UsersList($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    nodes {
      email
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersListQuery, UsersListQueryVariables>;