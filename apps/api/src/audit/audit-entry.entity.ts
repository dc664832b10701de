import { auditActionLabel } from "@khuyencong/domain";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity.js";

/** One row per successful mutation, written in the mutation's own transaction. Never updated. */
@Entity({ name: "audit_entry" })
// Newest first (id DESC) per entity, per user and per action; `action` with varchar_pattern_ops so that
// a prefix (`project.%`) uses it too, which TypeORM cannot describe: the migration owns that one.
@Index("IX_audit_entry_entity", ["entityType", "entityId", "id"])
@Index("IX_audit_entry_user", ["userId", "id"])
@Index("IX_audit_entry_action", { synchronize: false })
@Index(["at"])
@ObjectType({
  description: "One recorded change (nhật ký thao tác): who did what to which record, and when.",
})
export class AuditEntry {
  /** bigserial: kept as a string, since it is an identifier, not a number to compute with. */
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  @Field(() => ID, { description: "Increasing identifier; later entries have larger ids." })
  id: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  @Field(() => Date, { description: "When the change was committed." })
  at: Date;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "Who made the change; null for the system itself." })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: "user_id" })
  user?: User | null;

  /**
   * One of the domain's AUDIT_ACTIONS when written (the writer takes nothing else), but a string here: a row
   * keeps the action it was written with, listed or not any more.
   */
  @Column({ type: "varchar", length: 64 })
  @Field(() => String, {
    description:
      'What was done, as `entity.verb`, e.g. "user.create": the key to filter on (see AuditFilter.action).',
  })
  action: string;

  @Field(() => String, {
    description:
      'What was done, in Vietnamese, e.g. "Phê duyệt đề án" (AUDIT_ACTION_LABELS); the key itself for an action no longer listed.',
  })
  get actionLabel(): string {
    return auditActionLabel(this.action);
  }

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: 'Kind of record changed, e.g. "User".' })
  entityType: string;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: "Identifier of the record changed." })
  entityId: string;

  @Column({ type: "jsonb", nullable: true })
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The record before the change; null on create.",
  })
  before: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The record after the change; null on delete.",
  })
  after: Record<string, unknown> | null;
}
