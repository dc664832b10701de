import { ACTIVITY_KIND_INFO, type ActivityKind, type BeneficiaryKind } from "../activities/activity-kind.js";
import { type Commune, communeDisplayName } from "../communes/commune.js";
import {
  findCommune,
  HAI_PHONG_COMMUNES,
  NQ_1669_CITATION,
  NQ_1669_IN_FORCE_FROM,
} from "../communes/hai-phong-communes.js";
import {
  CLAY_BRICK_KILN_LABELS,
  EXCLUDED_CLAY_BRICK_KILNS,
  type Facility,
  LEGAL_FORM_LABELS,
} from "../facilities/facility.js";
import { SECTOR_INFO } from "../facilities/sector.js";
import { BENEFICIARY_KIND_LABELS, beneficiaryKindsOf } from "./beneficiary.js";
import { ELIGIBILITY_CITATIONS as C, ND_235_IN_FORCE_FROM } from "./citations.js";
import type { CriterionCode, CriterionResult } from "./criterion.js";
import { classifyEnterpriseSize, SME_SIZE_CITATION } from "./enterprise-size.js";
import { assertCalendarDate, formatCalendarDate } from "../calendar/calendar-date.js";

/** Most overseas fairs one establishment may be supported for in a year (TT 46/2012 Điều 4). */
export const MAX_OVERSEAS_FAIRS_PER_YEAR = 2;

/** Machinery proposed for support (activities MACHINERY and TECHNOLOGY_LINE). */
export interface MachineryDetails {
  /** The machines are new, not second-hand. */
  readonly isNew: boolean;
  /** They raise productivity, quality or efficiency, or reduce pollution, compared with what the facility has. */
  readonly improvesProductionOrPollution: boolean;
}

/**
 * Facts about the specific support asked for, checked by the per-activity conditions. Each is
 * optional: when a fact the activity needs is missing, its criterion is `null` ("to check at appraisal")
 * rather than a failure, so that a facility can be pre-screened before its đề án is written.
 */
export interface ActivityDetails {
  readonly machinery?: MachineryDetails;
  /** DEMONSTRATION_MODEL: the technology shown is more advanced than common practice in the locality. */
  readonly demonstrationTechnologySuperiorToLocal?: boolean;
  /** OVERSEAS_FAIR_PARTICIPATION: overseas fairs already supported for this establishment in the same year, not counting this one. */
  readonly overseasFairsAlreadySupportedThisYear?: number;
}

/** What to judge: a facility, an activity it would benefit from, and the date the rules are taken at. */
export interface EligibilityInput {
  readonly facility: Facility;
  readonly activityKind: ActivityKind;
  /** Date of the decision (`YYYY-MM-DD`); it selects the legal text that applies. */
  readonly date: string;
  readonly details?: ActivityDetails;
}

/** Options of {@link checkEligibility}. */
export interface EligibilityOptions {
  /** The commune list to locate production sites in; defaults to {@link HAI_PHONG_COMMUNES}. */
  readonly communes?: readonly Commune[];
}

/** The verdict with every criterion that led to it. */
export interface EligibilityResult {
  /** True exactly when no criterion failed. */
  readonly eligible: boolean;
  /**
   * The kind of beneficiary the facility was assessed as: when eligible, the basis of the support;
   * when not, the closest basis tried. `null` when the facility can be none that the activity supports.
   */
  readonly assessedAs: BeneficiaryKind | null;
  /** Criteria in the order of `CRITERION_CODES`; every failure is among them. */
  readonly criteria: readonly CriterionResult[];
}

const criterion = (
  code: CriterionCode,
  passed: boolean | null,
  reason: string,
  citation: CriterionResult["citation"],
): CriterionResult => ({ code, passed, reason, citation });

/*
 * Only the subjects rule in force since NĐ 235/2025 is modelled. For an earlier date the answer is
 * still given under that rule, with a notice, rather than under a half-modelled old rule.
 */
