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
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { Programme } from "../programme/programme.entity.js";
import { User } from "../users/user.entity.js";
import {
  APPROVED_PLAN_STATUS,
  OPEN_PLAN_STATUS,
  PLAN_STATUS_LABELS,
  type PlanStatus,
} from "@khuyencong/domain";
import { PLAN_STATUSES_SQL, PlanStatusEnum } from "./plan-status.js";
import { CalendarDateScalar } from "../graphql/scalars.js";

/**
 * The annual khuyến công plan of year N (kế hoạch khuyến công năm N) of a programme. Its registrations
 * live in `plan_registration`. The version counts every change to the plan *and* to its registrations,
 * so that the department consolidates and approves exactly the figures it last read.
 */
@Entity({ name: "annual_plan" })
@Index("UQ_annual_plan_year", ["programmeCode", "year"], { unique: true })
@Check("CHK_annual_plan_status", `"status" IN (${PLAN_STATUSES_SQL})`)
@Check(
  "CHK_annual_plan_approval",
  `"status" <> '${APPROVED_PLAN_STATUS}' OR ("decision_number" IS NOT NULL AND "decision_date" IS NOT NULL AND "approved_at" IS NOT NULL AND "approved_by_id" IS NOT NULL)`,
)
@Check(
  "CHK_annual_plan_consolidation",
  `"status" = '${OPEN_PLAN_STATUS}' OR ("consolidated_at" IS NOT NULL AND "consolidated_by_id" IS NOT NULL)`,
)
@ObjectType({
  description:
    "The annual plan of year N (kế hoạch khuyến công năm N): registrations from communes and units, consolidated by the department and approved by decision.",
})
export class AnnualPlan {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => String, { description: "Code of the programme the plan carries out." })
  programmeCode: string;

  @ManyToOne(() => Programme, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_code", referencedColumnName: "code" })
  programme?: Programme;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "The plan's year, within the programme's period; one plan per year." })
  year: number;

  @Column({ type: "varchar", length: 16 })
  @Field(() => PlanStatusEnum, { description: "Where the plan stands." })
  status: PlanStatus;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Number of the approving decision (số quyết định); null until approved.",
  })
  decisionNumber: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Date of the approving decision (YYYY-MM-DD); null until approved.",
  })
  decisionDate: string | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the department consolidated the plan." })
  consolidatedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "Who consolidated the plan." })
  consolidatedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "consolidated_by_id" })
  consolidatedBy?: User | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the approval was recorded." })
  approvedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "Who recorded the approval." })
  approvedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "approved_by_id" })
  approvedBy?: User | null;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description:
      "Incremented on every change to the plan or to one of its registrations; send it back to consolidate, reopen or approve.",
  })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the plan was opened." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the plan or one of its registrations last changed." })
  updatedAt: Date;

  @Field(() => String, { description: "Vietnamese name of the status, for display." })
  get statusLabel(): string {
    return PLAN_STATUS_LABELS[this.status];
  }
}
