import {
  BENEFICIARY_KIND_LABELS,
  type BeneficiaryKind,
  CRITERION_LABELS,
  type CriterionCode,
  type EligibilityResult,
} from "@khuyencong/domain";
import { Field, ObjectType } from "type-graphql";
import { CitationType } from "../graphql/citation.type.js";

@ObjectType({ description: "One eligibility criterion's verdict, explained." })
export class EligibilityCriterion {
  @Field(() => String, {
    description:
      "Stable code: APPLICABLE_RULES, SUBJECT_KIND, ENTERPRISE_SIZE, PRODUCTION_SITE, SECTOR, SECTOR_EXCLUSION, ACTIVITY_CONDITION.",
  })
  code: CriterionCode;

  @Field(() => String, { description: "Vietnamese heading of the criterion." })
  label: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true passed, false failed (not eligible), null does not decide (not applicable, a notice, or to check at appraisal).",
  })
  passed: boolean | null;

  @Field(() => String, { description: "Why, in Vietnamese, with the facts it rests on." })
  reason: string;

  @Field(() => CitationType, { description: "The rule's legal source." })
  citation: CitationType;
}

@ObjectType({ description: "Whether a facility may benefit from an activity, criterion by criterion." })
export class EligibilityAnswer {
  @Field(() => Boolean, { description: "True exactly when no criterion failed." })
  eligible: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The beneficiary kind the facility was assessed as (RURAL_ESTABLISHMENT, …), or null.",
  })
  assessedAs: BeneficiaryKind | null;

  @Field(() => String, { nullable: true, description: "Vietnamese name of `assessedAs`." })
  assessedAsLabel: string | null;

  @Field(() => [EligibilityCriterion], { description: "Every criterion, in a fixed order." })
  criteria: EligibilityCriterion[];

  static from(result: EligibilityResult): EligibilityAnswer {
    return Object.assign(new EligibilityAnswer(), {
      eligible: result.eligible,
      assessedAs: result.assessedAs,
      assessedAsLabel: result.assessedAs ? BENEFICIARY_KIND_LABELS[result.assessedAs] : null,
      criteria: result.criteria.map((c) =>
        Object.assign(new EligibilityCriterion(), {
          code: c.code,
          label: CRITERION_LABELS[c.code],
          passed: c.passed,
          reason: c.reason,
          citation: CitationType.from(c.citation),
        }),
      ),
    });
  }
}
