/**
 * GraphQL reads over real HTTP against a real PostgreSQL holding a year and a half of the programme
 * (see seed.ts). Hooks sit at the file level: vitest's benchmark runner runs only those.
 */
import { afterAll, beforeAll, bench, describe } from "vitest";
import { startTestServer, type TestServer, type TestUser } from "../test/harness.js";
import {
  DASHBOARD,
  FACILITIES_PAGE,
  ME,
  PROGRAMME,
  PROJECTS_PAGE,
  REQUEST_BENCH,
  request,
  SUPPORT_CALCULATION,
} from "./graphql.js";
import { type SeedReport, seedVolume } from "./seed.js";

let t: TestServer;
let manager: TestUser;
let seeded: SeedReport;

interface ProjectsPage {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { beneficiaries: unknown[]; activities: unknown[]; budgetLines: { normExplanation: string }[] }[];
  };
}

/** Reads every đề án back through the page query: the SQL-made rows must serialise like the API's own. */
async function checkShapes(): Promise<void> {
  let after: string | null = null;
  let rows = 0;
  let lines = 0;
  do {
    const page: ProjectsPage = await request<ProjectsPage>(t, manager.token, PROJECTS_PAGE, {
      first: 100,
      after,
    });
    rows += page.projects.nodes.length;
    for (const node of page.projects.nodes) {
      if (node.beneficiaries.length === 0 || node.activities.length === 0)
        throw new Error("a đề án lost its parts");
      lines += node.budgetLines.length;
    }
    after = page.projects.pageInfo.hasNextPage ? page.projects.pageInfo.endCursor : null;
  } while (after);
  if (rows !== seeded.projects || lines !== seeded.budgetLines) {
    throw new Error(`read back ${rows} đề án and ${lines} budget lines, seeded ${JSON.stringify(seeded)}`);
  }
}

beforeAll(async () => {
  t = await startTestServer();
  manager = await t.createUser("DEPARTMENT");
  seeded = await seedVolume(t, manager);
  await checkShapes();
  const search = await request<{ facilities: { totalCount: number } }>(t, manager.token, FACILITIES_PAGE, {
    search: "gom",
    first: 50,
  });
  console.info(
    `seeded ${JSON.stringify(seeded)}; facilities(search: "gom") matches ${search.facilities.totalCount}`,
  );
});
afterAll(() => t?.close());

describe("graphql reads", () => {
  bench(
    "me (floor: HTTP + session lookup)",
    async () => {
      await request(t, manager.token, ME);
    },
    REQUEST_BENCH,
  );

  bench(
    "projects(first: 50) with beneficiaries, commune, budgetLines, activities{targetLine}, totals",
    async () => {
      await request(t, manager.token, PROJECTS_PAGE, { first: 50 });
    },
    // The slowest request: a longer window, so that p99 rests on a hundred samples or more.
    { ...REQUEST_BENCH, time: 5_000, iterations: 100 },
  );

  bench(
    "facilities(first: 50), no filter",
    async () => {
      await request(t, manager.token, FACILITIES_PAGE, { first: 50 });
    },
    REQUEST_BENCH,
  );

  bench(
    'facilities(search: "gom", first: 50)',
    async () => {
      await request(t, manager.token, FACILITIES_PAGE, { search: "gom", first: 50 });
    },
    REQUEST_BENCH,
  );

  bench(
    "programme { findings groups { lines { yearlyTargets } } }",
    async () => {
      await request(t, manager.token, PROGRAMME);
    },
    REQUEST_BENCH,
  );

  bench(
    "the dashboard: programmeProgress + attainment(GROUP, 2026–2027) + moneyBreakdown by fund and by state",
    async () => {
      await request(t, manager.token, DASHBOARD, { year: 2027, years: [2026, 2027] });
    },
    REQUEST_BENCH,
  );

  let cost = 0;
  bench(
    "supportCalculation(MACHINERY, LOCAL, cost varies)",
    async () => {
      cost = (cost + 37) % 1_500;
      await request(t, manager.token, SUPPORT_CALCULATION, {
        kind: "MACHINERY",
        fund: "LOCAL",
        date: "2026-11-28",
        cost: (100 + cost) * 1_000_000,
        requested: 300_000_000,
      });
    },
    REQUEST_BENCH,
  );
});
