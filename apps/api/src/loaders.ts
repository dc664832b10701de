import type { EntityManager } from "typeorm";
import { communeLoaders } from "./communes/commune.loaders.js";
import { documentLoaders } from "./documents/document.loaders.js";
import { facilityLoaders } from "./facilities/facility.loaders.js";
import { moneyLoaders } from "./money/money.loaders.js";
import { normLoaders } from "./norms/norm.loaders.js";
import { annualPlanLoaders } from "./plans/annual-plan.loaders.js";
import { programmeLoaders } from "./programme/programme.loaders.js";
import { progressLoaders } from "./progress/progress.loaders.js";
import { projectLoaders } from "./projects/project.loaders.js";
import { implementingUnitLoaders } from "./units/implementing-unit.loaders.js";
import { userLoaders } from "./users/user.loaders.js";

/**
 * Per-request DataLoaders: a list of 100 audit entries asks for their 100 users in one query. Each feature
 * declares its loaders in `<feature>/<name>.loaders.ts` (entities and EntityManager-only reads, never a
 * service, so that context.ts → loaders.ts never leads back to context.ts); this only assembles them.
 * A new relation field adds a loader to its feature's file and resolves through `ctx.loaders`.
 */
export function createLoaders(em: EntityManager) {
  return {
    ...userLoaders(em),
    ...communeLoaders(em),
    ...implementingUnitLoaders(em),
    ...programmeLoaders(em),
    ...annualPlanLoaders(em),
    ...facilityLoaders(em),
    ...projectLoaders(em),
    ...moneyLoaders(em),
    ...normLoaders(em),
    ...documentLoaders(em),
    ...progressLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
