import { IsUUID } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { msg } from "../graphql/validation.js";

@ArgsType()
export class DocumentIdArgs {
  @Field(() => ID, { description: "The document's id." })
  @IsUUID("all", msg("Mã tài liệu không hợp lệ"))
  id: string;
}
