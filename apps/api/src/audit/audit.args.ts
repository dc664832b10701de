import { IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../graphql/pagination.js";
import { msg } from "../graphql/validation.js";
import { AuditEntry } from "./audit-entry.entity.js";

@ObjectType({ description: "A page of audit entries." })
export class AuditEntryConnection extends Connection(AuditEntry) {}

@InputType({ description: "Narrows the audit log; every criterion given must hold." })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this kind of record, e.g. "User".' })
  @MaxLength(64, msg("Loại bản ghi có tối đa 64 ký tự"))
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Only this record." })
  @MaxLength(64, msg("Mã bản ghi có tối đa 64 ký tự"))
  entityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only this action, e.g. "project.approve", or every action on a kind of record, e.g. "project.".',
  })
  @MaxLength(64, msg("Thao tác có tối đa 64 ký tự"))
  action?: string | null;

  @Field(() => ID, { nullable: true, description: "Only changes made by this user." })
  @IsUUID("all", msg("Mã người dùng không hợp lệ"))
  userId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only changes at or after this moment." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only changes before this moment." })
  to?: Date | null;
}
