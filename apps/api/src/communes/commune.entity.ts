import {
  COMMUNE_KIND_LABELS,
  type CommuneKind,
  FORMER_PROVINCE_LABELS,
  type FormerProvince,
} from "@khuyencong/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CommuneKindEnum } from "../graphql/enums.js";

/** Reference data loaded from `@khuyencong/domain`; read-only through the API. */
@Entity({ name: "commune" })
@ObjectType({
  description: "A commune-level unit of Hải Phòng (xã, phường or đặc khu), from NQ 1669/NQ-UBTVQH15.",
})
export class Commune {
  @PrimaryColumn({ type: "varchar", length: 64 })
  @Field(() => String, {
    description:
      "Stable code: a slug of kind and name, e.g. `xa-an-hung` (official codes were not available).",
  })
  code: string;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, { description: "Name without its kind, e.g. `An Hưng`." })
  name: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => CommuneKindEnum, {
    description: "Xã, phường or đặc khu: decides whether a rural establishment there is eligible.",
  })
  kind: CommuneKind;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, {
    description: "The province the unit belonged to before the 2025 merger: HAI_PHONG or HAI_DUONG.",
  })
  formerProvince: FormerProvince;

  @Column({ type: "varchar", length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "A caveat about the name (e.g. a spelling the press uses), or null.",
  })
  nameNote: string | null;

  @Field(() => String, { description: "Full Vietnamese name with its kind, e.g. `Xã An Hưng`." })
  get displayName(): string {
    return `${COMMUNE_KIND_LABELS[this.kind]} ${this.name}`;
  }

  @Field(() => String, { description: "Vietnamese name of the former province." })
  get formerProvinceLabel(): string {
    return FORMER_PROVINCE_LABELS[this.formerProvince];
  }
}
