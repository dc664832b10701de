import { COMMUNE_REPORT_LIMITS } from "@khuyencong/domain";
import { ArrayMaxSize, IsInt, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { msg } from "../graphql/validation.js";

const NOT_BLANK = /\S/;
/** More lines than the programme has target lines is never a real report. */
const MAX_LINES = 200;

@ArgsType()
export class CommuneReportYearArgs {
  // The programme's years are data: the service checks the year has a programme.
  @Field(() => Int, { description: "The year reported on, within the programme's period." })
  @Min(1900, msg("Năm báo cáo không hợp lệ"))
  @Max(2999, msg("Năm báo cáo không hợp lệ"))
  year: number;
}

@ArgsType()
export class CommuneReportOfArgs extends CommuneReportYearArgs {
  @Field(() => String, {
    nullable: true,
    description: "The commune's code; a commune officer's own commune when omitted.",
  })
  @MaxLength(64, msg("Mã xã có tối đa 64 ký tự"))
  communeCode?: string | null;
}

@InputType({ description: "The result on one target line." })
export class CommuneReportLineInput {
  @Field(() => ID, { description: "Id of the programme's target line." })
  @IsUUID("all", msg("Dòng chỉ tiêu không hợp lệ"))
  targetLineId: string;

  @Field(() => Int, { description: "What was achieved in the year, in the line's unit (0 or more)." })
  @IsInt(msg("Kết quả đạt được phải là số nguyên"))
  @Min(0, msg("Kết quả đạt được không được âm"))
  @Max(COMMUNE_REPORT_LIMITS.maxAchieved, msg("Kết quả đạt được quá lớn"))
  achieved: number;

  @Field(() => String, { nullable: true, description: "A note on the line." })
  @MaxLength(COMMUNE_REPORT_LIMITS.maxNote, msg(`Ghi chú có tối đa ${COMMUNE_REPORT_LIMITS.maxNote} ký tự`))
  note?: string | null;
}

@ArgsType()
export class SaveCommuneReportArgs extends CommuneReportOfArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      "The report's version the client last read; omit it to start the year's report (CONFLICT if it exists).",
  })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version?: number | null;

  @Field(() => String, { nullable: true, description: "General remarks on the year." })
  @MaxLength(COMMUNE_REPORT_LIMITS.maxNote, msg(`Ghi chú có tối đa ${COMMUNE_REPORT_LIMITS.maxNote} ký tự`))
  note?: string | null;

  @Field(() => [CommuneReportLineInput], {
    description: "Every line of the report (they replace the lines saved before); one per target line.",
  })
  @ArrayMaxSize(MAX_LINES, msg(`Báo cáo có tối đa ${MAX_LINES} dòng`))
  @ValidateNested(msg("Dữ liệu nhập không hợp lệ", { each: true }))
  lines: CommuneReportLineInput[];
}

@ArgsType()
export class CommuneReportVersionArgs {
  @Field(() => ID, { description: "The report's id." })
  @IsUUID("all", msg("Mã báo cáo không hợp lệ"))
  id: string;

  @Field(() => Int, { description: "The report's version the client last read." })
  @Min(1, msg("Phiên bản không hợp lệ"))
  version: number;
}

@ArgsType()
export class ReturnCommuneReportArgs extends CommuneReportVersionArgs {
  @Field(() => String, {
    description: "What the commune must complete; shown to it and kept in the audit log.",
  })
  @Matches(NOT_BLANK, msg("Vui lòng nhập lý do trả lại báo cáo"))
  @MaxLength(COMMUNE_REPORT_LIMITS.maxReason, msg(`Lý do có tối đa ${COMMUNE_REPORT_LIMITS.maxReason} ký tự`))
  reason: string;
}
