import {
  FUND_SOURCE_LABELS,
  FUND_SOURCES,
  type FundSource,
  foldVietnamese,
  formatRate,
  type Capability,
  CURRENT_PROGRAMME,
  isCalendarDate,
  isProgrammeYear,
  PLAN_LIMITS,
  type PlanStatus,
  PROGRAMME_YEARS,
  todayInVietnam,
  yearOfCalendarDate,
} from "@khuyencong/domain";
import { formatDate } from "../../lib/format";
import type { Lang, Translate } from "../../lib/i18n";
import type { MutationFormOptions, RecordName } from "../../ui/useMutationForm";

/**
 * The rules the annual-plan screens apply before asking the API: who may do what in which state, the
 * checks of a registration and of an approval (the same bounds as the API's, so that the user learns at
 * the field rather than from a round trip), and the arithmetic of the comparison with the targets.
 */

/** The annual plan, as the stale-version banner names it. */
export const PLAN: RecordName = { vi: "kế hoạch", en: "plan" };

/** A registration, as the stale-version banner names it. */
export const REGISTRATION: RecordName = { vi: "đăng ký", en: "registration" };

/** The registration form's fields, where the API's refusal of a field is shown (the registrant is one). */
export const REGISTRATION_FORM: MutationFormOptions = {
  fields: { communeCode: "registrant", unitId: "registrant" },
  shown: ["registrant", "targetLineId", "quantity", "estimatedCost", "fundSource", "note"],
};

export const PLAN_YEARS = PROGRAMME_YEARS;

/** The API's bounds (apps/api/src/plans/plan.args.ts). */
const {
  maxQuantity: MAX_QUANTITY,
  maxEstimatedCost: MAX_ESTIMATED_COST,
  maxNote: MAX_NOTE,
  maxDecisionNumber: MAX_DECISION_NUMBER,
  maxReason: MAX_REASON,
} = PLAN_LIMITS;

/** The annual plan's statuses, from the domain (packages/domain/src/plans). */
export type { PlanStatus };

/** The year shown first: this year in Việt Nam when the programme covers it, else its first year. */
export function defaultPlanYear(today = todayInVietnam()): number {
  const year = yearOfCalendarDate(today);
  return isProgrammeYear(year) ? year : CURRENT_PROGRAMME.firstYear;
}