function applicableRules(date: string): CriterionResult {
  const notices: string[] = [];
  if (date >= ND_235_IN_FORCE_FROM) {
    notices.push(
      `Ngày xét ${formatCalendarDate(date)}: áp dụng quy định về đối tượng tại Điều 1 khoản 2 Nghị định 45/2012/NĐ-CP ` +
        "đã được Nghị định 235/2025/NĐ-CP thay thế (có hiệu lực từ 15/10/2025).",
    );
  } else {
    notices.push(
      `Ngày xét ${formatCalendarDate(date)} trước ngày Nghị định 235/2025/NĐ-CP có hiệu lực (15/10/2025); khi đó áp dụng ` +
        "Điều 1 khoản 2 Nghị định 45/2012/NĐ-CP bản gốc. Hệ thống chỉ mô hình hóa quy định hiện hành, " +
        "cán bộ cần đối chiếu kết quả với văn bản cũ.",
    );
  }
  if (date < NQ_1669_IN_FORCE_FROM) {
    notices.push(
      "Danh mục xã, phường, đặc khu dùng để xét địa điểm chỉ có từ 01/07/2025 (Nghị quyết 1669/NQ-UBTVQH15); " +
        "trước đó địa bàn được xác định theo đơn vị hành chính cũ.",
    );
  }
  return criterion("APPLICABLE_RULES", null, notices.join(" "), C.ND_235_EFFECT);
}

const SUBJECT_CITATION: Readonly<Record<BeneficiaryKind, CriterionResult["citation"]>> = {
  RURAL_ESTABLISHMENT: C.SUBJECTS_RURAL,
  CLEANER_PRODUCTION_ESTABLISHMENT: C.SUBJECTS_CLEANER_AND_CLUSTER,
  CLUSTER_INFRASTRUCTURE_INVESTOR: C.SUBJECTS_CLEANER_AND_CLUSTER,
  ARTISAN: C.SUBJECTS_ARTISAN,
};

const listKinds = (kinds: readonly BeneficiaryKind[]) =>
  kinds.map((k) => BENEFICIARY_KIND_LABELS[k]).join("; ");

function facilityDescription(facility: Facility): string {
  return `${facility.name} (${LEGAL_FORM_LABELS[facility.legalForm].toLowerCase()})`;
}

function enterpriseSize(basis: BeneficiaryKind, facility: Facility): CriterionResult {
  switch (basis) {
    case "RURAL_ESTABLISHMENT": {
      if (facility.legalForm !== "ENTERPRISE") {
        return criterion(
          "ENTERPRISE_SIZE",
          null,
          `Tiêu chí nhỏ và vừa chỉ áp dụng cho doanh nghiệp; ${LEGAL_FORM_LABELS[facility.legalForm].toLowerCase()} ` +
            "là cơ sở công nghiệp nông thôn không phụ thuộc quy mô.",
          C.SUBJECTS_RURAL,
        );
      }
      if (facility.enterpriseSize === undefined) {
        return criterion(
          "ENTERPRISE_SIZE",
          false,
          "Doanh nghiệp chưa kê khai số lao động, doanh thu, tổng nguồn vốn nên chưa xác định được là doanh nghiệp " +
            "nhỏ và vừa; chỉ doanh nghiệp nhỏ và vừa mới là cơ sở công nghiệp nông thôn.",
          SME_SIZE_CITATION,
        );
      }
      const size = classifyEnterpriseSize(facility.enterpriseSize);
      if (size.isSme) return criterion("ENTERPRISE_SIZE", true, size.reason, size.citation);
      const consequence =
        size.size === "LARGE"
          ? " Doanh nghiệp lớn không thuộc đối tượng cơ sở công nghiệp nông thôn."
          : " Chỉ doanh nghiệp nhỏ và vừa mới là cơ sở công nghiệp nông thôn.";
      return criterion("ENTERPRISE_SIZE", false, size.reason + consequence, size.citation);
    }
    case "CLEANER_PRODUCTION_ESTABLISHMENT":
      return criterion(
        "ENTERPRISE_SIZE",
        null,
        "Cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn không bị giới hạn quy mô, kể cả doanh nghiệp lớn.",
        C.CLEANER_PRODUCTION_NO_LIMIT,
      );
    case "CLUSTER_INFRASTRUCTURE_INVESTOR":
      return criterion(
        "ENTERPRISE_SIZE",
        null,
        "Chủ đầu tư hạ tầng cụm công nghiệp được xét theo tư cách chủ đầu tư, không giới hạn quy mô doanh nghiệp.",
        C.SUBJECTS_CLEANER_AND_CLUSTER,
      );
    case "ARTISAN":
      return criterion(
        "ENTERPRISE_SIZE",
        null,
        "Nghệ nhân được hỗ trợ theo danh hiệu, không xét quy mô doanh nghiệp.",
        C.SUBJECTS_ARTISAN,
      );
  }
}

