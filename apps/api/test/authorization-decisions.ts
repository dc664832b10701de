import { API_TOKEN_ROLE, type Capability, can, dataScopeOf, ROLES, type Role } from "@khuyencong/domain";
import { DOCUMENT_ROUTE_CAPABILITIES } from "../src/documents/document-access.js";
import { REPORT_CAPABILITIES } from "../src/reports/report-access.js";

/*
 * Who may call what: one committed decision for every root field of the GraphQL schema and every plain
 * HTTP route, read by test/authorization-matrix.test.ts, which calls each of them as every caller on the
 * real server. A field added to the schema without a line here fails that test by name.
 *
 * Each decision names what the endpoint requires: "public", "signed-in", or a capability (any one of
 * several), whose holders are the domain's access table (ROLE_CAPABILITIES): the expected answer of each
 * role follows from it. test/schema.test.ts checks that the resolvers' `@Allow(...)` declare exactly these
 * capabilities; the matrix test proves on the real server that the services agree, scope included
 * (the data scope of the domain, db/data-scope.ts, documents/document-access.ts, reports/report-access.ts)
 * as does the API-token guard (auth/api-token-guard.ts: a token acts as an analyst and only reads, every
 * mutation refused). Review a change here, or in the table, as a permission change.
 */

export type Caller = Role | "API_TOKEN" | "ANONYMOUS";

export const CALLERS: readonly Caller[] = [...ROLES, "API_TOKEN", "ANONYMOUS"];

/**
 * Roles bound to a part of the data: a commune officer to xã A, an implementing unit to unit U. The
 * matrix's fixtures are built for these two; a role with another scope would need its own sides.
 */
export const SCOPED_ROLES: readonly Role[] = ROLES.filter((role) => dataScopeOf(role) !== "ALL");

/**
 * "public": anyone, signed in or not; "signed-in": any signed-in user; otherwise the roles holding the
 * capability (or one of the capabilities) in the domain's access table.
 */
export type Who = "public" | "signed-in" | Capability | readonly [Capability, ...Capability[]];

/** The capabilities a decision names, for the listing: "public", "signed-in" or "A | B". */
export function whoLabel(who: Who): string {
  return typeof who === "string" ? who : who.join(" | ");
}

/** True when `role` may call what `who` requires (before scope). */
export function roleMay(who: Who, role: Role): boolean {
  if (who === "public" || who === "signed-in") return true;
  return (typeof who === "string" ? [who] : who).some((c) => can(role, c));
}

/**
 * The data a call is made on. For a commune officer or a unit, "own" is xã A / unit U and "other" is
 * xã B / unit V; every other role works city-wide and is given the "own" (xã A) side.
 */
export interface Side {
  communeCode: string;
  unitId: string;
  projectId: string;
  /** An activity and a budget line of `projectId`; its beneficiary `beneficiaryId`. */
  activityId: string;
  budgetLineId: string;
  beneficiaryId: string;
  /** A facility of the side that is not yet a beneficiary of `projectId`. */
  facilityId: string;
  /** A registration in the 2026 plan: the commune's for an officer, the unit's for a unit. */
  registrationId: string;
  documentId: string;
}

/** What the arguments of a call may use besides its side. */
export interface ArgTools {
  year: number;
  lineId: string;
  envelopeId: string;
  analystUserId: string;
  /** Two pending payment requests of a contracted đề án of xã A: one to pay, one to refuse. */
  paymentToPay: string;
  paymentToRefuse: string;
  version(
    table: "project" | "facility" | "plan_registration" | "annual_plan" | "budget_envelope",
    id: string,
  ): Promise<number>;
  annualPlanVersion(year: number): Promise<number>;
  /** A user nobody else uses (to deactivate, reset, update). */
  freshUserId(): Promise<string>;
  /** An implementing unit nobody else uses, and its version. */
  freshUnit(): Promise<{ id: string; version: number }>;
  /** A token of the analyst that nobody uses. */
  freshApiTokenId(): Promise<string>;
  /** The 2026 yearly report of a commune (a draft with no line, made if missing) and its current version. */
  communeReport(communeCode: string): Promise<{ id: string; version: number }>;
  /** A registration of the side's commune or unit, to withdraw. */
  freshRegistrationId(side: Side): Promise<string>;
  /** A document of the side's đề án, uploaded by the caller when they may upload, else by the department. */
  freshDocumentId(side: Side, caller: Caller): Promise<string>;
  unique(prefix: string): string;
  /** The password every created user signs in with. */
  userPassword: string;
  /** A user to sign in as (login's argument). */
  loginEmail: string;
  /** An .xlsx of the facility template with no row (importFacilities' argument). */
  emptyImportBase64: string;
}

