import { isActivityKind } from "../activities/activity-kind.js";
import { VERIFICATION_STATUS_LABELS } from "../legal/citation.js";
import { FULL_RATE, isDong } from "../money/dong.js";
import { isCalendarDate } from "../calendar/calendar-date.js";
import { FUND_LEVEL_LABELS, isFundLevel, type Norm } from "./norm.js";
import { multiplyCap } from "./resolve-cap.js";

/**
 * A validated set of norm versions. Build it with {@link createNormTable} only: {@link findNorm} and
 * {@link computeSupport} rely on its guarantees (unique ids, no overlapping versions, resolvable cap rules).
 */
export interface NormTable {
  /** Every version, ordered by fund level, activity kind and start date. */
  readonly norms: readonly Norm[];
  readonly byId: ReadonlyMap<string, Norm>;
}

/**
 * Thrown by {@link createNormTable} when a norm is malformed or contradicts another. Carries the offending
 * norm's id so that a configuration screen can point at the row.
 */
export class InvalidNormError extends Error {
  override readonly name = "InvalidNormError";
  constructor(
    /** Id of the norm at fault (the first one, when two norms conflict). */
    readonly normId: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Validates `norms` and returns them as a table. `overrides` come from configuration: an override with the
 * id of an existing norm replaces it (that is how the unverified local values are meant to be corrected),
 * any other override is added (e.g. a new version that starts when a new text takes effect; close the old
 * version by overriding it with a `validTo`).
 *
 * Throws {@link InvalidNormError} (a Vietnamese message naming the norm) when an id is repeated, a rate is
 * outside 0–10 000 basis points, a cap is not a non-negative safe integer of đồng, a period is reversed,
 * two versions of the same activity and fund level overlap in time, or a cap rule cannot be resolved.
 */
export function createNormTable(norms: readonly Norm[], overrides: readonly Norm[] = []): NormTable {
  const merged = mergeOverrides(norms, overrides);
  for (const norm of merged) checkNorm(norm);

  const byId = new Map(merged.map((norm) => [norm.id, norm] as const));
  checkNoOverlap(merged);
  for (const norm of merged) checkCapRule(norm, byId);

  const ordered = [...merged].sort(
    (a, b) =>
      a.fundLevel.localeCompare(b.fundLevel) ||
      a.activityKind.localeCompare(b.activityKind) ||
      a.validFrom.localeCompare(b.validFrom),
  );
  return Object.freeze({ norms: Object.freeze(ordered), byId });
}

function mergeOverrides(norms: readonly Norm[], overrides: readonly Norm[]): Norm[] {
  const merged = new Map<string, Norm>();
  for (const norm of norms) {
    if (merged.has(norm.id)) fail(norm.id, "mã định mức bị trùng");
    merged.set(norm.id, Object.freeze({ ...norm }));
  }
  const overridden = new Set<string>();
  for (const norm of overrides) {
    if (overridden.has(norm.id)) fail(norm.id, "mã định mức bị trùng trong cấu hình thay thế");
    overridden.add(norm.id);
    merged.set(norm.id, Object.freeze({ ...norm }));
  }
  return [...merged.values()];
}

function checkNorm(norm: Norm): void {
  const id = norm.id;
  if (typeof id !== "string" || id.trim() === "") fail(String(id), "mã định mức không được để trống");
  if (!isActivityKind(norm.activityKind))
    fail(id, `loại hoạt động không hợp lệ: ${String(norm.activityKind)}`);
  if (!isFundLevel(norm.fundLevel)) fail(id, `nguồn kinh phí không hợp lệ: ${String(norm.fundLevel)}`);
  if (norm.rate !== null && !(Number.isSafeInteger(norm.rate) && norm.rate >= 0 && norm.rate <= FULL_RATE)) {
    fail(
      id,
      `tỷ lệ hỗ trợ phải là số nguyên từ 0 đến 10000 điểm cơ bản (0–100%), nhận được ${String(norm.rate)}`,
    );
  }
  if (norm.cap !== null && !isDong(norm.cap)) {
    fail(id, `mức trần phải là số nguyên đồng không âm, nhận được ${String(norm.cap)}`);
  }
  if (!nonEmpty(norm.capBasis)) fail(id, "thiếu đơn vị tính mức trần (mỗi mô hình, mỗi cơ sở…)");
  if (!nonEmpty(norm.label)) fail(id, "thiếu tên định mức");
  if (!norm.citation || !nonEmpty(norm.citation.document)) fail(id, "thiếu văn bản căn cứ");
  if (!Object.hasOwn(VERIFICATION_STATUS_LABELS, norm.status)) {
    fail(id, `trạng thái xác minh không hợp lệ: ${String(norm.status)}`);
  }
  if (!isCalendarDate(norm.validFrom)) {
    fail(id, `ngày bắt đầu hiệu lực phải có dạng YYYY-MM-DD, nhận được ${String(norm.validFrom)}`);
  }
  if (norm.validTo !== null) {
    if (!isCalendarDate(norm.validTo)) {
      fail(id, `ngày hết hiệu lực phải có dạng YYYY-MM-DD, nhận được ${String(norm.validTo)}`);
    }
    if (norm.validTo < norm.validFrom) {
      fail(id, `ngày bắt đầu hiệu lực ${norm.validFrom} sau ngày hết hiệu lực ${norm.validTo}`);
    }
  }
}

function checkNoOverlap(norms: readonly Norm[]): void {
  const versions = new Map<string, Norm[]>();
  for (const norm of norms) {
    const key = `${norm.fundLevel}:${norm.activityKind}`;
    const list = versions.get(key) ?? [];
    list.push(norm);
    versions.set(key, list);
  }
  for (const list of versions.values()) {
    list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    // Once sorted by start, any overlap shows between neighbours: a version that ends before its successor
    // starts also ends before every later one starts.
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1] as Norm;
      const next = list[i] as Norm;
      if (previous.validTo === null || previous.validTo >= next.validFrom) {
        fail(
          next.id,
          `thời gian hiệu lực chồng lấn với định mức "${previous.id}" (cùng hoạt động ${next.activityKind}, ` +
            `${FUND_LEVEL_LABELS[next.fundLevel].toLowerCase()}); hãy đặt ngày hết hiệu lực cho phiên bản cũ`,
        );
      }
    }
  }
}