function productionSite(
  basis: BeneficiaryKind,
  facility: Facility,
  lookup: (code: string) => Commune | undefined,
): CriterionResult {
  const code = facility.productionSite.communeCode;
  const commune = lookup(code);
  if (commune === undefined) {
    return criterion(
      "PRODUCTION_SITE",
      false,
      `Mã đơn vị hành chính “${code}” của nơi sản xuất không có trong danh mục xã, phường, đặc khu của thành phố Hải Phòng.`,
      NQ_1669_CITATION,
    );
  }
  const place = communeDisplayName(commune);
  if (basis !== "RURAL_ESTABLISHMENT") {
    return criterion(
      "PRODUCTION_SITE",
      true,
      `Cơ sở sản xuất tại ${place}, thành phố Hải Phòng; ${BENEFICIARY_KIND_LABELS[basis]} không bị giới hạn ở xã hay phường.`,
      basis === "CLEANER_PRODUCTION_ESTABLISHMENT" ? C.CLEANER_PRODUCTION_NO_LIMIT : SUBJECT_CITATION[basis],
    );
  }
  const byProductionSite =
    facility.hqAddress === undefined ? "" : " Địa điểm xét theo nơi sản xuất, không theo trụ sở.";
  if (commune.kind !== "PHUONG") {
    return criterion(
      "PRODUCTION_SITE",
      true,
      `Cơ sở sản xuất tại ${place}: xã, đặc khu của thành phố trực thuộc trung ương thuộc địa bàn được hỗ trợ.${byProductionSite}`,
      C.PRODUCTION_SITE,
    );
  }
  const village = facility.productionSite.craftVillage;
  if (village?.recognisedByCity === true) {
    return criterion(
      "PRODUCTION_SITE",
      true,
      `Cơ sở sản xuất tại ${place}, trong làng nghề ${village.name} đã được Ủy ban nhân dân thành phố công nhận.${byProductionSite}`,
      C.PRODUCTION_SITE,
    );
  }
  const rule =
    "Ở thành phố trực thuộc trung ương, cơ sở công nghiệp nông thôn phải sản xuất tại xã, đặc khu " +
    "hoặc trong làng nghề được Ủy ban nhân dân thành phố công nhận.";
  const why =
    village === undefined
      ? `Cơ sở sản xuất tại ${place}, không thuộc làng nghề nào.`
      : `Cơ sở sản xuất tại ${place}, trong làng nghề ${village.name} chưa được Ủy ban nhân dân thành phố công nhận.`;
  return criterion("PRODUCTION_SITE", false, `${why} ${rule}${byProductionSite}`, C.PRODUCTION_SITE);
}

