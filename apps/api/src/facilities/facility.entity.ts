import type {
  ArtisanTitle,
  BusinessField,
  ClayBrickKiln,
  Facility as DomainFacility,
  LegalForm,
  Sector,
} from "@khuyencong/domain";
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
import { Commune } from "../communes/commune.entity.js";
import { dongColumn } from "../db/columns.js";
import {
  ArtisanTitleEnum,
  BusinessFieldEnum,
  ClayBrickKilnEnum,
  LegalFormEnum,
  SectorEnum,
} from "../graphql/enums.js";
import { DongScalar } from "../graphql/scalars.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";

/** numeric → number: the annual average of insured workers may be fractional (sum of 12 months ÷ 12). */
const numericToNumber = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * A rural industrial establishment (cơ sở công nghiệp nông thôn) or other possible beneficiary: what the
 * eligibility rules judge, plus identity and contact data. The production site, not the head office,
 * decides the location criterion (TT 46/2012 Điều 3 khoản 1 điểm d).
 */
@Entity({ name: "facility" })
// The list's order (search_text, id), city-wide and per commune; the implementing unit's scope.
@Index("IX_facility_name", ["searchText", "id"])
@Index("IX_facility_commune_name", ["productionCommuneCode", "searchText", "id"])
@Index("IX_facility_sector_name", ["sector", "searchText", "id"])
@Index("IX_facility_legal_form_name", ["legalForm", "searchText", "id"])
@Index("IX_facility_created_by_unit", ["createdByUnitId"])
// pg_trgm GIN on search_text (gin_trgm_ops): TypeORM cannot describe it, the migration owns it.
@Index("IX_facility_search_trgm", { synchronize: false })
// One establishment per tax code (see taxCodeTakenMessage); many have none.
@Index("UQ_facility_tax_code", ["taxCode"], { unique: true, where: '"tax_code" IS NOT NULL' })
@ObjectType({ description: "An establishment (cơ sở) that may benefit from khuyến công support." })
export class Facility {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "varchar", length: 300 })
  @Field(() => String, { description: "Name as registered." })
  name: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => LegalFormEnum, { description: "Legal form." })
  legalForm: LegalForm;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Tax or business-registration number (mã số thuế / ĐKKD).",
  })
  taxCode: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Legal representative or owner (người đại diện)." })
  representative: string | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => String, { nullable: true, description: "Contact telephone." })
  phone: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Registered head-office address; never used to judge location.",
  })
  hqAddress: string | null;

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, {
    description: "Commune where the facility produces: decides the location criterion.",
  })
  productionCommuneCode: string;

  @ManyToOne(() => Commune, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "production_commune_code", referencedColumnName: "code" })
  productionCommune?: Commune;

  @Column({ type: "varchar", length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: "Address of the workshop (thôn, đường…)." })
  productionAddress: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Craft village (làng nghề) the site lies in, if any." })
  craftVillageName: string | null;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, {
    description: "The craft village is recognised by UBND thành phố (NĐ 52/2018 Điều 5).",
  })
  craftVillageRecognised: boolean;

  @Column({ type: "varchar", length: 48 })
  @Field(() => SectorEnum, { description: "Main production line (NĐ 45/2012 Điều 5, NĐ 235/2025)." })
  sector: Sector;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => ClayBrickKilnEnum, {
    nullable: true,
    description: "Kiln type, for clay-brick producers only.",
  })
  clayBrickKiln: ClayBrickKiln | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => BusinessFieldEnum, {
    nullable: true,
    description: "Main business field for the SME test (enterprises).",
  })
  businessField: BusinessField | null;

  @Column({ type: "numeric", precision: 10, scale: 2, nullable: true, transformer: numericToNumber })
  @Field(() => Number, {
    nullable: true,
    description: "Annual average of BHXH-insured workers last year (may be fractional).",
  })
  averageInsuredWorkers: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Revenue of the previous year, đồng; null if under a year or none.",
  })
  priorYearRevenue: number | null;

  @Column(dongColumn({ nullable: true }))
  @Field(() => DongScalar, {
    nullable: true,
    description: "Total capital (tổng nguồn vốn) at last year-end, đồng.",
  })
  totalCapital: number | null;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, {
    description: "Applies cleaner production, sustainable production and consumption.",
  })
  appliesCleanerProduction: boolean;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, {
    description: "Invests in the infrastructure of an industrial cluster (chủ đầu tư hạ tầng CCN).",
  })
  isClusterInfrastructureInvestor: boolean;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => ArtisanTitleEnum, {
    nullable: true,
    description: "Artisan title of the owner or individual, if any.",
  })
  artisanTitle: ArtisanTitle | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "The craft the title was awarded for." })
  artisanCraft: string | null;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "The artisan title is in handicrafts (nghề thủ công mỹ nghệ)." })
  artisanIsHandicraft: boolean;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "Produces in a disadvantaged area (địa bàn khó khăn, ĐBKK)." })
  inDisadvantagedArea: boolean;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "Owned or run by women (a priority, not a condition)." })
  womenOwned: boolean;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "Employs ethnic-minority workers (a priority, not a condition)." })
  employsEthnicMinorities: boolean;

  /** Name and tax code folded to ASCII lower case, so that search ignores accents without an extension. */
  @Column({ type: "text" })
  searchText: string;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User | null;

  /** The implementing unit whose user registered the facility: that unit may read and edit it. */
  @Column({ type: "uuid", nullable: true })
  createdByUnitId: string | null;

  @ManyToOne(() => ImplementingUnit, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_unit_id" })
  createdByUnit?: ImplementingUnit | null;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description: "Incremented on every change; send it back to update (optimistic locking).",
  })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the facility was registered." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was last changed." })
  updatedAt: Date;
}

/** The domain's view of a facility, for the eligibility rules. */
export function toDomainFacility(f: Facility): DomainFacility {
  return {
    name: f.name,
    legalForm: f.legalForm,
    ...(f.businessField && f.averageInsuredWorkers !== null
      ? {
          enterpriseSize: {
            businessField: f.businessField,
            averageInsuredWorkers: f.averageInsuredWorkers,
            priorYearRevenue: f.priorYearRevenue,
            totalCapital: f.totalCapital,
          },
        }
      : {}),
    ...(f.hqAddress ? { hqAddress: f.hqAddress } : {}),
    productionSite: {
      communeCode: f.productionCommuneCode,
      ...(f.productionAddress ? { address: f.productionAddress } : {}),
      ...(f.craftVillageName
        ? { craftVillage: { name: f.craftVillageName, recognisedByCity: f.craftVillageRecognised } }
        : {}),
    },
    sector: f.sector,
    ...(f.clayBrickKiln ? { clayBrickKiln: f.clayBrickKiln } : {}),
    appliesCleanerProduction: f.appliesCleanerProduction,
    isClusterInfrastructureInvestor: f.isClusterInfrastructureInvestor,
    ...(f.artisanTitle
      ? {
          artisan: {
            title: f.artisanTitle,
            craft: f.artisanCraft ?? "",
            isHandicraft: f.artisanIsHandicraft,
          },
        }
      : {}),
    inDisadvantagedArea: f.inDisadvantagedArea,
    womenOwned: f.womenOwned,
    employsEthnicMinorities: f.employsEthnicMinorities,
  };
}
