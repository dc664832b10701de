/**
 * Generated đề án for the analytics tests: several communes, years, funds, states and facilities, built
 * and carried through their lifecycle with the API's own mutations (as department users, who may prepare
 * for any commune).
 */
import { expect } from "vitest";
import { type ProjectActors, projectActors, type WalkOptions, walkProject } from "./builders/project.js";
import {
  addActivity,
  addBeneficiary,
  addBudgetLine,
  createEnvelope,
  createFacility,
  createProject,
  type FacilityOverrides,
  targetLineId,
} from "./fixtures.js";
import type { TestServer } from "./harness.js";

export type Actors = ProjectActors;

/** A preparer, an appraiser, an approver (all department), Treasury and Finance; the years' envelopes. */
export async function createActors(t: TestServer): Promise<Actors> {
  const actors = await projectActors(t);
  for (const year of [2026, 2027])
    for (const fund of ["CITY_BUDGET", "NATIONAL_FUND"] as const)
      await createEnvelope(t, actors.finance.token, year, fund, 100_000_000_000);
  return actors;
}

/**
 * How each state is reached (builders/project.ts walks the shortest path through these states): the
 * advance paid on the way to most, the rejection after an appraisal, the stop of a started đề án.
 */
const PATHS = {
  DRAFT: {},
  SUBMITTED: {},
  REJECTED: { through: ["APPRAISED"], records: { reason: "Không đủ điều kiện" } },
  APPROVED: {},
  ADVANCED: {},
  IN_PROGRESS: { through: ["ADVANCED"] },
  STOPPED: { through: ["ADVANCED", "IN_PROGRESS"], records: { reason: "Ngừng sản xuất" } },
  ACCEPTED: {},
  CLOSED: { through: ["ADVANCED"] },
} satisfies Record<string, WalkOptions>;

export interface Spec {
  year: number;
  fund: "CITY_BUDGET" | "NATIONAL_FUND";
  commune: string;
  state: keyof typeof PATHS;
  /** Facilities (by the key given to `facilities`) that benefit; the first gets the machinery line. */
  beneficiaries: string[];
  /** Adds a VI.3 programme-management activity with its own budget line (content group VI). */
  management?: boolean;
  /** Support asked on the machinery line (cost is twice it). */
  support: number;
}

/** Facilities of several forms, sizes and sectors, registered in `commune` by the preparer. */
export async function createFacilities(t: TestServer, a: Actors, communes: string[]) {
  const defs: Record<string, FacilityOverrides> = {
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
    ids[key] = (await createFacility(t, a.preparer.token, overrides)).id;
  return ids;
}

/** Builds one đề án to `spec` and returns its id. */
export async function buildProject(t: TestServer, a: Actors, facilities: Record<string, string>, spec: Spec) {
  const project = await createProject(t, a.preparer.token, {
    year: spec.year,
    fundSource: spec.fund,
    communeCode: spec.commune,
    proposedOn: "2026-03-15",
  });
  const token = a.preparer.token;
  for (const key of spec.beneficiaries) await addBeneficiary(t, token, project.id, facilities[key] as string);
  const { id: machinery } = await addActivity(t, token, project.id, {
    activityKind: "MACHINERY",
    targetLineId: await targetLineId(t, "I.2"),
    plannedQuantity: 1,
    description: "Máy móc",
    machineryIsNew: true,
    machineryImproves: true,
  });
  await addBudgetLine(t, token, project.id, {
    activityId: machinery,
    facilityId: facilities[spec.beneficiaries[0] as string],
    costItem: "Máy chính",
    cost: spec.support * 2,
    requestedSupport: spec.support,
  });
  if (spec.management) {
    const { id: management } = await addActivity(t, token, project.id, {
      activityKind: "PROGRAMME_MANAGEMENT",
      targetLineId: await targetLineId(t, "VI.3"),
      plannedQuantity: 1,
      description: "Quản lý",
    });
    await addBudgetLine(t, token, project.id, {
      activityId: management,
      costItem: "Chi quản lý",
      cost: 20_000_000,
      requestedSupport: 15_000_000,
    });
  }
  const path: WalkOptions = PATHS[spec.state];
  await walkProject(t, a, project.id, spec.state, {
    ...path,
    // The generated facilities recur on purpose (to be counted once); the department allows it.
    records: {
      ...path.records,
      approval: { doubleSupportJustification: "Giai đoạn khác của cùng dây chuyền" },
    },
  });
  const [row] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [project.id]);
  expect(row.state).toBe(spec.state);
  return project.id;
}
