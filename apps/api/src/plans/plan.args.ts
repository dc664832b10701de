import { type FundSource, PLAN_LIMITS } from "@khuyencong/domain";
import { IsInt, IsUUID, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { FundSourceEnum } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";
import { PlanRegistration } from "./plan-registration.entity.js";

const NOT_BLANK = /\S/;
/** The domain's bounds (PLAN_LIMITS), which the admin app checks at the field too. */
export const MAX_ESTIMATED_COST = PLAN_LIMITS.maxEstimatedCost;
export const MAX_QUANTITY = PLAN_LIMITS.maxQuantity;

@ObjectType({ description: "A page of plan registrations." })
export class PlanRegistrationConnection extends Connection(PlanRegistration) {}

@ArgsType()
export class PlanYearArgs {
  // The programme's period is checked by the service (it is data); this only keeps nonsense out.
  @Field(() => Int, { description: "The plan's year, within the programme's period (e.g. 2026–2030)." })
  @Min(1900, msg("Năm kế hoạch không hợp lệ"))
  @Max(2999, msg("Năm kế hoạch không hợp lệ"))
  year: number;
}

@ArgsType()
export class PlanVersionArgs extends PlanYearArgs {
  @Field(() => Int, { description: "The plan's version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;
}

@ArgsType()
export class ReopenAnnualPlanArgs extends PlanVersionArgs {
  @Field(() => String, { description: "Why the plan is reopened; kept in the audit log." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập lý do mở lại kế hoạch"))
  @MaxLength(PLAN_LIMITS.maxReason, msg(`Lý do mở lại có tối đa ${PLAN_LIMITS.maxReason} ký tự`))
  reason: string;
}

@ArgsType()
export class ApproveAnnualPlanArgs extends PlanVersionArgs {
  @Field(() => String, { description: "Number of the approving decision, e.g. `123/QĐ-UBND`." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập số quyết định phê duyệt"))
  @MaxLength(
    PLAN_LIMITS.maxDecisionNumber,
    msg(`Số quyết định có tối đa ${PLAN_LIMITS.maxDecisionNumber} ký tự`),
  )
  decisionNumber: string;

  @Field(() => CalendarDateScalar, {
    description: "Date of the approving decision (YYYY-MM-DD), not in the future.",
  })
  decisionDate: string;
}

@ArgsType()
export class RegistrationIdArgs {
  @Field(() => ID, { description: "The registration's id." })
  @IsUUID("all", msg("Mã đăng ký không hợp lệ"))
  id: string;
}

@ArgsType()
export class WithdrawPlanRegistrationArgs extends RegistrationIdArgs {
  @Field(() => Int, { description: "The version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;
}

@ArgsType()
export class RegisterPlannedActivityArgs extends PlanYearArgs {
  @Field(() => ID, { description: "The programme's target line the activity counts toward." })
  @IsUUID("all", msg("Mã dòng chỉ tiêu không hợp lệ"))
  targetLineId: string;

  @Field(() => Int, { description: "Planned quantity in the line's unit, at least 1." })
  @Min(1, msg("Số lượng phải lớn hơn 0"))
  @Max(MAX_QUANTITY, msg("Số lượng có tối đa 1.000.000"))
  quantity: number;

  @Field(() => DongScalar, { description: "Estimated cost in đồng, 0 or more." })
  @IsInt(msg("Kinh phí dự kiến phải là số nguyên đồng"))
  @Min(0, msg("Kinh phí dự kiến không được âm"))
  @Max(MAX_ESTIMATED_COST, msg("Kinh phí dự kiến của một hoạt động không quá 1.000 tỷ đồng"))
  estimatedCost: number;

  @Field(() => FundSourceEnum, { description: "Where the money is expected to come from." })
  fundSource: FundSource;

  @Field(() => String, {
    nullable: true,
    description:
      "Registering commune. A commune officer's defaults to their own; the department gives a commune or a unit.",
  })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Registering implementing unit. An implementing unit's user defaults to their own.",
  })
  @IsUUID("all", msg("Mã đơn vị thực hiện không hợp lệ"))
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: "Free text: what, where, for whom." })
  @MaxLength(PLAN_LIMITS.maxNote, msg(`Ghi chú có tối đa ${PLAN_LIMITS.maxNote} ký tự`))
  note?: string | null;
}

/** Omitted arguments stay as they are; `note: null` clears the note. The registrant cannot change. */
@ArgsType()
export class UpdatePlanRegistrationArgs extends WithdrawPlanRegistrationArgs {
  @Field(() => ID, { nullable: true, description: "New target line, of the same programme." })
  @IsUUID("all", msg("Mã dòng chỉ tiêu không hợp lệ"))
  targetLineId?: string;

  @Field(() => Int, { nullable: true, description: "New planned quantity, at least 1." })
  @Min(1, msg("Số lượng phải lớn hơn 0"))
  @Max(MAX_QUANTITY, msg("Số lượng có tối đa 1.000.000"))
  quantity?: number;

  @Field(() => DongScalar, { nullable: true, description: "New estimated cost in đồng, 0 or more." })
  @IsInt(msg("Kinh phí dự kiến phải là số nguyên đồng"))
  @Min(0, msg("Kinh phí dự kiến không được âm"))
  @Max(MAX_ESTIMATED_COST, msg("Kinh phí dự kiến của một hoạt động không quá 1.000 tỷ đồng"))
  estimatedCost?: number;

  @Field(() => FundSourceEnum, { nullable: true, description: "New fund source." })
  fundSource?: FundSource;

  @Field(() => String, { nullable: true, description: "New note; null clears it." })
  @MaxLength(PLAN_LIMITS.maxNote, msg(`Ghi chú có tối đa ${PLAN_LIMITS.maxNote} ký tự`))
  note?: string | null;
}
