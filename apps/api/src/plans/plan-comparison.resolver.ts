import { Ctx as Context, FieldResolver, Resolver, Root } from "type-graphql";
import { Commune } from "../communes/commune.entity.js";
import type { Ctx } from "../context.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import * as comparisonService from "./plan-comparison.service.js";
import {
  PlanCommuneTotal,
  PlanComparison,
  PlanFundSourceTotal,
  PlanLineComparison,
  PlanTotal,
  PlanUnitTotal,
} from "./plan-comparison.types.js";
import { COST, Heavy } from "../graphql/limits.js";

/** Each list is one SQL aggregate, run only when the query asks for it. */
@Resolver(() => PlanComparison)
export class PlanComparisonResolver {
  @Heavy()
  @FieldResolver(() => [PlanLineComparison], {
    complexity: COST.PLAN_AGGREGATE,
    description:
      "Every target line of the programme, in document order: target for the year, registered, difference.",
  })
  lines(@Root() comparison: PlanComparison, @Context() ctx: Ctx): Promise<PlanLineComparison[]> {
    return comparisonService.lineComparisons(ctx, comparison.plan);
  }

  @Heavy()
  @FieldResolver(() => [PlanFundSourceTotal], {
    complexity: COST.PLAN_AGGREGATE,
    description: "Totals by fund source; every source listed.",
  })
  byFundSource(@Root() comparison: PlanComparison, @Context() ctx: Ctx): Promise<PlanFundSourceTotal[]> {
    return comparisonService.fundSourceTotals(ctx, comparison.plan);
  }

  @Heavy()
  @FieldResolver(() => [PlanCommuneTotal], {
    complexity: COST.PLAN_AGGREGATE,
    description: "Totals by registering commune, by commune code.",
  })
  byCommune(@Root() comparison: PlanComparison, @Context() ctx: Ctx): Promise<PlanCommuneTotal[]> {
    return comparisonService.communeTotals(ctx, comparison.plan);
  }

  @Heavy()
  @FieldResolver(() => [PlanUnitTotal], {
    complexity: COST.PLAN_AGGREGATE,
    description: "Totals by registering implementing unit, by name.",
  })
  byUnit(@Root() comparison: PlanComparison, @Context() ctx: Ctx): Promise<PlanUnitTotal[]> {
    return comparisonService.unitTotals(ctx, comparison.plan);
  }

  @Heavy()
  @FieldResolver(() => PlanTotal, {
    complexity: COST.PLAN_AGGREGATE,
    description: "Totals over every registration counted.",
  })
  total(@Root() comparison: PlanComparison, @Context() ctx: Ctx): Promise<PlanTotal> {
    return comparisonService.planTotal(ctx, comparison.plan);
  }
}

@Resolver(() => PlanLineComparison)
export class PlanLineComparisonResolver {
  @FieldResolver(() => TargetLine, { description: "The target line." })
  async targetLine(@Root() line: PlanLineComparison, @Context() ctx: Ctx): Promise<TargetLine> {
    return (await ctx.loaders.targetLineById.load(line.targetLineId)) as TargetLine;
  }
}

@Resolver(() => PlanCommuneTotal)
export class PlanCommuneTotalResolver {
  @FieldResolver(() => Commune, { description: "The commune." })
  async commune(@Root() total: PlanCommuneTotal, @Context() ctx: Ctx): Promise<Commune> {
    return (await ctx.loaders.communeByCode.load(total.communeCode)) as Commune;
  }
}

@Resolver(() => PlanUnitTotal)
export class PlanUnitTotalResolver {
  @FieldResolver(() => ImplementingUnit, { description: "The implementing unit." })
  async unit(@Root() total: PlanUnitTotal, @Context() ctx: Ctx): Promise<ImplementingUnit> {
    return (await ctx.loaders.unitById.load(total.unitId)) as ImplementingUnit;
  }
}
