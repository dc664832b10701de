import { IsNotEmpty, MaxLength, MinLength } from "class-validator";
import { msg } from "../graphql/validation.js";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords.js";

/** The rules for a password being set: length between PASSWORD_MIN_LENGTH and PASSWORD_MAX_LENGTH. */
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
