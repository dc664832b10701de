import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ANALYTICS_EXAMPLES } from "../src/analytics/examples.js";
import { DEFAULT_APP_SETTINGS } from "../src/config.js";
import { buildAppSchema } from "../src/graphql/schema.js";
import { limitRules, operationCost } from "../src/graphql/limits.js";
import * as benchDocuments from "../bench/graphql.js";
import { analyticsDocQueries } from "./doc-blocks.js";

/*
 * The limits (src/graphql/limits.ts, default settings) must never refuse what the product itself sends:
 * every `graphql(`…`)` document of the admin app, every query of docs/analytics.md and GraphiQL's examples,
 * the benchmark's reads, and GraphiQL's introspection. Each is checked with the same rules the server
 * runs, with the largest variables the admin app sends (100 per page, every year of the programme, every
 * `@include` branch on).
 */
const limits = DEFAULT_APP_SETTINGS.limits;
const ADMIN_SRC = fileURLToPath(new URL("../../admin/src", import.meta.url));
/** The largest page any list allows (PageArgs: 1–100); the admin app asks at most that. */
const LARGEST_PAGE = 100;
const PROGRAMME_YEARS = [2026, 2027, 2028, 2029, 2030];

interface Document {
  where: string;
  source: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The client preset's documents: `graphql(\`…\`)` with no interpolation (the preset forbids it). */
function adminDocuments(): Document[] {
  return sourceFiles(ADMIN_SRC).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => ({
      where: relative(ADMIN_SRC, file),
      source: m[1] as string,
    })),
  );
}

/** A value of `type` a real client could send, as large as the product ever sends. */
function sampleValue(name: string, type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    if (/year/i.test(name)) return PROGRAMME_YEARS;
    return [sampleValue(name, inner.ofType as GraphQLInputType)];
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = sampleValue(field.name, field.type);
    }
    return value;
  }
  if (isScalarType(inner)) {
    if (name === "first") return LARGEST_PAGE;
    switch (inner.name) {
      case "Boolean":
        return true;
      case "Int":
        return /year|asOf/i.test(name) ? 2030 : 1;
      case "Float":
      case "Dong":
        return 1;
      case "ID":
        return "00000000-0000-4000-8000-000000000000";
      case "CalendarDate":
        return "2026-01-01";
      case "DateTimeISO":
        return "2026-01-01T00:00:00.000Z";
      case "JSONObject":
        return {};
      default:
        return /date/i.test(name) ? "2026-01-01" : "x";
    }
  }
  throw new Error(`no sample for ${name}: ${String(getNamedType(type))}`);
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type of $${definition.variable.name.value}`);
    variables[definition.variable.name.value] = sampleValue(definition.variable.name.value, type);
  }
  return variables;
}

interface Checked {
  where: string;
  operation: string;
  cost: number;
}

function check(schema: GraphQLSchema, doc: Document, fixed?: Record<string, unknown>): Checked[] {
  // The server parses with the same token limit (parseOptions.maxTokens): this throws past it.
  const document = parse(doc.source, { maxTokens: limits.maxTokens });
  // Only the limits: whether the document fits the schema is codegen's and the e2e suites' business.
  const errors = validate(schema, document, limitRules(limits));
  expect(
    errors.map((e) => e.message),
    doc.where,
  ).toEqual([]);
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== "OperationDefinition") return [];
    const name = definition.name?.value ?? "(anonymous)";
    const variables = fixed ?? sampleVariables(schema, definition);
    const priced = operationCost(schema, document, variables, definition.name?.value);
    expect(priced, `${doc.where} ${name}: variables ${JSON.stringify(variables)}`).not.toBeNull();
    const cost = priced?.cost ?? Number.POSITIVE_INFINITY;
    expect(cost, `${doc.where} ${name}`).toBeLessThanOrEqual(limits.maxCost);
    return [{ where: doc.where, operation: name, cost }];
  });
}

function heaviest(checked: Checked[]): Checked {
  return checked.reduce((a, b) => (b.cost > a.cost ? b : a));
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe("the limits let the product's own queries through (default settings)", () => {
  it("every document of the admin app", () => {
    const documents = adminDocuments();
    expect(documents.length).toBeGreaterThan(40);
    const checked = documents.flatMap((doc) => check(schema, doc));
    const top = heaviest(checked);
    console.info(
      `admin app: ${checked.length} operations, heaviest ${top.operation} (${top.where}) costs ${top.cost}`,
    );
    console.info(
      checked
        .sort((a, b) => b.cost - a.cost)
        .slice(0, 8)
        .map((c) => `${c.operation} ${c.cost}`)
        .join(", "),
    );
    // The dashboard asks for progress, attainment of every year and two breakdowns: it must be the heaviest.
    expect(checked.find((c) => c.operation === "Dashboard")?.cost).toBeGreaterThan(3 * 500);
  });

  it("every query of docs/analytics.md and every GraphiQL example", () => {
    const queries = [...analyticsDocQueries(), ...ANALYTICS_EXAMPLES.map((e) => e.query)];
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const checked = queries.flatMap((source, i) =>
      check(schema, { where: `docs/analytics.md #${i + 1}`, source }),
    );
    const top = heaviest(checked);
    console.info(
      `docs/analytics.md: ${checked.length} operations, heaviest ${top.operation} costs ${top.cost}`,
    );
  });

  it("the benchmark's reads, with the page sizes it uses", () => {
    const { PROJECTS_PAGE, FACILITIES_PAGE, DASHBOARD, PROGRAMME, ME } = benchDocuments;
    const checked = [
      ...check(schema, { where: "bench PROJECTS_PAGE", source: PROJECTS_PAGE }, { first: LARGEST_PAGE }),
      ...check(schema, { where: "bench FACILITIES_PAGE", source: FACILITIES_PAGE }, { first: 50 }),
      ...check(
        schema,
        { where: "bench DASHBOARD", source: DASHBOARD },
        { year: 2030, years: PROGRAMME_YEARS },
      ),
      ...check(schema, { where: "bench PROGRAMME", source: PROGRAMME }, {}),
      ...check(schema, { where: "bench ME", source: ME }, {}),
    ];
    console.info(`bench: ${checked.map((c) => `${c.where} ${c.cost}`).join(", ")}`);
  });

  it("GraphiQL's introspection query (deep through `ofType`, but served from memory)", () => {
    for (const source of [
      getIntrospectionQuery(),
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    ]) {
      check(schema, { where: "introspection", source }, {});
    }
  });
});
