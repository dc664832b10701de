import type { ActivityKind, SupportBound } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from "typeorm";
import { dongColumn } from "../db/columns.js";
import { Facility } from "../facilities/facility.entity.js";
import { ActivityKindEnum } from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import { Norm } from "../norms/norm.entity.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { User } from "../users/user.entity.js";
import { Project } from "./project.entity.js";

/** A facility that benefits from a đề án (đơn vị thụ hưởng). */
@Entity({ name: "project_beneficiary" })
@Index("IX_project_beneficiary_facility", ["facilityId"])
export class ProjectBeneficiary {
  @PrimaryColumn({ type: "uuid" })
  projectId: string;

  @PrimaryColumn({ type: "uuid" })
  facilityId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @ManyToOne(() => Facility, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "facility_id" })
  facility?: Facility;

  @CreateDateColumn({ type: "timestamptz" })
  addedAt: Date;
}

/** One activity of a đề án, counted toward a target line of the programme. */
@Entity({ name: "project_activity" })
@Index("IX_project_activity_project", ["projectId"])
// Progress and the list's target-line filter look activities up by line; deleting a line checks them.
@Index("IX_project_activity_target_line", ["targetLineId"])
@Check(
  "CHK_project_activity_quantity",
  `"planned_quantity" > 0 AND ("actual_quantity" IS NULL OR "actual_quantity" >= 0)`,
)
@ObjectType({ description: "An activity of a đề án, with its planned output counted toward a target line." })
export class ProjectActivity {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @Column({ type: "varchar", length: 48 })
  @Field(() => ActivityKindEnum, { description: "Kind of activity: decides norms and eligibility." })
  activityKind: ActivityKind;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Id of the target line the output counts toward." })
  targetLineId: string;

  @ManyToOne(() => TargetLine, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "target_line_id" })
  targetLine?: TargetLine;

  @Column({ type: "text", default: "" })
  @Field(() => String, { description: "What is done." })
  description: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Planned output, in the target line's unit." })
  plannedQuantity: number;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Output recorded at acceptance (nghiệm thu); null before.",
  })
  actualQuantity: number | null;

  @Column({ type: "boolean", nullable: true })
  @Field(() => Boolean, {
    nullable: true,
    description: "Machinery: new, not second-hand (TT 46/2012 Điều 4).",
  })
  machineryIsNew: boolean | null;

  @Column({ type: "boolean", nullable: true })
  @Field(() => Boolean, {
    nullable: true,
    description: "Machinery: improves productivity, quality or pollution.",
  })
  machineryImproves: boolean | null;

  @Column({ type: "boolean", nullable: true })
  @Field(() => Boolean, { nullable: true, description: "Demonstration: technology ahead of local practice." })
  demonstrationSuperior: boolean | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Overseas fairs already supported this year for the beneficiary.",
  })
  overseasFairsThisYear: number | null;
}

/**
 * A cost item of a đề án's estimate (dòng dự toán). The support asked for is checked against the norm in
 * force on the đề án's date when the line is saved; the result is kept with the line.
 */
@Entity({ name: "budget_line" })
@Index("IX_budget_line_project", ["projectId"])
// Removing an activity cascades to its lines; the double-support check looks lines up by facility.
@Index("IX_budget_line_activity", ["activityId"])
@Index("IX_budget_line_facility", ["facilityId"])
@Check(
  "CHK_budget_line_amounts",
  `"requested_support" >= 0 AND "requested_support" <= "cost" AND "counterpart_funds" = "cost" - "requested_support"`,
)
@ObjectType({
  description: "A cost item of a đề án's estimate, with the support asked for and the norm check.",
})
export class BudgetLine {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "The activity this cost belongs to." })
  activityId: string;

  @ManyToOne(() => ProjectActivity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "activity_id" })
  activity?: ProjectActivity;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "The beneficiary the cost is for, when it is for one." })
  facilityId: string | null;

  @ManyToOne(() => Facility, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "facility_id" })
  facility?: Facility | null;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "The cost item (hạng mục chi), e.g. `Máy ép gạch không nung`." })
  costItem: string;

  @Column(dongColumn())
  @Field(() => DongScalar, { description: "Eligible cost of the item, đồng." })
  cost: number;

  @Column(dongColumn())
  @Field(() => DongScalar, { description: "State support asked for, đồng." })
  requestedSupport: number;

  @Column(dongColumn())
  @Field(() => DongScalar, {
    description: "Counterpart funds of the beneficiary (vốn đối ứng) = cost − support.",
  })
  counterpartFunds: number;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Id of the norm applied; null when none is in force for the activity.",
  })
  normId: string | null;

  @ManyToOne(() => Norm, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "norm_id" })
  norm?: Norm | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description:
      "Maximum support the norm allowed for this line's group (same activity and beneficiary); null with no norm.",
  })
  allowedSupport: number | null;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, { description: "What bound the maximum: RATE, CAP, RATE_AND_CAP, COST or NO_NORM." })
  boundBy: SupportBound;

  @Column({ type: "text" })
  @Field(() => String, { description: "The norm check in Vietnamese, with its citation." })
  normExplanation: string;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Support fixed for this line at approval; null before.",
  })
  approvedSupport: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Eligible cost accepted at nghiệm thu; null before.",
  })
  acceptedCost: number | null;
}

/** One transition of a đề án: the history the detail page shows. */
@Entity({ name: "project_event" })
@Index("IX_project_event_project", ["projectId", "id"])
@ObjectType({ description: "A transition in a đề án's history." })
export class ProjectEvent {
  @PrimaryGeneratedColumn({ type: "bigint" })
  @Field(() => ID, { description: "Increasing identifier." })
  id: string;

  @Column({ type: "uuid" })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @Column({ type: "varchar", length: 32 })
  @Field(() => String, { description: "The action, e.g. SUBMIT, APPROVE (ProjectAction), or CREATE." })
  action: string;

  @Column({ type: "varchar", length: 24, nullable: true })
  @Field(() => String, { nullable: true, description: "State before; null for the creation." })
  fromState: string | null;

  @Column({ type: "varchar", length: 24 })
  @Field(() => String, { description: "State after." })
  toState: string;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "Who made the transition." })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "actor_id" })
  actor?: User | null;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When." })
  at: Date;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The reason given, if any." })
  reason: string | null;

  @Column({ type: "jsonb", nullable: true })
  details: Record<string, unknown> | null;
}
