import { Field, ObjectType } from "type-graphql";
import { DongScalar } from "../graphql/scalars.js";
import type { BudgetLine } from "./project-parts.entity.js";

@ObjectType({ description: "Totals of a đề án's estimate, đồng." })
export class ProjectTotals {
  @Field(() => DongScalar, { description: "Total eligible cost." })
  cost: number;

  @Field(() => DongScalar, { description: "State support asked for." })
  requestedSupport: number;

  @Field(() => DongScalar, { description: "Counterpart funds of the beneficiaries." })
  counterpartFunds: number;

  static of(lines: readonly BudgetLine[]): ProjectTotals {
    const sum = (pick: (l: BudgetLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
    return Object.assign(new ProjectTotals(), {
      cost: sum((l) => l.cost),
      requestedSupport: sum((l) => l.requestedSupport),
      counterpartFunds: sum((l) => l.counterpartFunds),
    });
  }
}
