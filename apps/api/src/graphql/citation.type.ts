import { type Citation, formatCitation, type VerificationStatus } from "@khuyencong/domain";
import { Field, ObjectType } from "type-graphql";
import { VerificationStatusEnum } from "./enums.js";

@ObjectType({ description: "Where a rule comes from in the law, and how far it was verified." })
export class CitationType {
  @Field(() => String, { description: "The legal document, e.g. `Thông tư 28/2018/TT-BTC`." })
  document: string;

  @Field(() => String, { nullable: true, description: "Article (Điều), if known." })
  article: string | null;

  @Field(() => String, { nullable: true, description: "Clause (khoản), if known." })
  clause: string | null;

  @Field(() => String, { nullable: true, description: "Point (điểm), if known." })
  point: string | null;

  @Field(() => String, { nullable: true, description: "What was and was not checked, in Vietnamese." })
  note: string | null;

  @Field(() => VerificationStatusEnum, { description: "How far the value was checked against the text." })
  status: VerificationStatus;

  @Field(() => String, { description: "The citation as a Vietnamese official reads it, with its status." })
  text: string;

  static from(citation: Citation): CitationType {
    return Object.assign(new CitationType(), {
      document: citation.document,
      article: citation.article ?? null,
      clause: citation.clause ?? null,
      point: citation.point ?? null,
      note: citation.note ?? null,
      status: citation.status,
      text: formatCitation(citation),
    });
  }
}
