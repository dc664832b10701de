import { bench, describe } from "vitest";
import {
  ACTIVITY_KINDS,
  computeSupport,
  createNormTable,
  FUND_LEVELS,
  MILLION,
  SEED_NORMS,
  type SupportQuery,
} from "../src/index.js";

const TABLE = createNormTable(SEED_NORMS);

/*
 * Every activity kind from both funds, on dates before and after the city's 2025 resolution, with costs
 * from 20 trđ to 3 tỷ and a request on every other query: rate-bound, cap-bound, cost-bound and no-norm
 * answers (training, communication… have none) in the proportions a year's budget lines would give.
 */
const COSTS = [20, 150, 600, 1_200, 3_000].map((m) => m * MILLION);
const DATES = ["2025-03-01", "2026-04-15", "2027-09-30"];
const QUERIES: SupportQuery[] = ACTIVITY_KINDS.flatMap((activityKind, k) =>
  FUND_LEVELS.flatMap((fundLevel, f) =>
    COSTS.map((eligibleCost, c) => {
      const base = {
        activityKind,
        fundLevel,
        date: DATES[(k + f + c) % DATES.length] as string,
        eligibleCost,
      };
      return c % 2 === 0 ? base : { ...base, requested: Math.floor(eligibleCost * 0.6) };
    }),
  ),
);

let next = 0;

describe("norms", () => {
  bench(
    `computeSupport, one call cycling through ${QUERIES.length} queries (23 kinds × 2 funds × 5 costs)`,
    () => {
      computeSupport(TABLE, QUERIES[next++ % QUERIES.length] as SupportQuery);
    },
  );

  bench(`computeSupport, all ${QUERIES.length} queries (one đề án screen ≈ 5–10 of them)`, () => {
    for (const query of QUERIES) computeSupport(TABLE, query);
  });

  // The API validates the table once per request that needs it (norms are editable configuration).
  bench(`createNormTable(SEED_NORMS), ${SEED_NORMS.length} versions validated`, () => {
    createNormTable(SEED_NORMS);
  });
});