function sector(basis: BeneficiaryKind, facility: Facility): CriterionResult {
  if (basis === "CLUSTER_INFRASTRUCTURE_INVESTOR") {
    return criterion(
      "SECTOR",
      null,
      "Chủ đầu tư hạ tầng cụm công nghiệp được xét theo tư cách chủ đầu tư, không theo ngành nghề sản xuất.",
      C.SUBJECTS_CLEANER_AND_CLUSTER,
    );
  }
  if (basis === "CLEANER_PRODUCTION_ESTABLISHMENT") {
    const g = SECTOR_INFO.CLEANER_PRODUCTION_POLLUTION_TREATMENT;
    return criterion(
      "SECTOR",
      true,
      "Áp dụng sản xuất sạch hơn tại cơ sở sản xuất công nghiệp là ngành nghề được hỗ trợ (Điều 5 điểm g), " +
        "không phụ thuộc sản phẩm của cơ sở.",
      g.citation,
    );
  }
  const info = SECTOR_INFO[facility.sector];
  const label = `“${info.label}”`;
  switch (info.origin) {
    case "OUTSIDE_LIST":
      return criterion(
        "SECTOR",
        false,
        "Ngành nghề của cơ sở không thuộc danh mục ngành nghề được hưởng chính sách khuyến công (Điều 5 Nghị định 45/2012/NĐ-CP).",
        info.citation,
      );
    case "ND_235_ADDITION":
      return criterion(
        "SECTOR",
        true,
        `${label} là ngành nghề được bổ sung theo Nghị định 235/2025/NĐ-CP (theo tin báo chí, chưa đối chiếu nguyên văn).`,
        info.citation,
      );
    case "ND_45_ARTICLE_5":
      if (facility.sector === "MINING_MINERAL_PROCESSING" && !facility.inDisadvantagedArea) {
        return criterion(
          "SECTOR",
          false,
          "Khai thác, chế biến khoáng sản chỉ được hỗ trợ tại địa bàn có điều kiện kinh tế - xã hội khó khăn, " +
            "đặc biệt khó khăn; cơ sở không sản xuất tại địa bàn đó.",
          info.citation,
        );
      }
      return criterion(
        "SECTOR",
        true,
        facility.sector === "MINING_MINERAL_PROCESSING"
          ? "Khai thác, chế biến khoáng sản tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn: được hỗ trợ (Điều 5 điểm e)."
          : `${label} thuộc ngành nghề được hỗ trợ (Điều 5 điểm ${info.point ?? ""}).`,
        info.citation,
      );
  }
}

function sectorExclusion(facility: Facility): CriterionResult {
  const kiln = facility.clayBrickKiln;
  if (kiln === undefined) {
    return criterion(
      "SECTOR_EXCLUSION",
      null,
      "Cơ sở không sản xuất gạch, ngói đất sét nung; không thuộc trường hợp loại trừ.",
      C.BRICK_KILN_EXCLUSION,
    );
  }
  const label = CLAY_BRICK_KILN_LABELS[kiln].toLowerCase();
  return EXCLUDED_CLAY_BRICK_KILNS.includes(kiln)
    ? criterion(
        "SECTOR_EXCLUSION",
        false,
        `Cơ sở sản xuất gạch, ngói đất sét nung bằng ${label}: loại lò này không được hỗ trợ khuyến công.`,
        C.BRICK_KILN_EXCLUSION,
      )
    : criterion(
        "SECTOR_EXCLUSION",
        true,
        `Cơ sở sản xuất gạch, ngói đất sét nung bằng ${label}, không thuộc loại lò bị loại trừ (lò thủ công cải tiến, lò vòng).`,
        C.BRICK_KILN_EXCLUSION,
      );
}

