import type { ActivityKind } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ActivityKindEnum } from "../graphql/enums.js";
import { Programme } from "./programme.entity.js";

/** A content group (I–VI) of a programme. */
@Entity({ name: "content_group" })
@Index("UQ_content_group_code", ["programmeCode", "code"], { unique: true })
@ObjectType({ description: "A content group (nhóm nội dung I–VI) of the programme." })
export class ContentGroup {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "varchar", length: 32 })
  programmeCode: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_code", referencedColumnName: "code" })
  programme?: Programme;

  @Column({ type: "varchar", length: 8 })
  @Field(() => String, { description: "Roman numeral as printed: I … VI." })
  code: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Position in the appendix, from 1." })
  position: number;

  @Column({ type: "text" })
  @Field(() => String, { description: "The group's title as printed." })
  name: string;
}

/** One appendix row; its yearly targets live in `target_line_year`. */
@Entity({ name: "target_line" })
@Index("UQ_target_line_code", ["programmeCode", "code"], { unique: true })
@ObjectType({ description: "A target line (nội dung/chỉ tiêu): one row of the programme's appendix table." })
export class TargetLine {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier; plans and đề án refer to it." })
  id: string;

  @Column({ type: "varchar", length: 32 })
  programmeCode: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_code", referencedColumnName: "code" })
  programme?: Programme;

  @Column({ type: "varchar", length: 8 })
  @Field(() => String, { description: "Code of its content group, e.g. `II`." })
  groupCode: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, { description: "Row code: group and number, e.g. `II.4`." })
  code: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Row number within the group, as printed in the TT column." })
  position: number;

  @Column({ type: "text" })
  @Field(() => String, { description: "The row's text as printed." })
  name: string;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: "Unit of measure as printed (ĐVT), e.g. `Cơ sở`." })
  unit: string;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "The `Tổng` column as printed; null where blank. The audit compares it with the years.",
  })
  printedTotal: number | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "A size stated in the row's text, e.g. 40 (học viên per lớp); null if none.",
  })
  perUnitQuantity: number | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Unit of `perUnitQuantity`, e.g. `học viên`." })
  perUnitUnit: string | null;

  @Column({ type: "varchar", array: true, length: 48, default: () => "'{}'" })
  @Field(() => [ActivityKindEnum], {
    description: "Activity kinds whose đề án usually count toward this line.",
  })
  activityKinds: ActivityKind[];

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, {
    description: "Where the row stands in the decision, e.g. `Phụ lục, mục II, dòng 4`.",
  })
  source: string;
}

/** The target of one line for one year; a blank cell is stored as NULL, not 0. */
@Entity({ name: "target_line_year" })
export class TargetLineYear {
  @Column({ type: "uuid", primary: true })
  targetLineId: string;

  @ManyToOne(() => TargetLine, { onDelete: "CASCADE" })
  @JoinColumn({ name: "target_line_id" })
  targetLine?: TargetLine;

  @Column({ type: "integer", primary: true })
  year: number;

  @Column({ type: "integer", nullable: true })
  target: number | null;
}

/** A figure the decision's body text states, linked to the row it concerns. */
@Entity({ name: "body_target" })
@ObjectType({
  description:
    "A numeric target stated in the decision's body text (Điều 1, mục I.2), kept apart from the table.",
})
export class BodyTarget {
  @Column({ type: "varchar", length: 64, primary: true })
  @Field(() => String, { description: "Stable id: location and row, e.g. `I.2.a.I.2`." })
  id: string;

  @Column({ type: "varchar", length: 32 })
  programmeCode: string;

  @ManyToOne(() => Programme, { onDelete: "CASCADE" })
  @JoinColumn({ name: "programme_code", referencedColumnName: "code" })
  programme?: Programme;

  @Column({ type: "varchar", length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: "Code of the row it concerns, or null." })
  lineCode: string | null;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "The figure." })
  value: number;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: "The unit as the sentence words it." })
  unit: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The sentence, quoted." })
  quote: string;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, { description: "Where in the decision, e.g. `Điều 1, mục I.2, điểm b`." })
  location: string;
}
