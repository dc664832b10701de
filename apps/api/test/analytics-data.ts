/**
 * Generated đề án for the analytics tests: several communes, years, funds, states and facilities, built
 * and carried through their lifecycle with the API's own mutations (as department users, who may prepare
 * for any commune).
 */
import { expect } from "vitest";
import {
  createEnvelope,
  createFacility,
  createProject,
  must,
  payRequest,
  projectMutation,
  requestPayment,
  targetLineId,
} from "./fixtures.js";
import type { TestServer, TestUser } from "./harness.js";

export interface Actors {
  drafter: TestUser;
  appraiser: TestUser;
  approver: TestUser;
  treasury: TestUser;
  finance: TestUser;
}

export async function createActors(t: TestServer): Promise<Actors> {
  const actors = {
    drafter: await t.createUser("DEPARTMENT"),
    appraiser: await t.createUser("DEPARTMENT"),
    approver: await t.createUser("DEPARTMENT"),
    treasury: await t.createUser("TREASURY"),
    finance: await t.createUser("FINANCE"),
  };
  for (const year of [2026, 2027])
    for (const fund of ["CITY_BUDGET", "NATIONAL_FUND"])
      await createEnvelope(t, actors.finance.token, year, fund, 100_000_000_000);
  return actors;
}

const ROUTES: Record<string, string[]> = {
  DRAFT: [],
  SUBMITTED: ["submit"],
  REJECTED: ["submit", "appraise", "reject"],
  APPROVED: ["submit", "appraise", "approve"],
  ADVANCED: ["submit", "appraise", "approve", "sign", "advance"],
  IN_PROGRESS: ["submit", "appraise", "approve", "sign", "advance", "start"],
  STOPPED: ["submit", "appraise", "approve", "sign", "advance", "start", "stop"],
  ACCEPTED: ["submit", "appraise", "approve", "sign", "start", "accept"],
  CLOSED: ["submit", "appraise", "approve", "sign", "advance", "start", "accept", "settle", "close"],
};

export interface Spec {
  year: number;
  fund: "CITY_BUDGET" | "NATIONAL_FUND";
  commune: string;
  state: keyof typeof ROUTES;
  /** Facilities (by the key given to `facilities`) that benefit; the first gets the machinery line. */
  beneficiaries: string[];
  /** Adds a VI.3 programme-management activity with its own budget line (content group VI). */
  management?: boolean;
  /** Support asked on the machinery line (cost is twice it). */
  support: number;
}

/** Facilities of several forms, sizes and sectors, registered in `commune` by the drafter. */
export async function createFacilities(t: TestServer, a: Actors, communes: string[]) {
  const defs: Record<string, Record<string, unknown>> = {
    household: { productionCommuneCode: communes[0] },
    womenCoop: {
      name: "HTX dệt may Hoa Sen",
      legalForm: "COOPERATIVE",
      womenOwned: true,
      sector: "HANDICRAFTS",
      productionCommuneCode: communes[1],
    },
    micro: {
      name: "Công ty TNHH Cơ khí Minh Long",
      legalForm: "ENTERPRISE",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
      businessField: "INDUSTRY_CONSTRUCTION",
      averageInsuredWorkers: 8,
      priorYearRevenue: 2_000_000_000,
      totalCapital: 5_000_000_000,
      productionCommuneCode: communes[1],
    },
    small: {
      name: "Công ty CP Gốm Chu Đậu",
      legalForm: "ENTERPRISE",
      sector: "HANDICRAFTS",
      womenOwned: true,
      businessField: "INDUSTRY_CONSTRUCTION",
      averageInsuredWorkers: 60.5,
      priorYearRevenue: null,
      totalCapital: 15_000_000_000,
      productionCommuneCode: communes[2],
    },
  };
  const ids: Record<string, string> = {};
  for (const [key, overrides] of Object.entries(defs))
    ids[key] = (await createFacility(t, a.drafter.token, overrides)).id;
  return ids;
}

