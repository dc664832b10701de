import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from "typeorm";
import { Commune } from "../communes/commune.entity.js";

/**
 * An implementing unit (đơn vị thực hiện đề án): the Trung tâm Khuyến công, a commune's office, an
 * enterprise or association. Users of role IMPLEMENTING_UNIT belong to one and see only its đề án.
 */
@Entity({ name: "implementing_unit" })
@ObjectType({ description: "An implementing unit (đơn vị thực hiện) that carries out đề án." })
export class ImplementingUnit {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Index("UQ_implementing_unit_name", { unique: true })
  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "Name; unique." })
  name: string;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Commune where the unit sits, if it belongs to one." })
  communeCode: string | null;

  @ManyToOne(() => Commune, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code", referencedColumnName: "code" })
  commune?: Commune | null;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, { description: "Incremented on every change (optimistic locking)." })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the unit was registered." })
  createdAt: Date;
}

/** The city's own extension centre, created with the reference data so that it can be assigned at once. */
export const CITY_EXTENSION_CENTRE = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng";
