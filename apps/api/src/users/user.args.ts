import type { Role } from "@khuyencong/domain";
import { IsEmail, IsUUID, Matches, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { IsNewPassword } from "../auth/password-rules.js";
import { RoleEnum } from "../auth/role-enum.js";
import { Connection } from "../graphql/pagination.js";
import { msg } from "../graphql/validation.js";
import { User } from "./user.entity.js";

const NOT_BLANK = /\S/;

@ObjectType({ description: "A page of users." })
export class UserConnection extends Connection(User) {}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: "The user's id." })
  @IsUUID("all", msg("Mã người dùng không hợp lệ"))
  id: string;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => String, { description: "Sign-in email; must not belong to another user." })
  @IsEmail({}, msg("Email không hợp lệ"))
  @MaxLength(254, msg("Email có tối đa 254 ký tự"))
  email: string;

  @Field(() => String, { description: "Full name (họ và tên)." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập họ tên"))
  @MaxLength(200, msg("Họ tên có tối đa 200 ký tự"))
  fullName: string;

  @Field(() => RoleEnum, { description: "What the user may do." })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: "Commune code; required for COMMUNE_OFFICER, ignored otherwise.",
  })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Implementing unit id; required for IMPLEMENTING_UNIT, ignored otherwise.",
  })
  @IsUUID("all", msg("Mã đơn vị thực hiện không hợp lệ"))
  unitId?: string | null;

  @Field(() => String, {
    description: "Initial password, at least 10 characters; the user should change it.",
  })
  @IsNewPassword()
  password: string;
}

/** Omitted arguments stay as they are; `communeCode: null` clears the commune. */
@ArgsType()
export class UpdateUserArgs extends UserIdArgs {
  @Field(() => Int, {
    description: "The version the client last read; a different current version is refused.",
  })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;

  @Field(() => String, { nullable: true, description: "New sign-in email." })
  @IsEmail({}, msg("Email không hợp lệ"))
  @MaxLength(254, msg("Email có tối đa 254 ký tự"))
  email?: string;

  @Field(() => String, { nullable: true, description: "New full name." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập họ tên"))
  @MaxLength(200, msg("Họ tên có tối đa 200 ký tự"))
  fullName?: string;

  @Field(() => RoleEnum, { nullable: true, description: "New role." })
  role?: Role;

  @Field(() => String, { nullable: true, description: "New commune code; null clears it." })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;

  @Field(() => ID, { nullable: true, description: "New implementing unit id; null clears it." })
  @IsUUID("all", msg("Mã đơn vị thực hiện không hợp lệ"))
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "False deactivates the user and ends their sessions.",
  })
  active?: boolean;
}

@ArgsType()
export class ResetPasswordArgs extends UserIdArgs {
  @Field(() => String, {
    description: "The new password, at least 10 characters; all the user's sessions end.",
  })
  @IsNewPassword()
  newPassword: string;
}
