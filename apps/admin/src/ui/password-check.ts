import type { PasswordCheck } from "@khuyencong/password-policy";
import { useEffect, useState } from "react";
import type { Translate } from "../lib/i18n";

type Policy = typeof import("@khuyencong/password-policy");

let loading: Promise<Policy> | undefined;

/**
 * The API's password rule (@khuyencong/password-policy: zxcvbn and its dictionaries, ~400 kB gzipped),
 * loaded on first use by a password form only: the sign-in page and the dashboard never download it.
 */
export function loadPasswordPolicy(): Promise<Policy> {
  loading ??= import("@khuyencong/password-policy");
  return loading;
}

/** Checks `password` against the rule, as the API will; loads the rule first if needed. */
export async function checkPasswordNow(
  password: string,
  userInputs: readonly (string | null | undefined)[],
): Promise<PasswordCheck> {
  const policy = await loadPasswordPolicy();
  return policy.checkPassword(password, { userInputs });
}

/**
 * The rule's verdict on what is typed, for the strength meter: null while the rule loads or the field is
 * empty. Recomputed on each change (a check takes a few milliseconds).
 */
export function usePasswordCheck(
  password: string,
  userInputs: readonly (string | null | undefined)[],
  enabled = true,
): PasswordCheck | null {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadPasswordPolicy().then(
      (loaded) => {
        if (live) setPolicy(() => loaded);
      },
      () => {
        // The rule's chunk did not load (offline, a new deployment): no meter, and the server still checks.
      },
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  // The inputs' contents, not the array (a new one on every render).
  const key = userInputs.join("\n");
  const [check, setCheck] = useState<PasswordCheck | null>(null);
  useEffect(() => {
    setCheck(policy && password ? policy.checkPassword(password, { userInputs: key.split("\n") }) : null);
  }, [policy, password, key]);
  return check;
}

/** Why the rule refuses a password, in the user's language: what a form shows under the field. */
export function refusalText(check: PasswordCheck, t: Translate): string {
  return check.problems.map((problem) => t(problem.vi, problem.en)).join(". ");
}
