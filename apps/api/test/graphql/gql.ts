/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AnalyticsMoneyBreakdown($g: [MoneyGrouping!]!, $f: MoneyFilter) {\n  moneyBreakdown(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { year fundSource communeCode communeName contentGroupCode contentGroupName state projectCount requested approved advanced paid finalSupport }\n    total { projectCount requested approved advanced paid finalSupport }\n  }\n}": typeof types.AnalyticsMoneyBreakdownDocument,
    "query AnalyticsSupportedFacilities($g: [FacilityGrouping!]!, $f: FacilityFilter) {\n  supportedFacilities(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { communeCode sector legalForm size womenOwned facilityCount projectCount }\n    total { facilityCount projectCount }\n  }\n}": typeof types.AnalyticsSupportedFacilitiesDocument,
    "query AnalyticsLines { lines: attainment(groupBy: LINE, years: [2027, 2026]) { year groupCode lineCode yearTarget yearAchieved cumulativeAchieved periodTotal attainment status }\n         groups: attainment(groupBy: GROUP, years: [2026]) { year groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved } }": typeof types.AnalyticsLinesDocument,
    "query AnalyticsProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { groups { groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved\n             lines { code total rate status cumulativeAchieved years { year target achieved } } } } }": typeof types.AnalyticsProgrammeProgressDocument,
    "query AnalyticsAttainment { attainment(groupBy: LINE, years: [2040]) { year } }": typeof types.AnalyticsAttainmentDocument,
    "mutation AnnualPlansCreateImplementingUnit { createImplementingUnit(name: \"HTX Gốm sứ Chu Đậu\") { id } }": typeof types.AnnualPlansCreateImplementingUnitDocument,
    "query AnnualPlansProgramme { programme { groups { lines { id code yearlyTargets { year target } } } } }": typeof types.AnnualPlansProgrammeDocument,
    "\n  fragment AnnualPlansPlan on AnnualPlan {\n    id\n    programmeCode\n    year\n    status\n    statusLabel\n    version\n    decisionNumber\n    decisionDate\n    consolidatedAt\n    consolidatedBy {\n      id\n    }\n    approvedAt\n    approvedBy {\n      id\n    }\n  }\n": typeof types.AnnualPlansPlanFragmentDoc,
    "\n  fragment AnnualPlansRegistration on PlanRegistration {\n    id\n    planId\n    communeCode\n    unitId\n    targetLineId\n    quantity\n    estimatedCost\n    fundSource\n    note\n    version\n    createdById\n  }\n": typeof types.AnnualPlansRegistrationFragmentDoc,
    "mutation AnnualPlansOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { ...AnnualPlansPlan } }": typeof types.AnnualPlansOpenAnnualPlanDocument,
    "mutation AnnualPlansConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { ...AnnualPlansPlan } }": typeof types.AnnualPlansConsolidateAnnualPlanDocument,
    "mutation AnnualPlansReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) { reopenAnnualPlan(year: $year, version: $version, reason: $reason) { ...AnnualPlansPlan } }": typeof types.AnnualPlansReopenAnnualPlanDocument,
    "mutation AnnualPlansApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {\n  approveAnnualPlan(year: $year, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate) { ...AnnualPlansPlan }\n}": typeof types.AnnualPlansApproveAnnualPlanDocument,
    "query AnnualPlansAnnualPlan4($year: Int!) { annualPlan(year: $year) { ...AnnualPlansPlan } }": typeof types.AnnualPlansAnnualPlan4Document,
    "mutation AnnualPlansRegisterPlannedActivity($year: Int!, $targetLineId: ID!, $quantity: Int!, $estimatedCost: Dong!, $fundSource: FundSource!,\n                          $communeCode: String, $unitId: ID, $note: String) {\n  registerPlannedActivity(year: $year, targetLineId: $targetLineId, quantity: $quantity, estimatedCost: $estimatedCost,\n                          fundSource: $fundSource, communeCode: $communeCode, unitId: $unitId, note: $note) { ...AnnualPlansRegistration }\n}": typeof types.AnnualPlansRegisterPlannedActivityDocument,
    "mutation AnnualPlansUpdatePlanRegistration($id: ID!, $version: Int!, $targetLineId: ID, $quantity: Int, $estimatedCost: Dong,\n                        $fundSource: FundSource, $note: String) {\n  updatePlanRegistration(id: $id, version: $version, targetLineId: $targetLineId, quantity: $quantity,\n                         estimatedCost: $estimatedCost, fundSource: $fundSource, note: $note) { ...AnnualPlansRegistration }\n}": typeof types.AnnualPlansUpdatePlanRegistrationDocument,
    "mutation AnnualPlansWithdrawPlanRegistration($id: ID!, $version: Int!) { withdrawPlanRegistration(id: $id, version: $version) { ...AnnualPlansRegistration } }": typeof types.AnnualPlansWithdrawPlanRegistrationDocument,
    "query AnnualPlansPlanRegistration($id: ID!) { planRegistration(id: $id) { ...AnnualPlansRegistration } }": typeof types.AnnualPlansPlanRegistrationDocument,
    "query AnnualPlansAnnualPlan5($year: Int!, $first: Int) {\n  annualPlan(year: $year) {\n    version\n    registrations(first: $first) {\n      totalCount\n      nodes { ...AnnualPlansRegistration targetLine { code } commune { code displayName } unit { id name } createdBy { id fullName } }\n    }\n    comparison {\n      coversAllRegistrations\n      lines { targetLineId targetLine { code unit } target registeredQuantity estimatedCost registrationCount difference }\n      byFundSource { fundSource registrationCount estimatedCost }\n      byCommune { communeCode commune { displayName } registrationCount estimatedCost }\n      byUnit { unitId unit { name } registrationCount estimatedCost }\n      total { registrationCount estimatedCost }\n    }\n  }\n}": typeof types.AnnualPlansAnnualPlan5Document,
    "query AnnualPlansAnnualPlans { annualPlans { year status decisionNumber } }": typeof types.AnnualPlansAnnualPlansDocument,
    "query AnnualPlansAnnualPlan($year: Int!) { annualPlan(year: $year) { registrations(first: 100) { totalCount nodes { id } } } }": typeof types.AnnualPlansAnnualPlanDocument,
    "query AnnualPlansAnnualPlans2 { annualPlans { id } }": typeof types.AnnualPlansAnnualPlans2Document,
    "query AnnualPlansAnnualPlan2($year: Int!) { annualPlan(year: $year) { comparison {\n    coversAllRegistrations\n    lines { targetLineId target registeredQuantity estimatedCost registrationCount difference }\n    byFundSource { fundSource registrationCount estimatedCost }\n    byCommune { communeCode registrationCount estimatedCost }\n    byUnit { unitId registrationCount estimatedCost }\n    total { registrationCount estimatedCost }\n  } } }": typeof types.AnnualPlansAnnualPlan2Document,
    "query AnnualPlansAnnualPlan3($year: Int!, $after: String) { annualPlan(year: $year) {\n          registrations(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }": typeof types.AnnualPlansAnnualPlan3Document,
    "mutation ApiTokensCreateApiToken($name: String!, $days: Int) {\n  createApiToken(name: $name, expiresInDays: $days) { secret apiToken { id name prefix expiresAt revokedAt lastUsedAt } }\n}": typeof types.ApiTokensCreateApiTokenDocument,
    "mutation ApiTokensRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": typeof types.ApiTokensRevokeApiTokenDocument,
    "query ApiTokensMe { me { id role } }": typeof types.ApiTokensMeDocument,
    "query ApiTokensMyApiTokens { myApiTokens { id name prefix lastUsedAt } }": typeof types.ApiTokensMyApiTokensDocument,
    "query ApiTokensMe2 { me { id } }": typeof types.ApiTokensMe2Document,
    "query ApiTokensMe3 { me { id } }": typeof types.ApiTokensMe3Document,
    "query ApiTokensMe4 { me { id } }": typeof types.ApiTokensMe4Document,
    "query ApiTokensMe5 { me { id } }": typeof types.ApiTokensMe5Document,
    "query ApiTokensMe6 { me { id } }": typeof types.ApiTokensMe6Document,
    "query ApiTokensApiTokens($u: ID!) { apiTokens(userId: $u) { id } }": typeof types.ApiTokensApiTokensDocument,
    "query ApiTokensMe7 { me { id } }": typeof types.ApiTokensMe7Document,
    "mutation ApiTokensLogout { logout }": typeof types.ApiTokensLogoutDocument,
    "\n  query ApprovalPlanWarnings($id: ID!) { project(id: $id) { state year approvalWarnings } }\n": typeof types.ApprovalPlanWarningsDocument,
    "mutation ApprovalPlanOpen($year: Int!) { openAnnualPlan(year: $year) { id } }": typeof types.ApprovalPlanOpenDocument,
    "\n  mutation AuditRename($id: ID!, $version: Int!, $fullName: String!) {\n    updateUser(id: $id, version: $version, fullName: $fullName) {\n      id\n    }\n  }\n": typeof types.AuditRenameDocument,
    "\n  mutation AuditChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      id\n    }\n  }\n": typeof types.AuditChangePasswordDocument,
    "\n  mutation AuditResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) {\n      id\n    }\n  }\n": typeof types.AuditResetPasswordDocument,
    "\n  mutation AuditDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.AuditDeactivateDocument,
    "\n  mutation AuditLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.AuditLoginDocument,
    "query AuditAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes { id at action entityType entityId userId user { email } before after }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.AuditAuditLogDocument,
    "\n        mutation AuditCreateUser($password: String!) {\n          createUser(email: \"audited@test.local\", fullName: \"Người Được Ghi\", role: ANALYST, password: $password) {\n            id\n          }\n        }\n      ": typeof types.AuditCreateUserDocument,
    "mutation AuditLogout { logout }": typeof types.AuditLogoutDocument,
    "mutation AuditWrongPassword { changePassword(currentPassword: \"wrong-pass\", newPassword: \"whatever-123\") { id } }": typeof types.AuditWrongPasswordDocument,
    "query AuditAuditLog2($filter: AuditFilter) { auditLog(filter: $filter) { nodes { action actionLabel } } }": typeof types.AuditAuditLog2Document,
    "mutation AuthLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { id email role } }\n}": typeof types.AuthLoginDocument,
    "query AuthMe { me { id email role roleLabel } }": typeof types.AuthMeDocument,
    "mutation AuthChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id version }\n}": typeof types.AuthChangePasswordDocument,
    "mutation AuthDeactivateUser($id: ID!) { deactivateUser(id: $id) { active } }": typeof types.AuthDeactivateUserDocument,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "mutation AuthLogout2 { logout }": typeof types.AuthLogout2Document,
    "query BenchGeneratorProjects { projects(first: 50) { totalCount nodes { id } } }": typeof types.BenchGeneratorProjectsDocument,
    "query BenchGeneratorProjects2 { projects(first: 20, search: \"banh da\") { totalCount nodes { title } } }": typeof types.BenchGeneratorProjects2Document,
    "query BenchGeneratorProject($id: ID!) { project(id: $id) { approvedSupport finalSupport paid { total pending } } }": typeof types.BenchGeneratorProjectDocument,
    "query BenchGeneratorMoneyBreakdown { moneyBreakdown(groupBy: [FUND_SOURCE]) { total { projectCount requested approved paid } } }": typeof types.BenchGeneratorMoneyBreakdownDocument,
    "query BenchGeneratorBudgetEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { fundSource amount allocated available } }": typeof types.BenchGeneratorBudgetEnvelopesDocument,
    "\n  fragment TestStep on Project {\n    id\n    state\n    version\n  }\n": typeof types.TestStepFragmentDoc,
    "\n  mutation StepSubmit($projectId: ID!, $version: Int!) {\n    submitProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": typeof types.StepSubmitDocument,
    "\n  mutation StepAppraise($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {\n    appraiseProject(projectId: $projectId, version: $version, appraisedOn: $appraisedOn, opinion: $opinion) {\n      ...TestStep\n    }\n  }\n": typeof types.StepAppraiseDocument,
    "\n  mutation StepReturn($projectId: ID!, $version: Int!, $reason: String!) {\n    returnProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": typeof types.StepReturnDocument,
    "\n  mutation StepReject($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": typeof types.StepRejectDocument,
    "\n  mutation StepApprove(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n    $doubleSupportJustification: String\n  ) {\n    approveProject(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n      doubleSupportJustification: $doubleSupportJustification\n    ) {\n      ...TestStep\n    }\n  }\n": typeof types.StepApproveDocument,
    "\n  mutation StepSignContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {\n    signProjectContract(\n      projectId: $projectId\n      version: $version\n      contractNumber: $contractNumber\n      contractDate: $contractDate\n    ) {\n      ...TestStep\n    }\n  }\n": typeof types.StepSignContractDocument,
    "\n  mutation StepStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": typeof types.StepStartDocument,
    "\n  mutation StepRequestAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    requestProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": typeof types.StepRequestAdjustmentDocument,
    "\n  mutation StepApproveAdjustment(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n  ) {\n    approveProjectAdjustment(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n    ) {\n      ...TestStep\n    }\n  }\n": typeof types.StepApproveAdjustmentDocument,
    "\n  mutation StepRejectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": typeof types.StepRejectAdjustmentDocument,
    "\n  mutation StepAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n  ) {\n    acceptProject(projectId: $projectId, version: $version, acceptedOn: $acceptedOn, outputs: $outputs) {\n      ...TestStep\n    }\n  }\n": typeof types.StepAcceptDocument,
    "\n  mutation StepSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      ...TestStep\n    }\n  }\n": typeof types.StepSettleDocument,
    "\n  mutation StepClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": typeof types.StepCloseDocument,
    "\n  mutation StepStop($projectId: ID!, $version: Int!, $reason: String!) {\n    stopProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": typeof types.StepStopDocument,
    "\n  mutation StepRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n    requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {\n      id\n      kind\n      amount\n      status\n    }\n  }\n": typeof types.StepRequestPaymentDocument,
    "\n  mutation StepPayRequest($id: ID!, $paidOn: CalendarDate!) {\n    payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-0001\") {\n      id\n      status\n      paidOn\n    }\n  }\n": typeof types.StepPayRequestDocument,
    "\n  query CommuneReportProgramme { programme { groups { lines { id code } } } }\n": typeof types.CommuneReportProgrammeDocument,
    "\n  query CommuneReportOf($year: Int!, $communeCode: String) {\n    communeReport(year: $year, communeCode: $communeCode) {\n      id status version note returnReason submittedAt communeCode\n      commune { code }\n      lines { achieved note targetLine { code } }\n    }\n  }\n": typeof types.CommuneReportOfDocument,
    "\n  mutation CommuneReportSave($year: Int!, $communeCode: String, $version: Int, $note: String, $lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: $year, communeCode: $communeCode, version: $version, note: $note, lines: $lines) {\n      id status version note\n      lines { achieved note targetLine { code } }\n    }\n  }\n": typeof types.CommuneReportSaveDocument,
    "\n  mutation CommuneReportSubmit($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { id status version submittedAt }\n  }\n": typeof types.CommuneReportSubmitDocument,
    "\n  mutation CommuneReportReturn($id: ID!, $version: Int!, $reason: String!) {\n    returnCommuneReport(id: $id, version: $version, reason: $reason) { id status version returnReason }\n  }\n": typeof types.CommuneReportReturnDocument,
    "\n  mutation CommuneReportAccept($id: ID!, $version: Int!) {\n    acceptCommuneReport(id: $id, version: $version) { id status version reviewedAt }\n  }\n": typeof types.CommuneReportAcceptDocument,
    "\n  query CommuneReportStandings($year: Int!) {\n    communeReportStandings(year: $year) { commune { code } report { status } sent dueOn overdue }\n  }\n": typeof types.CommuneReportStandingsDocument,
    "mutation CsvDownloadsOpenAnnualPlan { openAnnualPlan(year: 2026) { id } }": typeof types.CsvDownloadsOpenAnnualPlanDocument,
    "mutation CsvDownloadsRegisterPlannedActivity($line: ID!, $cost: Dong!, $unitId: ID) {\n          registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: $cost,\n            fundSource: CITY_BUDGET, unitId: $unitId) { id }\n        }": typeof types.CsvDownloadsRegisterPlannedActivityDocument,
    "mutation DatabaseKillRequestPayment($projectId: ID!, $key: String!, $amount: Dong!) {\n        requestPayment(projectId: $projectId, requestKey: $key, kind: \"ADVANCE\", amount: $amount, progress: 9000) { id }\n      }": typeof types.DatabaseKillRequestPaymentDocument,
    "query DatabaseKillPendingPaymentRequests { pendingPaymentRequests { id } }": typeof types.DatabaseKillPendingPaymentRequestsDocument,
    "mutation DatabaseKillPayPaymentRequest($id: ID!) { payPaymentRequest(id: $id, paidOn: \"2026-06-01\", treasuryReference: \"UNC-0001\") { id } }": typeof types.DatabaseKillPayPaymentRequestDocument,
    "query DatabaseKillProject($id: ID!) { project(id: $id) { state version } }": typeof types.DatabaseKillProjectDocument,
    "mutation DatabaseKillApproveProject($id: ID!, $v: Int!) {\n        approveProject(projectId: $id, version: $v, decisionNumber: \"77/QĐ-UBND\", decisionDate: \"2026-04-20\") { id }\n      }": typeof types.DatabaseKillApproveProjectDocument,
    "query DemoProjects { projects(first: 100) { totalCount nodes {\n  code state year fundSource approvedSupport finalSupport finalPayment refundDue refundReceived\n  proposedOn appraisedOn decisionDate contractDate acceptedOn settledOn lastReason\n  paid { advance payment final pending total }\n  totals { cost requestedSupport counterpartFunds }\n  paymentRequests { kind amount status paidOn }\n  history { action }\n  activities { plannedQuantity actualQuantity }\n  documents { fileName }\n} } }": typeof types.DemoProjectsDocument,
    "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.DemoLoginDocument,
    "query DocumentsProject($id: ID!) { project(id: $id) { documents {\n  id kind kindLabel fileName contentType sizeBytes sha256 downloadPath note uploadedAt\n  uploadedBy { email } canDelete canDownload\n} } }": typeof types.DocumentsProjectDocument,
    "mutation DocumentsDeleteProjectDocument($id: ID!) { deleteProjectDocument(id: $id) { id documents { id } } }": typeof types.DocumentsDeleteProjectDocumentDocument,
    "query DocumentsProjects($first: Int!) { projects(first: $first) { nodes {\n      code documents { fileName sizeBytes downloadPath uploadedBy { email } canDelete canDownload }\n    } } }": typeof types.DocumentsProjectsDocument,
    "\n  query DutiesCalendar($year: Int!) {\n    reportingCalendar(year: $year) { key dutyCode bodyLabel periodLabel dueOn dateSource citation citationStatus tracked }\n  }\n": typeof types.DutiesCalendarDocument,
    "\n  query DutiesAgenda($asOf: CalendarDate, $days: Int) {\n    myDutyAgenda(asOf: $asOf, upcomingDays: $days) {\n      asOf\n      overdue { key daysLeft tracked }\n      upcoming { key daysLeft tracked }\n    }\n  }\n": typeof types.DutiesAgendaDocument,
    "\n  mutation DutiesSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n": typeof types.DutiesSaveReportDocument,
    "\n  mutation DutiesSubmitReport($id: ID!, $version: Int!) { submitCommuneReport(id: $id, version: $version) { status } }\n": typeof types.DutiesSubmitReportDocument,
    "query DutiesLines { programme { groups { lines { id } } } }": typeof types.DutiesLinesDocument,
    "mutation FacilitiesCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name version productionCommune { displayName } } }": typeof types.FacilitiesCreateFacilityDocument,
    "mutation FacilitiesUpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { name version } }": typeof types.FacilitiesUpdateFacilityDocument,
    "query FacilitiesFacility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) { facility(id: $id) {\n  eligibility(activityKind: $kind, date: $date) { eligible assessedAs assessedAsLabel criteria { code label passed reason citation { text status } } }\n} }": typeof types.FacilitiesFacilityDocument,
    "query FacilitiesFacilities { facilities(search: \"co khi\", first: 50) { totalCount nodes { name } } }": typeof types.FacilitiesFacilitiesDocument,
    "query FacilitiesFacilities2 { facilities(search: \"co khi\", first: 50) { nodes { name productionCommuneCode } } }": typeof types.FacilitiesFacilities2Document,
    "query FacilitiesFacilities3 { facilities(communeCode: \"xa-kien-thuy\", first: 50) { totalCount } }": typeof types.FacilitiesFacilities3Document,
    "query FacilitiesFacility2($id: ID!) { facility(id: $id) { id } }": typeof types.FacilitiesFacility2Document,
    "query FacilitiesFacility3($id: ID!) { facility(id: $id) { id } }": typeof types.FacilitiesFacility3Document,
    "query FacilitiesFacility4($id: ID!) { facility(id: $id) { id } }": typeof types.FacilitiesFacility4Document,
    "mutation FacilityImportImportFacilities($file: String!, $dryRun: Boolean!) {\n  importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: \"co-so.xlsx\") {\n    dryRun importedCount rowCount errorRowCount\n    rows { row name communeName facilityId errors { column message } }\n  }\n}": typeof types.FacilityImportImportFacilitiesDocument,
    "query FacilityImportFacility($id: ID!) { facility(id: $id) { name legalForm businessField averageInsuredWorkers priorYearRevenue womenOwned taxCode } }": typeof types.FacilityImportFacilityDocument,
    "query FacilityImportFacilityImportTemplate { facilityImportTemplate { fileName base64 } }": typeof types.FacilityImportFacilityImportTemplateDocument,
    "query FacilityImportFacilityImportTemplate2 { facilityImportTemplate { fileName } }": typeof types.FacilityImportFacilityImportTemplate2Document,
    "\n    fragment FacilityImportHistory on Facility {\n      priorSupports {\n        source\n        costItem\n        year\n        amount\n        activityKind\n      }\n      projects {\n        code\n        title\n      }\n    }\n  ": typeof types.FacilityImportHistoryFragmentDoc,
    "\n    query FacilityImportHistoryOfOne($id: ID!) {\n      facility(id: $id) {\n        ...FacilityImportHistory\n      }\n    }\n  ": typeof types.FacilityImportHistoryOfOneDocument,
    "mutation FacilityImportRecordPriorSupport($id: ID!) { recordPriorSupport(facilityId: $id, activityKind: MACHINERY, costItem: \"Máy dệt\", source: \"Chương trình OCOP\", year: 2025, amount: 50000000) { id } }": typeof types.FacilityImportRecordPriorSupportDocument,
    "\n          query FacilityImportHistoryOfPage {\n            facilities(first: 50) {\n              nodes {\n                id\n                ...FacilityImportHistory\n              }\n            }\n          }\n        ": typeof types.FacilityImportHistoryOfPageDocument,
    "\n  query FiguresMoney($groupBy: [MoneyGrouping!]!, $filter: MoneyFilter) {\n    moneyBreakdown(groupBy: $groupBy, filter: $filter) {\n      rows {\n        year\n        fundSource\n        communeCode\n        state\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n      total {\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n    }\n  }\n": typeof types.FiguresMoneyDocument,
    "\n  query FiguresEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n    }\n  }\n": typeof types.FiguresEnvelopesDocument,
    "\n  query FiguresDescriptions {\n    envelope: __type(name: \"BudgetEnvelope\") {\n      fields {\n        name\n        description\n      }\n    }\n    row: __type(name: \"MoneyBreakdownRow\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n": typeof types.FiguresDescriptionsDocument,
    "\n  mutation FiguresAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: $acceptedOn\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      id\n      state\n    }\n  }\n": typeof types.FiguresAcceptDocument,
    "\n  mutation FiguresSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      id\n      state\n    }\n  }\n": typeof types.FiguresSettleDocument,
    "\n  fragment TestFacility on Facility {\n    id\n    name\n    version\n    productionCommuneCode\n    legalForm\n    sector\n  }\n": typeof types.TestFacilityFragmentDoc,
    "\n  fragment TestProject on Project {\n    id\n    code\n    state\n    version\n    communeCode\n    implementingUnitId\n    totals {\n      cost\n      requestedSupport\n      counterpartFunds\n    }\n  }\n": typeof types.TestProjectFragmentDoc,
    "\n  mutation TestCreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      ...TestFacility\n    }\n  }\n": typeof types.TestCreateFacilityDocument,
    "\n  query TestTargetLines {\n    programme {\n      targetLines {\n        id\n        code\n      }\n    }\n  }\n": typeof types.TestTargetLinesDocument,
    "\n  mutation TestCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...TestProject\n    }\n  }\n": typeof types.TestCreateProjectDocument,
    "\n  mutation TestAddBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {\n    addProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) {\n      ...TestProject\n    }\n  }\n": typeof types.TestAddBeneficiaryDocument,
    "\n  mutation TestAddActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {\n    addProjectActivity(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n      activities {\n        id\n      }\n    }\n  }\n": typeof types.TestAddActivityDocument,
    "\n  mutation TestAddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {\n    addBudgetLine(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n    }\n  }\n": typeof types.TestAddBudgetLineDocument,
    "\n  mutation TestCreateEnvelope($year: Int!, $fund: FundSource!, $amount: Dong!) {\n    createBudgetEnvelope(year: $year, fundSource: $fund, amount: $amount, decisionNumber: \"01/QĐ-UBND\") {\n      id\n      version\n      amount\n    }\n  }\n": typeof types.TestCreateEnvelopeDocument,
    "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.TestCreateUserDocument,
    "query Health__typename { __typename }": typeof types.Health__TypenameDocument,
    "mutation InputHygieneCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name } }": typeof types.InputHygieneCreateFacilityDocument,
    "mutation InputHygieneCreateProject($input: ProjectInput!) { createProject(input: $input) { id proposedOn } }": typeof types.InputHygieneCreateProjectDocument,
    "mutation InputHygieneCreateBudgetEnvelope($year: Int!, $amount: Dong!, $date: CalendarDate) {\n  createBudgetEnvelope(year: $year, fundSource: CITY_BUDGET, amount: $amount, decisionNumber: \"12/QĐ-UBND\",\n                       decisionDate: $date) { id decisionDate }\n}": typeof types.InputHygieneCreateBudgetEnvelopeDocument,
    "query InputHygieneNorms($date: CalendarDate) { norms(date: $date) { id validFrom } }": typeof types.InputHygieneNormsDocument,
    "query InputHygieneMoneyBreakdown($filter: MoneyFilter) { moneyBreakdown(filter: $filter, groupBy: [COMMUNE]) { rows { approved } } }": typeof types.InputHygieneMoneyBreakdownDocument,
    "query InputHygieneNorms2 { norms(date: \"2026-02-30\") { id } }": typeof types.InputHygieneNorms2Document,
    "query Dashboard($year: Int!, $years: [Int!]!) {\n        progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n        attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n        byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n        byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n      }": typeof types.DashboardDocument,
    "mutation MoneyFiguresPropertyPayPaymentRequest($id: ID!, $paidOn: CalendarDate!) { payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-1\") { id status } }": typeof types.MoneyFiguresPropertyPayPaymentRequestDocument,
    "mutation MoneyFiguresPropertyRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n          requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n        }": typeof types.MoneyFiguresPropertyRequestPaymentDocument,
    "mutation MoneyFiguresPropertyRefusePaymentRequest($id: ID!) { refusePaymentRequest(id: $id, reason: \"Thiếu hoá đơn\") { id } }": typeof types.MoneyFiguresPropertyRefusePaymentRequestDocument,
    "mutation MoneyFiguresPropertyRequestPayment2($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n            requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n          }": typeof types.MoneyFiguresPropertyRequestPayment2Document,
    "mutation MoneyFiguresPropertyRecordProjectRefund($id: ID!, $v: Int!, $a: Dong!) { recordProjectRefund(projectId: $id, version: $v, amount: $a) { id } }": typeof types.MoneyFiguresPropertyRecordProjectRefundDocument,
    "mutation MoneyFiguresPropertyRequestPayment3($projectId: ID!, $key: String!, $amount: Dong!) { requestPayment(projectId: $projectId, requestKey: $key, kind: \"FINAL\", amount: $amount) { id } }": typeof types.MoneyFiguresPropertyRequestPayment3Document,
    "query MoneyFiguresPropertyBudgetEnvelopes { budgetEnvelopes { year fundSource amount allocated available } }": typeof types.MoneyFiguresPropertyBudgetEnvelopesDocument,
    "query MoneyFiguresPropertyMoneyBreakdown($year: Int!) { moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource committed } } }": typeof types.MoneyFiguresPropertyMoneyBreakdownDocument,
    "query MoneyFiguresPropertyProjects { projects(first: 100) { nodes { id totals { cost requestedSupport counterpartFunds } } } }": typeof types.MoneyFiguresPropertyProjectsDocument,
    "\n  query MoneyPathEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n      version\n      id\n    }\n  }\n": typeof types.MoneyPathEnvelopesDocument,
    "\n  mutation MoneyPathEnvelope2026 {\n    createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n": typeof types.MoneyPathEnvelope2026Document,
    "\n  mutation MoneyPathEnvelope2027 {\n    createBudgetEnvelope(year: 2027, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n": typeof types.MoneyPathEnvelope2027Document,
    "\n  mutation MoneyPathShrinkEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 299000000) {\n      amount\n    }\n  }\n": typeof types.MoneyPathShrinkEnvelopeDocument,
    "\n  mutation MoneyPathGrowEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 600000000) {\n      version\n    }\n  }\n": typeof types.MoneyPathGrowEnvelopeDocument,
    "\n  query MoneyPathDoubleSupport($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        match\n        priorSource\n        message\n      }\n    }\n  }\n": typeof types.MoneyPathDoubleSupportDocument,
    "\n  query MoneyPathPriorSources($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        priorSource\n      }\n    }\n  }\n": typeof types.MoneyPathPriorSourcesDocument,
    "\n  mutation MoneyPathPriorSupport($f: ID!) {\n    recordPriorSupport(\n      facilityId: $f\n      activityKind: MACHINERY\n      costItem: \"Máy cán bánh\"\n      source: \"Chương trình OCOP 2025\"\n      year: 2025\n    ) {\n      id\n    }\n  }\n": typeof types.MoneyPathPriorSupportDocument,
    "\n  mutation MoneyPathRefuse($id: ID!, $reason: String!) {\n    refusePaymentRequest(id: $id, reason: $reason) {\n      status\n      refusalReason\n    }\n  }\n": typeof types.MoneyPathRefuseDocument,
    "\n  query MoneyPathPending {\n    pendingPaymentRequests {\n      id\n      project {\n        code\n      }\n    }\n  }\n": typeof types.MoneyPathPendingDocument,
    "\n  mutation MoneyPathStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n": typeof types.MoneyPathStartDocument,
    "\n  mutation MoneyPathAccept(\n    $projectId: ID!\n    $version: Int!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: \"2026-10-01\"\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      state\n    }\n  }\n": typeof types.MoneyPathAcceptDocument,
    "\n  mutation MoneyPathSettle($projectId: ID!, $version: Int!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: \"2026-11-01\") {\n      state\n    }\n  }\n": typeof types.MoneyPathSettleDocument,
    "\n  query MoneyPathFigures($id: ID!) {\n    project(id: $id) {\n      version\n      finalSupport\n      finalPayment\n      refundDue\n      refundReceived\n      paid {\n        total\n      }\n    }\n  }\n": typeof types.MoneyPathFiguresDocument,
    "\n  mutation MoneyPathClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n": typeof types.MoneyPathCloseDocument,
    "\n  mutation MoneyPathRefund($id: ID!, $v: Int!, $a: Dong!) {\n    recordProjectRefund(projectId: $id, version: $v, amount: $a) {\n      refundReceived\n      version\n    }\n  }\n": typeof types.MoneyPathRefundDocument,
    "\n  query NotificationsBell($unreadOnly: Boolean) {\n    myUnreadNotificationCount\n    myNotifications(unreadOnly: $unreadOnly) { id kind title body entityType entityId readAt }\n  }\n": typeof types.NotificationsBellDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": typeof types.NotificationsMarkReadDocument,
    "query NotificationsLines { programme { groups { lines { id } } } }": typeof types.NotificationsLinesDocument,
    "\n  mutation NotificationsSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n": typeof types.NotificationsSaveReportDocument,
    "\n  mutation NotificationsSubmitReport($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { status }\n  }\n": typeof types.NotificationsSubmitReportDocument,
    "\n  mutation NotificationsOpenPlan($year: Int!) { openAnnualPlan(year: $year) { id } }\n": typeof types.NotificationsOpenPlanDocument,
    "\n  mutation OutageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.OutageLoginDocument,
    "\n  query OutageMe {\n    me {\n      email\n    }\n  }\n": typeof types.OutageMeDocument,
    "query Dashboard($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n  byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n}": typeof types.DashboardDocument,
    "query OverloadMe { me { id } }": typeof types.OverloadMeDocument,
    "query OverloadProgrammeProgress { programmeProgress(asOfYear: 2026) { attainment } }": typeof types.OverloadProgrammeProgressDocument,
    "query OverloadCommunes { communes(kind: null) { code } }": typeof types.OverloadCommunesDocument,
    "query OverloadProgrammeProgress2 { programmeProgress(asOfYear: 2026) { attainment } }": typeof types.OverloadProgrammeProgress2Document,
    "mutation OverloadUpdateUser($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Mới\") { id fullName } }": typeof types.OverloadUpdateUserDocument,
    "query OverloadProgramme { programme { targetLines { code } } }": typeof types.OverloadProgrammeDocument,
    "query OverloadMe2 { me { id } }": typeof types.OverloadMe2Document,
    "query OverloadMe3 { me { id } }": typeof types.OverloadMe3Document,
    "mutation PasswordsAndCredentialsCreateUser($email: String!, $password: String!, $fullName: String!) {\n  createUser(email: $email, fullName: $fullName, role: ANALYST, password: $password) {\n    id version mustChangePassword\n  }\n}": typeof types.PasswordsAndCredentialsCreateUserDocument,
    "mutation PasswordsAndCredentialsChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id mustChangePassword }\n}": typeof types.PasswordsAndCredentialsChangePasswordDocument,
    "mutation PasswordsAndCredentialsResetPassword($id: ID!, $password: String!) {\n  resetPassword(id: $id, newPassword: $password) { id mustChangePassword }\n}": typeof types.PasswordsAndCredentialsResetPasswordDocument,
    "mutation PasswordsAndCredentialsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token user { mustChangePassword } }\n}": typeof types.PasswordsAndCredentialsLoginDocument,
    "query PasswordsAndCredentialsMe { me { email mustChangePassword } }": typeof types.PasswordsAndCredentialsMeDocument,
    "query PasswordsAndCredentialsMe2 { me { id } communes { code } }": typeof types.PasswordsAndCredentialsMe2Document,
    "query PasswordsAndCredentialsCommunes { communes { code } }": typeof types.PasswordsAndCredentialsCommunesDocument,
    "mutation PasswordsAndCredentialsLogout { logout }": typeof types.PasswordsAndCredentialsLogoutDocument,
    "mutation PasswordsAndCredentialsCreateApiToken { createApiToken(name: \"Kịch bản phân tích\") { secret apiToken { id } } }": typeof types.PasswordsAndCredentialsCreateApiTokenDocument,
    "mutation PasswordsAndCredentialsUpdateUser($id: ID!, $version: Int!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, version: $version, role: $role, active: $active) { version }\n  }": typeof types.PasswordsAndCredentialsUpdateUserDocument,
    "query PasswordsAndCredentialsMe3 { me { id } }": typeof types.PasswordsAndCredentialsMe3Document,
    "mutation PasswordsAndCredentialsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.PasswordsAndCredentialsDeactivateUserDocument,
    "mutation PasswordsAndCredentialsUpdateUser2($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Khác\") { id } }": typeof types.PasswordsAndCredentialsUpdateUser2Document,
    "query ProgressOnceProgress($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesWithTarget linesAchieved }\n  again: programmeProgress(asOfYear: $year) { attainment }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n}": typeof types.ProgressOnceProgressDocument,
    "query ProgressOnceA { a: programmeProgress(asOfYear: 2026) { attainment linesBehind groups { lines { rate status } } }\n         b: programmeProgress(asOfYear: 2029) { attainment linesBehind groups { lines { rate status } } } }": typeof types.ProgressOnceADocument,
    "query ProgressOnceProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { attainment linesBehind groups { lines { rate status } } } }": typeof types.ProgressOnceProgrammeProgressDocument,
    "query ProgressAnnualPlan($year: Int!) { annualPlan(year: $year) { version status } }": typeof types.ProgressAnnualPlanDocument,
    "mutation ProgressOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }": typeof types.ProgressOpenAnnualPlanDocument,
    "mutation ProgressRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: 50000000,\n            fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }\n        }": typeof types.ProgressRegisterPlannedActivityDocument,
    "mutation ProgressConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }": typeof types.ProgressConsolidateAnnualPlanDocument,
    "mutation ProgressApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }": typeof types.ProgressApproveAnnualPlanDocument,
    "\n  fragment ProgressProgrammeRollUp on ProgrammeProgress {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n": typeof types.ProgressProgrammeRollUpFragmentDoc,
    "\n  fragment ProgressGroupRollUp on ProgressGroup {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n": typeof types.ProgressGroupRollUpFragmentDoc,
    "\n  fragment ProgressForecastFigures on ProgressForecast {\n    year\n    target\n    quantity\n    rate\n    shortfall\n    outlook\n  }\n": typeof types.ProgressForecastFiguresFragmentDoc,
    "\n  query ProgressProgress($asOfYear: Int!) {\n    programmeProgress(asOfYear: $asOfYear) {\n      programmeCode\n      asOfYear\n      lastYear\n      approvedPlanYears\n      ...ProgressProgrammeRollUp\n      groups {\n        groupCode\n        name\n        ...ProgressGroupRollUp\n        lines {\n          targetLineId\n          code\n          name\n          unit\n          total\n          cumulativeTarget\n          cumulativeAchieved\n          remaining\n          rate\n          status\n          pipeline\n          targetLine {\n            code\n          }\n          years {\n            year\n            target\n            planned\n            achieved\n            pipeline\n            rate\n            cumulativeTarget\n            cumulativeAchieved\n          }\n          forecast {\n            yearEnd {\n              ...ProgressForecastFigures\n            }\n            periodEnd {\n              ...ProgressForecastFigures\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgressProgressDocument,
    "\n  query ProjectsDetail($id: ID!) {\n    project(id: $id) {\n      ...TestProject\n      stateLabel\n      decisionNumber\n      appraisalOpinion\n      availableActions\n      commune {\n        displayName\n      }\n      beneficiaries {\n        id\n        name\n      }\n      activities {\n        activityKind\n        plannedQuantity\n        actualQuantity\n        targetLine {\n          code\n        }\n      }\n      budgetLines {\n        costItem\n        cost\n        requestedSupport\n        counterpartFunds\n        allowedSupport\n        boundBy\n        normExplanation\n        norm {\n          id\n        }\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          email\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDetailDocument,
    "query ProjectsProject($id: ID!) { project(id: $id) { state } }": typeof types.ProjectsProjectDocument,
    "query ProjectsProject2($id: ID!) { project(id: $id) { approvedSupport finalSupport finalPayment refundDue paid { advance total } } }": typeof types.ProjectsProject2Document,
    "mutation ProjectsCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }": typeof types.ProjectsCreateProjectDocument,
    "query ProjectsProjects { projects(first: 100) { nodes { id communeCode } totalCount } }": typeof types.ProjectsProjectsDocument,
    "query ProjectsProjects2 { projects(first: 100) { nodes { id } } }": typeof types.ProjectsProjects2Document,
    "mutation ProjectsUpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) { updateProject(projectId: $projectId, version: $version, input: $input) { version } }": typeof types.ProjectsUpdateProjectDocument,
    "mutation ProjectsCreateProject2($input: ProjectInput!) { createProject(input: $input) { id } }": typeof types.ProjectsCreateProject2Document,
    "mutation ProjectsCreateProject3($input: ProjectInput!) { createProject(input: $input) { id } }": typeof types.ProjectsCreateProject3Document,
    "query ProjectsProjects3($first: Int!) { projects(first: $first) { totalCount nodes {\n      code commune { displayName } implementingUnit { name }\n      beneficiaries { name productionCommune { displayName } }\n      budgetLines { cost norm { id } facility { name } }\n      activities { targetLine { code } } totals { cost }\n    } } }": typeof types.ProjectsProjects3Document,
    "query ReferenceDataProgramme {\n  programme {\n    code name firstYear lastYear years\n    groups { code position name lines { code unit printedTotal sumOfYears yearlyTargets { year target }\n      bodyTargets { value unit location } findings { code severity } } }\n    findings { severity code rowCode message location figures { name value } }\n  }\n}": typeof types.ReferenceDataProgrammeDocument,
    "query ReferenceDataCommunes($kind: CommuneKind) { communes(kind: $kind) { code } }": typeof types.ReferenceDataCommunesDocument,
    "query ReferenceDataCommunes2 { communes(search: \"hong bang\") { code displayName kind } }": typeof types.ReferenceDataCommunes2Document,
    "query ReferenceDataCommune { commune(code: \"xa-khong-co\") { code } }": typeof types.ReferenceDataCommuneDocument,
    "query ReferenceDataSupportCalculation($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {\n  supportCalculation(activityKind: $kind, fundLevel: $fund, date: $date, eligibleCost: $cost, requested: $requested) {\n    allowed rateLimit cap boundBy excess explanation norm { id status } citation { document article clause status text }\n  }\n}": typeof types.ReferenceDataSupportCalculationDocument,
    "query ReferenceDataNorms { norms(fundLevel: NATIONAL, date: \"2026-06-01\") { id rate cap status citation { text status } } }": typeof types.ReferenceDataNormsDocument,
    "mutation ReferenceDataCreateImplementingUnit($name: String!, $communeCode: String) {\n  createImplementingUnit(name: $name, communeCode: $communeCode) { id name communeCode version }\n}": typeof types.ReferenceDataCreateImplementingUnitDocument,
    "mutation ReportsOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }": typeof types.ReportsOpenAnnualPlanDocument,
    "mutation ReportsRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $cost: Dong!, $fund: FundSource!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: $cost,\n            fundSource: $fund, communeCode: $communeCode, unitId: $unitId) { id }\n        }": typeof types.ReportsRegisterPlannedActivityDocument,
    "query ReportsAnnualPlan($year: Int!) { annualPlan(year: $year) { version } }": typeof types.ReportsAnnualPlanDocument,
    "mutation ReportsConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }": typeof types.ReportsConsolidateAnnualPlanDocument,
    "mutation ReportsApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }": typeof types.ReportsApproveAnnualPlanDocument,
    "mutation ReportsCreateImplementingUnit($name: String!) { createImplementingUnit(name: $name) { id } }": typeof types.ReportsCreateImplementingUnitDocument,
    "query ReportsProgramme { programme { findings { rowCode severity message } } }": typeof types.ReportsProgrammeDocument,
    "query Reports__type { __type(name: \"ProjectState\") { enumValues { name description } } }": typeof types.Reports__TypeDocument,
    "query SearchFoldingProjects($s: String) { projects(first: 20, search: $s) { totalCount nodes { id title } } }": typeof types.SearchFoldingProjectsDocument,
    "mutation SearchFoldingUpdateProject($id: ID!, $v: Int!, $input: ProjectInput!) {\n        updateProject(projectId: $id, version: $v, input: $input) { id } }": typeof types.SearchFoldingUpdateProjectDocument,
    "query SearchFoldingFacilities { facilities(first: 1, search: \"gom\") { totalCount pageInfo { hasNextPage } nodes { name } } }": typeof types.SearchFoldingFacilitiesDocument,
    "mutation SignInThrottlingLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.SignInThrottlingLoginDocument,
    "mutation SignInThrottlingResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"tau-hoa-chay-qua-canh-dong\") { id } }": typeof types.SignInThrottlingResetPasswordDocument,
    "mutation SignInThrottlingDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.SignInThrottlingDeactivateUserDocument,
    "query SignInThrottlingAuditLog { auditLog(first: 100) { nodes { action before after } } }": typeof types.SignInThrottlingAuditLogDocument,
    "query StartupMe { me { id } }": typeof types.StartupMeDocument,
    "query StartupMe2 { me { role } }": typeof types.StartupMe2Document,
    "\n  fragment UsersUser on User {\n    id\n    email\n    fullName\n    role\n    communeCode\n    unitId\n    active\n    version\n  }\n": typeof types.UsersUserFragmentDoc,
    "\n  mutation UsersCreate($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Nguyễn Văn A\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      ...UsersUser\n    }\n  }\n": typeof types.UsersCreateDocument,
    "\n  mutation UsersUpdate(\n    $id: ID!\n    $version: Int!\n    $fullName: String\n    $role: Role\n    $communeCode: String\n    $unitId: ID\n    $active: Boolean\n    $email: String\n  ) {\n    updateUser(\n      id: $id\n      version: $version\n      fullName: $fullName\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      active: $active\n      email: $email\n    ) {\n      ...UsersUser\n    }\n  }\n": typeof types.UsersUpdateDocument,
    "\n  query UsersUser($id: ID!) {\n    user(id: $id) {\n      ...UsersUser\n    }\n  }\n": typeof types.UsersUserDocument,
    "mutation UsersDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.UsersDeactivateUserDocument,
    "query UsersMe { me { role active } }": typeof types.UsersMeDocument,
    "mutation UsersDeactivateUser2($id: ID!) { deactivateUser(id: $id) { active version } }": typeof types.UsersDeactivateUser2Document,
    "query UsersMe2 { me { id } }": typeof types.UsersMe2Document,
    "mutation UsersDeactivateUser3($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.UsersDeactivateUser3Document,
    "mutation UsersDeactivateUser4($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.UsersDeactivateUser4Document,
    "query UsersMe3 { me { active } }": typeof types.UsersMe3Document,
    "mutation UsersResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"reset-password-1\") { version } }": typeof types.UsersResetPasswordDocument,
    "query UsersMe4 { me { id } }": typeof types.UsersMe4Document,
    "\n    query UsersList($first: Int, $after: String) {\n      users(first: $first, after: $after) {\n        totalCount\n        nodes {\n          email\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.UsersListDocument,
};
const documents: Documents = {
    "query AnalyticsMoneyBreakdown($g: [MoneyGrouping!]!, $f: MoneyFilter) {\n  moneyBreakdown(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { year fundSource communeCode communeName contentGroupCode contentGroupName state projectCount requested approved advanced paid finalSupport }\n    total { projectCount requested approved advanced paid finalSupport }\n  }\n}": types.AnalyticsMoneyBreakdownDocument,
    "query AnalyticsSupportedFacilities($g: [FacilityGrouping!]!, $f: FacilityFilter) {\n  supportedFacilities(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { communeCode sector legalForm size womenOwned facilityCount projectCount }\n    total { facilityCount projectCount }\n  }\n}": types.AnalyticsSupportedFacilitiesDocument,
    "query AnalyticsLines { lines: attainment(groupBy: LINE, years: [2027, 2026]) { year groupCode lineCode yearTarget yearAchieved cumulativeAchieved periodTotal attainment status }\n         groups: attainment(groupBy: GROUP, years: [2026]) { year groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved } }": types.AnalyticsLinesDocument,
    "query AnalyticsProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { groups { groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved\n             lines { code total rate status cumulativeAchieved years { year target achieved } } } } }": types.AnalyticsProgrammeProgressDocument,
    "query AnalyticsAttainment { attainment(groupBy: LINE, years: [2040]) { year } }": types.AnalyticsAttainmentDocument,
    "mutation AnnualPlansCreateImplementingUnit { createImplementingUnit(name: \"HTX Gốm sứ Chu Đậu\") { id } }": types.AnnualPlansCreateImplementingUnitDocument,
    "query AnnualPlansProgramme { programme { groups { lines { id code yearlyTargets { year target } } } } }": types.AnnualPlansProgrammeDocument,
    "\n  fragment AnnualPlansPlan on AnnualPlan {\n    id\n    programmeCode\n    year\n    status\n    statusLabel\n    version\n    decisionNumber\n    decisionDate\n    consolidatedAt\n    consolidatedBy {\n      id\n    }\n    approvedAt\n    approvedBy {\n      id\n    }\n  }\n": types.AnnualPlansPlanFragmentDoc,
    "\n  fragment AnnualPlansRegistration on PlanRegistration {\n    id\n    planId\n    communeCode\n    unitId\n    targetLineId\n    quantity\n    estimatedCost\n    fundSource\n    note\n    version\n    createdById\n  }\n": types.AnnualPlansRegistrationFragmentDoc,
    "mutation AnnualPlansOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { ...AnnualPlansPlan } }": types.AnnualPlansOpenAnnualPlanDocument,
    "mutation AnnualPlansConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { ...AnnualPlansPlan } }": types.AnnualPlansConsolidateAnnualPlanDocument,
    "mutation AnnualPlansReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) { reopenAnnualPlan(year: $year, version: $version, reason: $reason) { ...AnnualPlansPlan } }": types.AnnualPlansReopenAnnualPlanDocument,
    "mutation AnnualPlansApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {\n  approveAnnualPlan(year: $year, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate) { ...AnnualPlansPlan }\n}": types.AnnualPlansApproveAnnualPlanDocument,
    "query AnnualPlansAnnualPlan4($year: Int!) { annualPlan(year: $year) { ...AnnualPlansPlan } }": types.AnnualPlansAnnualPlan4Document,
    "mutation AnnualPlansRegisterPlannedActivity($year: Int!, $targetLineId: ID!, $quantity: Int!, $estimatedCost: Dong!, $fundSource: FundSource!,\n                          $communeCode: String, $unitId: ID, $note: String) {\n  registerPlannedActivity(year: $year, targetLineId: $targetLineId, quantity: $quantity, estimatedCost: $estimatedCost,\n                          fundSource: $fundSource, communeCode: $communeCode, unitId: $unitId, note: $note) { ...AnnualPlansRegistration }\n}": types.AnnualPlansRegisterPlannedActivityDocument,
    "mutation AnnualPlansUpdatePlanRegistration($id: ID!, $version: Int!, $targetLineId: ID, $quantity: Int, $estimatedCost: Dong,\n                        $fundSource: FundSource, $note: String) {\n  updatePlanRegistration(id: $id, version: $version, targetLineId: $targetLineId, quantity: $quantity,\n                         estimatedCost: $estimatedCost, fundSource: $fundSource, note: $note) { ...AnnualPlansRegistration }\n}": types.AnnualPlansUpdatePlanRegistrationDocument,
    "mutation AnnualPlansWithdrawPlanRegistration($id: ID!, $version: Int!) { withdrawPlanRegistration(id: $id, version: $version) { ...AnnualPlansRegistration } }": types.AnnualPlansWithdrawPlanRegistrationDocument,
    "query AnnualPlansPlanRegistration($id: ID!) { planRegistration(id: $id) { ...AnnualPlansRegistration } }": types.AnnualPlansPlanRegistrationDocument,
    "query AnnualPlansAnnualPlan5($year: Int!, $first: Int) {\n  annualPlan(year: $year) {\n    version\n    registrations(first: $first) {\n      totalCount\n      nodes { ...AnnualPlansRegistration targetLine { code } commune { code displayName } unit { id name } createdBy { id fullName } }\n    }\n    comparison {\n      coversAllRegistrations\n      lines { targetLineId targetLine { code unit } target registeredQuantity estimatedCost registrationCount difference }\n      byFundSource { fundSource registrationCount estimatedCost }\n      byCommune { communeCode commune { displayName } registrationCount estimatedCost }\n      byUnit { unitId unit { name } registrationCount estimatedCost }\n      total { registrationCount estimatedCost }\n    }\n  }\n}": types.AnnualPlansAnnualPlan5Document,
    "query AnnualPlansAnnualPlans { annualPlans { year status decisionNumber } }": types.AnnualPlansAnnualPlansDocument,
    "query AnnualPlansAnnualPlan($year: Int!) { annualPlan(year: $year) { registrations(first: 100) { totalCount nodes { id } } } }": types.AnnualPlansAnnualPlanDocument,
    "query AnnualPlansAnnualPlans2 { annualPlans { id } }": types.AnnualPlansAnnualPlans2Document,
    "query AnnualPlansAnnualPlan2($year: Int!) { annualPlan(year: $year) { comparison {\n    coversAllRegistrations\n    lines { targetLineId target registeredQuantity estimatedCost registrationCount difference }\n    byFundSource { fundSource registrationCount estimatedCost }\n    byCommune { communeCode registrationCount estimatedCost }\n    byUnit { unitId registrationCount estimatedCost }\n    total { registrationCount estimatedCost }\n  } } }": types.AnnualPlansAnnualPlan2Document,
    "query AnnualPlansAnnualPlan3($year: Int!, $after: String) { annualPlan(year: $year) {\n          registrations(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }": types.AnnualPlansAnnualPlan3Document,
    "mutation ApiTokensCreateApiToken($name: String!, $days: Int) {\n  createApiToken(name: $name, expiresInDays: $days) { secret apiToken { id name prefix expiresAt revokedAt lastUsedAt } }\n}": types.ApiTokensCreateApiTokenDocument,
    "mutation ApiTokensRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": types.ApiTokensRevokeApiTokenDocument,
    "query ApiTokensMe { me { id role } }": types.ApiTokensMeDocument,
    "query ApiTokensMyApiTokens { myApiTokens { id name prefix lastUsedAt } }": types.ApiTokensMyApiTokensDocument,
    "query ApiTokensMe2 { me { id } }": types.ApiTokensMe2Document,
    "query ApiTokensMe3 { me { id } }": types.ApiTokensMe3Document,
    "query ApiTokensMe4 { me { id } }": types.ApiTokensMe4Document,
    "query ApiTokensMe5 { me { id } }": types.ApiTokensMe5Document,
    "query ApiTokensMe6 { me { id } }": types.ApiTokensMe6Document,
    "query ApiTokensApiTokens($u: ID!) { apiTokens(userId: $u) { id } }": types.ApiTokensApiTokensDocument,
    "query ApiTokensMe7 { me { id } }": types.ApiTokensMe7Document,
    "mutation ApiTokensLogout { logout }": types.ApiTokensLogoutDocument,
    "\n  query ApprovalPlanWarnings($id: ID!) { project(id: $id) { state year approvalWarnings } }\n": types.ApprovalPlanWarningsDocument,
    "mutation ApprovalPlanOpen($year: Int!) { openAnnualPlan(year: $year) { id } }": types.ApprovalPlanOpenDocument,
    "\n  mutation AuditRename($id: ID!, $version: Int!, $fullName: String!) {\n    updateUser(id: $id, version: $version, fullName: $fullName) {\n      id\n    }\n  }\n": types.AuditRenameDocument,
    "\n  mutation AuditChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      id\n    }\n  }\n": types.AuditChangePasswordDocument,
    "\n  mutation AuditResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) {\n      id\n    }\n  }\n": types.AuditResetPasswordDocument,
    "\n  mutation AuditDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": types.AuditDeactivateDocument,
    "\n  mutation AuditLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.AuditLoginDocument,
    "query AuditAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes { id at action entityType entityId userId user { email } before after }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.AuditAuditLogDocument,
    "\n        mutation AuditCreateUser($password: String!) {\n          createUser(email: \"audited@test.local\", fullName: \"Người Được Ghi\", role: ANALYST, password: $password) {\n            id\n          }\n        }\n      ": types.AuditCreateUserDocument,
    "mutation AuditLogout { logout }": types.AuditLogoutDocument,
    "mutation AuditWrongPassword { changePassword(currentPassword: \"wrong-pass\", newPassword: \"whatever-123\") { id } }": types.AuditWrongPasswordDocument,
    "query AuditAuditLog2($filter: AuditFilter) { auditLog(filter: $filter) { nodes { action actionLabel } } }": types.AuditAuditLog2Document,
    "mutation AuthLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { id email role } }\n}": types.AuthLoginDocument,
    "query AuthMe { me { id email role roleLabel } }": types.AuthMeDocument,
    "mutation AuthChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id version }\n}": types.AuthChangePasswordDocument,
    "mutation AuthDeactivateUser($id: ID!) { deactivateUser(id: $id) { active } }": types.AuthDeactivateUserDocument,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "mutation AuthLogout2 { logout }": types.AuthLogout2Document,
    "query BenchGeneratorProjects { projects(first: 50) { totalCount nodes { id } } }": types.BenchGeneratorProjectsDocument,
    "query BenchGeneratorProjects2 { projects(first: 20, search: \"banh da\") { totalCount nodes { title } } }": types.BenchGeneratorProjects2Document,
    "query BenchGeneratorProject($id: ID!) { project(id: $id) { approvedSupport finalSupport paid { total pending } } }": types.BenchGeneratorProjectDocument,
    "query BenchGeneratorMoneyBreakdown { moneyBreakdown(groupBy: [FUND_SOURCE]) { total { projectCount requested approved paid } } }": types.BenchGeneratorMoneyBreakdownDocument,
    "query BenchGeneratorBudgetEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { fundSource amount allocated available } }": types.BenchGeneratorBudgetEnvelopesDocument,
    "\n  fragment TestStep on Project {\n    id\n    state\n    version\n  }\n": types.TestStepFragmentDoc,
    "\n  mutation StepSubmit($projectId: ID!, $version: Int!) {\n    submitProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": types.StepSubmitDocument,
    "\n  mutation StepAppraise($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {\n    appraiseProject(projectId: $projectId, version: $version, appraisedOn: $appraisedOn, opinion: $opinion) {\n      ...TestStep\n    }\n  }\n": types.StepAppraiseDocument,
    "\n  mutation StepReturn($projectId: ID!, $version: Int!, $reason: String!) {\n    returnProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": types.StepReturnDocument,
    "\n  mutation StepReject($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": types.StepRejectDocument,
    "\n  mutation StepApprove(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n    $doubleSupportJustification: String\n  ) {\n    approveProject(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n      doubleSupportJustification: $doubleSupportJustification\n    ) {\n      ...TestStep\n    }\n  }\n": types.StepApproveDocument,
    "\n  mutation StepSignContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {\n    signProjectContract(\n      projectId: $projectId\n      version: $version\n      contractNumber: $contractNumber\n      contractDate: $contractDate\n    ) {\n      ...TestStep\n    }\n  }\n": types.StepSignContractDocument,
    "\n  mutation StepStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": types.StepStartDocument,
    "\n  mutation StepRequestAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    requestProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": types.StepRequestAdjustmentDocument,
    "\n  mutation StepApproveAdjustment(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n  ) {\n    approveProjectAdjustment(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n    ) {\n      ...TestStep\n    }\n  }\n": types.StepApproveAdjustmentDocument,
    "\n  mutation StepRejectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": types.StepRejectAdjustmentDocument,
    "\n  mutation StepAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n  ) {\n    acceptProject(projectId: $projectId, version: $version, acceptedOn: $acceptedOn, outputs: $outputs) {\n      ...TestStep\n    }\n  }\n": types.StepAcceptDocument,
    "\n  mutation StepSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      ...TestStep\n    }\n  }\n": types.StepSettleDocument,
    "\n  mutation StepClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n": types.StepCloseDocument,
    "\n  mutation StepStop($projectId: ID!, $version: Int!, $reason: String!) {\n    stopProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n": types.StepStopDocument,
    "\n  mutation StepRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n    requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {\n      id\n      kind\n      amount\n      status\n    }\n  }\n": types.StepRequestPaymentDocument,
    "\n  mutation StepPayRequest($id: ID!, $paidOn: CalendarDate!) {\n    payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-0001\") {\n      id\n      status\n      paidOn\n    }\n  }\n": types.StepPayRequestDocument,
    "\n  query CommuneReportProgramme { programme { groups { lines { id code } } } }\n": types.CommuneReportProgrammeDocument,
    "\n  query CommuneReportOf($year: Int!, $communeCode: String) {\n    communeReport(year: $year, communeCode: $communeCode) {\n      id status version note returnReason submittedAt communeCode\n      commune { code }\n      lines { achieved note targetLine { code } }\n    }\n  }\n": types.CommuneReportOfDocument,
    "\n  mutation CommuneReportSave($year: Int!, $communeCode: String, $version: Int, $note: String, $lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: $year, communeCode: $communeCode, version: $version, note: $note, lines: $lines) {\n      id status version note\n      lines { achieved note targetLine { code } }\n    }\n  }\n": types.CommuneReportSaveDocument,
    "\n  mutation CommuneReportSubmit($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { id status version submittedAt }\n  }\n": types.CommuneReportSubmitDocument,
    "\n  mutation CommuneReportReturn($id: ID!, $version: Int!, $reason: String!) {\n    returnCommuneReport(id: $id, version: $version, reason: $reason) { id status version returnReason }\n  }\n": types.CommuneReportReturnDocument,
    "\n  mutation CommuneReportAccept($id: ID!, $version: Int!) {\n    acceptCommuneReport(id: $id, version: $version) { id status version reviewedAt }\n  }\n": types.CommuneReportAcceptDocument,
    "\n  query CommuneReportStandings($year: Int!) {\n    communeReportStandings(year: $year) { commune { code } report { status } sent dueOn overdue }\n  }\n": types.CommuneReportStandingsDocument,
    "mutation CsvDownloadsOpenAnnualPlan { openAnnualPlan(year: 2026) { id } }": types.CsvDownloadsOpenAnnualPlanDocument,
    "mutation CsvDownloadsRegisterPlannedActivity($line: ID!, $cost: Dong!, $unitId: ID) {\n          registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: $cost,\n            fundSource: CITY_BUDGET, unitId: $unitId) { id }\n        }": types.CsvDownloadsRegisterPlannedActivityDocument,
    "mutation DatabaseKillRequestPayment($projectId: ID!, $key: String!, $amount: Dong!) {\n        requestPayment(projectId: $projectId, requestKey: $key, kind: \"ADVANCE\", amount: $amount, progress: 9000) { id }\n      }": types.DatabaseKillRequestPaymentDocument,
    "query DatabaseKillPendingPaymentRequests { pendingPaymentRequests { id } }": types.DatabaseKillPendingPaymentRequestsDocument,
    "mutation DatabaseKillPayPaymentRequest($id: ID!) { payPaymentRequest(id: $id, paidOn: \"2026-06-01\", treasuryReference: \"UNC-0001\") { id } }": types.DatabaseKillPayPaymentRequestDocument,
    "query DatabaseKillProject($id: ID!) { project(id: $id) { state version } }": types.DatabaseKillProjectDocument,
    "mutation DatabaseKillApproveProject($id: ID!, $v: Int!) {\n        approveProject(projectId: $id, version: $v, decisionNumber: \"77/QĐ-UBND\", decisionDate: \"2026-04-20\") { id }\n      }": types.DatabaseKillApproveProjectDocument,
    "query DemoProjects { projects(first: 100) { totalCount nodes {\n  code state year fundSource approvedSupport finalSupport finalPayment refundDue refundReceived\n  proposedOn appraisedOn decisionDate contractDate acceptedOn settledOn lastReason\n  paid { advance payment final pending total }\n  totals { cost requestedSupport counterpartFunds }\n  paymentRequests { kind amount status paidOn }\n  history { action }\n  activities { plannedQuantity actualQuantity }\n  documents { fileName }\n} } }": types.DemoProjectsDocument,
    "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.DemoLoginDocument,
    "query DocumentsProject($id: ID!) { project(id: $id) { documents {\n  id kind kindLabel fileName contentType sizeBytes sha256 downloadPath note uploadedAt\n  uploadedBy { email } canDelete canDownload\n} } }": types.DocumentsProjectDocument,
    "mutation DocumentsDeleteProjectDocument($id: ID!) { deleteProjectDocument(id: $id) { id documents { id } } }": types.DocumentsDeleteProjectDocumentDocument,
    "query DocumentsProjects($first: Int!) { projects(first: $first) { nodes {\n      code documents { fileName sizeBytes downloadPath uploadedBy { email } canDelete canDownload }\n    } } }": types.DocumentsProjectsDocument,
    "\n  query DutiesCalendar($year: Int!) {\n    reportingCalendar(year: $year) { key dutyCode bodyLabel periodLabel dueOn dateSource citation citationStatus tracked }\n  }\n": types.DutiesCalendarDocument,
    "\n  query DutiesAgenda($asOf: CalendarDate, $days: Int) {\n    myDutyAgenda(asOf: $asOf, upcomingDays: $days) {\n      asOf\n      overdue { key daysLeft tracked }\n      upcoming { key daysLeft tracked }\n    }\n  }\n": types.DutiesAgendaDocument,
    "\n  mutation DutiesSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n": types.DutiesSaveReportDocument,
    "\n  mutation DutiesSubmitReport($id: ID!, $version: Int!) { submitCommuneReport(id: $id, version: $version) { status } }\n": types.DutiesSubmitReportDocument,
    "query DutiesLines { programme { groups { lines { id } } } }": types.DutiesLinesDocument,
    "mutation FacilitiesCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name version productionCommune { displayName } } }": types.FacilitiesCreateFacilityDocument,
    "mutation FacilitiesUpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { name version } }": types.FacilitiesUpdateFacilityDocument,
    "query FacilitiesFacility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) { facility(id: $id) {\n  eligibility(activityKind: $kind, date: $date) { eligible assessedAs assessedAsLabel criteria { code label passed reason citation { text status } } }\n} }": types.FacilitiesFacilityDocument,
    "query FacilitiesFacilities { facilities(search: \"co khi\", first: 50) { totalCount nodes { name } } }": types.FacilitiesFacilitiesDocument,
    "query FacilitiesFacilities2 { facilities(search: \"co khi\", first: 50) { nodes { name productionCommuneCode } } }": types.FacilitiesFacilities2Document,
    "query FacilitiesFacilities3 { facilities(communeCode: \"xa-kien-thuy\", first: 50) { totalCount } }": types.FacilitiesFacilities3Document,
    "query FacilitiesFacility2($id: ID!) { facility(id: $id) { id } }": types.FacilitiesFacility2Document,
    "query FacilitiesFacility3($id: ID!) { facility(id: $id) { id } }": types.FacilitiesFacility3Document,
    "query FacilitiesFacility4($id: ID!) { facility(id: $id) { id } }": types.FacilitiesFacility4Document,
    "mutation FacilityImportImportFacilities($file: String!, $dryRun: Boolean!) {\n  importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: \"co-so.xlsx\") {\n    dryRun importedCount rowCount errorRowCount\n    rows { row name communeName facilityId errors { column message } }\n  }\n}": types.FacilityImportImportFacilitiesDocument,
    "query FacilityImportFacility($id: ID!) { facility(id: $id) { name legalForm businessField averageInsuredWorkers priorYearRevenue womenOwned taxCode } }": types.FacilityImportFacilityDocument,
    "query FacilityImportFacilityImportTemplate { facilityImportTemplate { fileName base64 } }": types.FacilityImportFacilityImportTemplateDocument,
    "query FacilityImportFacilityImportTemplate2 { facilityImportTemplate { fileName } }": types.FacilityImportFacilityImportTemplate2Document,
    "\n    fragment FacilityImportHistory on Facility {\n      priorSupports {\n        source\n        costItem\n        year\n        amount\n        activityKind\n      }\n      projects {\n        code\n        title\n      }\n    }\n  ": types.FacilityImportHistoryFragmentDoc,
    "\n    query FacilityImportHistoryOfOne($id: ID!) {\n      facility(id: $id) {\n        ...FacilityImportHistory\n      }\n    }\n  ": types.FacilityImportHistoryOfOneDocument,
    "mutation FacilityImportRecordPriorSupport($id: ID!) { recordPriorSupport(facilityId: $id, activityKind: MACHINERY, costItem: \"Máy dệt\", source: \"Chương trình OCOP\", year: 2025, amount: 50000000) { id } }": types.FacilityImportRecordPriorSupportDocument,
    "\n          query FacilityImportHistoryOfPage {\n            facilities(first: 50) {\n              nodes {\n                id\n                ...FacilityImportHistory\n              }\n            }\n          }\n        ": types.FacilityImportHistoryOfPageDocument,
    "\n  query FiguresMoney($groupBy: [MoneyGrouping!]!, $filter: MoneyFilter) {\n    moneyBreakdown(groupBy: $groupBy, filter: $filter) {\n      rows {\n        year\n        fundSource\n        communeCode\n        state\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n      total {\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n    }\n  }\n": types.FiguresMoneyDocument,
    "\n  query FiguresEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n    }\n  }\n": types.FiguresEnvelopesDocument,
    "\n  query FiguresDescriptions {\n    envelope: __type(name: \"BudgetEnvelope\") {\n      fields {\n        name\n        description\n      }\n    }\n    row: __type(name: \"MoneyBreakdownRow\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n": types.FiguresDescriptionsDocument,
    "\n  mutation FiguresAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: $acceptedOn\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      id\n      state\n    }\n  }\n": types.FiguresAcceptDocument,
    "\n  mutation FiguresSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      id\n      state\n    }\n  }\n": types.FiguresSettleDocument,
    "\n  fragment TestFacility on Facility {\n    id\n    name\n    version\n    productionCommuneCode\n    legalForm\n    sector\n  }\n": types.TestFacilityFragmentDoc,
    "\n  fragment TestProject on Project {\n    id\n    code\n    state\n    version\n    communeCode\n    implementingUnitId\n    totals {\n      cost\n      requestedSupport\n      counterpartFunds\n    }\n  }\n": types.TestProjectFragmentDoc,
    "\n  mutation TestCreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      ...TestFacility\n    }\n  }\n": types.TestCreateFacilityDocument,
    "\n  query TestTargetLines {\n    programme {\n      targetLines {\n        id\n        code\n      }\n    }\n  }\n": types.TestTargetLinesDocument,
    "\n  mutation TestCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...TestProject\n    }\n  }\n": types.TestCreateProjectDocument,
    "\n  mutation TestAddBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {\n    addProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) {\n      ...TestProject\n    }\n  }\n": types.TestAddBeneficiaryDocument,
    "\n  mutation TestAddActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {\n    addProjectActivity(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n      activities {\n        id\n      }\n    }\n  }\n": types.TestAddActivityDocument,
    "\n  mutation TestAddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {\n    addBudgetLine(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n    }\n  }\n": types.TestAddBudgetLineDocument,
    "\n  mutation TestCreateEnvelope($year: Int!, $fund: FundSource!, $amount: Dong!) {\n    createBudgetEnvelope(year: $year, fundSource: $fund, amount: $amount, decisionNumber: \"01/QĐ-UBND\") {\n      id\n      version\n      amount\n    }\n  }\n": types.TestCreateEnvelopeDocument,
    "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n": types.TestCreateUserDocument,
    "query Health__typename { __typename }": types.Health__TypenameDocument,
    "mutation InputHygieneCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name } }": types.InputHygieneCreateFacilityDocument,
    "mutation InputHygieneCreateProject($input: ProjectInput!) { createProject(input: $input) { id proposedOn } }": types.InputHygieneCreateProjectDocument,
    "mutation InputHygieneCreateBudgetEnvelope($year: Int!, $amount: Dong!, $date: CalendarDate) {\n  createBudgetEnvelope(year: $year, fundSource: CITY_BUDGET, amount: $amount, decisionNumber: \"12/QĐ-UBND\",\n                       decisionDate: $date) { id decisionDate }\n}": types.InputHygieneCreateBudgetEnvelopeDocument,
    "query InputHygieneNorms($date: CalendarDate) { norms(date: $date) { id validFrom } }": types.InputHygieneNormsDocument,
    "query InputHygieneMoneyBreakdown($filter: MoneyFilter) { moneyBreakdown(filter: $filter, groupBy: [COMMUNE]) { rows { approved } } }": types.InputHygieneMoneyBreakdownDocument,
    "query InputHygieneNorms2 { norms(date: \"2026-02-30\") { id } }": types.InputHygieneNorms2Document,
    "query Dashboard($year: Int!, $years: [Int!]!) {\n        progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n        attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n        byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n        byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n      }": types.DashboardDocument,
    "mutation MoneyFiguresPropertyPayPaymentRequest($id: ID!, $paidOn: CalendarDate!) { payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-1\") { id status } }": types.MoneyFiguresPropertyPayPaymentRequestDocument,
    "mutation MoneyFiguresPropertyRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n          requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n        }": types.MoneyFiguresPropertyRequestPaymentDocument,
    "mutation MoneyFiguresPropertyRefusePaymentRequest($id: ID!) { refusePaymentRequest(id: $id, reason: \"Thiếu hoá đơn\") { id } }": types.MoneyFiguresPropertyRefusePaymentRequestDocument,
    "mutation MoneyFiguresPropertyRequestPayment2($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n            requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n          }": types.MoneyFiguresPropertyRequestPayment2Document,
    "mutation MoneyFiguresPropertyRecordProjectRefund($id: ID!, $v: Int!, $a: Dong!) { recordProjectRefund(projectId: $id, version: $v, amount: $a) { id } }": types.MoneyFiguresPropertyRecordProjectRefundDocument,
    "mutation MoneyFiguresPropertyRequestPayment3($projectId: ID!, $key: String!, $amount: Dong!) { requestPayment(projectId: $projectId, requestKey: $key, kind: \"FINAL\", amount: $amount) { id } }": types.MoneyFiguresPropertyRequestPayment3Document,
    "query MoneyFiguresPropertyBudgetEnvelopes { budgetEnvelopes { year fundSource amount allocated available } }": types.MoneyFiguresPropertyBudgetEnvelopesDocument,
    "query MoneyFiguresPropertyMoneyBreakdown($year: Int!) { moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource committed } } }": types.MoneyFiguresPropertyMoneyBreakdownDocument,
    "query MoneyFiguresPropertyProjects { projects(first: 100) { nodes { id totals { cost requestedSupport counterpartFunds } } } }": types.MoneyFiguresPropertyProjectsDocument,
    "\n  query MoneyPathEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n      version\n      id\n    }\n  }\n": types.MoneyPathEnvelopesDocument,
    "\n  mutation MoneyPathEnvelope2026 {\n    createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n": types.MoneyPathEnvelope2026Document,
    "\n  mutation MoneyPathEnvelope2027 {\n    createBudgetEnvelope(year: 2027, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n": types.MoneyPathEnvelope2027Document,
    "\n  mutation MoneyPathShrinkEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 299000000) {\n      amount\n    }\n  }\n": types.MoneyPathShrinkEnvelopeDocument,
    "\n  mutation MoneyPathGrowEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 600000000) {\n      version\n    }\n  }\n": types.MoneyPathGrowEnvelopeDocument,
    "\n  query MoneyPathDoubleSupport($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        match\n        priorSource\n        message\n      }\n    }\n  }\n": types.MoneyPathDoubleSupportDocument,
    "\n  query MoneyPathPriorSources($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        priorSource\n      }\n    }\n  }\n": types.MoneyPathPriorSourcesDocument,
    "\n  mutation MoneyPathPriorSupport($f: ID!) {\n    recordPriorSupport(\n      facilityId: $f\n      activityKind: MACHINERY\n      costItem: \"Máy cán bánh\"\n      source: \"Chương trình OCOP 2025\"\n      year: 2025\n    ) {\n      id\n    }\n  }\n": types.MoneyPathPriorSupportDocument,
    "\n  mutation MoneyPathRefuse($id: ID!, $reason: String!) {\n    refusePaymentRequest(id: $id, reason: $reason) {\n      status\n      refusalReason\n    }\n  }\n": types.MoneyPathRefuseDocument,
    "\n  query MoneyPathPending {\n    pendingPaymentRequests {\n      id\n      project {\n        code\n      }\n    }\n  }\n": types.MoneyPathPendingDocument,
    "\n  mutation MoneyPathStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n": types.MoneyPathStartDocument,
    "\n  mutation MoneyPathAccept(\n    $projectId: ID!\n    $version: Int!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: \"2026-10-01\"\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      state\n    }\n  }\n": types.MoneyPathAcceptDocument,
    "\n  mutation MoneyPathSettle($projectId: ID!, $version: Int!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: \"2026-11-01\") {\n      state\n    }\n  }\n": types.MoneyPathSettleDocument,
    "\n  query MoneyPathFigures($id: ID!) {\n    project(id: $id) {\n      version\n      finalSupport\n      finalPayment\n      refundDue\n      refundReceived\n      paid {\n        total\n      }\n    }\n  }\n": types.MoneyPathFiguresDocument,
    "\n  mutation MoneyPathClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n": types.MoneyPathCloseDocument,
    "\n  mutation MoneyPathRefund($id: ID!, $v: Int!, $a: Dong!) {\n    recordProjectRefund(projectId: $id, version: $v, amount: $a) {\n      refundReceived\n      version\n    }\n  }\n": types.MoneyPathRefundDocument,
    "\n  query NotificationsBell($unreadOnly: Boolean) {\n    myUnreadNotificationCount\n    myNotifications(unreadOnly: $unreadOnly) { id kind title body entityType entityId readAt }\n  }\n": types.NotificationsBellDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": types.NotificationsMarkReadDocument,
    "query NotificationsLines { programme { groups { lines { id } } } }": types.NotificationsLinesDocument,
    "\n  mutation NotificationsSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n": types.NotificationsSaveReportDocument,
    "\n  mutation NotificationsSubmitReport($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { status }\n  }\n": types.NotificationsSubmitReportDocument,
    "\n  mutation NotificationsOpenPlan($year: Int!) { openAnnualPlan(year: $year) { id } }\n": types.NotificationsOpenPlanDocument,
    "\n  mutation OutageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.OutageLoginDocument,
    "\n  query OutageMe {\n    me {\n      email\n    }\n  }\n": types.OutageMeDocument,
    "query Dashboard($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n  byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n}": types.DashboardDocument,
    "query OverloadMe { me { id } }": types.OverloadMeDocument,
    "query OverloadProgrammeProgress { programmeProgress(asOfYear: 2026) { attainment } }": types.OverloadProgrammeProgressDocument,
    "query OverloadCommunes { communes(kind: null) { code } }": types.OverloadCommunesDocument,
    "query OverloadProgrammeProgress2 { programmeProgress(asOfYear: 2026) { attainment } }": types.OverloadProgrammeProgress2Document,
    "mutation OverloadUpdateUser($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Mới\") { id fullName } }": types.OverloadUpdateUserDocument,
    "query OverloadProgramme { programme { targetLines { code } } }": types.OverloadProgrammeDocument,
    "query OverloadMe2 { me { id } }": types.OverloadMe2Document,
    "query OverloadMe3 { me { id } }": types.OverloadMe3Document,
    "mutation PasswordsAndCredentialsCreateUser($email: String!, $password: String!, $fullName: String!) {\n  createUser(email: $email, fullName: $fullName, role: ANALYST, password: $password) {\n    id version mustChangePassword\n  }\n}": types.PasswordsAndCredentialsCreateUserDocument,
    "mutation PasswordsAndCredentialsChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id mustChangePassword }\n}": types.PasswordsAndCredentialsChangePasswordDocument,
    "mutation PasswordsAndCredentialsResetPassword($id: ID!, $password: String!) {\n  resetPassword(id: $id, newPassword: $password) { id mustChangePassword }\n}": types.PasswordsAndCredentialsResetPasswordDocument,
    "mutation PasswordsAndCredentialsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token user { mustChangePassword } }\n}": types.PasswordsAndCredentialsLoginDocument,
    "query PasswordsAndCredentialsMe { me { email mustChangePassword } }": types.PasswordsAndCredentialsMeDocument,
    "query PasswordsAndCredentialsMe2 { me { id } communes { code } }": types.PasswordsAndCredentialsMe2Document,
    "query PasswordsAndCredentialsCommunes { communes { code } }": types.PasswordsAndCredentialsCommunesDocument,
    "mutation PasswordsAndCredentialsLogout { logout }": types.PasswordsAndCredentialsLogoutDocument,
    "mutation PasswordsAndCredentialsCreateApiToken { createApiToken(name: \"Kịch bản phân tích\") { secret apiToken { id } } }": types.PasswordsAndCredentialsCreateApiTokenDocument,
    "mutation PasswordsAndCredentialsUpdateUser($id: ID!, $version: Int!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, version: $version, role: $role, active: $active) { version }\n  }": types.PasswordsAndCredentialsUpdateUserDocument,
    "query PasswordsAndCredentialsMe3 { me { id } }": types.PasswordsAndCredentialsMe3Document,
    "mutation PasswordsAndCredentialsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.PasswordsAndCredentialsDeactivateUserDocument,
    "mutation PasswordsAndCredentialsUpdateUser2($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Khác\") { id } }": types.PasswordsAndCredentialsUpdateUser2Document,
    "query ProgressOnceProgress($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesWithTarget linesAchieved }\n  again: programmeProgress(asOfYear: $year) { attainment }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n}": types.ProgressOnceProgressDocument,
    "query ProgressOnceA { a: programmeProgress(asOfYear: 2026) { attainment linesBehind groups { lines { rate status } } }\n         b: programmeProgress(asOfYear: 2029) { attainment linesBehind groups { lines { rate status } } } }": types.ProgressOnceADocument,
    "query ProgressOnceProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { attainment linesBehind groups { lines { rate status } } } }": types.ProgressOnceProgrammeProgressDocument,
    "query ProgressAnnualPlan($year: Int!) { annualPlan(year: $year) { version status } }": types.ProgressAnnualPlanDocument,
    "mutation ProgressOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }": types.ProgressOpenAnnualPlanDocument,
    "mutation ProgressRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: 50000000,\n            fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }\n        }": types.ProgressRegisterPlannedActivityDocument,
    "mutation ProgressConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }": types.ProgressConsolidateAnnualPlanDocument,
    "mutation ProgressApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }": types.ProgressApproveAnnualPlanDocument,
    "\n  fragment ProgressProgrammeRollUp on ProgrammeProgress {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n": types.ProgressProgrammeRollUpFragmentDoc,
    "\n  fragment ProgressGroupRollUp on ProgressGroup {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n": types.ProgressGroupRollUpFragmentDoc,
    "\n  fragment ProgressForecastFigures on ProgressForecast {\n    year\n    target\n    quantity\n    rate\n    shortfall\n    outlook\n  }\n": types.ProgressForecastFiguresFragmentDoc,
    "\n  query ProgressProgress($asOfYear: Int!) {\n    programmeProgress(asOfYear: $asOfYear) {\n      programmeCode\n      asOfYear\n      lastYear\n      approvedPlanYears\n      ...ProgressProgrammeRollUp\n      groups {\n        groupCode\n        name\n        ...ProgressGroupRollUp\n        lines {\n          targetLineId\n          code\n          name\n          unit\n          total\n          cumulativeTarget\n          cumulativeAchieved\n          remaining\n          rate\n          status\n          pipeline\n          targetLine {\n            code\n          }\n          years {\n            year\n            target\n            planned\n            achieved\n            pipeline\n            rate\n            cumulativeTarget\n            cumulativeAchieved\n          }\n          forecast {\n            yearEnd {\n              ...ProgressForecastFigures\n            }\n            periodEnd {\n              ...ProgressForecastFigures\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProgressProgressDocument,
    "\n  query ProjectsDetail($id: ID!) {\n    project(id: $id) {\n      ...TestProject\n      stateLabel\n      decisionNumber\n      appraisalOpinion\n      availableActions\n      commune {\n        displayName\n      }\n      beneficiaries {\n        id\n        name\n      }\n      activities {\n        activityKind\n        plannedQuantity\n        actualQuantity\n        targetLine {\n          code\n        }\n      }\n      budgetLines {\n        costItem\n        cost\n        requestedSupport\n        counterpartFunds\n        allowedSupport\n        boundBy\n        normExplanation\n        norm {\n          id\n        }\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          email\n        }\n      }\n    }\n  }\n": types.ProjectsDetailDocument,
    "query ProjectsProject($id: ID!) { project(id: $id) { state } }": types.ProjectsProjectDocument,
    "query ProjectsProject2($id: ID!) { project(id: $id) { approvedSupport finalSupport finalPayment refundDue paid { advance total } } }": types.ProjectsProject2Document,
    "mutation ProjectsCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }": types.ProjectsCreateProjectDocument,
    "query ProjectsProjects { projects(first: 100) { nodes { id communeCode } totalCount } }": types.ProjectsProjectsDocument,
    "query ProjectsProjects2 { projects(first: 100) { nodes { id } } }": types.ProjectsProjects2Document,
    "mutation ProjectsUpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) { updateProject(projectId: $projectId, version: $version, input: $input) { version } }": types.ProjectsUpdateProjectDocument,
    "mutation ProjectsCreateProject2($input: ProjectInput!) { createProject(input: $input) { id } }": types.ProjectsCreateProject2Document,
    "mutation ProjectsCreateProject3($input: ProjectInput!) { createProject(input: $input) { id } }": types.ProjectsCreateProject3Document,
    "query ProjectsProjects3($first: Int!) { projects(first: $first) { totalCount nodes {\n      code commune { displayName } implementingUnit { name }\n      beneficiaries { name productionCommune { displayName } }\n      budgetLines { cost norm { id } facility { name } }\n      activities { targetLine { code } } totals { cost }\n    } } }": types.ProjectsProjects3Document,
    "query ReferenceDataProgramme {\n  programme {\n    code name firstYear lastYear years\n    groups { code position name lines { code unit printedTotal sumOfYears yearlyTargets { year target }\n      bodyTargets { value unit location } findings { code severity } } }\n    findings { severity code rowCode message location figures { name value } }\n  }\n}": types.ReferenceDataProgrammeDocument,
    "query ReferenceDataCommunes($kind: CommuneKind) { communes(kind: $kind) { code } }": types.ReferenceDataCommunesDocument,
    "query ReferenceDataCommunes2 { communes(search: \"hong bang\") { code displayName kind } }": types.ReferenceDataCommunes2Document,
    "query ReferenceDataCommune { commune(code: \"xa-khong-co\") { code } }": types.ReferenceDataCommuneDocument,
    "query ReferenceDataSupportCalculation($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {\n  supportCalculation(activityKind: $kind, fundLevel: $fund, date: $date, eligibleCost: $cost, requested: $requested) {\n    allowed rateLimit cap boundBy excess explanation norm { id status } citation { document article clause status text }\n  }\n}": types.ReferenceDataSupportCalculationDocument,
    "query ReferenceDataNorms { norms(fundLevel: NATIONAL, date: \"2026-06-01\") { id rate cap status citation { text status } } }": types.ReferenceDataNormsDocument,
    "mutation ReferenceDataCreateImplementingUnit($name: String!, $communeCode: String) {\n  createImplementingUnit(name: $name, communeCode: $communeCode) { id name communeCode version }\n}": types.ReferenceDataCreateImplementingUnitDocument,
    "mutation ReportsOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }": types.ReportsOpenAnnualPlanDocument,
    "mutation ReportsRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $cost: Dong!, $fund: FundSource!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: $cost,\n            fundSource: $fund, communeCode: $communeCode, unitId: $unitId) { id }\n        }": types.ReportsRegisterPlannedActivityDocument,
    "query ReportsAnnualPlan($year: Int!) { annualPlan(year: $year) { version } }": types.ReportsAnnualPlanDocument,
    "mutation ReportsConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }": types.ReportsConsolidateAnnualPlanDocument,
    "mutation ReportsApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }": types.ReportsApproveAnnualPlanDocument,
    "mutation ReportsCreateImplementingUnit($name: String!) { createImplementingUnit(name: $name) { id } }": types.ReportsCreateImplementingUnitDocument,
    "query ReportsProgramme { programme { findings { rowCode severity message } } }": types.ReportsProgrammeDocument,
    "query Reports__type { __type(name: \"ProjectState\") { enumValues { name description } } }": types.Reports__TypeDocument,
    "query SearchFoldingProjects($s: String) { projects(first: 20, search: $s) { totalCount nodes { id title } } }": types.SearchFoldingProjectsDocument,
    "mutation SearchFoldingUpdateProject($id: ID!, $v: Int!, $input: ProjectInput!) {\n        updateProject(projectId: $id, version: $v, input: $input) { id } }": types.SearchFoldingUpdateProjectDocument,
    "query SearchFoldingFacilities { facilities(first: 1, search: \"gom\") { totalCount pageInfo { hasNextPage } nodes { name } } }": types.SearchFoldingFacilitiesDocument,
    "mutation SignInThrottlingLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.SignInThrottlingLoginDocument,
    "mutation SignInThrottlingResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"tau-hoa-chay-qua-canh-dong\") { id } }": types.SignInThrottlingResetPasswordDocument,
    "mutation SignInThrottlingDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.SignInThrottlingDeactivateUserDocument,
    "query SignInThrottlingAuditLog { auditLog(first: 100) { nodes { action before after } } }": types.SignInThrottlingAuditLogDocument,
    "query StartupMe { me { id } }": types.StartupMeDocument,
    "query StartupMe2 { me { role } }": types.StartupMe2Document,
    "\n  fragment UsersUser on User {\n    id\n    email\n    fullName\n    role\n    communeCode\n    unitId\n    active\n    version\n  }\n": types.UsersUserFragmentDoc,
    "\n  mutation UsersCreate($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Nguyễn Văn A\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      ...UsersUser\n    }\n  }\n": types.UsersCreateDocument,
    "\n  mutation UsersUpdate(\n    $id: ID!\n    $version: Int!\n    $fullName: String\n    $role: Role\n    $communeCode: String\n    $unitId: ID\n    $active: Boolean\n    $email: String\n  ) {\n    updateUser(\n      id: $id\n      version: $version\n      fullName: $fullName\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      active: $active\n      email: $email\n    ) {\n      ...UsersUser\n    }\n  }\n": types.UsersUpdateDocument,
    "\n  query UsersUser($id: ID!) {\n    user(id: $id) {\n      ...UsersUser\n    }\n  }\n": types.UsersUserDocument,
    "mutation UsersDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.UsersDeactivateUserDocument,
    "query UsersMe { me { role active } }": types.UsersMeDocument,
    "mutation UsersDeactivateUser2($id: ID!) { deactivateUser(id: $id) { active version } }": types.UsersDeactivateUser2Document,
    "query UsersMe2 { me { id } }": types.UsersMe2Document,
    "mutation UsersDeactivateUser3($id: ID!) { deactivateUser(id: $id) { id } }": types.UsersDeactivateUser3Document,
    "mutation UsersDeactivateUser4($id: ID!) { deactivateUser(id: $id) { id } }": types.UsersDeactivateUser4Document,
    "query UsersMe3 { me { active } }": types.UsersMe3Document,
    "mutation UsersResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"reset-password-1\") { version } }": types.UsersResetPasswordDocument,
    "query UsersMe4 { me { id } }": types.UsersMe4Document,
    "\n    query UsersList($first: Int, $after: String) {\n      users(first: $first, after: $after) {\n        totalCount\n        nodes {\n          email\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.UsersListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsMoneyBreakdown($g: [MoneyGrouping!]!, $f: MoneyFilter) {\n  moneyBreakdown(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { year fundSource communeCode communeName contentGroupCode contentGroupName state projectCount requested approved advanced paid finalSupport }\n    total { projectCount requested approved advanced paid finalSupport }\n  }\n}"): typeof import('./graphql.js').AnalyticsMoneyBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsSupportedFacilities($g: [FacilityGrouping!]!, $f: FacilityFilter) {\n  supportedFacilities(groupBy: $g, filter: $f) {\n    coversAllProjects\n    rows { communeCode sector legalForm size womenOwned facilityCount projectCount }\n    total { facilityCount projectCount }\n  }\n}"): typeof import('./graphql.js').AnalyticsSupportedFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsLines { lines: attainment(groupBy: LINE, years: [2027, 2026]) { year groupCode lineCode yearTarget yearAchieved cumulativeAchieved periodTotal attainment status }\n         groups: attainment(groupBy: GROUP, years: [2026]) { year groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved } }"): typeof import('./graphql.js').AnalyticsLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { groups { groupCode attainment attainmentToDate linesBehind linesOnTrack linesAchieved\n             lines { code total rate status cumulativeAchieved years { year target achieved } } } } }"): typeof import('./graphql.js').AnalyticsProgrammeProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalyticsAttainment { attainment(groupBy: LINE, years: [2040]) { year } }"): typeof import('./graphql.js').AnalyticsAttainmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansCreateImplementingUnit { createImplementingUnit(name: \"HTX Gốm sứ Chu Đậu\") { id } }"): typeof import('./graphql.js').AnnualPlansCreateImplementingUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansProgramme { programme { groups { lines { id code yearlyTargets { year target } } } } }"): typeof import('./graphql.js').AnnualPlansProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnualPlansPlan on AnnualPlan {\n    id\n    programmeCode\n    year\n    status\n    statusLabel\n    version\n    decisionNumber\n    decisionDate\n    consolidatedAt\n    consolidatedBy {\n      id\n    }\n    approvedAt\n    approvedBy {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AnnualPlansPlanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnualPlansRegistration on PlanRegistration {\n    id\n    planId\n    communeCode\n    unitId\n    targetLineId\n    quantity\n    estimatedCost\n    fundSource\n    note\n    version\n    createdById\n  }\n"): typeof import('./graphql.js').AnnualPlansRegistrationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { ...AnnualPlansPlan } }"): typeof import('./graphql.js').AnnualPlansOpenAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { ...AnnualPlansPlan } }"): typeof import('./graphql.js').AnnualPlansConsolidateAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansReopenAnnualPlan($year: Int!, $version: Int!, $reason: String!) { reopenAnnualPlan(year: $year, version: $version, reason: $reason) { ...AnnualPlansPlan } }"): typeof import('./graphql.js').AnnualPlansReopenAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansApproveAnnualPlan($year: Int!, $version: Int!, $decisionNumber: String!, $decisionDate: CalendarDate!) {\n  approveAnnualPlan(year: $year, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate) { ...AnnualPlansPlan }\n}"): typeof import('./graphql.js').AnnualPlansApproveAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlan4($year: Int!) { annualPlan(year: $year) { ...AnnualPlansPlan } }"): typeof import('./graphql.js').AnnualPlansAnnualPlan4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansRegisterPlannedActivity($year: Int!, $targetLineId: ID!, $quantity: Int!, $estimatedCost: Dong!, $fundSource: FundSource!,\n                          $communeCode: String, $unitId: ID, $note: String) {\n  registerPlannedActivity(year: $year, targetLineId: $targetLineId, quantity: $quantity, estimatedCost: $estimatedCost,\n                          fundSource: $fundSource, communeCode: $communeCode, unitId: $unitId, note: $note) { ...AnnualPlansRegistration }\n}"): typeof import('./graphql.js').AnnualPlansRegisterPlannedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansUpdatePlanRegistration($id: ID!, $version: Int!, $targetLineId: ID, $quantity: Int, $estimatedCost: Dong,\n                        $fundSource: FundSource, $note: String) {\n  updatePlanRegistration(id: $id, version: $version, targetLineId: $targetLineId, quantity: $quantity,\n                         estimatedCost: $estimatedCost, fundSource: $fundSource, note: $note) { ...AnnualPlansRegistration }\n}"): typeof import('./graphql.js').AnnualPlansUpdatePlanRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualPlansWithdrawPlanRegistration($id: ID!, $version: Int!) { withdrawPlanRegistration(id: $id, version: $version) { ...AnnualPlansRegistration } }"): typeof import('./graphql.js').AnnualPlansWithdrawPlanRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansPlanRegistration($id: ID!) { planRegistration(id: $id) { ...AnnualPlansRegistration } }"): typeof import('./graphql.js').AnnualPlansPlanRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlan5($year: Int!, $first: Int) {\n  annualPlan(year: $year) {\n    version\n    registrations(first: $first) {\n      totalCount\n      nodes { ...AnnualPlansRegistration targetLine { code } commune { code displayName } unit { id name } createdBy { id fullName } }\n    }\n    comparison {\n      coversAllRegistrations\n      lines { targetLineId targetLine { code unit } target registeredQuantity estimatedCost registrationCount difference }\n      byFundSource { fundSource registrationCount estimatedCost }\n      byCommune { communeCode commune { displayName } registrationCount estimatedCost }\n      byUnit { unitId unit { name } registrationCount estimatedCost }\n      total { registrationCount estimatedCost }\n    }\n  }\n}"): typeof import('./graphql.js').AnnualPlansAnnualPlan5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlans { annualPlans { year status decisionNumber } }"): typeof import('./graphql.js').AnnualPlansAnnualPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlan($year: Int!) { annualPlan(year: $year) { registrations(first: 100) { totalCount nodes { id } } } }"): typeof import('./graphql.js').AnnualPlansAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlans2 { annualPlans { id } }"): typeof import('./graphql.js').AnnualPlansAnnualPlans2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlan2($year: Int!) { annualPlan(year: $year) { comparison {\n    coversAllRegistrations\n    lines { targetLineId target registeredQuantity estimatedCost registrationCount difference }\n    byFundSource { fundSource registrationCount estimatedCost }\n    byCommune { communeCode registrationCount estimatedCost }\n    byUnit { unitId registrationCount estimatedCost }\n    total { registrationCount estimatedCost }\n  } } }"): typeof import('./graphql.js').AnnualPlansAnnualPlan2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualPlansAnnualPlan3($year: Int!, $after: String) { annualPlan(year: $year) {\n          registrations(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql.js').AnnualPlansAnnualPlan3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokensCreateApiToken($name: String!, $days: Int) {\n  createApiToken(name: $name, expiresInDays: $days) { secret apiToken { id name prefix expiresAt revokedAt lastUsedAt } }\n}"): typeof import('./graphql.js').ApiTokensCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokensRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }"): typeof import('./graphql.js').ApiTokensRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe { me { id role } }"): typeof import('./graphql.js').ApiTokensMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMyApiTokens { myApiTokens { id name prefix lastUsedAt } }"): typeof import('./graphql.js').ApiTokensMyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe2 { me { id } }"): typeof import('./graphql.js').ApiTokensMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe3 { me { id } }"): typeof import('./graphql.js').ApiTokensMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe4 { me { id } }"): typeof import('./graphql.js').ApiTokensMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe5 { me { id } }"): typeof import('./graphql.js').ApiTokensMe5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe6 { me { id } }"): typeof import('./graphql.js').ApiTokensMe6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensApiTokens($u: ID!) { apiTokens(userId: $u) { id } }"): typeof import('./graphql.js').ApiTokensApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensMe7 { me { id } }"): typeof import('./graphql.js').ApiTokensMe7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokensLogout { logout }"): typeof import('./graphql.js').ApiTokensLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalPlanWarnings($id: ID!) { project(id: $id) { state year approvalWarnings } }\n"): typeof import('./graphql.js').ApprovalPlanWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovalPlanOpen($year: Int!) { openAnnualPlan(year: $year) { id } }"): typeof import('./graphql.js').ApprovalPlanOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRename($id: ID!, $version: Int!, $fullName: String!) {\n    updateUser(id: $id, version: $version, fullName: $fullName) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').AuditLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAuditLog($filter: AuditFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes { id at action entityType entityId userId user { email } before after }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql.js').AuditAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditCreateUser($password: String!) {\n          createUser(email: \"audited@test.local\", fullName: \"Người Được Ghi\", role: ANALYST, password: $password) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').AuditCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditLogout { logout }"): typeof import('./graphql.js').AuditLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditWrongPassword { changePassword(currentPassword: \"wrong-pass\", newPassword: \"whatever-123\") { id } }"): typeof import('./graphql.js').AuditWrongPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAuditLog2($filter: AuditFilter) { auditLog(filter: $filter) { nodes { action actionLabel } } }"): typeof import('./graphql.js').AuditAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { id email role } }\n}"): typeof import('./graphql.js').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { id email role roleLabel } }"): typeof import('./graphql.js').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id version }\n}"): typeof import('./graphql.js').AuthChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeactivateUser($id: ID!) { deactivateUser(id: $id) { active } }"): typeof import('./graphql.js').AuthDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): typeof import('./graphql.js').AuthLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout2 { logout }"): typeof import('./graphql.js').AuthLogout2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGeneratorProjects { projects(first: 50) { totalCount nodes { id } } }"): typeof import('./graphql.js').BenchGeneratorProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGeneratorProjects2 { projects(first: 20, search: \"banh da\") { totalCount nodes { title } } }"): typeof import('./graphql.js').BenchGeneratorProjects2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGeneratorProject($id: ID!) { project(id: $id) { approvedSupport finalSupport paid { total pending } } }"): typeof import('./graphql.js').BenchGeneratorProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGeneratorMoneyBreakdown { moneyBreakdown(groupBy: [FUND_SOURCE]) { total { projectCount requested approved paid } } }"): typeof import('./graphql.js').BenchGeneratorMoneyBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGeneratorBudgetEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { fundSource amount allocated available } }"): typeof import('./graphql.js').BenchGeneratorBudgetEnvelopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestStep on Project {\n    id\n    state\n    version\n  }\n"): typeof import('./graphql.js').TestStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepSubmit($projectId: ID!, $version: Int!) {\n    submitProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAppraise($projectId: ID!, $version: Int!, $appraisedOn: CalendarDate!, $opinion: String!) {\n    appraiseProject(projectId: $projectId, version: $version, appraisedOn: $appraisedOn, opinion: $opinion) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepAppraiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepReturn($projectId: ID!, $version: Int!, $reason: String!) {\n    returnProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepReject($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepApprove(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n    $doubleSupportJustification: String\n  ) {\n    approveProject(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n      doubleSupportJustification: $doubleSupportJustification\n    ) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepSignContract($projectId: ID!, $version: Int!, $contractNumber: String!, $contractDate: CalendarDate!) {\n    signProjectContract(\n      projectId: $projectId\n      version: $version\n      contractNumber: $contractNumber\n      contractDate: $contractDate\n    ) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepSignContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRequestAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    requestProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepRequestAdjustmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepApproveAdjustment(\n    $projectId: ID!\n    $version: Int!\n    $decisionNumber: String!\n    $decisionDate: CalendarDate!\n  ) {\n    approveProjectAdjustment(\n      projectId: $projectId\n      version: $version\n      decisionNumber: $decisionNumber\n      decisionDate: $decisionDate\n    ) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepApproveAdjustmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRejectAdjustment($projectId: ID!, $version: Int!, $reason: String!) {\n    rejectProjectAdjustment(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepRejectAdjustmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n  ) {\n    acceptProject(projectId: $projectId, version: $version, acceptedOn: $acceptedOn, outputs: $outputs) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepStop($projectId: ID!, $version: Int!, $reason: String!) {\n    stopProject(projectId: $projectId, version: $version, reason: $reason) {\n      ...TestStep\n    }\n  }\n"): typeof import('./graphql.js').StepStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n    requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) {\n      id\n      kind\n      amount\n      status\n    }\n  }\n"): typeof import('./graphql.js').StepRequestPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepPayRequest($id: ID!, $paidOn: CalendarDate!) {\n    payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-0001\") {\n      id\n      status\n      paidOn\n    }\n  }\n"): typeof import('./graphql.js').StepPayRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneReportProgramme { programme { groups { lines { id code } } } }\n"): typeof import('./graphql.js').CommuneReportProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneReportOf($year: Int!, $communeCode: String) {\n    communeReport(year: $year, communeCode: $communeCode) {\n      id status version note returnReason submittedAt communeCode\n      commune { code }\n      lines { achieved note targetLine { code } }\n    }\n  }\n"): typeof import('./graphql.js').CommuneReportOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommuneReportSave($year: Int!, $communeCode: String, $version: Int, $note: String, $lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: $year, communeCode: $communeCode, version: $version, note: $note, lines: $lines) {\n      id status version note\n      lines { achieved note targetLine { code } }\n    }\n  }\n"): typeof import('./graphql.js').CommuneReportSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommuneReportSubmit($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { id status version submittedAt }\n  }\n"): typeof import('./graphql.js').CommuneReportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommuneReportReturn($id: ID!, $version: Int!, $reason: String!) {\n    returnCommuneReport(id: $id, version: $version, reason: $reason) { id status version returnReason }\n  }\n"): typeof import('./graphql.js').CommuneReportReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommuneReportAccept($id: ID!, $version: Int!) {\n    acceptCommuneReport(id: $id, version: $version) { id status version reviewedAt }\n  }\n"): typeof import('./graphql.js').CommuneReportAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneReportStandings($year: Int!) {\n    communeReportStandings(year: $year) { commune { code } report { status } sent dueOn overdue }\n  }\n"): typeof import('./graphql.js').CommuneReportStandingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CsvDownloadsOpenAnnualPlan { openAnnualPlan(year: 2026) { id } }"): typeof import('./graphql.js').CsvDownloadsOpenAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CsvDownloadsRegisterPlannedActivity($line: ID!, $cost: Dong!, $unitId: ID) {\n          registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: $cost,\n            fundSource: CITY_BUDGET, unitId: $unitId) { id }\n        }"): typeof import('./graphql.js').CsvDownloadsRegisterPlannedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseKillRequestPayment($projectId: ID!, $key: String!, $amount: Dong!) {\n        requestPayment(projectId: $projectId, requestKey: $key, kind: \"ADVANCE\", amount: $amount, progress: 9000) { id }\n      }"): typeof import('./graphql.js').DatabaseKillRequestPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseKillPendingPaymentRequests { pendingPaymentRequests { id } }"): typeof import('./graphql.js').DatabaseKillPendingPaymentRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseKillPayPaymentRequest($id: ID!) { payPaymentRequest(id: $id, paidOn: \"2026-06-01\", treasuryReference: \"UNC-0001\") { id } }"): typeof import('./graphql.js').DatabaseKillPayPaymentRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseKillProject($id: ID!) { project(id: $id) { state version } }"): typeof import('./graphql.js').DatabaseKillProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseKillApproveProject($id: ID!, $v: Int!) {\n        approveProject(projectId: $id, version: $v, decisionNumber: \"77/QĐ-UBND\", decisionDate: \"2026-04-20\") { id }\n      }"): typeof import('./graphql.js').DatabaseKillApproveProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoProjects { projects(first: 100) { totalCount nodes {\n  code state year fundSource approvedSupport finalSupport finalPayment refundDue refundReceived\n  proposedOn appraisedOn decisionDate contractDate acceptedOn settledOn lastReason\n  paid { advance payment final pending total }\n  totals { cost requestedSupport counterpartFunds }\n  paymentRequests { kind amount status paidOn }\n  history { action }\n  activities { plannedQuantity actualQuantity }\n  documents { fileName }\n} } }"): typeof import('./graphql.js').DemoProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql.js').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsProject($id: ID!) { project(id: $id) { documents {\n  id kind kindLabel fileName contentType sizeBytes sha256 downloadPath note uploadedAt\n  uploadedBy { email } canDelete canDownload\n} } }"): typeof import('./graphql.js').DocumentsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsDeleteProjectDocument($id: ID!) { deleteProjectDocument(id: $id) { id documents { id } } }"): typeof import('./graphql.js').DocumentsDeleteProjectDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsProjects($first: Int!) { projects(first: $first) { nodes {\n      code documents { fileName sizeBytes downloadPath uploadedBy { email } canDelete canDownload }\n    } } }"): typeof import('./graphql.js').DocumentsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutiesCalendar($year: Int!) {\n    reportingCalendar(year: $year) { key dutyCode bodyLabel periodLabel dueOn dateSource citation citationStatus tracked }\n  }\n"): typeof import('./graphql.js').DutiesCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutiesAgenda($asOf: CalendarDate, $days: Int) {\n    myDutyAgenda(asOf: $asOf, upcomingDays: $days) {\n      asOf\n      overdue { key daysLeft tracked }\n      upcoming { key daysLeft tracked }\n    }\n  }\n"): typeof import('./graphql.js').DutiesAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutiesSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n"): typeof import('./graphql.js').DutiesSaveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutiesSubmitReport($id: ID!, $version: Int!) { submitCommuneReport(id: $id, version: $version) { status } }\n"): typeof import('./graphql.js').DutiesSubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DutiesLines { programme { groups { lines { id } } } }"): typeof import('./graphql.js').DutiesLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FacilitiesCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name version productionCommune { displayName } } }"): typeof import('./graphql.js').FacilitiesCreateFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FacilitiesUpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { name version } }"): typeof import('./graphql.js').FacilitiesUpdateFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) { facility(id: $id) {\n  eligibility(activityKind: $kind, date: $date) { eligible assessedAs assessedAsLabel criteria { code label passed reason citation { text status } } }\n} }"): typeof import('./graphql.js').FacilitiesFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacilities { facilities(search: \"co khi\", first: 50) { totalCount nodes { name } } }"): typeof import('./graphql.js').FacilitiesFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacilities2 { facilities(search: \"co khi\", first: 50) { nodes { name productionCommuneCode } } }"): typeof import('./graphql.js').FacilitiesFacilities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacilities3 { facilities(communeCode: \"xa-kien-thuy\", first: 50) { totalCount } }"): typeof import('./graphql.js').FacilitiesFacilities3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacility2($id: ID!) { facility(id: $id) { id } }"): typeof import('./graphql.js').FacilitiesFacility2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacility3($id: ID!) { facility(id: $id) { id } }"): typeof import('./graphql.js').FacilitiesFacility3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilitiesFacility4($id: ID!) { facility(id: $id) { id } }"): typeof import('./graphql.js').FacilitiesFacility4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FacilityImportImportFacilities($file: String!, $dryRun: Boolean!) {\n  importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: \"co-so.xlsx\") {\n    dryRun importedCount rowCount errorRowCount\n    rows { row name communeName facilityId errors { column message } }\n  }\n}"): typeof import('./graphql.js').FacilityImportImportFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilityImportFacility($id: ID!) { facility(id: $id) { name legalForm businessField averageInsuredWorkers priorYearRevenue womenOwned taxCode } }"): typeof import('./graphql.js').FacilityImportFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilityImportFacilityImportTemplate { facilityImportTemplate { fileName base64 } }"): typeof import('./graphql.js').FacilityImportFacilityImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacilityImportFacilityImportTemplate2 { facilityImportTemplate { fileName } }"): typeof import('./graphql.js').FacilityImportFacilityImportTemplate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment FacilityImportHistory on Facility {\n      priorSupports {\n        source\n        costItem\n        year\n        amount\n        activityKind\n      }\n      projects {\n        code\n        title\n      }\n    }\n  "): typeof import('./graphql.js').FacilityImportHistoryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FacilityImportHistoryOfOne($id: ID!) {\n      facility(id: $id) {\n        ...FacilityImportHistory\n      }\n    }\n  "): typeof import('./graphql.js').FacilityImportHistoryOfOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FacilityImportRecordPriorSupport($id: ID!) { recordPriorSupport(facilityId: $id, activityKind: MACHINERY, costItem: \"Máy dệt\", source: \"Chương trình OCOP\", year: 2025, amount: 50000000) { id } }"): typeof import('./graphql.js').FacilityImportRecordPriorSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FacilityImportHistoryOfPage {\n            facilities(first: 50) {\n              nodes {\n                id\n                ...FacilityImportHistory\n              }\n            }\n          }\n        "): typeof import('./graphql.js').FacilityImportHistoryOfPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresMoney($groupBy: [MoneyGrouping!]!, $filter: MoneyFilter) {\n    moneyBreakdown(groupBy: $groupBy, filter: $filter) {\n      rows {\n        year\n        fundSource\n        communeCode\n        state\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n      total {\n        projectCount\n        approved\n        paid\n        finalSupport\n        committed\n      }\n    }\n  }\n"): typeof import('./graphql.js').FiguresMoneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n    }\n  }\n"): typeof import('./graphql.js').FiguresEnvelopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresDescriptions {\n    envelope: __type(name: \"BudgetEnvelope\") {\n      fields {\n        name\n        description\n      }\n    }\n    row: __type(name: \"MoneyBreakdownRow\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql.js').FiguresDescriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresAccept(\n    $projectId: ID!\n    $version: Int!\n    $acceptedOn: CalendarDate!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: $acceptedOn\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql.js').FiguresAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresSettle($projectId: ID!, $version: Int!, $settledOn: CalendarDate!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: $settledOn) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql.js').FiguresSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestFacility on Facility {\n    id\n    name\n    version\n    productionCommuneCode\n    legalForm\n    sector\n  }\n"): typeof import('./graphql.js').TestFacilityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestProject on Project {\n    id\n    code\n    state\n    version\n    communeCode\n    implementingUnitId\n    totals {\n      cost\n      requestedSupport\n      counterpartFunds\n    }\n  }\n"): typeof import('./graphql.js').TestProjectFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      ...TestFacility\n    }\n  }\n"): typeof import('./graphql.js').TestCreateFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTargetLines {\n    programme {\n      targetLines {\n        id\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestTargetLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...TestProject\n    }\n  }\n"): typeof import('./graphql.js').TestCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddBeneficiary($projectId: ID!, $version: Int!, $facilityId: ID!) {\n    addProjectBeneficiary(projectId: $projectId, version: $version, facilityId: $facilityId) {\n      ...TestProject\n    }\n  }\n"): typeof import('./graphql.js').TestAddBeneficiaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddActivity($projectId: ID!, $version: Int!, $input: ProjectActivityInput!) {\n    addProjectActivity(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n      activities {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestAddActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddBudgetLine($projectId: ID!, $version: Int!, $input: BudgetLineInput!) {\n    addBudgetLine(projectId: $projectId, version: $version, input: $input) {\n      ...TestProject\n    }\n  }\n"): typeof import('./graphql.js').TestAddBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateEnvelope($year: Int!, $fund: FundSource!, $amount: Dong!) {\n    createBudgetEnvelope(year: $year, fundSource: $fund, amount: $amount, decisionNumber: \"01/QĐ-UBND\") {\n      id\n      version\n      amount\n    }\n  }\n"): typeof import('./graphql.js').TestCreateEnvelopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').TestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').TestCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health__typename { __typename }"): typeof import('./graphql.js').Health__TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputHygieneCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name } }"): typeof import('./graphql.js').InputHygieneCreateFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputHygieneCreateProject($input: ProjectInput!) { createProject(input: $input) { id proposedOn } }"): typeof import('./graphql.js').InputHygieneCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputHygieneCreateBudgetEnvelope($year: Int!, $amount: Dong!, $date: CalendarDate) {\n  createBudgetEnvelope(year: $year, fundSource: CITY_BUDGET, amount: $amount, decisionNumber: \"12/QĐ-UBND\",\n                       decisionDate: $date) { id decisionDate }\n}"): typeof import('./graphql.js').InputHygieneCreateBudgetEnvelopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputHygieneNorms($date: CalendarDate) { norms(date: $date) { id validFrom } }"): typeof import('./graphql.js').InputHygieneNormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputHygieneMoneyBreakdown($filter: MoneyFilter) { moneyBreakdown(filter: $filter, groupBy: [COMMUNE]) { rows { approved } } }"): typeof import('./graphql.js').InputHygieneMoneyBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputHygieneNorms2 { norms(date: \"2026-02-30\") { id } }"): typeof import('./graphql.js').InputHygieneNorms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($year: Int!, $years: [Int!]!) {\n        progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n        attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n        byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n        byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n      }"): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyPayPaymentRequest($id: ID!, $paidOn: CalendarDate!) { payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: \"UNC-1\") { id status } }"): typeof import('./graphql.js').MoneyFiguresPropertyPayPaymentRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyRequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n          requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n        }"): typeof import('./graphql.js').MoneyFiguresPropertyRequestPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyRefusePaymentRequest($id: ID!) { refusePaymentRequest(id: $id, reason: \"Thiếu hoá đơn\") { id } }"): typeof import('./graphql.js').MoneyFiguresPropertyRefusePaymentRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyRequestPayment2($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {\n            requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id }\n          }"): typeof import('./graphql.js').MoneyFiguresPropertyRequestPayment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyRecordProjectRefund($id: ID!, $v: Int!, $a: Dong!) { recordProjectRefund(projectId: $id, version: $v, amount: $a) { id } }"): typeof import('./graphql.js').MoneyFiguresPropertyRecordProjectRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFiguresPropertyRequestPayment3($projectId: ID!, $key: String!, $amount: Dong!) { requestPayment(projectId: $projectId, requestKey: $key, kind: \"FINAL\", amount: $amount) { id } }"): typeof import('./graphql.js').MoneyFiguresPropertyRequestPayment3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFiguresPropertyBudgetEnvelopes { budgetEnvelopes { year fundSource amount allocated available } }"): typeof import('./graphql.js').MoneyFiguresPropertyBudgetEnvelopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFiguresPropertyMoneyBreakdown($year: Int!) { moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource committed } } }"): typeof import('./graphql.js').MoneyFiguresPropertyMoneyBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFiguresPropertyProjects { projects(first: 100) { nodes { id totals { cost requestedSupport counterpartFunds } } } }"): typeof import('./graphql.js').MoneyFiguresPropertyProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPathEnvelopes($year: Int) {\n    budgetEnvelopes(year: $year) {\n      year\n      fundSource\n      amount\n      allocated\n      available\n      version\n      id\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathEnvelopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathEnvelope2026 {\n    createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathEnvelope2026Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathEnvelope2027 {\n    createBudgetEnvelope(year: 2027, fundSource: CITY_BUDGET, amount: 1) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathEnvelope2027Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathShrinkEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 299000000) {\n      amount\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathShrinkEnvelopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathGrowEnvelope($id: ID!, $version: Int!) {\n    updateBudgetEnvelope(id: $id, version: $version, amount: 600000000) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathGrowEnvelopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPathDoubleSupport($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        match\n        priorSource\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathDoubleSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPathPriorSources($id: ID!) {\n    project(id: $id) {\n      doubleSupportFindings {\n        priorSource\n      }\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathPriorSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathPriorSupport($f: ID!) {\n    recordPriorSupport(\n      facilityId: $f\n      activityKind: MACHINERY\n      costItem: \"Máy cán bánh\"\n      source: \"Chương trình OCOP 2025\"\n      year: 2025\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathPriorSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathRefuse($id: ID!, $reason: String!) {\n    refusePaymentRequest(id: $id, reason: $reason) {\n      status\n      refusalReason\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathRefuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPathPending {\n    pendingPaymentRequests {\n      id\n      project {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathStart($projectId: ID!, $version: Int!) {\n    startProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathAccept(\n    $projectId: ID!\n    $version: Int!\n    $outputs: [AcceptedOutputInput!]!\n    $acceptedCosts: [AcceptedCostInput!]\n  ) {\n    acceptProject(\n      projectId: $projectId\n      version: $version\n      acceptedOn: \"2026-10-01\"\n      outputs: $outputs\n      acceptedCosts: $acceptedCosts\n    ) {\n      state\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathSettle($projectId: ID!, $version: Int!) {\n    settleProject(projectId: $projectId, version: $version, settledOn: \"2026-11-01\") {\n      state\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathSettleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPathFigures($id: ID!) {\n    project(id: $id) {\n      version\n      finalSupport\n      finalPayment\n      refundDue\n      refundReceived\n      paid {\n        total\n      }\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathClose($projectId: ID!, $version: Int!) {\n    closeProject(projectId: $projectId, version: $version) {\n      state\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPathRefund($id: ID!, $v: Int!, $a: Dong!) {\n    recordProjectRefund(projectId: $id, version: $v, amount: $a) {\n      refundReceived\n      version\n    }\n  }\n"): typeof import('./graphql.js').MoneyPathRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsBell($unreadOnly: Boolean) {\n    myUnreadNotificationCount\n    myNotifications(unreadOnly: $unreadOnly) { id kind title body entityType entityId readAt }\n  }\n"): typeof import('./graphql.js').NotificationsBellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n"): typeof import('./graphql.js').NotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsLines { programme { groups { lines { id } } } }"): typeof import('./graphql.js').NotificationsLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSaveReport($lines: [CommuneReportLineInput!]!) {\n    saveCommuneReport(year: 2026, lines: $lines) { id version }\n  }\n"): typeof import('./graphql.js').NotificationsSaveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSubmitReport($id: ID!, $version: Int!) {\n    submitCommuneReport(id: $id, version: $version) { status }\n  }\n"): typeof import('./graphql.js').NotificationsSubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsOpenPlan($year: Int!) { openAnnualPlan(year: $year) { id } }\n"): typeof import('./graphql.js').NotificationsOpenPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').OutageLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageMe {\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').OutageMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesBehind }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }\n  byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }\n}"): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadMe { me { id } }"): typeof import('./graphql.js').OverloadMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadProgrammeProgress { programmeProgress(asOfYear: 2026) { attainment } }"): typeof import('./graphql.js').OverloadProgrammeProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadCommunes { communes(kind: null) { code } }"): typeof import('./graphql.js').OverloadCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadProgrammeProgress2 { programmeProgress(asOfYear: 2026) { attainment } }"): typeof import('./graphql.js').OverloadProgrammeProgress2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverloadUpdateUser($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Mới\") { id fullName } }"): typeof import('./graphql.js').OverloadUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadProgramme { programme { targetLines { code } } }"): typeof import('./graphql.js').OverloadProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadMe2 { me { id } }"): typeof import('./graphql.js').OverloadMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverloadMe3 { me { id } }"): typeof import('./graphql.js').OverloadMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsCreateUser($email: String!, $password: String!, $fullName: String!) {\n  createUser(email: $email, fullName: $fullName, role: ANALYST, password: $password) {\n    id version mustChangePassword\n  }\n}"): typeof import('./graphql.js').PasswordsAndCredentialsCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsChangePassword($current: String!, $next: String!) {\n  changePassword(currentPassword: $current, newPassword: $next) { id mustChangePassword }\n}"): typeof import('./graphql.js').PasswordsAndCredentialsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsResetPassword($id: ID!, $password: String!) {\n  resetPassword(id: $id, newPassword: $password) { id mustChangePassword }\n}"): typeof import('./graphql.js').PasswordsAndCredentialsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token user { mustChangePassword } }\n}"): typeof import('./graphql.js').PasswordsAndCredentialsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordsAndCredentialsMe { me { email mustChangePassword } }"): typeof import('./graphql.js').PasswordsAndCredentialsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordsAndCredentialsMe2 { me { id } communes { code } }"): typeof import('./graphql.js').PasswordsAndCredentialsMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordsAndCredentialsCommunes { communes { code } }"): typeof import('./graphql.js').PasswordsAndCredentialsCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsLogout { logout }"): typeof import('./graphql.js').PasswordsAndCredentialsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsCreateApiToken { createApiToken(name: \"Kịch bản phân tích\") { secret apiToken { id } } }"): typeof import('./graphql.js').PasswordsAndCredentialsCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsUpdateUser($id: ID!, $version: Int!, $role: Role, $active: Boolean) {\n    updateUser(id: $id, version: $version, role: $role, active: $active) { version }\n  }"): typeof import('./graphql.js').PasswordsAndCredentialsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordsAndCredentialsMe3 { me { id } }"): typeof import('./graphql.js').PasswordsAndCredentialsMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql.js').PasswordsAndCredentialsDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PasswordsAndCredentialsUpdateUser2($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: \"Tên Khác\") { id } }"): typeof import('./graphql.js').PasswordsAndCredentialsUpdateUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressOnceProgress($year: Int!, $years: [Int!]!) {\n  progress: programmeProgress(asOfYear: $year) { attainment linesWithTarget linesAchieved }\n  again: programmeProgress(asOfYear: $year) { attainment }\n  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }\n}"): typeof import('./graphql.js').ProgressOnceProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressOnceA { a: programmeProgress(asOfYear: 2026) { attainment linesBehind groups { lines { rate status } } }\n         b: programmeProgress(asOfYear: 2029) { attainment linesBehind groups { lines { rate status } } } }"): typeof import('./graphql.js').ProgressOnceADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressOnceProgrammeProgress($y: Int!) { programmeProgress(asOfYear: $y) { attainment linesBehind groups { lines { rate status } } } }"): typeof import('./graphql.js').ProgressOnceProgrammeProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressAnnualPlan($year: Int!) { annualPlan(year: $year) { version status } }"): typeof import('./graphql.js').ProgressAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }"): typeof import('./graphql.js').ProgressOpenAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: 50000000,\n            fundSource: CITY_BUDGET, communeCode: $communeCode, unitId: $unitId) { id }\n        }"): typeof import('./graphql.js').ProgressRegisterPlannedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }"): typeof import('./graphql.js').ProgressConsolidateAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }"): typeof import('./graphql.js').ProgressApproveAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressProgrammeRollUp on ProgrammeProgress {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n"): typeof import('./graphql.js').ProgressProgrammeRollUpFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressGroupRollUp on ProgressGroup {\n    attainment\n    attainmentToDate\n    linesWithTarget\n    linesAchieved\n    linesOnTrack\n    linesBehind\n    linesWithoutTarget\n    forecast {\n      attainment\n      linesLikelyMet\n      linesAtRisk\n      yearEndLikelyMet\n      yearEndAtRisk\n    }\n  }\n"): typeof import('./graphql.js').ProgressGroupRollUpFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressForecastFigures on ProgressForecast {\n    year\n    target\n    quantity\n    rate\n    shortfall\n    outlook\n  }\n"): typeof import('./graphql.js').ProgressForecastFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressProgress($asOfYear: Int!) {\n    programmeProgress(asOfYear: $asOfYear) {\n      programmeCode\n      asOfYear\n      lastYear\n      approvedPlanYears\n      ...ProgressProgrammeRollUp\n      groups {\n        groupCode\n        name\n        ...ProgressGroupRollUp\n        lines {\n          targetLineId\n          code\n          name\n          unit\n          total\n          cumulativeTarget\n          cumulativeAchieved\n          remaining\n          rate\n          status\n          pipeline\n          targetLine {\n            code\n          }\n          years {\n            year\n            target\n            planned\n            achieved\n            pipeline\n            rate\n            cumulativeTarget\n            cumulativeAchieved\n          }\n          forecast {\n            yearEnd {\n              ...ProgressForecastFigures\n            }\n            periodEnd {\n              ...ProgressForecastFigures\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProgressProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsDetail($id: ID!) {\n    project(id: $id) {\n      ...TestProject\n      stateLabel\n      decisionNumber\n      appraisalOpinion\n      availableActions\n      commune {\n        displayName\n      }\n      beneficiaries {\n        id\n        name\n      }\n      activities {\n        activityKind\n        plannedQuantity\n        actualQuantity\n        targetLine {\n          code\n        }\n      }\n      budgetLines {\n        costItem\n        cost\n        requestedSupport\n        counterpartFunds\n        allowedSupport\n        boundBy\n        normExplanation\n        norm {\n          id\n        }\n      }\n      history {\n        action\n        fromState\n        toState\n        reason\n        actor {\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProjectsDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProject($id: ID!) { project(id: $id) { state } }"): typeof import('./graphql.js').ProjectsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProject2($id: ID!) { project(id: $id) { approvedSupport finalSupport finalPayment refundDue paid { advance total } } }"): typeof import('./graphql.js').ProjectsProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }"): typeof import('./graphql.js').ProjectsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects { projects(first: 100) { nodes { id communeCode } totalCount } }"): typeof import('./graphql.js').ProjectsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects2 { projects(first: 100) { nodes { id } } }"): typeof import('./graphql.js').ProjectsProjects2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) { updateProject(projectId: $projectId, version: $version, input: $input) { version } }"): typeof import('./graphql.js').ProjectsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsCreateProject2($input: ProjectInput!) { createProject(input: $input) { id } }"): typeof import('./graphql.js').ProjectsCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsCreateProject3($input: ProjectInput!) { createProject(input: $input) { id } }"): typeof import('./graphql.js').ProjectsCreateProject3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects3($first: Int!) { projects(first: $first) { totalCount nodes {\n      code commune { displayName } implementingUnit { name }\n      beneficiaries { name productionCommune { displayName } }\n      budgetLines { cost norm { id } facility { name } }\n      activities { targetLine { code } } totals { cost }\n    } } }"): typeof import('./graphql.js').ProjectsProjects3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataProgramme {\n  programme {\n    code name firstYear lastYear years\n    groups { code position name lines { code unit printedTotal sumOfYears yearlyTargets { year target }\n      bodyTargets { value unit location } findings { code severity } } }\n    findings { severity code rowCode message location figures { name value } }\n  }\n}"): typeof import('./graphql.js').ReferenceDataProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataCommunes($kind: CommuneKind) { communes(kind: $kind) { code } }"): typeof import('./graphql.js').ReferenceDataCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataCommunes2 { communes(search: \"hong bang\") { code displayName kind } }"): typeof import('./graphql.js').ReferenceDataCommunes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataCommune { commune(code: \"xa-khong-co\") { code } }"): typeof import('./graphql.js').ReferenceDataCommuneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataSupportCalculation($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {\n  supportCalculation(activityKind: $kind, fundLevel: $fund, date: $date, eligibleCost: $cost, requested: $requested) {\n    allowed rateLimit cap boundBy excess explanation norm { id status } citation { document article clause status text }\n  }\n}"): typeof import('./graphql.js').ReferenceDataSupportCalculationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceDataNorms { norms(fundLevel: NATIONAL, date: \"2026-06-01\") { id rate cap status citation { text status } } }"): typeof import('./graphql.js').ReferenceDataNormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceDataCreateImplementingUnit($name: String!, $communeCode: String) {\n  createImplementingUnit(name: $name, communeCode: $communeCode) { id name communeCode version }\n}"): typeof import('./graphql.js').ReferenceDataCreateImplementingUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsOpenAnnualPlan($year: Int!) { openAnnualPlan(year: $year) { id } }"): typeof import('./graphql.js').ReportsOpenAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsRegisterPlannedActivity($year: Int!, $line: ID!, $quantity: Int!, $cost: Dong!, $fund: FundSource!, $communeCode: String, $unitId: ID) {\n          registerPlannedActivity(year: $year, targetLineId: $line, quantity: $quantity, estimatedCost: $cost,\n            fundSource: $fund, communeCode: $communeCode, unitId: $unitId) { id }\n        }"): typeof import('./graphql.js').ReportsRegisterPlannedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAnnualPlan($year: Int!) { annualPlan(year: $year) { version } }"): typeof import('./graphql.js').ReportsAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsConsolidateAnnualPlan($year: Int!, $version: Int!) { consolidateAnnualPlan(year: $year, version: $version) { id } }"): typeof import('./graphql.js').ReportsConsolidateAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsApproveAnnualPlan($year: Int!, $version: Int!) {\n        approveAnnualPlan(year: $year, version: $version, decisionNumber: \"88/QĐ-UBND\", decisionDate: \"2026-01-20\") { id }\n      }"): typeof import('./graphql.js').ReportsApproveAnnualPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsCreateImplementingUnit($name: String!) { createImplementingUnit(name: $name) { id } }"): typeof import('./graphql.js').ReportsCreateImplementingUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsProgramme { programme { findings { rowCode severity message } } }"): typeof import('./graphql.js').ReportsProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reports__type { __type(name: \"ProjectState\") { enumValues { name description } } }"): typeof import('./graphql.js').Reports__TypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchFoldingProjects($s: String) { projects(first: 20, search: $s) { totalCount nodes { id title } } }"): typeof import('./graphql.js').SearchFoldingProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchFoldingUpdateProject($id: ID!, $v: Int!, $input: ProjectInput!) {\n        updateProject(projectId: $id, version: $v, input: $input) { id } }"): typeof import('./graphql.js').SearchFoldingUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchFoldingFacilities { facilities(first: 1, search: \"gom\") { totalCount pageInfo { hasNextPage } nodes { name } } }"): typeof import('./graphql.js').SearchFoldingFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInThrottlingLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): typeof import('./graphql.js').SignInThrottlingLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInThrottlingResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"tau-hoa-chay-qua-canh-dong\") { id } }"): typeof import('./graphql.js').SignInThrottlingResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInThrottlingDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql.js').SignInThrottlingDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInThrottlingAuditLog { auditLog(first: 100) { nodes { action before after } } }"): typeof import('./graphql.js').SignInThrottlingAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartupMe { me { id } }"): typeof import('./graphql.js').StartupMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartupMe2 { me { role } }"): typeof import('./graphql.js').StartupMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersUser on User {\n    id\n    email\n    fullName\n    role\n    communeCode\n    unitId\n    active\n    version\n  }\n"): typeof import('./graphql.js').UsersUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersCreate($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Nguyễn Văn A\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      ...UsersUser\n    }\n  }\n"): typeof import('./graphql.js').UsersCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersUpdate(\n    $id: ID!\n    $version: Int!\n    $fullName: String\n    $role: Role\n    $communeCode: String\n    $unitId: ID\n    $active: Boolean\n    $email: String\n  ) {\n    updateUser(\n      id: $id\n      version: $version\n      fullName: $fullName\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      active: $active\n      email: $email\n    ) {\n      ...UsersUser\n    }\n  }\n"): typeof import('./graphql.js').UsersUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersUser($id: ID!) {\n    user(id: $id) {\n      ...UsersUser\n    }\n  }\n"): typeof import('./graphql.js').UsersUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql.js').UsersDeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersMe { me { role active } }"): typeof import('./graphql.js').UsersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersDeactivateUser2($id: ID!) { deactivateUser(id: $id) { active version } }"): typeof import('./graphql.js').UsersDeactivateUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersMe2 { me { id } }"): typeof import('./graphql.js').UsersMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersDeactivateUser3($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql.js').UsersDeactivateUser3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersDeactivateUser4($id: ID!) { deactivateUser(id: $id) { id } }"): typeof import('./graphql.js').UsersDeactivateUser4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersMe3 { me { active } }"): typeof import('./graphql.js').UsersMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersResetPassword($id: ID!) { resetPassword(id: $id, newPassword: \"reset-password-1\") { version } }"): typeof import('./graphql.js').UsersResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersMe4 { me { id } }"): typeof import('./graphql.js').UsersMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UsersList($first: Int, $after: String) {\n      users(first: $first, after: $after) {\n        totalCount\n        nodes {\n          email\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): typeof import('./graphql.js').UsersListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
