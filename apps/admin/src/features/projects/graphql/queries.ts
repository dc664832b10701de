import { graphql } from "../../../gql";
import type { ProjectDetailQuery } from "../../../gql/graphql";

export const PROJECT_DETAIL = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id code title year state stateLabel version proposedOn objective fundSource communeCode implementingUnitId
      plannedStart plannedEnd appraisedOn acceptedOn settledOn appraisedBy { id }
      decisionNumber decisionDate contractNumber contractDate appraisalOpinion lastReason
      approvedSupport finalSupport finalPayment refundDue refundReceived settlementDossierPath
      commune { displayName }
      implementingUnit { name }
      beneficiaries { id name legalForm productionCommune { displayName } }
      activities {
        id activityKind description plannedQuantity actualQuantity
        machineryIsNew machineryImproves demonstrationSuperior overseasFairsThisYear
        targetLineId targetLine { id code name unit }
      }
      budgetLines {
        id activityId facilityId costItem cost requestedSupport counterpartFunds allowedSupport approvedSupport
        acceptedCost boundBy normExplanation
        facility { name }
        norm { id label rate cap capBasis citation { text status } }
      }
      totals { cost requestedSupport counterpartFunds }
      paid { total pending advance payment final }
      paymentRequests { id kind amount status paidOn refusalReason requestedAt treasuryReference }
      documents {
        id kind kindLabel fileName sizeBytes note uploadedAt downloadPath canDownload canDelete
        uploadedBy { fullName }
      }
      doubleSupportFindings { message }
      history { id action fromState toState at reason actor { fullName } }
      availableActions
    }
  }
`);

export type ProjectDetail = ProjectDetailQuery["project"];
export type Activity = ProjectDetail["activities"][number];
export type BudgetLineRow = ProjectDetail["budgetLines"][number];

export const ADD_BENEFICIARY = graphql(`
  mutation AddProjectBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {
    addProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) { id version }
  }
`);

export const REMOVE_BENEFICIARY = graphql(`
  mutation RemoveProjectBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {
    removeProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) { id version }
  }
`);

export const ADD_ACTIVITY = graphql(`
  mutation AddProjectActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {
    addProjectActivity(projectId: $projectId, version: $version, input: $input) { id version }
  }
`);

export const UPDATE_ACTIVITY = graphql(`
  mutation UpdateProjectActivity($projectId: ID!, $version: Int!, $activityId: ID!, $input: ProjectActivityInput!) {
    updateProjectActivity(projectId: $projectId, version: $version, activityId: $activityId, input: $input) {
      id version
    }
  }
`);

export const REMOVE_ACTIVITY = graphql(`
  mutation RemoveProjectActivity($projectId: ID!, $version: Int!, $activityId: ID!) {
    removeProjectActivity(projectId: $projectId, version: $version, activityId: $activityId) { id version }
  }
`);

export const ADD_BUDGET_LINE = graphql(`
  mutation AddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {
    addBudgetLine(projectId: $projectId, version: $version, input: $input) { id version }
  }
`);

export const UPDATE_BUDGET_LINE = graphql(`
  mutation UpdateBudgetLine($projectId: ID!, $version: Int!, $budgetLineId: ID!, $input: BudgetLineInput!) {
    updateBudgetLine(projectId: $projectId, version: $version, budgetLineId: $budgetLineId, input: $input) {
      id version
    }
  }
`);

export const REMOVE_BUDGET_LINE = graphql(`
  mutation RemoveBudgetLine($projectId: ID!, $version: Int!, $budgetLineId: ID!) {
    removeBudgetLine(projectId: $projectId, version: $version, budgetLineId: $budgetLineId) { id version }
  }
`);

export const DELETE_DOCUMENT = graphql(`
  mutation DeleteProjectDocument($id: ID!) {
    deleteProjectDocument(id: $id) { id version }
  }
`);

export const REQUEST_PAYMENT = graphql(`
  mutation RequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
    requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {
      id status
    }
  }
`);

export const RECORD_REFUND = graphql(`
  mutation RecordProjectRefund($projectId: ID!, $version: Int!, $amount: Dong!) {
    recordProjectRefund(projectId: $projectId, version: $version, amount: $amount) { id version refundReceived }
  }
`);

export const FACILITY_PICKER = graphql(`
  query FacilityPicker($communeCode: String, $search: String) {
    facilities(first: 20, communeCode: $communeCode, search: $search) {
      totalCount
      nodes { id name taxCode productionCommune { displayName } }
    }
  }
`);

export const FACILITY_ELIGIBILITY = graphql(`
  query BeneficiaryEligibility($id: ID!, $activityKind: ActivityKind!, $date: CalendarDate!) {
    facility(id: $id) {
      id
      eligibility(activityKind: $activityKind, date: $date) {
        eligible assessedAsLabel
        criteria { code label passed reason citation { text status } }
      }
    }
  }
`);

export const TARGET_LINES = graphql(`
  query ProjectTargetLines {
    programme { targetLines { id code name unit activityKinds } }
  }
`);

export const SUPPORT_PREVIEW = graphql(`
  query SupportPreview(
    $activityKind: ActivityKind!
    $date: CalendarDate!
    $eligibleCost: Dong!
    $fundLevel: FundLevel!
    $requested: Dong
  ) {
    supportCalculation(
      activityKind: $activityKind
      date: $date
      eligibleCost: $eligibleCost
      fundLevel: $fundLevel
      requested: $requested
    ) {
      allowed excess boundBy explanation
    }
  }
`);
