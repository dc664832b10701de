import { Field, ID, Int, ObjectType } from "type-graphql";
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
import { PAYMENT_KINDS, type PaymentKind } from "@khuyencong/domain";
import { dongColumn } from "../db/columns.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { Project } from "../projects/project.entity.js";
import { User } from "../users/user.entity.js";

// ADVANCE before acceptance (tạm ứng); PAYMENT after acceptance, before settlement; FINAL the settlement's
// balance. The kinds and the states each fits are the domain's.
export { PAYMENT_KINDS, type PaymentKind };

export const PAYMENT_STATUSES = ["PENDING", "PAID", "REFUSED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * A request to the State Treasury to pay part of a đề án's approved support, and what the Treasury did
 * with it. A request is paid at most once: the payment is a conditional UPDATE from PENDING, and the
 * client's `requestKey` makes a request sent twice one request.
 */
@Entity({ name: "payment_request" })
@Index("UQ_payment_request_key", ["projectId", "requestKey"], { unique: true })
@Index("IX_payment_request_status", ["status", "requestedAt"])
@Check("CHK_payment_request_amount", `"amount" > 0`)
@Check("CHK_payment_request_kind", `"kind" IN ('ADVANCE', 'PAYMENT', 'FINAL')`)
@Check("CHK_payment_request_status", `"status" IN ('PENDING', 'PAID', 'REFUSED')`)
@ObjectType({
  description: "A payment request (đề nghị tạm ứng / thanh toán) and the Treasury's control of it.",
})
export class PaymentRequest {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "The đề án." })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, {
    description: "The client's key for this request: sending it again returns the same request.",
  })
  requestKey: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, {
    description: "ADVANCE (tạm ứng), PAYMENT (thanh toán) or FINAL (thanh toán sau quyết toán).",
  })
  kind: PaymentKind;

  @Column(dongColumn())
  @Field(() => DongScalar, { description: "Amount asked for, đồng." })
  amount: number;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "For an advance: share of the cost invested or works done, basis points.",
  })
  progress: number | null;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, { description: "PENDING, PAID or REFUSED." })
  status: PaymentStatus;

  @Column({ type: "uuid", nullable: true })
  requestedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "requested_by_id" })
  requestedBy?: User | null;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was requested." })
  requestedAt: Date;

  @Column({ type: "uuid", nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "decided_by_id" })
  decidedBy?: User | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the Treasury paid or refused it." })
  decidedAt: Date | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Value date of the payment (YYYY-MM-DD)." })
  paidOn: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "The Treasury's voucher number (số chứng từ)." })
  treasuryReference: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Why the Treasury refused it." })
  refusalReason: string | null;
}
