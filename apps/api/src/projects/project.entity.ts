import { type FundSource, PROJECT_STATE_LABELS, type ProjectState } from "@khuyencong/domain";
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
import { FundSourceEnum, ProjectStateEnum, sqlList } from "../graphql/enums.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";
import { PROJECT_FUND_SOURCES, PROJECT_STATES } from "@khuyencong/domain";

/**
 * A đề án khuyến công: activities for beneficiaries, with a budget, carried through the lifecycle of
 * `@khuyencong/domain`. The facts each transition records (appraisal, decision, contract, acceptance,
 * settlement) are columns here; the full trail is in `project_event` and the audit log.
 */
@Entity({ name: "project" })
@Check("CHK_project_state", `"state" IN (${sqlList(PROJECT_STATES)})`)
@Check("CHK_project_fund_source", `"fund_source" IN (${sqlList(PROJECT_FUND_SOURCES)})`)
// The list's order (created_at DESC, id DESC, read backwards) for each scope, the year and state filters.
@Index("IX_project_created", ["createdAt", "id"])
@Index("IX_project_commune_created", ["communeCode", "createdAt", "id"])
@Index("IX_project_unit_created", ["implementingUnitId", "createdAt", "id"])
@Index("IX_project_year_created", ["year", "createdAt", "id"])
@Index("IX_project_state_created", ["state", "createdAt", "id"])
// pg_trgm GIN on search_text (gin_trgm_ops): TypeORM cannot describe it, the migration owns it.
@Index("IX_project_search_trgm", { synchronize: false })
@Index("IX_project_year_state", ["year", "state"])
@ObjectType({ description: "A đề án khuyến công (industrial-extension project)." })
export class Project {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Index("UQ_project_code", { unique: true })
  @Column({ type: "varchar", length: 32 })
  @Field(() => String, { description: "Human reference, e.g. `ĐA-2026-0007`; unique." })
  code: string;

  @Column({ type: "varchar", length: 500 })
  @Field(() => String, { description: "Title of the đề án." })
  title: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Plan year the đề án belongs to." })
  year: number;

  @Column({ type: "varchar", length: 32 })
  @Field(() => FundSourceEnum, {
    description: "The state fund asked to support it: national fund or city budget.",
  })
  fundSource: FundSource;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, {
    description: "Commune where it is carried out; decides which commune officer may act.",
  })
  communeCode: string;

  @ManyToOne(() => Commune, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code", referencedColumnName: "code" })
  commune?: Commune;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "Id of the implementing unit (đơn vị thực hiện), if assigned.",
  })
  implementingUnitId: string | null;

  @ManyToOne(() => ImplementingUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "implementing_unit_id" })
  implementingUnit?: ImplementingUnit | null;

  @Column({ type: "date" })
  @Field(() => CalendarDateScalar, {
    description: "Date of the đề án (YYYY-MM-DD): norms and eligibility are judged as of this date.",
  })
  proposedOn: string;

  @Column({ type: "text", default: "" })
  @Field(() => String, { description: "Objectives and necessity (mục tiêu, sự cần thiết)." })
  objective: string;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Planned start (YYYY-MM-DD)." })
  plannedStart: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Planned end (YYYY-MM-DD)." })
  plannedEnd: string | null;

  @Column({ type: "varchar", length: 24 })
  @Field(() => ProjectStateEnum, { description: "Where the đề án stands in its lifecycle." })
  state: ProjectState;

  @Column({ type: "uuid", nullable: true })
  appraisedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "appraised_by_id" })
  appraisedBy?: User | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the appraisal (thẩm định)." })
  appraisedOn: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Opinion of the appraisal." })
  appraisalOpinion: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Number of the approval decision (quyết định phê duyệt).",
  })
  decisionNumber: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the approval decision." })
  decisionDate: string | null;

  @Column({ type: "uuid", nullable: true })
  approvedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "approved_by_id" })
  approvedBy?: User | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Number of the contract or assignment (hợp đồng / giao nhiệm vụ).",
  })
  contractNumber: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the contract." })
  contractDate: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the acceptance (nghiệm thu)." })
  acceptedOn: string | null;

  @Column({ type: "date", nullable: true })
  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the settlement (quyết toán)." })
  settledOn: string | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "State support fixed at approval, đồng: the ceiling of every payment. Null before approval.",
  })
  approvedSupport: number | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Why the department allowed support despite a double-support finding, if it did.",
  })
  doubleSupportJustification: string | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, { nullable: true, description: "Settlement: the support finally owed, đồng." })
  finalSupport: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, { nullable: true, description: "Settlement: the balance still to pay, đồng." })
  finalPayment: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Settlement: what the beneficiary must return, đồng.",
  })
  refundDue: number | null;

  @Column(dongColumn({ default: 0 }))
  @Field(() => DongScalar, { description: "Refunds the Treasury recorded as received, đồng." })
  refundReceived: number;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Reason of the last return, rejection, adjustment request or stop.",
  })
  lastReason: string | null;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User | null;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description:
      "Incremented on every change of the đề án or its parts; send it back with any change (optimistic locking).",
  })
  version: number;

  /**
   * kc_fold(code || ' ' || title): accent-free lower case for search, written by the trigger
   * TR_project_search_text (migration ListIndexesAndSearch), never by the API.
   */
  @Column({ type: "text", select: false, insert: false, update: false })
  searchText: string;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the đề án was created." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it last changed." })
  updatedAt: Date;

  @Field(() => String, { description: "Vietnamese name of the state." })
  get stateLabel(): string {
    return PROJECT_STATE_LABELS[this.state];
  }
}
