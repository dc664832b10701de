import type { AuditFinding, FindingCode, FindingSeverity } from "@khuyencong/domain";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The target of a line for one year; null where the appendix cell is blank." })
export class YearTarget {
  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => Int, { nullable: true, description: "Target quantity in the line's unit; null where blank." })
  target: number | null;
}

@ObjectType({ description: "A figure compared by the audit." })
export class FindingFigure {
  @Field(() => String, { description: "What the figure is, e.g. `sumOfYears`, `printedTotal`, `bodyValue`." })
  name: string;

  @Field(() => String, { nullable: true, description: "Its value, as text (numbers and units alike)." })
  value: string | null;
}

@ObjectType({ description: "Something the consistency audit of the programme's own figures found." })
export class AuditFindingType {
  @Field(() => String, {
    description: "ERROR (the document contradicts itself), WARNING (needs judgement) or INFO.",
  })
  severity: FindingSeverity;

  @Field(() => String, {
    description:
      "Stable code: SUM_MISMATCH, BODY_TABLE_MISMATCH, BODY_FIGURE_MISSING_IN_TABLE, BODY_UNIT_DIFFERS, NO_TARGET, UNIT_MISMATCH, UNKNOWN_UNIT, REPEATED_TEXT.",
  })
  code: FindingCode;

  @Field(() => String, { description: "The row (`II.7`) or group (`I`) concerned." })
  rowCode: string;

  @Field(() => String, { description: "What is wrong, in Vietnamese." })
  message: string;

  @Field(() => [FindingFigure], { description: "The figures involved." })
  figures: FindingFigure[];

  @Field(() => String, { description: "Where to look in the decision." })
  location: string;

  static from(finding: AuditFinding): AuditFindingType {
    return Object.assign(new AuditFindingType(), {
      ...finding,
      figures: Object.entries(finding.figures).map(([name, value]) =>
        Object.assign(new FindingFigure(), { name, value: value === null ? null : String(value) }),
      ),
    });
  }
}
