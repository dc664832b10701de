import { IsNotEmpty, MaxLength } from "class-validator";
import { ArgsType, Field, ObjectType } from "type-graphql";
import { msg } from "../graphql/validation.js";
import { User } from "../users/user.entity.js";
import { IsGivenPassword, IsNewPassword } from "./password-rules.js";

@ArgsType()
export class LoginArgs {
  // Not @IsEmail: whatever was typed is looked up (trimmed, lower-cased); a typo is a wrong login.
  @Field(() => String, { description: "Sign-in email (case and surrounding spaces do not matter)." })
  @IsNotEmpty(msg("Vui lòng nhập email"))
  @MaxLength(254, msg("Email có tối đa 254 ký tự"))
  email: string;

  @Field(() => String, { description: "The user's password." })
  @IsGivenPassword()
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String, { description: "The password the user signs in with now." })
  @IsGivenPassword()
  currentPassword: string;

  @Field(() => String, { description: "The new password, at least 10 characters." })
  @IsNewPassword()
  newPassword: string;
}

@ObjectType({ description: "A new session: send `token` as `Authorization: Bearer <token>`." })
export class LoginPayload {
  @Field(() => String, { description: "Bearer token; shown only here, the server keeps only its hash." })
  token: string;

  @Field(() => Date, { description: "When the session expires; sign in again after that." })
  expiresAt: Date;

  @Field(() => User, { description: "The signed-in user." })
  user: User;
}
