import { type MatchExtended, ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "./limits.js";
import { PROBLEMS } from "./problems.js";
import { VIETNAMESE_COMMON } from "./vietnamese-common.js";

export type PasswordProblemCode = keyof typeof PROBLEMS;

export interface PasswordProblem {
  code: PasswordProblemCode;
  vi: string;
  en: string;
}

export interface PasswordCheck {
  ok: boolean;
  /** zxcvbn's 0–4: 0 guessable in seconds, 4 beyond any attack. Drives the strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
  problems: PasswordProblem[];
}

export interface PasswordCheckOptions {
  /** The account's own words (e-mail, full name): a password containing them is refused. */
  userInputs?: readonly (string | null | undefined)[];
}

/**
 * zxcvbn's score 3 = "safely unguessable: moderate protection from an offline slow-hash attack" (≥ 10^8
 * guesses). Below that the password falls to an online attack that evades throttling, or to a stolen
 * table of argon2id hashes within days.
 */
export const MIN_ACCEPTED_SCORE = 3;

/**
 * Only the first 64 characters are estimated: zxcvbn's matching grows fast with length (a 200-character
 * password took 0.7–1.6 s of one core, blocking the API's event loop), and characters added after a
 * strong start never make a password easier to guess. NIST asks to accept at least 64.
 */
const ESTIMATED_LENGTH = 64;

/** Built once, on first use: ranking the dictionaries takes a few hundred milliseconds. */
let zxcvbn: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, "vietnamese-common": [...VIETNAMESE_COMMON] },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    maxLength: ESTIMATED_LENGTH,
    // The l33t variants tried per word (default 100): alternating letters and digits ("a1b2c3…") made
    // thousands of them; 10 finds the same p4ssw0rd-style words at a tenth of the time.
    l33tMaxSubstitutions: 10,
  });
  return zxcvbn;
}

/**
 * The password rule of NIST SP 800-63B §3.1.1.2 as one pure function, the same in the API and the
 * browser: a length between the limits, not the user's own e-mail or name, and not guessable — which
 * refuses common and breached passwords (zxcvbn's lists), repetitions, sequences, keyboard walks and
 * dates, each named when it is what makes the password weak. No composition rules (NIST: none).
 */
export function checkPassword(password: string, options: PasswordCheckOptions = {}): PasswordCheck {
  const length = passwordLength(password);
  const problems = new Set<PasswordProblemCode>();
  if (length < PASSWORD_MIN_LENGTH) problems.add("TOO_SHORT");
  if (length > PASSWORD_MAX_LENGTH) {
    // Not estimated: a strength estimate of an over-long text is wasted work an attacker could ask for.
    return { ok: false, score: 0, problems: [problem("TOO_LONG")] };
  }
  const userInputs = personalWords(options.userInputs ?? []);
  if (containsPersonalWord(password, userInputs)) problems.add("PERSONAL");

  const result = estimator().check([...password].slice(0, ESTIMATED_LENGTH).join(""), userInputs);
  const score = result.score as PasswordCheck["score"];
  if (score < MIN_ACCEPTED_SCORE) {
    for (const code of patternProblems(result.sequence, Math.min(length, ESTIMATED_LENGTH))) {
      problems.add(code);
    }
    // Weak for no pattern worth naming (e.g. a short random-looking string): say so plainly.
    if (problems.size === 0) problems.add("TOO_GUESSABLE");
  }
  return { ok: problems.size === 0, score, problems: [...problems].map(problem) };
}

function problem(code: PasswordProblemCode): PasswordProblem {
  return { code, ...PROBLEMS[code] };
}

/**
 * The patterns that make a weak password weak, named when they cover at least half of it (a long
 * passphrase with "2026" in it is not "a date"; "password12" is "common").
 */
function patternProblems(sequence: readonly MatchExtended[], length: number): PasswordProblemCode[] {
  const covered = new Map<PasswordProblemCode, number>();
  for (const match of sequence) {
    const code = patternCode(match);
    if (code) covered.set(code, (covered.get(code) ?? 0) + passwordLength(match.token));
  }
  return [...covered].filter(([, chars]) => chars * 2 >= length).map(([code]) => code);
}

function patternCode(match: MatchExtended): PasswordProblemCode | null {
  switch (match.pattern) {
    case "repeat":
      return "REPEATED";
    case "sequence":
      return "SEQUENTIAL";
    case "spatial":
      return "KEYBOARD";
    case "date":
      return "DATE";
    case "regex":
      return match.regexName === "recentYear" ? "DATE" : null;
    case "dictionary":
      return match.dictionaryName === "userInputs" ? "PERSONAL" : "COMMON";
    default:
      return null;
  }
}

/** Minimum length of a personal word that makes a password refused: shorter ones (An, Lê, Thị) are everywhere. */
const PERSONAL_WORD_MIN_LENGTH = 4;

/** The e-mail, its local part and the name's words, lower-cased and without Vietnamese accents. */
function personalWords(inputs: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    const text = fold(input ?? "").trim();
    if (!text) continue;
    words.add(text);
    const at = text.indexOf("@");
    if (at > 0) words.add(text.slice(0, at));
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) words.add(word);
    words.add(text.replace(/[^\p{L}\p{N}]+/gu, ""));
  }
  return [...words].filter((word) => passwordLength(word) >= PERSONAL_WORD_MIN_LENGTH);
}

function containsPersonalWord(password: string, words: readonly string[]): boolean {
  const folded = fold(password).replace(/\s+/g, "");
  return words.some((word) => folded.includes(word));
}

/** Lower case without accents, đ as d: "Nguyễn Văn Đức" and "nguyenvanduc" are the same words. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
}
