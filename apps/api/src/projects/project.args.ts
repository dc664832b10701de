import {
  type ActivityKind,
  type FundSource,
  formatInteger,
  PROJECT_LIMITS,
  type ProjectState,
} from "@khuyencong/domain";
import { ArrayMaxSize, IsInt, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ActivityKindEnum, FundSourceEnum, ProjectStateEnum } from "../graphql/enums.js";
import { Connection, PageArgs } from "../graphql/pagination.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";
import { Project } from "./project.entity.js";

const NOT_BLANK = /\S/;

@ObjectType({ description: "A page of đề án." })
export class ProjectConnection extends Connection(Project) {}

@InputType({ description: "The header of a đề án, as its first page holds it." })
export class ProjectInput {
  @Field(() => String, { description: "Title." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập tên đề án"))
  @MaxLength(
    PROJECT_LIMITS.maxTitle,
    msg(`Tên đề án có tối đa ${formatInteger(PROJECT_LIMITS.maxTitle)} ký tự`),
  )
  title: string;

  @Field(() => Int, { description: "Plan year, within the programme's period." })
  @Min(2000, msg("Năm kế hoạch không hợp lệ"))
  @Max(2100, msg("Năm kế hoạch không hợp lệ"))
  year: number;

  @Field(() => FundSourceEnum, {
    description: "NATIONAL_FUND or CITY_BUDGET: the state fund asked to support it.",
  })
  fundSource: FundSource;

  @Field(() => String, { description: "Commune where it is carried out." })
  @Matches(NOT_BLANK, msg("Vui lòng chọn xã, phường, đặc khu thực hiện đề án"))
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode: string;

  @Field(() => ID, {
    nullable: true,
    description: "Implementing unit; an implementing-unit user is always its own.",
  })
  @IsUUID("all", msg("Mã đơn vị thực hiện không hợp lệ"))
  implementingUnitId?: string | null;

  @Field(() => CalendarDateScalar, {
    description: "Date of the đề án (YYYY-MM-DD); norms are judged as of it.",
  })
  proposedOn: string;

  @Field(() => String, { defaultValue: "", description: "Objectives and necessity." })
  @MaxLength(
    PROJECT_LIMITS.maxObjective,
    msg(`Mục tiêu có tối đa ${formatInteger(PROJECT_LIMITS.maxObjective)} ký tự`),
  )
  objective: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Planned start (YYYY-MM-DD)." })
  plannedStart?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Planned end (YYYY-MM-DD)." })
  plannedEnd?: string | null;
}

@ArgsType()
export class CreateProjectArgs {
  @Field(() => ProjectInput, { description: "The đề án's header." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: ProjectInput;
}

@ArgsType()
export class ProjectIdArgs {
  @Field(() => ID, { description: "The đề án's id." })
  @IsUUID("all", msg("Mã đề án không hợp lệ"))
  id: string;
}

/** Every change to a đề án or its parts carries the version the client read. */
@ArgsType()
export class ProjectChangeArgs {
  @Field(() => ID, { description: "The đề án's id." })
  @IsUUID("all", msg("Mã đề án không hợp lệ"))
  projectId: string;

  @Field(() => Int, {
    description: "The đề án's version the client last read; a different current version is refused.",
  })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;
}

@ArgsType()
export class UpdateProjectArgs extends ProjectChangeArgs {
  @Field(() => ProjectInput, { description: "The new header, replacing the stored one." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: ProjectInput;
}

@ArgsType()
export class BeneficiaryArgs extends ProjectChangeArgs {
  @Field(() => ID, { description: "The facility." })
  @IsUUID("all", msg("Mã cơ sở không hợp lệ"))
  facilityId: string;
}

@InputType({ description: "An activity of a đề án." })
export class ProjectActivityInput {
  @Field(() => ActivityKindEnum, { description: "Kind of activity." })
  activityKind: ActivityKind;

  @Field(() => ID, { description: "Target line the output counts toward." })
  @IsUUID("all", msg("Mã dòng chỉ tiêu không hợp lệ"))
  targetLineId: string;

  @Field(() => String, { defaultValue: "", description: "What is done." })
  @MaxLength(
    PROJECT_LIMITS.maxActivityDescription,
    msg(`Mô tả có tối đa ${formatInteger(PROJECT_LIMITS.maxActivityDescription)} ký tự`),
  )
  description: string;

  @Field(() => Int, { description: "Planned output in the line's unit." })
  @Min(1, msg("Số lượng dự kiến phải từ 1 trở lên"))
  plannedQuantity: number;

  @Field(() => Boolean, { nullable: true, description: "Machinery: new, not second-hand." })
  machineryIsNew?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Machinery: improves productivity, quality or pollution.",
  })
  machineryImproves?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Demonstration: technology ahead of local practice." })
  demonstrationSuperior?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "Overseas fairs already supported this year for the beneficiary.",
  })
  @Min(0, msg("Số hội chợ không được âm"))
  overseasFairsThisYear?: number | null;
}

@ArgsType()
export class AddActivityArgs extends ProjectChangeArgs {
  @Field(() => ProjectActivityInput, { description: "The activity." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: ProjectActivityInput;
}

@ArgsType()
export class UpdateActivityArgs extends AddActivityArgs {
  @Field(() => ID, { description: "The activity's id." })
  @IsUUID("all", msg("Mã nội dung hoạt động không hợp lệ"))
  activityId: string;
}

@ArgsType()
export class RemoveActivityArgs extends ProjectChangeArgs {
  @Field(() => ID, { description: "The activity's id." })
  @IsUUID("all", msg("Mã nội dung hoạt động không hợp lệ"))
  activityId: string;
}

@InputType({ description: "A cost item of the estimate." })
export class BudgetLineInput {
  @Field(() => ID, { description: "The activity it belongs to." })
  @IsUUID("all", msg("Mã nội dung hoạt động không hợp lệ"))
  activityId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The beneficiary it is for, if any (must be a beneficiary of the đề án).",
  })
  @IsUUID("all", msg("Mã cơ sở không hợp lệ"))
  facilityId?: string | null;

  @Field(() => String, { description: "The cost item." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập hạng mục chi"))
  @MaxLength(
    PROJECT_LIMITS.maxCostItem,
    msg(`Hạng mục chi có tối đa ${formatInteger(PROJECT_LIMITS.maxCostItem)} ký tự`),
  )
  costItem: string;

  @Field(() => DongScalar, { description: "Eligible cost, đồng." })
  @IsInt(msg("Chi phí phải là số nguyên đồng"))
  @Min(1, msg("Chi phí phải lớn hơn 0"))
  cost: number;

  @Field(() => DongScalar, { description: "State support asked for, đồng; the rest is counterpart funds." })
  @IsInt(msg("Kinh phí đề nghị hỗ trợ phải là số nguyên đồng"))
  @Min(0, msg("Kinh phí đề nghị hỗ trợ không được âm"))
  requestedSupport: number;
}

@ArgsType()
export class AddBudgetLineArgs extends ProjectChangeArgs {
  @Field(() => BudgetLineInput, { description: "The cost item." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ"))
  input: BudgetLineInput;
}

@ArgsType()
export class UpdateBudgetLineArgs extends AddBudgetLineArgs {
  @Field(() => ID, { description: "The budget line's id." })
  @IsUUID("all", msg("Mã dòng dự toán không hợp lệ"))
  budgetLineId: string;
}

@ArgsType()
export class RemoveBudgetLineArgs extends ProjectChangeArgs {
  @Field(() => ID, { description: "The budget line's id." })
  @IsUUID("all", msg("Mã dòng dự toán không hợp lệ"))
  budgetLineId: string;
}

@ArgsType()
export class ProjectListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: "Only this plan year." })
  year?: number | null;

  @Field(() => [ProjectStateEnum], { nullable: true, description: "Only these states." })
  @ArrayMaxSize(20, msg("Tối đa 20 trạng thái"))
  states?: ProjectState[] | null;

  @Field(() => String, { nullable: true, description: "Only this commune." })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Only đề án with an activity on this target line." })
  @IsUUID("all", msg("Mã dòng chỉ tiêu không hợp lệ"))
  targetLineId?: string | null;

  @Field(() => FundSourceEnum, { nullable: true, description: "Only this fund source." })
  fundSource?: FundSource | null;

  @Field(() => String, { nullable: true, description: "Part of the code or title." })
  @MaxLength(100, msg("Từ khoá tìm kiếm có tối đa 100 ký tự"))
  search?: string | null;
}
