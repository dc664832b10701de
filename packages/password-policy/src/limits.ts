/**
 * The limits alone (no dictionaries): `@khuyencong/password-policy/limits`, for code that must stay small,
 * e.g. the admin app's sign-in bundle; the rule itself (`checkPassword`) brings zxcvbn and its lists.
 */
/**
 * NIST SP 800-63B §3.1.1.2 asks for at least 8 characters when a password is the only factor; 10 is what
 * this system has always required, and lowering it would weaken accounts already in use.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Bounds the work one hash (and one strength estimate) can be made to cost; NIST asks to allow at least 64. */
export const PASSWORD_MAX_LENGTH = 200;

/** Length as NIST counts it: one per Unicode code point, so "ả" is one character, not two UTF-16 units. */
export function passwordLength(password: string): number {
  let length = 0;
  for (const _ of password) length++;
  return length;
}