async function step(t: TestServer, a: Actors, projectId: string, name: string) {
  const run = (
    user: TestUser,
    mutation: string,
    args: Record<string, unknown> = {},
    types: Record<string, string> = {},
  ) => must(projectMutation(t, user.token, mutation, projectId, args, types));
  switch (name) {
    case "submit":
      return run(a.drafter, "submitProject");
    case "appraise":
      return run(
        a.appraiser,
        "appraiseProject",
        { appraisedOn: "2026-04-01", opinion: "Đạt" },
        { appraisedOn: "CalendarDate!", opinion: "String!" },
      );
    case "reject":
      return run(a.appraiser, "rejectProject", { reason: "Không đủ điều kiện" }, { reason: "String!" });
    case "approve":
      return run(
        a.approver,
        "approveProject",
        {
          decisionNumber: "12/QĐ-UBND",
          decisionDate: "2026-04-20",
          // The generated facilities recur on purpose (to be counted once); the department allows it.
          doubleSupportJustification: "Giai đoạn khác của cùng dây chuyền",
        },
        { decisionNumber: "String!", decisionDate: "CalendarDate!", doubleSupportJustification: "String" },
      );
    case "sign":
      return run(
        a.approver,
        "signProjectContract",
        { contractNumber: "05/HĐ", contractDate: "2026-05-02" },
        { contractNumber: "String!", contractDate: "CalendarDate!" },
      );
    case "start":
      return run(a.drafter, "startProject");
    case "stop":
      return run(a.appraiser, "stopProject", { reason: "Ngừng sản xuất" }, { reason: "String!" });
    case "settle":
      return run(a.finance, "settleProject", { settledOn: "2026-11-20" }, { settledOn: "CalendarDate!" });
    case "accept": {
      const rows: { id: string; planned_quantity: number }[] = await t.dataSource.query(
        "SELECT id, planned_quantity FROM project_activity WHERE project_id = $1",
        [projectId],
      );
      return run(
        a.appraiser,
        "acceptProject",
        {
          acceptedOn: "2026-10-15",
          outputs: rows.map((r) => ({ activityId: r.id, actualQuantity: r.planned_quantity })),
        },
        { acceptedOn: "CalendarDate!", outputs: "[AcceptedOutputInput!]!" },
      );
    }
    case "advance":
    case "close": {
      const [row] = await t.dataSource.query(
        "SELECT approved_support, final_payment FROM project WHERE id = $1",
        [projectId],
      );
      const amount =
        name === "advance" ? Math.floor(Number(row.approved_support) * 0.7) : Number(row.final_payment);
      if (amount > 0) {
        const request = await must(
          requestPayment(t, a.drafter.token, projectId, name === "advance" ? "ADVANCE" : "FINAL", amount, {
            progress: 8000,
          }),
        );
        await must(payRequest(t, a.treasury.token, request.data.requestPayment.id));
      }
      if (name === "close") return run(a.approver, "closeProject");
      return;
    }
  }
  throw new Error(`unknown step ${name}`);
}

/** Builds one đề án to `spec` and returns its id. */
export async function buildProject(t: TestServer, a: Actors, facilities: Record<string, string>, spec: Spec) {
  const project = await createProject(t, a.drafter.token, {
    year: spec.year,
    fundSource: spec.fund,
    communeCode: spec.commune,
    proposedOn: "2026-03-15",
  });
  const token = a.drafter.token;
  for (const key of spec.beneficiaries) {
    await must(
      projectMutation(
        t,
        token,
        "addProjectBeneficiary",
        project.id,
        { facilityId: facilities[key] },
        { facilityId: "ID!" },
      ),
    );
  }
  const activity = async (input: Record<string, unknown>) => {
    const ids = async () =>
      (await t.dataSource.query("SELECT id FROM project_activity WHERE project_id = $1", [project.id])).map(
        (r: { id: string }) => r.id,
      ) as string[];
    const before = await ids();
    await must(
      projectMutation(
        t,
        token,
        "addProjectActivity",
        project.id,
        { input },
        { input: "ProjectActivityInput!" },
      ),
    );
    return (await ids()).find((id) => !before.includes(id)) as string;
  };
  const line = async (input: Record<string, unknown>) =>
    must(projectMutation(t, token, "addBudgetLine", project.id, { input }, { input: "BudgetLineInput!" }));
  const machinery = await activity({
    activityKind: "MACHINERY",
    targetLineId: await targetLineId(t, "I.2"),
    plannedQuantity: 1,
    description: "Máy móc",
    machineryIsNew: true,
    machineryImproves: true,
  });
  await line({
    activityId: machinery,
    facilityId: facilities[spec.beneficiaries[0] as string],
    costItem: "Máy chính",
    cost: spec.support * 2,
    requestedSupport: spec.support,
  });
  if (spec.management) {
    const management = await activity({
      activityKind: "PROGRAMME_MANAGEMENT",
      targetLineId: await targetLineId(t, "VI.3"),
      plannedQuantity: 1,
      description: "Quản lý",
    });
    await line({
      activityId: management,
      costItem: "Chi quản lý",
      cost: 20_000_000,
      requestedSupport: 15_000_000,
    });
  }
  for (const name of ROUTES[spec.state] ?? []) await step(t, a, project.id, name);
  const [row] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [project.id]);
  expect(row.state).toBe(spec.state);
  return project.id;
}
