import { IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { msg } from "../graphql/validation.js";
import { ApiToken } from "./api-token.entity.js";

@ArgsType()
export class CreateApiTokenArgs {
  @Field(() => String, { description: "A name to recognise the token by, e.g. where it is used." })
  @IsNotEmpty(msg("Vui lòng đặt tên cho mã truy cập"))
  @MaxLength(100, msg("Tên mã truy cập có tối đa 100 ký tự"))
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: "Days until the token expires (1–3650); omitted = it works until revoked.",
  })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @Min(1, msg("Số ngày hiệu lực tối thiểu là 1"))
  @Max(3650, msg("Số ngày hiệu lực tối đa là 3650"))
  expiresInDays?: number | null;
}

@ArgsType()
export class ApiTokenIdArgs {
  @Field(() => ID, { description: "The token's id (not its secret)." })
  @IsUUID("all", msg("Mã định danh của mã truy cập không hợp lệ"))
  id: string;
}

@ArgsType()
export class ApiTokensArgs {
  @Field(() => ID, { description: "Whose tokens to list." })
  @IsUUID("all", msg("Mã người dùng không hợp lệ"))
  userId: string;
}

@ObjectType({ description: "A new API token: `secret` is shown here once and can never be read again." })
export class CreateApiTokenPayload {
  @Field(() => String, {
    description: "Send it as `Authorization: Bearer <secret>`. Copy it now: only its hash is kept.",
  })
  secret: string;

  @Field(() => ApiToken, { description: "The token's record." })
  apiToken: ApiToken;
}