function activityCondition(input: EligibilityInput): CriterionResult {
  const { activityKind, details, facility } = input;
  const activity = `“${ACTIVITY_KIND_INFO[activityKind].label}”`;
  switch (activityKind) {
    case "MACHINERY":
    case "TECHNOLOGY_LINE": {
      const m = details?.machinery;
      if (m === undefined) {
        return criterion(
          "ACTIVITY_CONDITION",
          null,
          `Chưa có thông tin về máy móc, thiết bị: khi thẩm định đề án cần kiểm tra máy móc là máy mới và giúp nâng cao năng suất, chất lượng, hiệu quả hoặc giảm ô nhiễm.`,
          C.ACTIVITY_CONDITIONS,
        );
      }
      const faults = [
        m.isNew ? null : "không phải máy mới",
        m.improvesProductionOrPollution
          ? null
          : "không giúp nâng cao năng suất, chất lượng, hiệu quả hoặc giảm ô nhiễm",
      ].filter((f): f is string => f !== null);
      return faults.length === 0
        ? criterion(
            "ACTIVITY_CONDITION",
            true,
            "Máy móc, thiết bị là máy mới và giúp nâng cao năng suất, chất lượng, hiệu quả hoặc giảm ô nhiễm.",
            C.ACTIVITY_CONDITIONS,
          )
        : criterion(
            "ACTIVITY_CONDITION",
            false,
            `Máy móc, thiết bị đề nghị hỗ trợ ${faults.join(" và ")}; chỉ hỗ trợ máy mới có tác dụng đó.`,
            C.ACTIVITY_CONDITIONS,
          );
    }
    case "DEMONSTRATION_MODEL": {
      const superior = details?.demonstrationTechnologySuperiorToLocal;
      if (superior === undefined) {
        return criterion(
          "ACTIVITY_CONDITION",
          null,
          "Chưa có thông tin về công nghệ của mô hình: khi thẩm định cần kiểm tra công nghệ tiên tiến hơn so với sản xuất phổ biến tại địa phương.",
          C.ACTIVITY_CONDITIONS,
        );
      }
      return superior
        ? criterion(
            "ACTIVITY_CONDITION",
            true,
            "Công nghệ của mô hình trình diễn tiên tiến hơn so với sản xuất phổ biến tại địa phương.",
            C.ACTIVITY_CONDITIONS,
          )
        : criterion(
            "ACTIVITY_CONDITION",
            false,
            "Công nghệ của mô hình trình diễn không tiên tiến hơn so với sản xuất phổ biến tại địa phương.",
            C.ACTIVITY_CONDITIONS,
          );
    }
    case "OVERSEAS_FAIR_PARTICIPATION": {
      const already = details?.overseasFairsAlreadySupportedThisYear;
      if (already === undefined) {
        return criterion(
          "ACTIVITY_CONDITION",
          null,
          `Chưa có số lần cơ sở đã được hỗ trợ tham gia hội chợ, triển lãm ở nước ngoài trong năm: cần kiểm tra (tối đa ${MAX_OVERSEAS_FAIRS_PER_YEAR} lần/năm).`,
          C.ACTIVITY_CONDITIONS,
        );
      }
      if (!Number.isSafeInteger(already) || already < 0) {
        throw new RangeError(
          `số lần đã được hỗ trợ tham gia hội chợ ở nước ngoài phải là số nguyên không âm: ${already}`,
        );
      }
      return already < MAX_OVERSEAS_FAIRS_PER_YEAR
        ? criterion(
            "ACTIVITY_CONDITION",
            true,
            `Đây là lần thứ ${already + 1} cơ sở được hỗ trợ tham gia hội chợ, triển lãm ở nước ngoài trong năm (tối đa ${MAX_OVERSEAS_FAIRS_PER_YEAR} lần).`,
            C.ACTIVITY_CONDITIONS,
          )
        : criterion(
            "ACTIVITY_CONDITION",
            false,
            `Cơ sở đã được hỗ trợ ${already} lần tham gia hội chợ, triển lãm ở nước ngoài trong năm; mỗi cơ sở được hỗ trợ tối đa ${MAX_OVERSEAS_FAIRS_PER_YEAR} lần/năm.`,
            C.ACTIVITY_CONDITIONS,
          );
    }
    case "ENTERPRISE_FOUNDING":
      return facility.inDisadvantagedArea
        ? criterion(
            "ACTIVITY_CONDITION",
            true,
            "Doanh nghiệp được thành lập tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn.",
            C.ENTERPRISE_FOUNDING_AREA,
          )
        : criterion(
            "ACTIVITY_CONDITION",
            false,
            "Chỉ hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn; cơ sở không ở địa bàn đó.",
            C.ENTERPRISE_FOUNDING_AREA,
          );
    default:
      return criterion(
        "ACTIVITY_CONDITION",
        null,
        `Hoạt động ${activity} không có điều kiện riêng ngoài các tiêu chí trên.`,
        C.ACTIVITY_CONDITIONS,
      );
  }
}

