import type { ActivityKind, FundSource } from "@khuyencong/domain";
import { IsInt, IsUUID, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { ActivityKindEnum, FundSourceEnum } from "../graphql/enums.js";
import { CalendarDateScalar, DongScalar } from "../graphql/scalars.js";
import { msg } from "../graphql/validation.js";

const NOT_BLANK = /\S/;

@ArgsType()
export class CreateEnvelopeArgs {
  @Field(() => Int, { description: "Budget year." })
  @Min(2000, msg("Năm không hợp lệ"))
  @Max(2100, msg("Năm không hợp lệ"))
  year: number;

  @Field(() => FundSourceEnum, { description: "Fund source." })
  fundSource: FundSource;

  @Field(() => DongScalar, { description: "Amount assigned, đồng." })
  @IsInt(msg("Số tiền phải là số nguyên đồng"))
  @Min(0, msg("Số tiền không được âm"))
  amount: number;

  @Field(() => String, { nullable: true, description: "Number of the decision assigning it." })
  @MaxLength(64, msg("Số quyết định có tối đa 64 ký tự"))
  decisionNumber?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of that decision (YYYY-MM-DD)." })
  decisionDate?: string | null;
}

@ArgsType()
export class UpdateEnvelopeArgs {
  @Field(() => ID, { description: "The envelope." })
  @IsUUID("all", msg("Mã dự toán không hợp lệ"))
  id: string;

  @Field(() => Int, { description: "The version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;

  @Field(() => DongScalar, { description: "New amount, đồng; not below what is allocated." })
  @IsInt(msg("Số tiền phải là số nguyên đồng"))
  @Min(0, msg("Số tiền không được âm"))
  amount: number;

  @Field(() => String, { nullable: true, description: "Number of the decision." })
  @MaxLength(64, msg("Số quyết định có tối đa 64 ký tự"))
  decisionNumber?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Date of the decision (YYYY-MM-DD)." })
  decisionDate?: string | null;
}

@ArgsType()
export class RequestPaymentArgs {
  @Field(() => ID, { description: "The đề án." })
  @IsUUID("all", msg("Mã đề án không hợp lệ"))
  projectId: string;

  @Field(() => String, {
    description:
      "A key the client makes once per request (e.g. a UUID); sending the same key again returns the same request.",
  })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, msg("Mã đề nghị phải gồm 8–64 ký tự chữ, số, '-' hoặc '_'"))
  requestKey: string;

  @Field(() => String, { description: "ADVANCE, PAYMENT or FINAL." })
  @Matches(/^(ADVANCE|PAYMENT|FINAL)$/, msg("Loại đề nghị phải là ADVANCE, PAYMENT hoặc FINAL"))
  kind: "ADVANCE" | "PAYMENT" | "FINAL";

  @Field(() => DongScalar, { description: "Amount, đồng." })
  @IsInt(msg("Số tiền phải là số nguyên đồng"))
  @Min(1, msg("Số tiền phải lớn hơn 0"))
  amount: number;

  @Field(() => Int, {
    nullable: true,
    description: "Advances: share of the cost invested or works done, in basis points (7500 = 75 %).",
  })
  @Min(0, msg("Tỷ lệ không được âm"))
  @Max(10_000, msg("Tỷ lệ tối đa 100%"))
  progress?: number | null;
}

@ArgsType()
export class PayRequestArgs {
  @Field(() => ID, { description: "The payment request." })
  @IsUUID("all", msg("Mã đề nghị không hợp lệ"))
  id: string;

  @Field(() => CalendarDateScalar, { description: "Value date (YYYY-MM-DD)." })
  paidOn: string;

  @Field(() => String, { description: "The Treasury's voucher number." })
  @MaxLength(64, msg("Số chứng từ có tối đa 64 ký tự"))
  treasuryReference: string;
}

@ArgsType()
export class RefuseRequestArgs {
  @Field(() => ID, { description: "The payment request." })
  @IsUUID("all", msg("Mã đề nghị không hợp lệ"))
  id: string;

  @Field(() => String, { description: "Why it is refused." })
  @MaxLength(5_000, msg("Lý do có tối đa 5.000 ký tự"))
  reason: string;
}

@ArgsType()
export class RecordRefundArgs {
  @Field(() => ID, { description: "The đề án." })
  @IsUUID("all", msg("Mã đề án không hợp lệ"))
  projectId: string;

  @Field(() => Int, { description: "The đề án's version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;

  @Field(() => DongScalar, { description: "Amount returned to the budget, đồng." })
  @IsInt(msg("Số tiền phải là số nguyên đồng"))
  amount: number;
}

@ArgsType()
export class PriorSupportArgs {
  @Field(() => ID, { description: "The facility." })
  @IsUUID("all", msg("Mã cơ sở không hợp lệ"))
  facilityId: string;

  @Field(() => ActivityKindEnum, { description: "Kind of activity supported." })
  activityKind: ActivityKind;

  @Field(() => String, { description: "Cost item supported." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập nội dung chi"))
  @MaxLength(300, msg("Nội dung chi có tối đa 300 ký tự"))
  costItem: string;

  @Field(() => String, { description: "Programme or decision it came from." })
  @Matches(NOT_BLANK, msg("Vui lòng nhập nguồn hỗ trợ"))
  @MaxLength(300, msg("Nguồn hỗ trợ có tối đa 300 ký tự"))
  source: string;

  @Field(() => Int, { description: "Year." })
  @Min(1990, msg("Năm không hợp lệ"))
  @Max(2100, msg("Năm không hợp lệ"))
  year: number;

  @Field(() => DongScalar, { nullable: true, description: "Amount, đồng, if known." })
  @IsInt(msg("Số tiền phải là số nguyên đồng"))
  @Min(0, msg("Số tiền không được âm"))
  amount?: number | null;
}
