import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { msg } from "../graphql/validation.js";

@ArgsType()
export class ProgrammeProgressArgs {
  // The programme's period is checked by the service (it is data); this only keeps nonsense out.
  @Field(() => Int, {
    description:
      "The year to judge progress as of (inclusive), within a programme's period, e.g. 2026–2030; it also picks the programme.",
  })
  @Min(1900, msg("Năm không hợp lệ"))
  @Max(2999, msg("Năm không hợp lệ"))
  asOfYear: number;
}
