import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { msg } from "../graphql/validation.js";

@ArgsType()
export class ReportDownloadsArgs {
  // The programme's period (2026–2030) is checked by the service: it is data.
  @Field(() => Int, { description: "The report year, within the programme's period, e.g. 2026." })
  @Min(1900, msg("Năm không hợp lệ"))
  @Max(2999, msg("Năm không hợp lệ"))
  year: number;
}

@ObjectType({ description: "A report the signed-in user may download, as Excel and as CSV." })
export class ReportDownload {
  @Field(() => String, {
    description: "Stable key: `progress`, `annual` (Sở Công Thương's yearly report) or `plan-registrations`.",
  })
  kind: string;

  @Field(() => String, { description: "Vietnamese title to show." })
  title: string;

  @Field(() => String, {
    description:
      "Path of the .xlsx file (GET with the same Bearer token), e.g. `/reports/progress/2026.xlsx`.",
  })
  xlsxPath: string;

  @Field(() => String, { description: "Path of the .csv file of the report's main table (UTF-8 with BOM)." })
  csvPath: string;
}
