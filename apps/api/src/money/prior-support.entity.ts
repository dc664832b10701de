import type { ActivityKind } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { dongColumn } from "../db/columns.js";
import { Facility } from "../facilities/facility.entity.js";
import { ActivityKindEnum } from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import { User } from "../users/user.entity.js";

/**
 * State support a facility received outside this system (another programme, an earlier year's paper
 * records), so that the double-support guard sees it too.
 */
@Entity({ name: "prior_support" })
@Index("IX_prior_support_facility", ["facilityId"])
@ObjectType({ description: "Support a facility received from another recorded source." })
export class PriorSupport {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "The facility." })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: "CASCADE" })
  @JoinColumn({ name: "facility_id" })
  facility?: Facility;

  @Column({ type: "varchar", length: 48 })
  @Field(() => ActivityKindEnum, { description: "Kind of activity supported." })
  activityKind: ActivityKind;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "The cost item supported." })
  costItem: string;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "The programme or decision it came from." })
  source: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Year of the support." })
  year: number;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, { nullable: true, description: "Amount, đồng, if known." })
  amount: number | null;

  @Column({ type: "uuid", nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "recorded_by_id" })
  recordedBy?: User | null;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was recorded." })
  recordedAt: Date;
}
