import type { ActivityKind } from "../activities/activity-kind.js";
import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import { applyRate, assertDong, type BasisPoints, type Dong, formatDong, formatRate } from "../money/dong.js";

/**
 * The advance groups of the national procedure (TT 36/2013/TT-BCT, read in its old text; its successor
 * TT 17/2018 was not found), bounded by TTLT 26/2014 Điều 8's "up to 70 %":
 * - `WORKS_30`: cluster infrastructure and cluster environment works: 30 %, once over half of the works are done;
 * - `SERVICES_70`: training, consulting, workshops, trademarks, associations, fairs, media: 70 %, no condition;
 * - `INVESTMENT_70`: demonstration models, machinery, a facility's environmental system: 70 %, once the
 *   establishment has invested over 70 % of the cost;
 * - `AFTER_ACCEPTANCE_100`: enterprise founding: 100 %, only after acceptance (so no advance before it).
 */
export type AdvanceGroup = "WORKS_30" | "SERVICES_70" | "INVESTMENT_70" | "AFTER_ACCEPTANCE_100";

export interface AdvanceRule {
  readonly group: AdvanceGroup;
  readonly rate: BasisPoints;
  /** The share (basis points) of the works done or the cost invested that must be exceeded first; 0 = none. */
  readonly threshold: BasisPoints;
  /** What the threshold measures, in Vietnamese, for the explanation. */
  readonly condition: string;
  readonly citation: Citation;
}

const PROCEDURE: Citation = {
  document: LEGAL_DOCUMENTS.TT_36_2013,
  status: "VERIFIED_SUPERSEDED",
  note:
    "Bước tạm ứng của quy trình đề án khuyến công quốc gia (văn bản cũ); mức tối đa 70% theo TTLT 26/2014 Điều 8. " +
    "Chưa tìm được văn bản thay thế; áp dụng làm mẫu cho khuyến công địa phương.",
};

const RULES: Readonly<Record<AdvanceGroup, AdvanceRule>> = {
  WORKS_30: {
    group: "WORKS_30",
    rate: 3000,
    threshold: 5000,
    condition: "khối lượng công trình đã thực hiện",
    citation: PROCEDURE,
  },
  SERVICES_70: { group: "SERVICES_70", rate: 7000, threshold: 0, condition: "", citation: PROCEDURE },
  INVESTMENT_70: {
    group: "INVESTMENT_70",
    rate: 7000,
    threshold: 7000,
    condition: "giá trị cơ sở đã đầu tư",
    citation: PROCEDURE,
  },
  AFTER_ACCEPTANCE_100: {
    group: "AFTER_ACCEPTANCE_100",
    rate: 10_000,
    threshold: 0,
    condition: "nghiệm thu",
    citation: PROCEDURE,
  },
};

/**
 * The advance group of each activity kind. Kinds the procedure does not name are put with the nearest
 * named one: showrooms, linkage clusters and relocation interest with investments (the establishment
 * spends first), contests, cleaner-production assessments and programme management with services.
 */
const GROUP_OF: Readonly<Record<ActivityKind, AdvanceGroup>> = {
  DEMONSTRATION_MODEL: "INVESTMENT_70",
  REPLICATION_MODEL: "INVESTMENT_70",
  MACHINERY: "INVESTMENT_70",
  TECHNOLOGY_LINE: "INVESTMENT_70",
  FACILITY_ENVIRONMENT: "INVESTMENT_70",
  SHOWROOM: "INVESTMENT_70",
  LINKAGE_CLUSTER: "INVESTMENT_70",
  POLLUTION_RELOCATION_INTEREST: "INVESTMENT_70",
  CLUSTER_ENVIRONMENT: "WORKS_30",
  CLUSTER_INFRASTRUCTURE: "WORKS_30",
  ENTERPRISE_FOUNDING: "AFTER_ACCEPTANCE_100",
  TRAINING: "SERVICES_70",
  ARTISAN_TEACHING: "SERVICES_70",
  CONSULTING: "SERVICES_70",
  TRADEMARK: "SERVICES_70",
  ASSOCIATION: "SERVICES_70",
  FAIR_ORGANISATION: "SERVICES_70",
  FAIR_PARTICIPATION: "SERVICES_70",
  OVERSEAS_FAIR_PARTICIPATION: "SERVICES_70",
  PRODUCT_CONTEST: "SERVICES_70",
  COMMUNICATION: "SERVICES_70",
  CLEANER_PRODUCTION_ASSESSMENT: "SERVICES_70",
  PROGRAMME_MANAGEMENT: "SERVICES_70",
};

/** The advance rule for an activity kind. */
export function advanceRuleOf(kind: ActivityKind): AdvanceRule {
  return RULES[GROUP_OF[kind]];
}

/** One activity's approved support and how far it has progressed, as the advance request states it. */
export interface AdvanceBasis {
  readonly activityKind: ActivityKind;
  readonly approvedSupport: Dong;
  /** Share (basis points) of the cost invested or of the works done, as declared with the request. */
  readonly progress: BasisPoints;
  /** Whether the đề án has been accepted. */
  readonly accepted: boolean;
}

export interface AdvanceAllowance {
  readonly activityKind: ActivityKind;
  readonly rule: AdvanceRule;
  /** The most that may be advanced for this activity now: rate × approved support, or 0 if the condition is not met. */
  readonly maximum: Dong;
  readonly conditionMet: boolean;
  /** Vietnamese. */
  readonly explanation: string;
}

/** How much of an activity's approved support may be advanced, and why. Rounded down to the đồng. */
export function advanceAllowance(basis: AdvanceBasis): AdvanceAllowance {
  assertDong(basis.approvedSupport, "kinh phí hỗ trợ được duyệt");
  const rule = advanceRuleOf(basis.activityKind);
  const conditionMet =
    rule.group === "AFTER_ACCEPTANCE_100"
      ? basis.accepted
      : rule.threshold === 0 || basis.progress > rule.threshold;
  const maximum = conditionMet ? applyRate(basis.approvedSupport, rule.rate) : 0;
  const ceiling = `tối đa ${formatRate(rule.rate)} kinh phí hỗ trợ được duyệt (${formatDong(basis.approvedSupport)})`;
  const explanation =
    rule.group === "AFTER_ACCEPTANCE_100"
      ? conditionMet
        ? `Được thanh toán ${formatRate(rule.rate)} sau nghiệm thu: ${formatDong(maximum)}.`
        : "Chỉ được thanh toán sau khi nghiệm thu, không tạm ứng trước."
      : rule.threshold === 0
        ? `Được tạm ứng ${ceiling}: ${formatDong(maximum)}.`
        : conditionMet
          ? `Được tạm ứng ${ceiling} vì ${rule.condition} (${formatRate(basis.progress)}) đã trên ${formatRate(rule.threshold)}: ${formatDong(maximum)}.`
          : `Chưa được tạm ứng: ${rule.condition} (${formatRate(basis.progress)}) chưa vượt ${formatRate(rule.threshold)}.`;
  return { activityKind: basis.activityKind, rule, maximum, conditionMet, explanation };
}
