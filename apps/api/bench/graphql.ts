/** What the benchmarks send, and a request that fails the benchmark instead of timing an error. */
import type { TestServer } from "../test/harness.js";

/** What a benchmark of one HTTP request does per sample: about 2 s of samples after a short warm-up. */
export const REQUEST_BENCH = { time: 2_000, warmupTime: 300, warmupIterations: 5, iterations: 20 };

/** The đề án list page as the admin app asks for it: 50 rows with everything the table and totals show. */
export const PROJECTS_PAGE = `query($first: Int!, $after: String) {
  projects(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title year state stateLabel fundSource proposedOn version
      commune { code displayName }
      beneficiaries { id name legalForm productionCommuneCode }
      activities { id activityKind plannedQuantity actualQuantity targetLine { id code name unit } }
      budgetLines { id costItem cost requestedSupport counterpartFunds allowedSupport boundBy normExplanation }
      totals { cost requestedSupport counterpartFunds }
    }
  }
}`;

export const FACILITIES_PAGE = `query($search: String, $first: Int!) {
  facilities(search: $search, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name legalForm sector taxCode version productionCommune { code displayName } }
  }
}`;

/** The programme page: the audit's findings and the whole target table with its yearly targets. */
export const PROGRAMME = `{
  programme {
    code name years
    findings { severity code rowCode message location figures { name value } }
    groups { code name lines { id code name unit printedTotal sumOfYears yearlyTargets { year target } } }
  }
}`;

export const SUPPORT_CALCULATION = `query($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {
  supportCalculation(activityKind: $kind, fundLevel: $fund, date: $date, eligibleCost: $cost, requested: $requested) {
    allowed boundBy cap rateLimit excess explanation
    citation { text status }
    norm { id label }
  }
}`;

export const CREATE_FACILITY = `mutation($input: FacilityInput!) {
  createFacility(input: $input) { id name version productionCommuneCode legalForm sector }
}`;

/** The cheapest signed-in request: HTTP, JSON, session lookup and one row. The floor of every other figure. */
export const ME = "{ me { id email role } }";

/** The admin app's dashboard request (apps/admin/src/screens/DashboardPage.tsx), as it sends it. */
export const DASHBOARD = `query Dashboard($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) {
    attainment attainmentToDate linesWithTarget linesAchieved linesOnTrack linesBehind
  }
  attainment(groupBy: GROUP, years: $years) {
    year groupCode groupName attainment attainmentToDate linesAchieved linesOnTrack linesBehind
  }
  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) {
    coversAllProjects
    rows { fundSource projectCount approved advanced paid finalSupport }
    total { projectCount approved advanced paid finalSupport }
  }
  byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) {
    rows { state projectCount }
  }
}`;

/** Sends a request and throws on any GraphQL error, so that an error path is never what gets timed. */
export async function request<T = unknown>(
  t: TestServer,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await t.gql<T>(query, variables, token);
  if (res.errors || res.status !== 200 || !res.data) throw new Error(`request failed: ${res.text}`);
  return res.data;
}
