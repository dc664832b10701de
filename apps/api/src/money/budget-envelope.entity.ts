import type { FundSource } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
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
import { dongColumn } from "../db/columns.js";
import { FundSourceEnum } from "../graphql/enums.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { User } from "../users/user.entity.js";

/**
 * The money available for khuyến công in a year from one fund source (dự toán được giao): the national
 * fund's allocation to the city, the city budget's, and — for the record — counterpart and integrated
 * funds. Approvals of đề án draw on the envelope of their year and fund; its balance never goes negative.
 */
@Entity({ name: "budget_envelope" })
@Index("UQ_budget_envelope_year_fund", ["year", "fundSource"], { unique: true })
@ObjectType({
  description: "The budget of one year from one fund source, and how much of it is allocated to đề án.",
})
export class BudgetEnvelope {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Budget year." })
  year: number;

  @Column({ type: "varchar", length: 32 })
  @Field(() => FundSourceEnum, { description: "Fund source." })
  fundSource: FundSource;

  @Column(dongColumn())
  @Field(() => DongScalar, { description: "Amount assigned, đồng." })
  amount: number;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Number of the decision assigning it." })
  decisionNumber: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of that decision (YYYY-MM-DD)." })
  decisionDate: string | null;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User | null;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, { description: "Incremented on every change (optimistic locking)." })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was recorded." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it last changed." })
  updatedAt: Date;
}
