/** Why a typed amount of đồng was refused; the screen words it in the user's language. */
export type DongInputProblem = "empty" | "notInteger" | "negative" | "tooLarge";

export type DongInput = { ok: true; value: number } | { ok: false; problem: DongInputProblem };

/**
 * An amount of đồng as an officer types it: `600000000`, `600.000.000` or `600 000 000` (dots or spaces
 * between groups of three, as Vietnamese documents write money), with an optional trailing `đ`/`₫`/`đồng`.
 * Money is a whole number of đồng, so a decimal part (`1,5`, `1.5`, `1.234,50`) is refused rather than
 * guessed: `1.5` could be a typo for `1.500` or for one and a half, and public money is not guessed.
 */
export function parseDongInput(input: string): DongInput {
  const text = input
    .trim()
    .replace(/\s*(₫|đồng|đ|VNĐ|VND)$/i, "")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (/^-/.test(text)) return { ok: false, problem: "negative" };
  const plain = /^\d+$/.test(text);
  const grouped = /^\d{1,3}([. \u00a0]\d{3})+$/.test(text) && sameSeparator(text);
  if (!plain && !grouped) return { ok: false, problem: "notInteger" };
  const digits = text.replace(/\D/g, "");
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: "tooLarge" };
  return { ok: true, value };
}

/** `1.234 567` mixes separators: more likely a slip than an amount. */
function sameSeparator(text: string): boolean {
  return new Set(text.replace(/\d/g, "")).size === 1;
}

/** `600000000` → `600.000.000`: how the field shows an amount once it is read. */
export function formatDongInput(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
