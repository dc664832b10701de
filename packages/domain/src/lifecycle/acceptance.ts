import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import type { RuleProblem } from "../legal/problem.js";

/**
 * The acceptance minutes (biên bản nghiệm thu) record the actual result of the đề án's work, with the
 * evidence of each type of activity (national procedure, TT 36/2013, old text; Mẫu 5a–5c). That they name
 * the actual output of every activity, once each, is how this application reads the forms: the article
 * was not recorded and the forms' text was not retrieved.
 */
export const ACCEPTANCE_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.TT_36_2013,
  status: "VERIFIED_SUPERSEDED",
  note:
    "Bước nghiệm thu cơ sở của quy trình đề án khuyến công quốc gia (văn bản cũ; biên bản Mẫu 5a/5b/5c). " +
    "Yêu cầu ghi kết quả thực tế của từng nội dung hoạt động là cách ứng dụng đọc các mẫu biên bản; chưa xác minh số điều.",
};

/** The actual output the minutes record for one activity, in its target line's unit. */
export interface AcceptedOutput {
  readonly activityId: string;
  readonly actualQuantity: number;
}

/**
 * Why the outputs of the acceptance minutes are incomplete or wrong; empty when they name every activity
 * of the đề án exactly once with a whole, non-negative quantity (0 is an honest "not delivered").
 * Fields are `outputs` (the API prefixes `acceptance.`).
 */
export function acceptanceProblems(
  activityIds: readonly string[],
  outputs: readonly AcceptedOutput[],
): RuleProblem[] {
  const ids = new Set(activityIds);
  const seen = new Set<string>();
  for (const output of outputs) {
    if (!ids.has(output.activityId) || seen.has(output.activityId)) {
      return [
        {
          code: "BAD_USER_INPUT",
          field: "outputs",
          message: "Kết quả nghiệm thu ghi một nội dung không thuộc đề án hoặc ghi hai lần",
          citation: ACCEPTANCE_CITATION,
        },
      ];
    }
    if (!Number.isSafeInteger(output.actualQuantity) || output.actualQuantity < 0) {
      return [
        {
          code: "BAD_USER_INPUT",
          field: "outputs",
          message: "Khối lượng nghiệm thu phải là số nguyên không âm",
        },
      ];
    }
    seen.add(output.activityId);
  }
  if (seen.size !== ids.size) {
    return [
      {
        code: "BAD_USER_INPUT",
        field: "outputs",
        message: "Biên bản nghiệm thu phải ghi kết quả thực tế của mọi nội dung hoạt động",
        citation: ACCEPTANCE_CITATION,
      },
    ];
  }
  return [];
}
