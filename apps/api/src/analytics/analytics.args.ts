import type { FundSource, ProjectState } from "@khuyencong/domain";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { FundSourceEnum, ProjectStateEnum } from "../graphql/enums.js";
import { msg } from "../graphql/validation.js";
import {
  type AttainmentGrouping,
  AttainmentGroupingEnum,
  type FacilityGrouping,
  FacilityGroupingEnum,
  type MoneyGrouping,
  MoneyGroupingEnum,
} from "./analytics.types.js";

@InputType({
  description: "Which đề án money is counted over; an omitted list means all, an empty list none.",
})
export class MoneyFilter {
  @Field(() => [Int], { nullable: true, description: "Plan years." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @ArrayMaxSize(50, msg("Tối đa 50 năm"))
  @Min(1900, msg("Năm không hợp lệ", { each: true }))
  @Max(2999, msg("Năm không hợp lệ", { each: true }))
  years?: number[] | null;

  @Field(() => [FundSourceEnum], { nullable: true, description: "Fund sources." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  fundSources?: FundSource[] | null;

  @Field(() => [String], { nullable: true, description: "Commune codes, e.g. `xa-an-hung`." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @ArrayMaxSize(200, msg("Tối đa 200 xã"))
  communeCodes?: string[] | null;

  @Field(() => [ProjectStateEnum], { nullable: true, description: "Lifecycle states (now)." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  states?: ProjectState[] | null;
}

@ArgsType()
export class MoneyBreakdownArgs {
  @Field(() => [MoneyGroupingEnum], {
    defaultValue: [],
    description: "Keys to group by, in order; none = the total only.",
  })
  @ArrayUnique(msg("Mỗi tiêu chí nhóm chỉ được chọn một lần"))
  groupBy: MoneyGrouping[];

  @Field(() => MoneyFilter, { nullable: true, description: "Which đề án to count; omitted = all." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  filter?: MoneyFilter | null;
}

@InputType({ description: "Which supported đề án count; an omitted list means all." })
export class FacilityFilter {
  @Field(() => [Int], { nullable: true, description: "Plan years of the đề án." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @ArrayMaxSize(50, msg("Tối đa 50 năm"))
  @Min(1900, msg("Năm không hợp lệ", { each: true }))
  @Max(2999, msg("Năm không hợp lệ", { each: true }))
  years?: number[] | null;
}

@ArgsType()
export class SupportedFacilitiesArgs {
  @Field(() => [FacilityGroupingEnum], {
    defaultValue: [],
    description: "Keys to group by, in order; none = the total only.",
  })
  @ArrayUnique(msg("Mỗi tiêu chí nhóm chỉ được chọn một lần"))
  groupBy: FacilityGrouping[];

  @Field(() => FacilityFilter, { nullable: true, description: "Which đề án to count; omitted = all." })
  @IsOptional(msg("Dữ liệu nhập không hợp lệ"))
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  filter?: FacilityFilter | null;
}

@ArgsType()
export class AttainmentArgs {
  @Field(() => AttainmentGroupingEnum, {
    defaultValue: "LINE",
    description: "Per target line or per content group.",
  })
  groupBy: AttainmentGrouping;

  @Field(() => [Int], { description: "Years to judge attainment as of, each within the programme's period." })
  @ArrayMinSize(1, msg("Chọn ít nhất một năm"))
  @ArrayMaxSize(10, msg("Tối đa 10 năm"))
  @ArrayUnique(msg("Mỗi năm chỉ được chọn một lần"))
  @Min(1900, msg("Năm không hợp lệ", { each: true }))
  @Max(2999, msg("Năm không hợp lệ", { each: true }))
  years: number[];
}
