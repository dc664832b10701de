import { MaxLength, Matches } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { msg } from "../graphql/validation.js";

/** Decoded size limit. The GraphQL body is capped at 1 MiB and base64 adds a third: 720 KiB fits. */
export const IMPORT_MAX_BYTES = 720 * 1024;
/** Rows of data a file may hold; a larger register is split into several files. */
export const IMPORT_MAX_ROWS = 2000;

@ArgsType()
export class ImportFacilitiesArgs {
  @Field(() => String, {
    description: `The .xlsx file, base64-encoded (at most ${IMPORT_MAX_BYTES / 1024} KiB decoded, ${IMPORT_MAX_ROWS} rows).`,
  })
  @Matches(/^[A-Za-z0-9+/=\s]*$/, msg("Nội dung tệp không đúng dạng base64"))
  fileBase64: string;

  @Field(() => Boolean, {
    description:
      "true: check every row and save nothing. false: save every row, or nothing if a row is wrong.",
  })
  dryRun: boolean;

  @Field(() => String, { nullable: true, description: "The file's name, for the audit log." })
  @MaxLength(255, msg("Tên tệp có tối đa 255 ký tự"))
  fileName?: string | null;
}

@ObjectType({ description: "One problem of an imported row, in the column where it lies." })
export class FacilityImportError {
  @Field(() => String, {
    description: "Header of the column at fault, as in the template; empty for the row.",
  })
  column: string;

  @Field(() => String, { description: "What is wrong, in Vietnamese." })
  message: string;
}

@ObjectType({ description: "One data row of the imported file." })
export class FacilityImportRow {
  @Field(() => Int, { description: "Row number in the sheet (the header is row 1)." })
  row: number;

  @Field(() => String, { nullable: true, description: "The facility's name as read, if any." })
  name: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The production commune as recognised, e.g. `Xã An Hưng`.",
  })
  communeName: string | null;

  @Field(() => [FacilityImportError], {
    description: "Every problem of the row; empty when it can be imported.",
  })
  errors: FacilityImportError[];

  @Field(() => ID, { nullable: true, description: "The facility created from the row (real import only)." })
  facilityId: string | null;
}

@ObjectType({ description: "The outcome of checking or importing a facility file." })
export class FacilityImportResult {
  @Field(() => Boolean, { description: "True when nothing was saved on purpose (a dry run)." })
  dryRun: boolean;

  @Field(() => Int, { description: "Facilities created: 0 on a dry run." })
  importedCount: number;

  @Field(() => Int, { description: "Data rows read (blank rows are skipped)." })
  rowCount: number;

  @Field(() => Int, { description: "Rows with at least one problem." })
  errorRowCount: number;

  @Field(() => [FacilityImportRow], { description: "Every data row, in sheet order." })
  rows: FacilityImportRow[];
}

@ObjectType({ description: "The import template: an .xlsx with the Vietnamese headers and one example row." })
export class FacilityImportTemplate {
  @Field(() => String, { description: "Suggested file name." })
  fileName: string;

  @Field(() => String, { description: "The .xlsx file, base64-encoded." })
  base64: string;
}