const failures = (criteria: readonly CriterionResult[]) => criteria.filter((c) => c.passed === false).length;

function result(assessedAs: BeneficiaryKind | null, criteria: CriterionResult[]): EligibilityResult {
  return { eligible: failures(criteria) === 0, assessedAs, criteria };
}

/** The bundled list is already indexed; a caller's list (e.g. corrected names) is indexed once per call. */
function lookupIn(communes: readonly Commune[] | undefined): (code: string) => Commune | undefined {
  if (communes === undefined || communes === HAI_PHONG_COMMUNES) return findCommune;
  const byCode = new Map(communes.map((c) => [c.code, c]));
  return (code) => byCode.get(code);
}

/**
 * Judges whether a facility may receive support for an activity, criterion by criterion
 * (domain-reference §2). A facility may qualify as several kinds of beneficiary; each kind the activity
 * supports is tried, and the first under which nothing fails is the answer. If none succeeds, the
 * kind with the fewest failures is reported, so the officer sees the shortest way to eligibility.
 *
 * Invariant: `eligible` is false exactly when some criterion has `passed === false`.
 * Throws a `RangeError` when `date` is not a `YYYY-MM-DD` calendar date or a figure is malformed.
 */
export function checkEligibility(
  input: EligibilityInput,
  options: EligibilityOptions = {},
): EligibilityResult {
  assertCalendarDate(input.date, "Ngày xét");
  const { facility } = input;
  const activity = ACTIVITY_KIND_INFO[input.activityKind];
  const activityName = `“${activity.label}”`;
  const rules = applicableRules(input.date);

  if (activity.beneficiaries.length === 0) {
    return result(null, [
      rules,
      criterion(
        "SUBJECT_KIND",
        false,
        `Hoạt động ${activityName} do cơ quan, đơn vị thực hiện khuyến công tiến hành cho nhiều đối tượng, ` +
          "không có cơ sở thụ hưởng trực tiếp; không xét hỗ trợ cho từng cơ sở.",
        C.ACTIVITY_CONTENT,
      ),
    ]);
  }

  const facilityKinds = beneficiaryKindsOf(facility);
  const candidates = activity.beneficiaries.filter((k) => facilityKinds.includes(k));
  if (candidates.length === 0) {
    const canBe =
      facilityKinds.length === 0
        ? "không thuộc đối tượng nào của chính sách khuyến công"
        : `chỉ có thể là ${listKinds(facilityKinds)}`;
    return result(null, [
      rules,
      criterion(
        "SUBJECT_KIND",
        false,
        `${facilityDescription(facility)} ${canBe}; hoạt động ${activityName} chỉ hỗ trợ ${listKinds(activity.beneficiaries)}.`,
        C.SUBJECTS_RURAL,
      ),
      sectorExclusion(facility),
      activityCondition(input),
    ]);
  }

  const lookup = lookupIn(options.communes);
  const assessed = candidates.map((basis) => {
    const rest = [
      enterpriseSize(basis, facility),
      productionSite(basis, facility, lookup),
      sector(basis, facility),
      sectorExclusion(facility),
      activityCondition(input),
    ];
    return { basis, rest, failed: failures(rest) };
  });
  const chosen =
    assessed.find((a) => a.failed === 0) ?? assessed.reduce((best, a) => (a.failed < best.failed ? a : best));
  const others = candidates.filter((k) => k !== chosen.basis);
  const alsoTried =
    chosen.failed > 0 && others.length > 0 ? ` Đã xét cả tư cách ${listKinds(others)}, cũng không đạt.` : "";
  const subject = criterion(
    "SUBJECT_KIND",
    true,
    `${facilityDescription(facility)} được xét với tư cách ${BENEFICIARY_KIND_LABELS[chosen.basis]}, ` +
      `là đối tượng thụ hưởng của hoạt động ${activityName}.${alsoTried}`,
    SUBJECT_CITATION[chosen.basis],
  );
  return result(chosen.basis, [rules, subject, ...chosen.rest]);
}
