/**
 * The audit log's words and arithmetic: names of the records and actions the API writes, the change a row
 * records, and the filter's dates as moments. Times are shown in Việt Nam's time (UTC+7, no summer time),
 * whatever the browser's zone, since the log is evidence read by the administration.
 */

export const VN_OFFSET = "+07:00";

/** The kinds of record the API audits (`entityType`), with their names. */
export const ENTITY_TYPES: readonly { value: string; vi: string; en: string }[] = [
  { value: "Project", vi: "Đề án", en: "Đề án (project)" },
  { value: "PaymentRequest", vi: "Đề nghị tạm ứng, thanh toán", en: "Payment request" },
  { value: "ProjectDocument", vi: "Tài liệu đề án", en: "Project document" },
  { value: "Facility", vi: "Cơ sở CNNT", en: "Rural establishment" },
  { value: "PriorSupport", vi: "Hỗ trợ đã nhận trước đây", en: "Prior support" },
  { value: "AnnualPlan", vi: "Kế hoạch năm", en: "Annual plan" },
  { value: "PlanRegistration", vi: "Đăng ký kế hoạch", en: "Plan registration" },
  { value: "BudgetEnvelope", vi: "Dự toán kinh phí", en: "Budget envelope" },
  { value: "ImplementingUnit", vi: "Đơn vị thực hiện", en: "Implementing unit" },
  { value: "User", vi: "Người dùng", en: "User" },
  { value: "Session", vi: "Phiên đăng nhập", en: "Session" },
  { value: "ApiToken", vi: "Khoá truy cập API", en: "API token" },
  { value: "ReferenceData", vi: "Dữ liệu tham chiếu", en: "Reference data" },
];

export function entityTypeLabel(value: string, lang: "vi" | "en"): string {
  const found = ENTITY_TYPES.find((e) => e.value === value);
  return found ? found[lang] : value;
}

/**
 * The filter's days (`YYYY-MM-DD`, both inclusive) as the API's moments: `from` at 00:00 of its day and
 * `to` at 00:00 of the next day (the API's `to` is exclusive), Việt Nam time.
 */
export function dayRange(from: string, to: string): { from: string | null; to: string | null } {
  return {
    from: from ? new Date(`${from}T00:00:00${VN_OFFSET}`).toISOString() : null,
    to: to ? new Date(new Date(`${to}T00:00:00${VN_OFFSET}`).getTime() + 86_400_000).toISOString() : null,
  };
}

const SILENT_KEYS = new Set(["id", "version", "updatedAt", "createdAt"]);
/** What a reader looks for first in a record, whatever order the database keeps its keys in. */
const FIRST_KEYS = ["code", "title", "name", "email", "fullName", "state", "status", "role"];

/** One field a change touched. */
export interface Change {
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields that differ between the record before and after the change, in the order they appear; a
 * creation lists every field of `after`, a deletion every field of `before`. `version` and `updatedAt` move
 * on every change and `id` is the row's record column, so they are left out unless they are all there is.
 * Names and states come first, so the row's summary starts with what identifies the record.
 */
export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Change[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes = keys
    .map((key) => ({ key, before: before?.[key], after: after?.[key] }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after))
    // An empty field on creation (null where nothing was before) tells nothing.
    .filter((c) => !(c.before == null && c.after == null));
  const rank = (key: string) => {
    const i = FIRST_KEYS.indexOf(key);
    return i < 0 ? FIRST_KEYS.length : i;
  };
  const telling = changes
    .filter((c) => !SILENT_KEYS.has(c.key))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.key) - rank(b.c.key) || a.i - b.i)
    .map(({ c }) => c);
  return telling.length > 0 ? telling : changes;
}

/** A value of a change as one line: strings as written, the rest as JSON, absent as a dash. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** A short summary of a change for the row: "role: COMMUNE_OFFICER → DEPARTMENT; active: true → false". */
export function summarise(changes: readonly Change[], max = 3): string {
  const parts = changes
    .slice(0, max)
    .map((c) =>
      c.before === undefined
        ? `${c.key}: ${showValue(c.after)}`
        : c.after === undefined
          ? `${c.key}: ${showValue(c.before)} → —`
          : `${c.key}: ${showValue(c.before)} → ${showValue(c.after)}`,
    );
  const more = changes.length > max ? ` (+${changes.length - max})` : "";
  return parts.join("; ") + more;
}
