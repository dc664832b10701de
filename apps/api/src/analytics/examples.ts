/**
 * The example queries GraphiQL opens with: the answers to the questions of docs/analytics.md, word for
 * word (test/docs-analytics.test.ts checks that every one of them is in that page).
 */
export const ANALYTICS_EXAMPLES: readonly { title: string; query: string }[] = [
  {
    title: "Approved per commune in 2026",
    query: `query ApprovedPerCommune2026 {
  moneyBreakdown(groupBy: [COMMUNE], filter: { years: [2026] }) {
    rows { communeCode communeName projectCount approved }
    total { projectCount approved }
  }
}`,
  },
  {
    title: "Paid vs approved per fund source",
    query: `query PaidVsApprovedPerFund {
  moneyBreakdown(groupBy: [FUND_SOURCE]) {
    rows { fundSource approved paid }
    total { approved paid }
  }
}`,
  },
  {
    title: "Money per year and state",
    query: `query MoneyPerYearAndState {
  moneyBreakdown(groupBy: [YEAR, STATE]) {
    rows { year state projectCount requested approved paid finalSupport }
  }
}`,
  },
  {
    title: "Support per content group",
    query: `query SupportPerContentGroup {
  moneyBreakdown(groupBy: [CONTENT_GROUP], filter: { states: [APPROVED, CONTRACTED, ADVANCED, IN_PROGRESS, ADJUSTING, ACCEPTED, SETTLED, CLOSED] }) {
    rows { contentGroupCode contentGroupName projectCount requested approved }
  }
}`,
  },
  {
    title: "Which content groups are behind",
    query: `query GroupsBehind {
  attainment(groupBy: GROUP, years: [2026]) {
    groupCode groupName attainment attainmentToDate linesBehind linesOnTrack linesAchieved
  }
}`,
  },
  {
    title: "Attainment per target line, year by year",
    query: `query AttainmentPerLine {
  attainment(groupBy: LINE, years: [2026, 2027]) {
    year lineCode unit yearTarget yearAchieved cumulativeAchieved periodTotal attainment status
  }
}`,
  },
  {
    title: "Women-owned facilities supported, by sector",
    query: `query WomenOwnedBySector {
  supportedFacilities(groupBy: [WOMEN_OWNED, SECTOR]) {
    rows { womenOwned sector facilityCount }
    total { facilityCount }
  }
}`,
  },
  {
    title: "Facilities supported by size and legal form",
    query: `query FacilitiesBySize {
  supportedFacilities(groupBy: [SIZE, LEGAL_FORM], filter: { years: [2026] }) {
    rows { size legalForm facilityCount projectCount }
  }
}`,
  },
  {
    title: "Facilities supported per commune",
    query: `query FacilitiesPerCommune {
  supportedFacilities(groupBy: [COMMUNE]) {
    rows { communeCode communeName facilityCount projectCount }
  }
}`,
  },
];
