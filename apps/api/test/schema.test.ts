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
import { DECISIONS, whoLabel } from "./authorization-decisions.js";

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
   * What each root field requires, as its resolver declares it (`@Allow(...)`, `@Authorized()`), must be
   * the reviewed decision of test/authorization-decisions.ts: "public" = anyone; "signed-in" = any
   * authenticated user; otherwise the capability (or any of several). A change is a permission change.
   */
  const EXPECTED = Object.fromEntries(
    Object.entries(DECISIONS).map(([name, decision]) => [name, whoLabel(decision.who)]),
  );

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
          roles === undefined ? "public" : roles.length === 0 ? "signed-in" : roles.join(" | ");
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