/** `?nam=2027` → 2027 when it is a year of the programme; null otherwise. */
export function yearFromSearch(search: string): number | null {
  const value = Number(new URLSearchParams(search).get("nam"));
  return (PLAN_YEARS as readonly number[]).includes(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------------
// Who may do what

/** What the user's capabilities allow on plans (the API decides again; this only hides what would be refused). */
export function planRights(can: (capability: Capability) => boolean): {
  registers: boolean;
  manages: boolean;
} {
  return { registers: can("RegisterPlans"), manages: can("ManageAnnualPlans") };
}

/**
 * Why registrations cannot change now, in the user's language; null while the plan is open. The same
 * reasons as the API's refusal, so that a disabled button says what the server would say.
 */
export function lockReason(
  plan: { status: PlanStatus; year: number; decisionNumber?: string | null; decisionDate?: string | null },
  t: Translate,
): string | null {
  switch (plan.status) {
    case "OPEN":
      return null;
    case "CONSOLIDATED":
      return t(
        `Sở Công Thương đã tổng hợp kế hoạch năm ${plan.year}: không thể đăng ký thêm, sửa hay rút đăng ký cho đến khi Sở mở lại kế hoạch.`,
        `The department has consolidated the ${plan.year} plan: registrations cannot be added, changed or withdrawn until it reopens the plan.`,
      );
    case "APPROVED": {
      const decision = plan.decisionNumber
        ? t(
            ` (Quyết định số ${plan.decisionNumber}${plan.decisionDate ? ` ngày ${formatDate(plan.decisionDate)}` : ""})`,
            ` (decision ${plan.decisionNumber}${plan.decisionDate ? ` of ${formatDate(plan.decisionDate)}` : ""})`,
          )
        : "";
      return t(
        `Kế hoạch năm ${plan.year} đã được phê duyệt${decision} và bị khóa: không thể đăng ký thêm, sửa hay rút đăng ký.`,
        `The ${plan.year} plan is approved${decision} and locked: registrations cannot be added, changed or withdrawn.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Fund sources

const FUND_SOURCE_EN: Readonly<Record<FundSource, string>> = {
  NATIONAL_FUND: "National industrial-extension fund",
  CITY_BUDGET: "City budget (local industrial extension)",
  COUNTERPART: "Establishment's counterpart funds",
  INTEGRATED: "Funds integrated from other programmes",
  OTHER: "Other lawful sources",
};

export function fundSourceName(source: FundSource, lang: Lang): string {
  return lang === "en" ? FUND_SOURCE_EN[source] : FUND_SOURCE_LABELS[source];
}

export function fundSourceOptions(lang: Lang): { value: FundSource; label: string }[] {
  return FUND_SOURCES.map((value) => ({ value, label: fundSourceName(value, lang) }));
}

// ---------------------------------------------------------------------------------------------------
// A registration's form

export type RegistrantKind = "COMMUNE" | "UNIT";

/** What the form holds; numbers come from Mantine's NumberInput (a number, or "" when empty). */
export interface RegistrationDraft {
  registrantKind: RegistrantKind;
  communeCode: string;
  unitId: string;
  targetLineId: string;
  quantity: number | string;
  estimatedCost: number | string;
  fundSource: string;
  note: string;
}

export type DraftField = "registrant" | "targetLineId" | "quantity" | "estimatedCost" | "fundSource" | "note";
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft(): RegistrationDraft {
  return {
    registrantKind: "COMMUNE",
    communeCode: "",
    unitId: "",
    targetLineId: "",
    quantity: "",
    estimatedCost: "",
    fundSource: "",
    note: "",
  };
}

/** A whole number from the form, or null ("", "abc", 1.5 are not). */
export function wholeNumber(value: number | string): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  const text = value.trim();
  if (!/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * The form's errors, by field; empty when it may be sent. `chooseRegistrant` is for the department,
 * which names the commune or unit it registers for (a commune officer or a unit registers for itself).
 */
export function validateRegistration(
  draft: RegistrationDraft,
  options: { chooseRegistrant: boolean },
  t: Translate,
): DraftErrors {
  const errors: DraftErrors = {};
  if (options.chooseRegistrant) {
    if (draft.registrantKind === "COMMUNE" && !draft.communeCode) {
      errors.registrant = t("Vui lòng chọn xã, phường, đặc khu đăng ký", "Choose the registering commune");
    } else if (draft.registrantKind === "UNIT" && !draft.unitId) {
      errors.registrant = t("Vui lòng chọn đơn vị thực hiện đăng ký", "Choose the registering unit");
    }
  }
  if (!draft.targetLineId) {
    errors.targetLineId = t("Vui lòng chọn dòng chỉ tiêu", "Choose a target line");
  }
  const quantity = wholeNumber(draft.quantity);
  if (draft.quantity === "" || quantity === null) {
    errors.quantity = t("Vui lòng nhập số lượng là số nguyên", "Enter the quantity as a whole number");
  } else if (quantity < 1) {
    errors.quantity = t("Số lượng phải lớn hơn 0", "The quantity must be at least 1");
  } else if (quantity > MAX_QUANTITY) {
    errors.quantity = t("Số lượng có tối đa 1.000.000", "The quantity is at most 1,000,000");
  }
  const cost = wholeNumber(draft.estimatedCost);
  if (draft.estimatedCost === "" || cost === null) {
    errors.estimatedCost = t(
      "Vui lòng nhập kinh phí dự kiến là số nguyên đồng (0 nếu chưa dự kiến)",
      "Enter the estimated cost in whole đồng (0 if not yet estimated)",
    );
  } else if (cost < 0) {
    errors.estimatedCost = t("Kinh phí dự kiến không được âm", "The estimated cost cannot be negative");
  } else if (cost > MAX_ESTIMATED_COST) {
    errors.estimatedCost = t(
      "Kinh phí dự kiến của một hoạt động không quá 1.000 tỷ đồng",
      "The estimated cost of one activity is at most 1,000 billion đồng",
    );
  }
  if (!(FUND_SOURCES as readonly string[]).includes(draft.fundSource)) {
    errors.fundSource = t("Vui lòng chọn nguồn kinh phí", "Choose the fund source");
  }
  if (draft.note.trim().length > MAX_NOTE) {
    errors.note = t("Ghi chú có tối đa 2000 ký tự", "The note is at most 2000 characters");
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------
// Approval and reopening

export interface ApprovalDraft {
  decisionNumber: string;
  decisionDate: string;
}

export function validateApproval(
  draft: ApprovalDraft,
  today: string,
  t: Translate,
): Partial<Record<keyof ApprovalDraft, string>> {
  const errors: Partial<Record<keyof ApprovalDraft, string>> = {};
  const number = draft.decisionNumber.trim();
  if (!number) {
    errors.decisionNumber = t("Vui lòng nhập số quyết định phê duyệt", "Enter the decision's number");
  } else if (number.length > MAX_DECISION_NUMBER) {
    errors.decisionNumber = t("Số quyết định có tối đa 64 ký tự", "The number is at most 64 characters");
  }
  if (!isCalendarDate(draft.decisionDate)) {
    errors.decisionDate = t(
      "Vui lòng nhập ngày quyết định (dd/mm/yyyy)",
      "Enter the decision's date (dd/mm/yyyy)",
    );
  } else if (draft.decisionDate > today) {
    errors.decisionDate = t(
      "Ngày quyết định không được sau ngày hôm nay",
      "The decision cannot be dated after today",
    );
  }
  return errors;
}

export function validateReason(reason: string, t: Translate): string | null {
  const text = reason.trim();
  if (!text) return t("Vui lòng nhập lý do mở lại kế hoạch", "Give the reason for reopening the plan");
  if (text.length > MAX_REASON) {
    return t("Lý do mở lại có tối đa 1000 ký tự", "The reason is at most 1000 characters");
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Registrations grouped by registrant

export interface RegistrationLike {
  communeCode?: string | null;
  unitId?: string | null;
  commune?: { displayName: string } | null;
  unit?: { name: string } | null;
  estimatedCost: number;
}

export interface RegistrantGroup<R> {
  /** `commune:<code>` or `unit:<id>`. */
  key: string;
  kind: RegistrantKind;
  name: string;
  registrations: R[];
  estimatedCost: number;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Registrations by registrant: communes first, then implementing units (the plan's totals keep them
 * apart, as the registration summary does), each by name; within a group, the order received.
 */
export function groupByRegistrant<R extends RegistrationLike>(
  registrations: readonly R[],
): RegistrantGroup<R>[] {
  const groups = new Map<string, RegistrantGroup<R>>();
  for (const r of registrations) {
    const kind: RegistrantKind = r.communeCode ? "COMMUNE" : "UNIT";
    const key = kind === "COMMUNE" ? `commune:${r.communeCode}` : `unit:${r.unitId ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      const name =
        kind === "COMMUNE"
          ? (r.commune?.displayName ?? r.communeCode ?? "")
          : (r.unit?.name ?? r.unitId ?? "");
      group = { key, kind, name, registrations: [], estimatedCost: 0 };
      groups.set(key, group);
    }
    group.registrations.push(r);
    group.estimatedCost += r.estimatedCost;
  }
  return [...groups.values()].sort((a, b) =>
    a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === "COMMUNE" ? -1 : 1,
  );
}

export function filterGroups<G extends { name: string }>(groups: readonly G[], search: string): G[] {
  const needle = foldVietnamese(search.trim()).toLowerCase();
  return needle ? groups.filter((g) => foldVietnamese(g.name).toLowerCase().includes(needle)) : [...groups];
}

// ---------------------------------------------------------------------------------------------------
// Comparison with the targets

/**
 * - `NO_TARGET`: the appendix sets no target for the year (blank or 0) and nothing exceeds it.
 * - `MISSING`: a target and nothing registered.
 * - `SHORT` / `MET` / `OVER`: registered below, at, above the target.
 */
export type LineMark = "NO_TARGET" | "MISSING" | "SHORT" | "MET" | "OVER";

export function lineMark(target: number | null, registered: number): LineMark {
  if (target === null || target === 0) return target === 0 && registered > 0 ? "OVER" : "NO_TARGET";
  if (registered === 0) return "MISSING";
  if (registered < target) return "SHORT";
  return registered === target ? "MET" : "OVER";
}

/** Registered ÷ target in basis points (10 000 = 100 %), rounded; null without a target. */
export function rateBasisPoints(registered: number, target: number | null): number | null {
  if (!target) return null;
  return Math.round((registered * 10_000) / target);
}

/** `58,33%`, or a dash without a target. */
export function formatPlanRate(registered: number, target: number | null): string {
  const rate = rateBasisPoints(registered, target);
  return rate === null ? "—" : formatRate(rate);
}

/** A signed difference as Vietnamese read it: `+3`, `-12`, `0`; a dash when there is none. */
export function formatDifference(difference: number | null | undefined): string {
  if (difference === null || difference === undefined) return "—";
  const digits = Math.abs(difference)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return difference > 0 ? `+${digits}` : difference < 0 ? `-${digits}` : "0";
}

export interface ComparedLine {
  targetLineId: string;
  target: number | null;
  registeredQuantity: number;
  estimatedCost: number;
  registrationCount: number;
  difference: number | null;
  targetLine: { code: string; groupCode: string };
}

export interface GroupComparison<L extends ComparedLine> {
  code: string;
  name: string;
  lines: L[];
  registrationCount: number;
  estimatedCost: number;
  /** Lines with a target for the year and nothing registered. */
  missing: number;
  /** Lines registered beyond their target. */
  over: number;
  /** Lines with a target for the year. */
  withTarget: number;
}

/**
 * The lines by content group, in the programme's order, with each group's registrations and cost.
 * No quantity is added across lines: they count different things (cơ sở, lớp, học viên…).
 */
export function compareByGroup<L extends ComparedLine>(
  groups: readonly { code: string; name: string }[],
  lines: readonly L[],
): GroupComparison<L>[] {
  const result = groups.map(
    (g): GroupComparison<L> => ({
      code: g.code,
      name: g.name,
      lines: [],
      registrationCount: 0,
      estimatedCost: 0,
      missing: 0,
      over: 0,
      withTarget: 0,
    }),
  );
  const byCode = new Map(result.map((g) => [g.code, g]));
  for (const line of lines) {
    let group = byCode.get(line.targetLine.groupCode);
    if (!group) {
      group = {
        code: line.targetLine.groupCode,
        name: line.targetLine.groupCode,
        lines: [],
        registrationCount: 0,
        estimatedCost: 0,
        missing: 0,
        over: 0,
        withTarget: 0,
      };
      byCode.set(group.code, group);
      result.push(group);
    }
    group.lines.push(line);
    group.registrationCount += line.registrationCount;
    group.estimatedCost += line.estimatedCost;
    const mark = lineMark(line.target, line.registeredQuantity);
    if (mark === "MISSING") group.missing += 1;
    if (mark === "OVER") group.over += 1;
    if (line.target) group.withTarget += 1;
  }
  return result.filter((g) => g.lines.length > 0);
}

/** Counts over every line: how many have a target, none registered, too much registered. */
export function comparisonCounts(lines: readonly ComparedLine[]): {
  withTarget: number;
  missing: number;
  over: number;
  short: number;
} {
  let withTarget = 0;
  let missing = 0;
  let over = 0;
  let short = 0;
  for (const line of lines) {
    const mark = lineMark(line.target, line.registeredQuantity);
    if (line.target) withTarget += 1;
    if (mark === "MISSING") missing += 1;
    if (mark === "OVER") over += 1;
    if (mark === "SHORT") short += 1;
  }
  return { withTarget, missing, over, short };
}

/**
 * The communes with no registration in the year, by name: whom the department still has to chase before
 * consolidating. Registrations entered by the department for a commune count as the commune's.
 */
export function communesWithoutRegistration<C extends { code: string; displayName: string }>(
  communes: readonly C[],
  registrations: readonly { communeCode?: string | null }[],
): C[] {
  const registered = new Set(registrations.map((r) => r.communeCode).filter(Boolean));
  return communes
    .filter((c) => !registered.has(c.code))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "vi"));
}
