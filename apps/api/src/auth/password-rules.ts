import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@khuyencong/password-policy";
import { IsNotEmpty, MaxLength, MinLength } from "class-validator";
import { AppError } from "../errors.js";
import { msg } from "../graphql/validation.js";

/**
 * A password being set: the length limits, checked with the other arguments. The rest of the rule (common,
 * repeated, sequential, personal) needs the account's e-mail and name and runs in the service:
 * `assertAcceptablePassword`.
 */
export function IsNewPassword(): PropertyDecorator {
  return (target, key) => {
    MinLength(PASSWORD_MIN_LENGTH, msg(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`))(
      target,
      key as string,
    );
    MaxLength(PASSWORD_MAX_LENGTH, msg(`Mật khẩu có tối đa ${PASSWORD_MAX_LENGTH} ký tự`))(
      target,
      key as string,
    );
  };
}

/** A password being checked (login, current password): present and not absurdly long. */
export function IsGivenPassword(): PropertyDecorator {
  return (target, key) => {
    IsNotEmpty(msg("Vui lòng nhập mật khẩu"))(target, key as string);
    MaxLength(PASSWORD_MAX_LENGTH, msg(`Mật khẩu có tối đa ${PASSWORD_MAX_LENGTH} ký tự`))(
      target,
      key as string,
    );
  };
}

/**
 * The password rule of @khuyencong/password-policy (the one the admin app shows as the user types),
 * for a password about to be set: BAD_USER_INPUT on `field`, its message every problem in Vietnamese.
 * `userInputs` are the account's own e-mail and name, which the password must not contain.
 */
export function assertAcceptablePassword(
  password: string,
  field: string,
  userInputs: readonly (string | null | undefined)[],
): void {
  const { ok, problems } = checkPassword(password, { userInputs });
  if (ok) return;
  throw AppError.badInput(problems.map((problem) => problem.vi).join(". "), field);
}
