import { ApolloServer } from "@apollo/server";
import { Arg, buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { bigintToNumber } from "../src/db/columns.js";
import { DongScalar } from "../src/graphql/scalars.js";

// In its own file: the classes below register in type-graphql's global metadata, which the app's schema
// and permission tests must not see.
describe("Dong scalar", () => {
  @ObjectType({ description: "test" })
  class Budget {
    @Field(() => DongScalar, { description: "test" })
    amount: number;
  }

  @Resolver()
  class BudgetResolver {
    @Query(() => Budget, { description: "test" })
    budget(@Arg("amount", () => DongScalar, { description: "test" }) amount: number): Budget {
      return { amount };
    }
  }

  it("carries amounts beyond GraphQL Int through Apollo, and refuses unsafe ones", async () => {
    const apollo = new ApolloServer({ schema: await buildSchema({ resolvers: [BudgetResolver] }) });
    await apollo.start();
    try {
      const ok = await apollo.executeOperation({ query: "{ budget(amount: 12345678901234) { amount } }" });
      expect(ok.body.kind === "single" && ok.body.singleResult.data).toEqual({
        budget: { amount: 12_345_678_901_234 },
      });
      const tooBig = await apollo.executeOperation({
        query: "{ budget(amount: 9007199254740993) { amount } }",
      });
      expect(tooBig.body.kind === "single" && tooBig.body.singleResult.errors?.length).toBe(1);
      const fraction = await apollo.executeOperation({ query: "{ budget(amount: 1.5) { amount } }" });
      expect(fraction.body.kind === "single" && fraction.body.singleResult.errors?.length).toBe(1);
    } finally {
      await apollo.stop();
    }
    expect(DongScalar.name).toBe("Dong");
  });
});

describe("bigint columns", () => {
  it("read PostgreSQL's strings as numbers and refuse what is not a safe integer", () => {
    expect(bigintToNumber.from("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(bigintToNumber.from(null)).toBeNull();
    expect(() => bigintToNumber.from("9007199254740993")).toThrow(RangeError);
    expect(bigintToNumber.to(1_500_000_000_000)).toBe(1_500_000_000_000);
    expect(() => bigintToNumber.to(0.5)).toThrow(RangeError);
    expect(() => bigintToNumber.to("12")).toThrow(RangeError);
  });
});