export type Vars = Record<string, unknown>;

export interface Decision {
  who: Who;
  /** The scoped roles the own/other rule applies to, when not both (e.g. a unit registers facilities anywhere). */
  scopedFor?: readonly Role[];
  /**
   * The call works on data of one commune or unit: a commune officer or a unit is allowed on its own and
   * refused (NOT_FOUND or FORBIDDEN) on another's. Without it, the field has no other side (reference
   * data, city-wide aggregates, lists that are filtered — checked for leaks instead).
   */
  scoped?: boolean;
  /**
   * "field": the field gets its own pair of fresh draft đề án (A and B), so that what other fields did
   * does not change the answer; "call": a fresh pair for every call (the call removes what it acts on).
   */
  freshProjects?: "field" | "call";
  args: (tools: ArgTools, side: Side, caller: Caller) => Vars | Promise<Vars>;
}

const DATE = "2026-03-15";

const projectInput = (side: Side, title = "Đề án kiểm tra phân quyền") => ({
  title,
  year: 2026,
  fundSource: "CITY_BUDGET",
  communeCode: side.communeCode,
  implementingUnitId: side.unitId,
  proposedOn: DATE,
});

const facilityInput = (side: Side, name: string) => ({
  name,
  legalForm: "HOUSEHOLD_BUSINESS",
  productionCommuneCode: side.communeCode,
  sector: "AGRO_FOOD_PROCESSING",
});

/** A transition or an edit of a draft đề án: the đề án, its current version, and `extra`. */
const onProject =
  (extra: (tools: ArgTools, side: Side) => Vars = () => ({})) =>
  async (tools: ArgTools, side: Side): Promise<Vars> => ({
    projectId: side.projectId,
    version: await tools.version("project", side.projectId),
    ...extra(tools, side),
  });

const PROJECT_EDIT = { who: "PrepareProject", scoped: true, freshProjects: "field" } as const;
const PROJECT_DECISION = { scoped: true, freshProjects: "field" } as const;

