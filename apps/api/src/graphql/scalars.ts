import { GraphQLScalarType } from "graphql";
import { GraphQLSafeInt } from "graphql-scalars";

/**
 * An amount of money in đồng. GraphQL `Int` stops at 2^31 − 1 (about 2,1 tỷ đồng), too small for budgets;
 * this is graphql-scalars' SafeInt (±2^53 − 1) under a name that says what it holds. Use it with
 * `@Field(() => DongScalar)` and `@Column(dongColumn())`.
 */
export const DongScalar = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: "Dong",
  description:
    "An amount of money in Vietnamese đồng (VND), as an integer: graphql-scalars' SafeInt, range ±(2^53 − 1).",
});
