import { FUND_SOURCES, type FundSource } from "@khuyencong/domain";
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
import { Commune } from "../communes/commune.entity.js";
import { dongColumn } from "../db/columns.js";
import { FundSourceEnum, sqlList } from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";
import { AnnualPlan } from "./annual-plan.entity.js";

/**
 * One planned activity registered for a year's plan, by exactly one registrant: a commune or an
 * implementing unit. The target line belongs to the plan's programme (checked by the service: the
 * database cannot see the plan's programme from here).
 */
@Entity({ name: "plan_registration" })
@Index("IDX_plan_registration_plan_commune", ["planId", "communeCode"])
@Index("IDX_plan_registration_plan_unit", ["planId", "unitId"])
@Index("IDX_plan_registration_plan_line", ["planId", "targetLineId"])
@Index("IX_plan_registration_plan_created", ["planId", "createdAt", "id"])
@Check("CHK_plan_registration_one_registrant", `("commune_code" IS NULL) <> ("unit_id" IS NULL)`)
@Check("CHK_plan_registration_quantity", `"quantity" > 0`)
@Check("CHK_plan_registration_cost", `"estimated_cost" >= 0`)
@Check("CHK_plan_registration_fund_source", `"fund_source" IN (${sqlList(FUND_SOURCES)})`)
@ObjectType({
  description:
    "A planned activity registered for a year's plan (đăng ký kế hoạch) by a commune or an implementing unit.",
})
export class PlanRegistration {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Id of the plan." })
  planId: string;

  @ManyToOne(() => AnnualPlan, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "plan_id" })
  plan?: AnnualPlan;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The registering commune's code; null when an implementing unit registered.",
  })
  communeCode: string | null;

  @ManyToOne(() => Commune, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code", referencedColumnName: "code" })
  commune?: Commune | null;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "The registering implementing unit's id; null when a commune registered.",
  })
  unitId: string | null;

  @ManyToOne(() => ImplementingUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: ImplementingUnit | null;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Id of the programme's target line the activity counts toward." })
  targetLineId: string;

  @ManyToOne(() => TargetLine, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "target_line_id" })
  targetLine?: TargetLine;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Planned quantity, in the target line's unit; at least 1." })
  quantity: number;

  @Column(dongColumn())
  @Field(() => DongScalar, { description: "Estimated cost in đồng; 0 or more." })
  estimatedCost: number;

  @Column({ type: "varchar", length: 32 })
  @Field(() => FundSourceEnum, { description: "Where the money is expected to come from." })
  fundSource: FundSource;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Free text from the registrant." })
  note: string | null;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Who registered the activity." })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description: "Incremented on every change; send it back to update or withdraw (optimistic locking).",
  })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the activity was registered." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the registration last changed." })
  updatedAt: Date;
}