function checkCapRule(norm: Norm, byId: ReadonlyMap<string, Norm>): void {
  const rule = norm.capRule;
  if (rule === undefined) return;
  const id = norm.id;
  if (norm.cap !== null)
    fail(id, "không được vừa có mức trần cố định vừa có mức trần tính theo định mức khác");
  const { numerator, denominator } = rule.factor ?? {};
  if (!(Number.isSafeInteger(numerator) && (numerator as number) >= 0)) {
    fail(id, `hệ số nhân của mức trần phải có tử số là số nguyên không âm, nhận được ${String(numerator)}`);
  }
  if (!(Number.isSafeInteger(denominator) && (denominator as number) > 0)) {
    fail(id, `hệ số nhân của mức trần phải có mẫu số là số nguyên dương, nhận được ${String(denominator)}`);
  }
  const target = byId.get(rule.multiplierOf);
  if (!target)
    fail(id, `mức trần tính theo định mức "${rule.multiplierOf}" nhưng định mức này không tồn tại`);
  if (target.id === id) fail(id, "mức trần không thể tính theo chính nó");
  if (target.fundLevel !== norm.fundLevel) {
    fail(id, `mức trần tính theo định mức "${target.id}" thuộc nguồn kinh phí khác`);
  }
  // Chains would need cycle detection and nothing in the law chains: the target must have a fixed cap.
  if (target.capRule !== undefined || target.cap === null) {
    fail(id, `mức trần tính theo định mức "${target.id}" nhưng định mức đó không có mức trần cố định`);
  }
  const coversStart = target.validFrom <= norm.validFrom;
  const coversEnd = target.validTo === null || (norm.validTo !== null && norm.validTo <= target.validTo);
  if (!coversStart || !coversEnd) {
    fail(
      id,
      `mức trần tính theo định mức "${target.id}" nhưng định mức đó không có hiệu lực suốt thời gian của "${id}"`,
    );
  }
  if (!Number.isSafeInteger(multiplyCap(target.cap, rule.factor))) {
    fail(id, "mức trần sau khi nhân hệ số vượt quá số nguyên an toàn");
  }
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function fail(normId: string, problem: string): never {
  throw new InvalidNormError(normId, `Định mức "${normId}": ${problem}.`);
}
