import { CAPABILITIES, CAPABILITY_LABELS, type Capability } from "@khuyencong/domain";
import { registerEnumType } from "type-graphql";

/** The domain's capabilities as a GraphQL enum; values and descriptions come from `@khuyencong/domain`. */
export const CapabilityEnum = Object.fromEntries(CAPABILITIES.map((c) => [c, c])) as {
  [C in Capability]: C;
};

registerEnumType(CapabilityEnum, {
  name: "Capability",
  description:
    "Something a user may do, granted to roles by the domain's access table (ROLE_CAPABILITIES). The admin app shows a menu, page or button only when `me.capabilities` holds what it needs.",
  valuesConfig: Object.fromEntries(CAPABILITIES.map((c) => [c, { description: CAPABILITY_LABELS[c] }])),
});
