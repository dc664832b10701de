import { graphql } from "../../../gql";

/** The years' plans, for the year selector. */
export const PLAN_YEARS_QUERY = graphql(`
  query PlanYears {
    annualPlans { id year status statusLabel }
  }
`);

/** A year's plan: its state and decision, and the comparison with the programme's targets. */
export const PLAN_OVERVIEW_QUERY = graphql(`
  query PlanOverview($year: Int!) {
    annualPlan(year: $year) {
      id year status statusLabel version programmeCode createdAt updatedAt
      decisionNumber decisionDate approvedAt approvedBy { fullName }
      consolidatedAt consolidatedBy { fullName }
      programme { code name groups { code name } }
      comparison {
        coversAllRegistrations
        total { registrationCount estimatedCost }
        byFundSource { fundSource registrationCount estimatedCost }
        byCommune { communeCode commune { displayName } registrationCount estimatedCost }
        byUnit { unitId unit { name } registrationCount estimatedCost }
        lines {
          targetLineId target registeredQuantity estimatedCost registrationCount difference
          targetLine { id code name unit groupCode }
        }
      }
    }
  }
`);

/** One page of the registrations the viewer may see (all of them for the department). */
export const PLAN_REGISTRATIONS_QUERY = graphql(`
  query PlanRegistrationsPage($year: Int!, $after: String) {
    annualPlan(year: $year) {
      id
      registrations(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id version communeCode unitId quantity estimatedCost fundSource note createdAt updatedAt
          commune { displayName }
          unit { name }
          targetLineId
          targetLine { id code name unit }
          createdBy { fullName }
        }
      }
    }
  }
`);

/** The communes and units the department may register for. */
export const PLAN_REGISTRANTS_QUERY = graphql(`
  query PlanRegistrants {
    communes { code displayName }
    implementingUnits { id name }
  }
`);

export const PLAN_REPORTS_QUERY = graphql(`
  query PlanReportDownloads($year: Int!) {
    reportDownloads(year: $year) { kind title xlsxPath csvPath }
  }
`);

export const OPEN_PLAN = graphql(`
  mutation OpenAnnualPlan($year: Int!) {
    openAnnualPlan(year: $year) { id year status version }
  }
`);

export const CONSOLIDATE_PLAN = graphql(`
  mutation ConsolidateAnnualPlan($year: Int!, $version: Int!) {
    consolidateAnnualPlan(year: $year, version: $version) { id status version consolidatedAt }
  }
`);

export const APPROVE_PLAN = graphql(`
  mutation ApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {
    approveAnnualPlan(year: $year, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate) {
      id status version decisionNumber decisionDate
    }
  }
`);

export const REOPEN_PLAN = graphql(`
  mutation ReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) {
    reopenAnnualPlan(year: $year, version: $version, reason: $reason) { id status version }
  }
`);

export const REGISTER_ACTIVITY = graphql(`
  mutation RegisterPlannedActivity(
    $year: Int!
    $targetLineId: ID!
    $quantity: Int!
    $estimatedCost: Dong!
    $fundSource: FundSource!
    $note: String
    $communeCode: String
    $unitId: ID
  ) {
    registerPlannedActivity(
      year: $year
      targetLineId: $targetLineId
      quantity: $quantity
      estimatedCost: $estimatedCost
      fundSource: $fundSource
      note: $note
      communeCode: $communeCode
      unitId: $unitId
    ) { id version }
  }
`);

export const UPDATE_REGISTRATION = graphql(`
  mutation UpdatePlanRegistration(
    $id: ID!
    $version: Int!
    $targetLineId: ID
    $quantity: Int
    $estimatedCost: Dong
    $fundSource: FundSource
    $note: String
  ) {
    updatePlanRegistration(
      id: $id
      version: $version
      targetLineId: $targetLineId
      quantity: $quantity
      estimatedCost: $estimatedCost
      fundSource: $fundSource
      note: $note
    ) { id version }
  }
`);

export const WITHDRAW_REGISTRATION = graphql(`
  mutation WithdrawPlanRegistration($id: ID!, $version: Int!) {
    withdrawPlanRegistration(id: $id, version: $version) { id }
  }
`);
