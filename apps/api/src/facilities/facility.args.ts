import type {
  ActivityKind,
  ArtisanTitle,
  BusinessField,
  ClayBrickKiln,
  LegalForm,
  Sector,
} from "@khuyencong/domain";
import { IsInt, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  ActivityKindEnum,
  ArtisanTitleEnum,
  BusinessFieldEnum,
  ClayBrickKilnEnum,
  LegalFormEnum,
  SectorEnum,
} from "../graphql/enums.js";
import { Connection, PageArgs } from "../graphql/pagination.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";
import { Facility } from "./facility.entity.js";

const NOT_BLANK = /\S/;

@ObjectType({ description: "A page of facilities." })
export class FacilityConnection extends Connection(Facility) {}

/** Everything a facility is described by; create takes it whole, update replaces it whole. */
@InputType({ description: "The data of a facility, as the registration form holds it." })
export class FacilityInput {
  @Field(() => String, { description: "Name as registered." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập tên cơ sở"))
  @MaxLength(300, msg("Tên cơ sở có tối đa 300 ký tự"))
  name: string;

  @Field(() => LegalFormEnum, { description: "Legal form." })
  legalForm: LegalForm;

  @Field(() => String, { nullable: true, description: "Tax or business-registration number." })
  @MaxLength(32, msg("Mã số thuế có tối đa 32 ký tự"))
  taxCode?: string | null;

  @Field(() => String, { nullable: true, description: "Legal representative or owner." })
  @MaxLength(200, msg("Tên người đại diện có tối đa 200 ký tự"))
  representative?: string | null;

  @Field(() => String, { nullable: true, description: "Contact telephone." })
  @Matches(/^[0-9 +().-]{6,32}$/, msg("Số điện thoại không hợp lệ"))
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Head-office address." })
  @MaxLength(500, msg("Địa chỉ trụ sở có tối đa 500 ký tự"))
  hqAddress?: string | null;

  @Field(() => String, { description: "Commune code of the production site, e.g. `xa-an-hung`." })
  @Matches(NOT_BLANK, msg("Vui lòng chọn xã, phường, đặc khu nơi sản xuất"))
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  productionCommuneCode: string;

  @Field(() => String, { nullable: true, description: "Address of the workshop." })
  @MaxLength(500, msg("Địa chỉ nơi sản xuất có tối đa 500 ký tự"))
  productionAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Craft village of the site, if any." })
  @MaxLength(200, msg("Tên làng nghề có tối đa 200 ký tự"))
  craftVillageName?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "The craft village is recognised by the city." })
  craftVillageRecognised: boolean;

  @Field(() => SectorEnum, { description: "Main production line." })
  sector: Sector;

  @Field(() => ClayBrickKilnEnum, { nullable: true, description: "Kiln type, clay-brick producers only." })
  clayBrickKiln?: ClayBrickKiln | null;

  @Field(() => BusinessFieldEnum, {
    nullable: true,
    description: "Business field for the SME test; with the workers below.",
  })
  businessField?: BusinessField | null;

  @Field(() => Number, { nullable: true, description: "Annual average of BHXH-insured workers last year." })
  @Min(0, msg("Số lao động không được âm"))
  @Max(1_000_000, msg("Số lao động không hợp lý"))
  averageInsuredWorkers?: number | null;

  @Field(() => DongScalar, { nullable: true, description: "Revenue of the previous year, đồng." })
  @IsInt(msg("Doanh thu phải là số nguyên đồng"))
  @Min(0, msg("Doanh thu không được âm"))
  priorYearRevenue?: number | null;

  @Field(() => DongScalar, { nullable: true, description: "Total capital at last year-end, đồng." })
  @IsInt(msg("Tổng nguồn vốn phải là số nguyên đồng"))
  @Min(0, msg("Tổng nguồn vốn không được âm"))
  totalCapital?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: "Applies cleaner production." })
  appliesCleanerProduction: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Invests in industrial-cluster infrastructure." })
  isClusterInfrastructureInvestor: boolean;

  @Field(() => ArtisanTitleEnum, { nullable: true, description: "Artisan title, if any." })
  artisanTitle?: ArtisanTitle | null;

  @Field(() => String, { nullable: true, description: "Craft of the artisan title." })
  @MaxLength(200, msg("Tên nghề có tối đa 200 ký tự"))
  artisanCraft?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "The artisan title is in handicrafts." })
  artisanIsHandicraft: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Produces in a disadvantaged area." })
  inDisadvantagedArea: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Owned or run by women." })
  womenOwned: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Employs ethnic-minority workers." })
  employsEthnicMinorities: boolean;
}

@ArgsType()
export class CreateFacilityArgs {
  @Field(() => FacilityInput, { description: "The facility's data." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: FacilityInput;
}

@ArgsType()
export class FacilityIdArgs {
  @Field(() => ID, { description: "The facility's id." })
  @IsUUID("all", msg("Mã cơ sở không hợp lệ"))
  id: string;
}

@ArgsType()
export class UpdateFacilityArgs extends FacilityIdArgs {
  @Field(() => Int, {
    description: "The version the client last read; a different current version is refused.",
  })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;

  @Field(() => FacilityInput, { description: "The facility's data, replacing what is stored." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: FacilityInput;
}

@ArgsType()
export class FacilityListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only facilities producing in this commune." })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;

  @Field(() => SectorEnum, { nullable: true, description: "Only this sector." })
  sector?: Sector | null;

  @Field(() => LegalFormEnum, { nullable: true, description: "Only this legal form." })
  legalForm?: LegalForm | null;

  @Field(() => String, { nullable: true, description: "Part of the name or tax code; accents optional." })
  @MaxLength(100, msg("Từ khoá tìm kiếm có tối đa 100 ký tự"))
  search?: string | null;
}

@ArgsType()
export class EligibilityArgs {
  @Field(() => ActivityKindEnum, { description: "The activity the facility would benefit from." })
  activityKind: ActivityKind;

  @Field(() => CalendarDateScalar, { description: "Date the rules are taken at (YYYY-MM-DD)." })
  date: string;
}
