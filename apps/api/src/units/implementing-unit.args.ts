import { IsUUID, Matches, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { msg } from "../graphql/validation.js";

const NOT_BLANK = /\S/;

@ArgsType()
export class CreateImplementingUnitArgs {
  @Field(() => String, { description: "Name of the unit; must be unique." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập tên đơn vị"))
  @MaxLength(300, msg("Tên đơn vị có tối đa 300 ký tự"))
  name: string;

  @Field(() => String, { nullable: true, description: "Commune where the unit sits, if any." })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;
}

@ArgsType()
export class UpdateImplementingUnitArgs extends CreateImplementingUnitArgs {
  @Field(() => ID, { description: "The unit's id." })
  @IsUUID("all", msg("Mã đơn vị không hợp lệ"))
  id: string;

  @Field(() => Int, { description: "The version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;
}
