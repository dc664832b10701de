import {
  COMMUNE_REPORT_STATUS_LABELS,
  COMMUNE_REPORT_STATUSES,
  type CommuneReportStatus,
} from "@khuyencong/domain";
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
import { domainEnum, sqlList } from "../graphql/enums.js";
import { Programme } from "../programme/programme.entity.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { User } from "../users/user.entity.js";

export const CommuneReportStatusEnum = domainEnum(
  "CommuneReportStatus",
  COMMUNE_REPORT_STATUSES,
  COMMUNE_REPORT_STATUS_LABELS,
  "Where a commune's yearly report stands: drafted, sent to the department, returned for completion, or accepted.",
);

/**
 * A commune's yearly report on the programme (báo cáo năm của xã; the decision, Điều 2 khoản 6 điểm c):
 * one per commune and year, its figures in `commune_report_line`, one per target line. The version
 * counts every change to the report and to its lines, so that the department accepts exactly what it
 * read. Commune-scoped: row-level security lets a commune officer see their commune's only.
 */
@Entity({ name: "commune_report" })
@Index("UQ_commune_report_commune_year", ["communeCode", "year"], { unique: true })
@Index("IX_commune_report_year", ["year"])
@Check("CHK_commune_report_status", `"status" IN (${sqlList(COMMUNE_REPORT_STATUSES)})`)
@ObjectType({
  description: "A commune's yearly report on the programme (báo cáo năm của xã), sent to the department.",
})
export class CommuneReport {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: "The reporting commune's code." })
  communeCode: string;

  @ManyToOne(() => Commune, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code", referencedColumnName: "code" })
  commune?: Commune;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "The year reported on." })
  year: number;

  @Column({ type: "varchar", length: 32 })
  @Field(() => String, { description: "Code of the programme whose target lines the report follows." })
  programmeCode: string;

  @ManyToOne(() => Programme, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "programme_code", referencedColumnName: "code" })
  programme?: Programme;

  @Column({ type: "varchar", length: 16 })
  @Field(() => CommuneReportStatusEnum, { description: "Where the report stands." })
  status: CommuneReportStatus;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The commune's general remarks on the year." })
  note: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Why the department last returned the report; null if it never did.",
  })
  returnReason: string | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the report was last sent to the department." })
  submittedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "submitted_by_id" })
  submittedBy?: User | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When the department last returned or accepted the report.",
  })
  reviewedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "reviewed_by_id" })
  reviewedBy?: User | null;

  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description: "Incremented on every change to the report or its lines; send it back to change it.",
  })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the report was started." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the report last changed." })
  updatedAt: Date;
}

/** One line of a commune's report: what was achieved on one target line of the programme that year. */
@Entity({ name: "commune_report_line" })
@Index("UQ_commune_report_line", ["reportId", "targetLineId"], { unique: true })
@Index("IX_commune_report_line_target_line", ["targetLineId"])
@Check("CHK_commune_report_line_achieved", `"achieved" >= 0`)
@ObjectType({ description: "A line of a commune's yearly report: the result on one target line." })
export class CommuneReportLine {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  reportId: string;

  @ManyToOne(() => CommuneReport, { onDelete: "CASCADE" })
  @JoinColumn({ name: "report_id" })
  report?: CommuneReport;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Id of the programme's target line." })
  targetLineId: string;

  @ManyToOne(() => TargetLine, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "target_line_id" })
  targetLine?: TargetLine;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "What the commune achieved on the line in the year, in the line's unit." })
  achieved: number;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The commune's note on the line." })
  note: string | null;
}
