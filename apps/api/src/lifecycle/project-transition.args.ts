import { formatInteger, PROJECT_LIMITS } from "@khuyencong/domain";
import { ArrayMaxSize, IsInt, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";
import { ProjectChangeArgs } from "../projects/project.args.js";

/* Dates are CalendarDate (a real day, refused before any resolver otherwise); the domain's lifecycle rules
 * check them again, naming the field in Vietnamese, for callers other than GraphQL. */

@ArgsType()
export class ReasonArgs extends ProjectChangeArgs {
  @Field(() => String, { description: "Why, in words the drafter can act on." })
  @MaxLength(
    PROJECT_LIMITS.maxReason,
    msg(`Lý do có tối đa ${formatInteger(PROJECT_LIMITS.maxReason)} ký tự`),
  )
  reason: string;
}

@ArgsType()
export class AppraiseArgs extends ProjectChangeArgs {
  @Field(() => CalendarDateScalar, { description: "Date of the appraisal (YYYY-MM-DD)." })
  appraisedOn: string;

  @Field(() => String, { description: "The appraisal's opinion (ý kiến thẩm định)." })
  @MaxLength(
    PROJECT_LIMITS.maxOpinion,
    msg(`Ý kiến thẩm định có tối đa ${formatInteger(PROJECT_LIMITS.maxOpinion)} ký tự`),
  )
  opinion: string;
}

@ArgsType()
export class DecisionArgs extends ProjectChangeArgs {
  @Field(() => String, { description: "Number of the decision, e.g. `1234/QĐ-UBND`." })
  @MaxLength(PROJECT_LIMITS.maxActNumber, msg(`Số quyết định có tối đa ${PROJECT_LIMITS.maxActNumber} ký tự`))
  decisionNumber: string;

  @Field(() => CalendarDateScalar, { description: "Date of the decision (YYYY-MM-DD)." })
  decisionDate: string;
}

@ArgsType()
export class ContractArgs extends ProjectChangeArgs {
  @Field(() => String, { description: "Number of the contract or assignment." })
  @MaxLength(PROJECT_LIMITS.maxActNumber, msg(`Số hợp đồng có tối đa ${PROJECT_LIMITS.maxActNumber} ký tự`))
  contractNumber: string;

  @Field(() => CalendarDateScalar, { description: "Date of the contract (YYYY-MM-DD)." })
  contractDate: string;
}

@ArgsType()
export class ApproveArgs extends DecisionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Why support is allowed although the facility was already supported for the same item (double-support guard).",
  })
  @MaxLength(
    PROJECT_LIMITS.maxReason,
    msg(`Lý do có tối đa ${formatInteger(PROJECT_LIMITS.maxReason)} ký tự`),
  )
  doubleSupportJustification?: string | null;
}

@InputType({ description: "The actual output of one activity, as the acceptance records it." })
export class AcceptedOutputInput {
  @Field(() => ID, { description: "The activity." })
  activityId: string;

  @Field(() => Int, { description: "Actual output in the target line's unit." })
  @Min(0, msg("Khối lượng nghiệm thu không được âm"))
  actualQuantity: number;
}

@InputType({ description: "The eligible cost accepted for one budget line." })
export class AcceptedCostInput {
  @Field(() => ID, { description: "The budget line." })
  budgetLineId: string;

  @Field(() => DongScalar, { description: "Eligible cost accepted, đồng." })
  @IsInt(msg("Chi phí nghiệm thu phải là số nguyên đồng"))
  @Min(0, msg("Chi phí nghiệm thu không được âm"))
  acceptedCost: number;
}

@ArgsType()
export class AcceptArgs extends ProjectChangeArgs {
  @Field(() => CalendarDateScalar, { description: "Date of the acceptance minutes (YYYY-MM-DD)." })
  acceptedOn: string;

  @Field(() => [AcceptedOutputInput], { description: "Actual output of every activity." })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ", { each: true }))
  @ArrayMaxSize(200, msg("Tối đa 200 nội dung"))
  outputs: AcceptedOutputInput[];

  @Field(() => [AcceptedCostInput], {
    nullable: true,
    description:
      "Eligible cost accepted per budget line; a line not listed is accepted at its estimated cost.",
  })
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ", { each: true }))
  @ArrayMaxSize(500, msg("Tối đa 500 dòng"))
  acceptedCosts?: AcceptedCostInput[] | null;
}

@ArgsType()
export class SettleArgs extends ProjectChangeArgs {
  @Field(() => CalendarDateScalar, {
    description:
      "Date of the settlement (YYYY-MM-DD). The amounts are computed from the accepted costs and the payments.",
  })
  settledOn: string;
}
