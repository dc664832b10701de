import { readFileSync } from "node:fs";
import {
  type GraphQLField,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema, printAppSchema } from "../src/graphql/schema.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe("schema.graphql", () => {
  it("is up to date: run `pnpm --filter @khuyencong/api schema` and commit the result", () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(printAppSchema(schema)).toBe(committed);
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("permissions", () => {
  /**
   * Who may call each root field. A change here is a permission change: review it as one.
   * "public" = anyone; "signed-in" = any authenticated user; otherwise the roles.
   */
  const EXPECTED = {
    "Mutation.acceptProject": ["DEPARTMENT"],
    "Mutation.addBudgetLine": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.addProjectActivity": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.addProjectBeneficiary": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.appraiseProject": ["DEPARTMENT"],
    "Mutation.approveAnnualPlan": ["DEPARTMENT"],
    "Mutation.approveProject": ["DEPARTMENT"],
    "Mutation.approveProjectAdjustment": ["DEPARTMENT"],
    "Mutation.changePassword": "signed-in",
    "Mutation.closeProject": ["DEPARTMENT"],
    "Mutation.consolidateAnnualPlan": ["DEPARTMENT"],
    "Mutation.createApiToken": ["ANALYST"],
    "Mutation.createBudgetEnvelope": ["DEPARTMENT", "FINANCE"],
    "Mutation.createFacility": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.createImplementingUnit": ["ADMIN", "DEPARTMENT"],
    "Mutation.createProject": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.createUser": ["ADMIN"],
    "Mutation.deactivateUser": ["ADMIN"],
    "Mutation.deleteProjectDocument": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.importFacilities": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.login": "public",
    "Mutation.logout": "signed-in",
    "Mutation.openAnnualPlan": ["DEPARTMENT"],
    "Mutation.payPaymentRequest": ["TREASURY"],
    "Mutation.recordPriorSupport": ["DEPARTMENT"],
    "Mutation.recordProjectRefund": ["TREASURY"],
    "Mutation.refusePaymentRequest": ["TREASURY"],
    "Mutation.registerPlannedActivity": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.rejectProject": ["DEPARTMENT"],
    "Mutation.rejectProjectAdjustment": ["DEPARTMENT"],
    "Mutation.removeBudgetLine": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.removeProjectActivity": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.removeProjectBeneficiary": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.reopenAnnualPlan": ["DEPARTMENT"],
    "Mutation.requestPayment": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.requestProjectAdjustment": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.resetPassword": ["ADMIN"],
    "Mutation.revokeApiToken": ["ADMIN", "ANALYST"],
    "Mutation.returnProject": ["DEPARTMENT"],
    "Mutation.settleProject": ["DEPARTMENT", "FINANCE"],
    "Mutation.signProjectContract": ["DEPARTMENT"],
    "Mutation.startProject": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.stopProject": ["DEPARTMENT"],
    "Mutation.submitProject": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateBudgetEnvelope": ["DEPARTMENT", "FINANCE"],
    "Mutation.updateBudgetLine": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateFacility": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateImplementingUnit": ["ADMIN", "DEPARTMENT"],
    "Mutation.updatePlanRegistration": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateProject": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateProjectActivity": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Mutation.updateUser": ["ADMIN"],
    "Mutation.withdrawPlanRegistration": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Query.annualPlan": "signed-in",
    "Query.apiTokens": ["ADMIN"],
    "Query.annualPlans": "signed-in",
    "Query.attainment": "signed-in",
    "Query.auditLog": ["ADMIN", "DEPARTMENT"],
    "Query.budgetEnvelopes": ["ADMIN", "ANALYST", "DEPARTMENT", "FINANCE", "TREASURY"],
    "Query.commune": "signed-in",
    "Query.communes": "signed-in",
    "Query.facilities": "signed-in",
    "Query.facility": "signed-in",
    "Query.facilityImportTemplate": ["COMMUNE_OFFICER", "DEPARTMENT", "IMPLEMENTING_UNIT"],
    "Query.implementingUnits": "signed-in",
    "Query.me": "signed-in",
    "Query.moneyBreakdown": "signed-in",
    "Query.myApiTokens": ["ANALYST"],
    "Query.norms": "signed-in",
    "Query.pendingPaymentRequests": "signed-in",
    "Query.planRegistration": "signed-in",
    "Query.programme": "signed-in",
    "Query.programmeProgress": "signed-in",
    "Query.project": "signed-in",
    "Query.projects": "signed-in",
    "Query.reportDownloads": "signed-in",
    "Query.supportCalculation": "signed-in",
    "Query.supportedFacilities": "signed-in",
    "Query.targetLine": "signed-in",
    "Query.user": ["ADMIN"],
    "Query.users": ["ADMIN"],
  };

  it("match the reviewed table", () => {
    const storage = getMetadataStorage();
    const actual: Record<string, unknown> = {};
    for (const [kind, handlers] of [
      ["Query", storage.queries],
      ["Mutation", storage.mutations],
    ] as const) {
      for (const handler of handlers) {
        const roles = handler.roles;
        actual[`${kind}.${handler.schemaName}`] =
          roles === undefined ? "public" : roles.length === 0 ? "signed-in" : [...roles].sort();
      }
    }
    expect(Object.fromEntries(Object.entries(actual).sort())).toEqual(EXPECTED);
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ].sort();
    expect(rootFields).toEqual(Object.keys(EXPECTED).sort());
  });
});