export const DECISIONS: Readonly<Record<string, Decision>> = {
  /* ------------------------------------------------------------------------------------- queries */
  "Query.annualPlan": { who: "signed-in", args: () => ({ year: 2026 }) },
  "Query.annualPlans": { who: "signed-in", args: () => ({}) },
  "Query.apiTokens": { who: "ManageApiTokens", args: (tools) => ({ userId: tools.analystUserId }) },
  "Query.attainment": { who: "signed-in", args: () => ({ groupBy: "GROUP", years: [2026] }) },
  "Query.auditLog": { who: "ReadAuditLog", args: () => ({ first: 5 }) },
  "Query.budgetEnvelopes": {
    who: "ReadEnvelopes",
    args: () => ({ year: 2026 }),
  },
  "Query.commune": { who: "signed-in", args: (_, side) => ({ code: side.communeCode }) },
  "Query.communes": { who: "signed-in", args: () => ({ search: "Kiến" }) },
  // A unit has no commune report (null); a commune officer reads their own, FORBIDDEN another's.
  "Query.communeReport": {
    who: "signed-in",
    scoped: true,
    scopedFor: ["COMMUNE_OFFICER"],
    args: (_, side) => ({ year: 2026, communeCode: side.communeCode }),
  },
  "Query.communeReportStandings": { who: "ReviewCommuneReports", args: () => ({ year: 2026 }) },
  "Query.facilities": { who: "signed-in", args: () => ({ first: 100 }) },
  "Query.facility": { who: "signed-in", scoped: true, args: (_, side) => ({ id: side.facilityId }) },
  "Query.facilityImportTemplate": { who: "ImportFacilities", args: () => ({}) },
  "Query.implementingUnits": { who: "signed-in", args: () => ({}) },
  "Query.me": { who: "signed-in", args: () => ({}) },
  "Query.myDutyAgenda": { who: "signed-in", args: () => ({ asOf: DATE }) },
  "Query.myNotifications": { who: "signed-in", args: () => ({ first: 5 }) },
  "Query.myUnreadNotificationCount": { who: "signed-in", args: () => ({}) },
  "Query.moneyBreakdown": { who: "signed-in", args: () => ({ groupBy: ["COMMUNE"] }) },
  "Query.myApiTokens": { who: "ManageOwnApiTokens", args: () => ({}) },
  "Query.norms": { who: "signed-in", args: () => ({ date: DATE }) },
  "Query.pendingPaymentRequests": { who: "signed-in", args: () => ({}) },
  "Query.planRegistration": {
    who: "signed-in",
    scoped: true,
    args: (_, side) => ({ id: side.registrationId }),
  },
  "Query.programme": { who: "signed-in", args: () => ({}) },
  "Query.programmeProgress": { who: "signed-in", args: () => ({ asOfYear: 2026 }) },
  "Query.project": { who: "signed-in", scoped: true, args: (_, side) => ({ id: side.projectId }) },
  "Query.projects": { who: "signed-in", args: () => ({ first: 100 }) },
  "Query.reportingCalendar": { who: "signed-in", args: () => ({ year: 2026 }) },
  "Query.reportDownloads": { who: "signed-in", args: () => ({ year: 2026 }) },
  "Query.supportCalculation": {
    who: "signed-in",
    args: () => ({
      activityKind: "MACHINERY",
      date: DATE,
      eligibleCost: 600_000_000,
      fundLevel: "LOCAL",
    }),
  },
  "Query.supportedFacilities": { who: "signed-in", args: () => ({ groupBy: ["COMMUNE"] }) },
  "Query.targetLine": { who: "signed-in", args: (tools) => ({ id: tools.lineId }) },
  "Query.user": { who: "ManageUsers", args: (tools) => ({ id: tools.analystUserId }) },
  "Query.users": { who: "ManageUsers", args: () => ({ first: 5 }) },

  /* ------------------------------------------------------------------- sessions, users, tokens */
  "Mutation.login": {
    who: "public",
    args: (tools) => ({ email: tools.loginEmail, password: tools.userPassword }),
  },
  // A wrong current password: the answer proves the call got past authorisation and nothing changes.
  "Mutation.changePassword": {
    who: "signed-in",
    args: () => ({ currentPassword: "not-the-password-1", newPassword: "may-trang-bay-qua-nui-cao-xa" }),
  },
  "Mutation.logout": { who: "signed-in", args: () => ({}) },
  // Marks the caller's own notifications only (none of another's: their ids are not matched).
  "Mutation.markNotificationsRead": { who: "signed-in", args: () => ({}) },
  "Mutation.createUser": {
    who: "ManageUsers",
    args: (tools) => ({
      email: `${tools.unique("nguoi-moi")}@test.local`,
      fullName: "Người Mới",
      role: "ANALYST",
      password: "ca-voi-xanh-boi-qua-bien-dong",
    }),
  },
  "Mutation.updateUser": {
    who: "ManageUsers",
    args: async (tools) => ({ id: await tools.freshUserId(), version: 1, fullName: "Người Đổi Tên" }),
  },
  "Mutation.deactivateUser": {
    who: "ManageUsers",
    args: async (tools) => ({ id: await tools.freshUserId() }),
  },
  "Mutation.resetPassword": {
    who: "ManageUsers",
    args: async (tools) => ({
      id: await tools.freshUserId(),
      newPassword: "den-long-do-treo-truoc-hien-nha",
    }),
  },
  "Mutation.createApiToken": {
    who: "ManageOwnApiTokens",
    args: (tools) => ({ name: tools.unique("token") }),
  },
  // The administrator any token; an analyst their own (the tokens are the analyst's).
  "Mutation.revokeApiToken": {
    who: ["ManageOwnApiTokens", "ManageApiTokens"],
    args: async (tools) => ({ id: await tools.freshApiTokenId() }),
  },
  "Mutation.createImplementingUnit": {
    who: "ManageImplementingUnits",
    args: (tools) => ({ name: tools.unique("Đơn vị mới") }),
  },
  "Mutation.updateImplementingUnit": {
    who: "ManageImplementingUnits",
    args: async (tools) => {
      const unit = await tools.freshUnit();
      return { id: unit.id, version: unit.version, name: tools.unique("Đơn vị đổi tên") };
    },
  },

  /* ---------------------------------------------------------------------------------- facilities */
  "Mutation.createFacility": {
    who: "WriteFacilities",
    // A commune officer registers facilities of their own commune only; a unit anywhere.
    scoped: true,
    scopedFor: ["COMMUNE_OFFICER"],
    args: (tools, side) => ({ input: facilityInput(side, tools.unique("Cơ sở mới")) }),
  },
  "Mutation.updateFacility": {
    who: "WriteFacilities",
    scoped: true,
    args: async (tools, side) => ({
      id: side.facilityId,
      version: await tools.version("facility", side.facilityId),
      input: facilityInput(side, tools.unique("Cơ sở đổi tên")),
    }),
  },
  "Mutation.importFacilities": {
    who: "ImportFacilities",
    args: (tools) => ({ dryRun: true, fileBase64: tools.emptyImportBase64, fileName: "co-so.xlsx" }),
  },
  "Mutation.recordPriorSupport": {
    who: "RecordPriorSupport",
    args: (_, side) => ({
      facilityId: side.facilityId,
      activityKind: "MACHINERY",
      costItem: "Máy sấy",
      source: "Chương trình khác",
      year: 2025,
      amount: 10_000_000,
    }),
  },

  /* ------------------------------------------------------------------------------------ đề án */
  "Mutation.createProject": {
    who: "PrepareProject",
    // A commune officer prepares đề án of their commune only; a unit's đề án is always its own (the
    // service sets the unit), in any commune.
    scoped: true,
    scopedFor: ["COMMUNE_OFFICER"],
    args: (_, side) => ({ input: projectInput(side) }),
  },
  "Mutation.updateProject": {
    ...PROJECT_EDIT,
    args: onProject((_, side) => ({ input: projectInput(side, "Đề án đổi tên") })),
  },
  "Mutation.addProjectBeneficiary": {
    ...PROJECT_EDIT,
    args: onProject((_, side) => ({ facilityId: side.facilityId })),
  },
  "Mutation.removeProjectBeneficiary": {
    ...PROJECT_EDIT,
    freshProjects: "call",
    args: onProject((_, side) => ({ facilityId: side.beneficiaryId })),
  },
  "Mutation.addProjectActivity": {
    ...PROJECT_EDIT,
    args: onProject((tools) => ({
      input: { activityKind: "MACHINERY", targetLineId: tools.lineId, plannedQuantity: 1 },
    })),
  },
  "Mutation.updateProjectActivity": {
    ...PROJECT_EDIT,
    args: onProject((tools, side) => ({
      activityId: side.activityId,
      input: { activityKind: "MACHINERY", targetLineId: tools.lineId, plannedQuantity: 2 },
    })),
  },
  "Mutation.removeProjectActivity": {
    ...PROJECT_EDIT,
    freshProjects: "call",
    args: onProject((_, side) => ({ activityId: side.activityId })),
  },
  "Mutation.addBudgetLine": {
    ...PROJECT_EDIT,
    args: onProject((_, side) => ({
      input: {
        activityId: side.activityId,
        costItem: "Máy đóng gói",
        cost: 100_000_000,
        requestedSupport: 10_000_000,
      },
    })),
  },
  "Mutation.updateBudgetLine": {
    ...PROJECT_EDIT,
    args: onProject((_, side) => ({
      budgetLineId: side.budgetLineId,
      input: {
        activityId: side.activityId,
        costItem: "Máy cán bánh",
        cost: 600_000_000,
        requestedSupport: 200_000_000,
      },
    })),
  },
  "Mutation.removeBudgetLine": {
    ...PROJECT_EDIT,
    freshProjects: "call",
    args: onProject((_, side) => ({ budgetLineId: side.budgetLineId })),
  },
  "Mutation.submitProject": { ...PROJECT_EDIT, args: onProject() },
  "Mutation.startProject": { ...PROJECT_EDIT, who: "CarryOutProject", args: onProject() },
  "Mutation.requestProjectAdjustment": {
    ...PROJECT_EDIT,
    who: "CarryOutProject",
    args: onProject(() => ({ reason: "Đổi thiết bị" })),
  },
  "Mutation.returnProject": {
    ...PROJECT_DECISION,
    who: "AppraiseProject",
    args: onProject(() => ({ reason: "Bổ sung hồ sơ" })),
  },
  "Mutation.appraiseProject": {
    ...PROJECT_DECISION,
    who: "AppraiseProject",
    args: onProject(() => ({ appraisedOn: DATE, opinion: "Đạt" })),
  },
  "Mutation.approveProject": {
    ...PROJECT_DECISION,
    who: "ApproveProject",
    args: onProject(() => ({ decisionDate: DATE, decisionNumber: "12/QĐ-SCT" })),
  },
  "Mutation.rejectProject": {
    ...PROJECT_DECISION,
    who: "RejectProject",
    args: onProject(() => ({ reason: "Không đạt" })),
  },
  "Mutation.signProjectContract": {
    ...PROJECT_DECISION,
    who: "SignContract",
    args: onProject(() => ({ contractDate: DATE, contractNumber: "05/HĐ" })),
  },
  "Mutation.approveProjectAdjustment": {
    ...PROJECT_DECISION,
    who: "DecideAdjustment",
    args: onProject(() => ({ decisionDate: DATE, decisionNumber: "13/QĐ-SCT" })),
  },
  "Mutation.rejectProjectAdjustment": {
    ...PROJECT_DECISION,
    who: "DecideAdjustment",
    args: onProject(() => ({ reason: "Không cần thiết" })),
  },
  /* --------------------------------------------------------------- the commune's yearly report */
  // Started once by the matrix's tool, so the call answers CONFLICT (past authorisation) on the own side.
  "Mutation.saveCommuneReport": {
    who: "SubmitCommuneReport",
    scoped: true,
    args: (_, side) => ({ year: 2026, communeCode: side.communeCode, lines: [] }),
  },
  // A draft with no line: refused by the rule (BAD_USER_INPUT) on the own side, NOT_FOUND on another's.
  "Mutation.submitCommuneReport": {
    who: "SubmitCommuneReport",
    scoped: true,
    args: (tools, side) => tools.communeReport(side.communeCode),
  },
  "Mutation.returnCommuneReport": {
    who: "ReviewCommuneReports",
    args: async (tools, side) => ({ ...(await tools.communeReport(side.communeCode)), reason: "Bổ sung" }),
  },
  "Mutation.acceptCommuneReport": {
    who: "ReviewCommuneReports",
    args: (tools, side) => tools.communeReport(side.communeCode),
  },
  "Mutation.acceptProject": {
    ...PROJECT_DECISION,
    who: "RecordAcceptance",
    args: onProject((_, side) => ({
      acceptedOn: DATE,
      outputs: [{ activityId: side.activityId, actualQuantity: 1 }],
    })),
  },
  "Mutation.stopProject": {
    ...PROJECT_DECISION,
    who: "StopProject",
    args: onProject(() => ({ reason: "Dừng thực hiện" })),
  },
  "Mutation.closeProject": { ...PROJECT_DECISION, who: "CloseProject", args: onProject() },
  "Mutation.settleProject": {
    ...PROJECT_DECISION,
    who: "SettleProject",
    args: onProject(() => ({ settledOn: DATE })),
  },
  "Mutation.recordProjectRefund": {
    ...PROJECT_DECISION,
    who: "PayRequests",
    args: onProject(() => ({ amount: 1_000_000 })),
  },
  // One's own document (UploadEvidence) or any (ManageEvidence).
  "Mutation.deleteProjectDocument": {
    who: ["UploadEvidence", "ManageEvidence"],
    scoped: true,
    args: async (tools, side, caller) => ({ id: await tools.freshDocumentId(side, caller) }),
  },

  /* ---------------------------------------------------------------------------------- money */
  "Mutation.createBudgetEnvelope": {
    who: "ManageEnvelopes",
    args: () => ({ year: 2028, fundSource: "CITY_BUDGET", amount: 1_000_000_000 }),
  },
  "Mutation.updateBudgetEnvelope": {
    who: "ManageEnvelopes",
    args: async (tools) => ({
      id: tools.envelopeId,
      version: await tools.version("budget_envelope", tools.envelopeId),
      amount: 50_000_000_000,
    }),
  },
  "Mutation.requestPayment": {
    ...PROJECT_EDIT,
    who: "RequestPayment",
    args: (tools, side) => ({
      projectId: side.projectId,
      requestKey: tools.unique("req"),
      kind: "ADVANCE",
      amount: 10_000_000,
    }),
  },
  "Mutation.payPaymentRequest": {
    who: "PayRequests",
    args: (tools) => ({ id: tools.paymentToPay, paidOn: "2026-06-01", treasuryReference: "UNC-0001" }),
  },
  "Mutation.refusePaymentRequest": {
    who: "PayRequests",
    args: (tools) => ({ id: tools.paymentToRefuse, reason: "Thiếu chứng từ" }),
  },

  /* --------------------------------------------------------------------------- annual plans */
  // The plan's own steps act on 2027, so that the 2026 plan stays open for the registrations' cases.
  "Mutation.openAnnualPlan": { who: "ManageAnnualPlans", args: () => ({ year: 2028 }) },
  "Mutation.consolidateAnnualPlan": {
    who: "ManageAnnualPlans",
    args: async (tools) => ({ year: 2027, version: await tools.annualPlanVersion(2027) }),
  },
  "Mutation.approveAnnualPlan": {
    who: "ManageAnnualPlans",
    args: async (tools) => ({
      year: 2027,
      version: await tools.annualPlanVersion(2027),
      decisionNumber: "90/QĐ-UBND",
      decisionDate: "2027-01-20",
    }),
  },
  "Mutation.reopenAnnualPlan": {
    who: "ManageAnnualPlans",
    args: async (tools) => ({ year: 2027, version: await tools.annualPlanVersion(2027), reason: "Bổ sung" }),
  },
  "Mutation.registerPlannedActivity": {
    who: "RegisterPlans",
    // An officer for their commune, a unit for itself: naming another commune or unit is refused.
    scoped: true,
    args: (tools, side, caller) => ({
      year: 2026,
      targetLineId: tools.lineId,
      quantity: 1,
      estimatedCost: 10_000_000,
      fundSource: "CITY_BUDGET",
      ...(caller === "IMPLEMENTING_UNIT" ? { unitId: side.unitId } : { communeCode: side.communeCode }),
    }),
  },
  "Mutation.updatePlanRegistration": {
    who: "RegisterPlans",
    scoped: true,
    args: async (tools, side) => ({
      id: side.registrationId,
      version: await tools.version("plan_registration", side.registrationId),
      quantity: 3,
    }),
  },
  "Mutation.withdrawPlanRegistration": {
    who: "RegisterPlans",
    scoped: true,
    args: async (tools, side) => {
      const id = await tools.freshRegistrationId(side);
      return { id, version: await tools.version("plan_registration", id) };
    },
  },
};

