import {
  NOTIFICATION_EMAIL_STATUSES,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationEmailStatus,
  type NotificationKind,
} from "@khuyencong/domain";
import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { domainEnum, sqlList } from "../graphql/enums.js";
import { User } from "../users/user.entity.js";

export const NotificationKindEnum = domainEnum(
  "NotificationKind",
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_LABELS,
  "What changed for the recipient.",
);

/**
 * One notification to one user: the in-app bell's row and the e-mail outbox at once. Written in the
 * transaction of the change that causes it (so it exists exactly when the change committed); the e-mail
 * is sent after commit by the background sender (notification-mailer.ts), which reads the PENDING rows.
 */
@Entity({ name: "notification" })
@Index("IX_notification_recipient_created", ["recipientId", "createdAt", "id"])
@Index("IX_notification_email_pending", ["emailNextAt"], { where: `"email_status" = 'PENDING'` })
// A reminder of a duty is written once per person, kind and occurrence, however often the job runs.
@Index("UQ_notification_duty_reminder", ["recipientId", "kind", "entityId"], {
  unique: true,
  where: `"entity_type" = 'Duty'`,
})
@Check("CHK_notification_kind", `"kind" IN (${sqlList(NOTIFICATION_KINDS)})`)
@Check("CHK_notification_email_status", `"email_status" IN (${sqlList(NOTIFICATION_EMAIL_STATUSES)})`)
@ObjectType({ description: "Something that changed for the signed-in user (the bell)." })
export class Notification {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "recipient_id" })
  recipient?: User;

  @Column({ type: "varchar", length: 32 })
  @Field(() => NotificationKindEnum, { description: "What changed." })
  kind: NotificationKind;

  @Column({ type: "text" })
  @Field(() => String, { description: "One line, in Vietnamese." })
  title: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The details, in Vietnamese." })
  body: string;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The kind of record concerned: Project, PaymentRequest, AnnualPlan, CommuneReport.",
  })
  entityType: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The id (or year) of the record concerned, to open it.",
  })
  entityId: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the change happened." })
  createdAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the recipient marked it read; null while unread." })
  readAt: Date | null;

  @Column({ type: "varchar", length: 16 })
  emailStatus: NotificationEmailStatus;

  @Column({ type: "integer", default: 0 })
  emailAttempts: number;

  @Column({ type: "timestamptz", nullable: true })
  emailNextAt: Date | null;

  @Column({ type: "text", nullable: true })
  emailError: string | null;

  @Column({ type: "timestamptz", nullable: true })
  emailSentAt: Date | null;
}
