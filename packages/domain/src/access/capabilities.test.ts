import { describe, expect, it } from "vitest";
import { PROJECT_ACTIONS, TRANSITION_RULES } from "../lifecycle/project-lifecycle.js";
import { ROLES } from "../roles/role.js";
import {
  API_TOKEN_ROLE,
  CAPABILITIES,
  CAPABILITY_LABELS,
  can,
  capabilitiesOf,
  dataScopeOf,
  isCapability,
  ROLE_CAPABILITIES,
  rolesWith,
} from "./capabilities.js";

describe("the access table", () => {
  // The reviewed statement of who may do what: a change to ROLE_CAPABILITIES must change this too.
  it("grants each role exactly these capabilities", () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, capabilitiesOf(r)]))).toEqual({
      ADMIN: [
        "ReadEnvelopes",
        "DownloadProgressReport",
        "DownloadAnnualReport",
        "DownloadPlanRegistrationReport",
        "ReadAuditLog",
        "ManageUsers",
        "ManageImplementingUnits",
        "ManageApiTokens",
      ],
      DEPARTMENT: [
        "PrepareProject",
        "CarryOutProject",
        "AppraiseProject",
        "RejectProject",
        "ApproveProject",
        "SignContract",
        "DecideAdjustment",
        "RecordAcceptance",
        "SettleProject",
        "CloseProject",
        "StopProject",
        "RecordPriorSupport",
        "UploadEvidence",
        "ManageEvidence",
        "DownloadEvidence",
        "ReadEnvelopes",
        "ManageEnvelopes",
        "RequestPayment",
        "ManageAnnualPlans",
        "RegisterPlans",
        "WriteFacilities",
        "ImportFacilities",
        "DownloadProgressReport",
        "DownloadAnnualReport",
        "DownloadPlanRegistrationReport",
        "ReviewCommuneReports",
        "ReadAuditLog",
        "ManageImplementingUnits",
      ],
      COMMUNE_OFFICER: [
        "PrepareProject",
        "CarryOutProject",
        "UploadEvidence",
        "DownloadEvidence",
        "RequestPayment",
        "RegisterPlans",
        "WriteFacilities",
        "ImportFacilities",
        "DownloadProgressReport",
        "DownloadPlanRegistrationReport",
        "SubmitCommuneReport",
      ],
      IMPLEMENTING_UNIT: [
        "PrepareProject",
        "CarryOutProject",
        "UploadEvidence",
        "DownloadEvidence",
        "RequestPayment",
        "RegisterPlans",
        "WriteFacilities",
        "ImportFacilities",
        "DownloadProgressReport",
        "DownloadPlanRegistrationReport",
      ],
      FINANCE: [
        "SettleProject",
        "DownloadEvidence",
        "ReadEnvelopes",
        "ManageEnvelopes",
        "DownloadProgressReport",
        "DownloadAnnualReport",
        "DownloadPlanRegistrationReport",
      ],
      TREASURY: [
        "DownloadEvidence",
        "ReadEnvelopes",
        "PayRequests",
        "DownloadProgressReport",
        "DownloadAnnualReport",
        "DownloadPlanRegistrationReport",
      ],
      ANALYST: [
        "ReadEnvelopes",
        "DownloadProgressReport",
        "DownloadAnnualReport",
        "DownloadPlanRegistrationReport",
        "ManageOwnApiTokens",
      ],
    });
  });

  it("lists no capability twice for a role, and only known ones", () => {
    for (const role of ROLES) {
      const list = ROLE_CAPABILITIES[role];
      expect(new Set(list).size, role).toBe(list.length);
      for (const c of list) expect(isCapability(c), `${role}: ${c}`).toBe(true);
    }
  });

  it("gives every capability to someone, a Vietnamese label and a PascalCase name", () => {
    for (const c of CAPABILITIES) {
      expect(rolesWith(c), c).not.toEqual([]);
      expect(CAPABILITY_LABELS[c], c).toMatch(/\S/);
      expect(c).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(Object.keys(CAPABILITY_LABELS).sort()).toEqual([...CAPABILITIES].sort());
  });

  it("keeps the administrator out of business decisions and analysts read-only", () => {
    const business = TRANSITION_RULES;
    for (const action of PROJECT_ACTIONS) {
      expect(can("ADMIN", business[action].capability), action).toBe(false);
      expect(can("ANALYST", business[action].capability), action).toBe(false);
    }
    expect(
      capabilitiesOf(API_TOKEN_ROLE).filter((c) => !c.startsWith("Download") && !c.startsWith("Read")),
    ).toEqual(["ManageOwnApiTokens"]);
  });

  it("answers can() from the table and nothing else", () => {
    expect(can("TREASURY", "PayRequests")).toBe(true);
    expect(can("DEPARTMENT", "PayRequests")).toBe(false);
    expect(can("FINANCE", "SettleProject")).toBe(true);
    expect(can("ANALYST", "DownloadEvidence")).toBe(false);
    expect(rolesWith("ManageUsers")).toEqual(["ADMIN"]);
  });

  it("scopes a commune officer to a commune, a unit to itself, everyone else city-wide", () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, dataScopeOf(r)]))).toEqual({
      ADMIN: "ALL",
      DEPARTMENT: "ALL",
      COMMUNE_OFFICER: "COMMUNE",
      IMPLEMENTING_UNIT: "UNIT",
      FINANCE: "ALL",
      TREASURY: "ALL",
      ANALYST: "ALL",
    });
  });
});

describe("the lifecycle's rules and the access table", () => {
  // Who may take each transition, as the lifecycle said before it named capabilities (session 3).
  const WHO: Record<string, string[]> = {
    SUBMIT: ["DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT"],
    RETURN: ["DEPARTMENT"],
    APPRAISE: ["DEPARTMENT"],
    REJECT: ["DEPARTMENT"],
    APPROVE: ["DEPARTMENT"],
    SIGN_CONTRACT: ["DEPARTMENT"],
    RECORD_ADVANCE: ["TREASURY"],
    START: ["DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT"],
    REQUEST_ADJUSTMENT: ["DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT"],
    APPROVE_ADJUSTMENT: ["DEPARTMENT"],
    REJECT_ADJUSTMENT: ["DEPARTMENT"],
    ACCEPT: ["DEPARTMENT"],
    SETTLE: ["DEPARTMENT", "FINANCE"],
    CLOSE: ["DEPARTMENT"],
    STOP: ["DEPARTMENT"],
  };

  it("lets exactly these roles take each transition", () => {
    for (const action of PROJECT_ACTIONS)
      expect(rolesWith(TRANSITION_RULES[action].capability), action).toEqual(WHO[action]);
  });
});