/* ----------------------------------------------------------------------------- plain HTTP routes */

export interface HttpDecision {
  who: Who;
  scoped?: boolean;
  method: "GET" | "POST";
  /** The path for a side; the body (POST) is a small PDF. */
  path: (side: Side) => string;
}

export const HTTP_DECISIONS: Readonly<Record<string, HttpDecision>> = {
  "POST /projects/{id}/documents": {
    who: DOCUMENT_ROUTE_CAPABILITIES["POST /projects/{id}/documents"],
    scoped: true,
    method: "POST",
    path: (side) => `/projects/${side.projectId}/documents?kind=INVOICE&fileName=hoa-don.pdf`,
  },
  // Administrators and analysts see the list of documents, not their content (document-access.ts).
  "GET /documents/{id}": {
    who: DOCUMENT_ROUTE_CAPABILITIES["GET /documents/{id}"],
    scoped: true,
    method: "GET",
    path: (side) => `/documents/${side.documentId}`,
  },
  "GET /projects/{id}/settlement-dossier.xlsx": {
    who: "signed-in",
    scoped: true,
    method: "GET",
    path: (side) => `/projects/${side.projectId}/settlement-dossier.xlsx`,
  },
  "GET /reports/progress/{year}.csv": {
    who: REPORT_CAPABILITIES.progress,
    method: "GET",
    path: () => "/reports/progress/2026.csv",
  },
  "GET /reports/annual/{year}.csv": {
    who: REPORT_CAPABILITIES.annual,
    method: "GET",
    path: () => "/reports/annual/2026.csv",
  },
  "GET /reports/plan-registrations/{year}.xlsx": {
    who: REPORT_CAPABILITIES["plan-registrations"],
    method: "GET",
    path: () => "/reports/plan-registrations/2026.xlsx",
  },
  "GET /reports/plan-registrations/{year}.csv": {
    who: REPORT_CAPABILITIES["plan-registrations"],
    method: "GET",
    path: () => "/reports/plan-registrations/2026.csv",
  },
  "GET /reports/commune-reports/{year}.xlsx": {
    who: REPORT_CAPABILITIES["commune-reports"],
    method: "GET",
    path: () => "/reports/commune-reports/2026.xlsx",
  },
};

/* ------------------------------------------------------------------------------ expected answers */

export type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/**
 * What a caller gets, before scope: anonymous callers UNAUTHENTICATED (public fields aside), an API token
 * FORBIDDEN on every mutation and its role's (an analyst's) answer on reads, a role without what `who`
 * requires FORBIDDEN.
 */
export function expectedOutcome(who: Who, caller: Caller, isMutation: boolean): Outcome {
  if (caller === "ANONYMOUS") return who === "public" ? "allowed" : "UNAUTHENTICATED";
  if (caller === "API_TOKEN") return isMutation ? "FORBIDDEN" : expectedOutcome(who, API_TOKEN_ROLE, false);
  return roleMay(who, caller) ? "allowed" : "FORBIDDEN";
}
