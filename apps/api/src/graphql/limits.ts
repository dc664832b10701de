import { type ApolloServerOptions, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import {
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from "graphql-query-complexity";
import { Extensions } from "type-graphql";
import type { RequestLimits } from "../config.js";
import type { AppSettings, Ctx } from "../context.js";
import { heavyRequestGate, type Release } from "../db/heavy-requests.js";
import { AppError } from "../errors.js";

/**
 * What fields cost, in "ordinary field" units (a scalar or a relation read through a DataLoader is 1, the
 * fallback of `simpleEstimator`). The heavy ones are weighed by what their SQL does at national volume
 * (50,000 đề án, 500,000 budget lines); resolvers name these constants in their `complexity` option.
 */
export const COST = {
  /**
   * programmeProgress for one year: the programme's figures by line and year (progress_figures, a few
   * hundred rows kept by triggers since issue 11), the approved plans and the programme's table, read once
   * per request and programme, then the domain's roll-ups and forecasts, computed once per request and year
   * (progress.service.ts). Measured on the national dataset through the API (10th percentile of 30, machine
   * shared, load 13–17): 47–97 ms, the order of moneyBreakdown a2/a3 (64–119 ms, `ANALYTICS`); kept at 500
   * so that a dozen aliases of it stay refused by cost (test/limits.test.ts), although aliases of one year
   * are computed once.
   */
  PROGRESS: 500,
  /**
   * Each further year of `attainment(years:)`: the inputs are already read for the first year, so a year
   * more is only the domain's roll-up over those figures in memory. Measured as above: attainment of five
   * years 62–87 ms, of one year 69–80 ms (the same, within the noise).
   */
  PROGRESS_YEAR: 50,
  /** moneyBreakdown, supportedFacilities: one GROUP BY over the đề án (and their lines or beneficiaries). */
  ANALYTICS: 250,
  /** One of a plan comparison's lists: a GROUP BY over the year's registrations. */
  PLAN_AGGREGATE: 50,
  /** The programme's consistency audit (computed once per request and programme). */
  PROGRAMME_AUDIT: 20,
  /** A page's `totalCount`: a COUNT(*) over the filtered rows. */
  PAGE: 10,
} as const;

/**
 * A paginated list (`first`, default 20): the page costs `COST.PAGE` (its count) plus each node's fields
 * once per node asked for.
 */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === "number" ? Math.max(1, args.first) : 20;
  return COST.PAGE + childComplexity * first;
}

/**
 * `attainment(years:)` runs programmeProgress once per distinct year asked for, from inputs read once: the
 * first year costs a progress, each further one its roll-up (`COST.PROGRESS_YEAR`).
 */
export function attainmentComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const years = Array.isArray(args.years) ? Math.max(1, new Set(args.years).size) : 1;
  return COST.PROGRESS + COST.PROGRESS_YEAR * (years - 1) + childComplexity * years;
}

const HEAVY = "heavy";

/**
 * Marks a field whose SQL aggregates history (progress, analytics, plan comparison): a request that asks
 * for one (once or 30 times alike) runs only with a heavy-request permit (`settings.limits.heavyConcurrency`
 * per instance), so that aggregates never take every pooled connection from ordinary work and /health.
 */
export function Heavy(): MethodDecorator & PropertyDecorator {
  return Extensions({ [HEAVY]: true });
}

/** What a refusal names: the limit, its value and what the request had. */
function tooComplex(message: string): AppError {
  return new AppError("QUERY_TOO_COMPLEX", `Truy vấn vượt giới hạn: ${message}`);
}

/** An AppError as Apollo wants a refusal before execution: a GraphQLError, HTTP 400; formatError unwraps it. */
function asGraphQLError(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      http: {
        status,
        headers: new HeaderMap(
          error.retryAfterSeconds !== undefined ? [["retry-after", String(error.retryAfterSeconds)]] : [],
        ),
      },
    },
  });
}

/** graphql-armor's messages end with "found N."; the count goes into our Vietnamese message. */
function foundCount(armorError: GraphQLError): string {
  return /found (\d+)/.exec(armorError.message)?.[1] ?? "nhiều hơn";
}

type ArmorRejection = (context: ValidationContext | null, error: GraphQLError) => void;

/** graphql-armor reports through callbacks; we report our own error and keep validating (no throw). */
function reportAs(describe: (found: string) => string): {
  onReject: ArmorRejection[];
  propagateOnRejection: false;
} {
  return {
    onReject: [
      (context, armorError) => {
        context?.reportError(asGraphQLError(tooComplex(describe(foundCount(armorError))), 400));
      },
    ],
    propagateOnRejection: false,
  };
}

/** The static limits, as validation rules (graphql-armor's): checked once per distinct document. */
export function limitRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // GraphiQL's introspection query nests `ofType` well past any real screen; `__schema` is served from
      // the schema in memory, never the database, so its depth costs nothing worth refusing.
      ignoreIntrospection: true,
      ...reportAs((found) => `lồng tối đa ${limits.maxDepth} cấp, truy vấn này lồng ${found} cấp.`),
    }) as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportAs((found) => `tối đa ${limits.maxAliases} bí danh (alias), truy vấn này có ${found}.`),
    }) as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...reportAs((found) => `tối đa ${limits.maxDirectives} chỉ thị (directive), truy vấn này có ${found}.`),
    }) as ValidationRule,
  ];
}

/** graphql-js's refusal when `parseOptions.maxTokens` stops the parser (16.x writes "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/;

/**
 * The token limit is graphql-js's own (`parseOptions.maxTokens`): the parser stops at the limit, so a
 * huge document costs neither memory nor validation. Apollo reports that as GRAPHQL_PARSE_FAILED;
 * formatError asks this function to name it as the limit it is. Undefined for any other error.
 */
export function tokenLimitRefusal(error: unknown): AppError | undefined {
  const parseError = error instanceof GraphQLError ? (error.originalError ?? error) : undefined;
  const max = parseError ? TOKEN_LIMIT.exec(parseError.message)?.[1] : undefined;
  return max ? tooComplex(`tối đa ${max} ký hiệu (token), truy vấn này dài hơn.`) : undefined;
}

const ESTIMATORS_AFTER_HEAVY: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  simpleEstimator({ defaultComplexity: 1 }),
];

export interface OperationCost {
  cost: number;
  /** Whether a field marked `@Heavy()` is asked (after `@include`/`@skip`). */
  heavy: boolean;
}

/**
 * The cost of the operation with these variables (graphql-query-complexity with the fields' `complexity`),
 * and whether it asks for a heavy field. Null when the variables do not fit the operation: execution then
 * refuses them before any resolver runs (BAD_USER_INPUT).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): OperationCost | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return null;
  if (variablesInvalid(schema, operation, variables)) return null;
  let heavy = false;
  const markHeavy: ComplexityEstimator = ({ field }) => {
    if (field.extensions?.[HEAVY] === true) heavy = true;
    // No number: the next estimator prices the field.
  };
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [markHeavy, ...ESTIMATORS_AFTER_HEAVY],
    });
  } catch {
    // Past graphql-query-complexity's node budget (e.g. fragments spread into fragments): too big to price.
    return { cost: Number.POSITIVE_INFINITY, heavy: true };
  }
  return { cost, heavy };
}

function variablesInvalid(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): boolean {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return "errors" in result && (result.errors?.length ?? 0) > 0;
}

/**
 * Before execution (didResolveOperation, where the variables are known, so `first: $first` counts at its
 * value): refuses an operation over the cost limit,
 * and takes a heavy-request permit for an operation with a heavy field (one per request, however many
 * aliases), refusing with SERVER_BUSY when none frees up within `heavyQueueMs`.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      let permit: Promise<Release> | undefined;
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const priced = operationCost(schema, document, request.variables ?? {}, request.operationName);
          if (!priced) return;
          if (priced.cost > limits.maxCost) {
            const cost = Number.isFinite(priced.cost)
              ? String(priced.cost)
              : "không tính được (quá nhiều trường)";
            throw asGraphQLError(
              tooComplex(
                `chi phí ước tính tối đa ${limits.maxCost}, truy vấn này ${cost}. Hãy tách thành nhiều truy vấn nhỏ hơn hoặc giảm số bản ghi mỗi trang (first).`,
              ),
              400,
            );
          }
          if (!priced.heavy) return;
          permit = heavyRequestGate(contextValue.dataSource, limits).enter();
          try {
            await permit;
          } catch (error) {
            throw error instanceof AppError ? asGraphQLError(error, 503) : error;
          }
        },
        async willSendResponse() {
          // Another plugin may have refused the operation while this one still waited: release whenever
          // the permit arrives, without holding the response back.
          permit?.then(
            (release) => release(),
            () => {},
          );
        },
      };
    },
  };
}

/**
 * What a GraphQL document may cost before it runs (depth, aliases, tokens, directives, field cost), as
 * Apollo options (wired in app.ts). Settings come from `settings.limits` (GRAPHQL_MAX_*, HEAVY_REQUEST_*).
 */
export function graphqlLimitOptions(
  settings: AppSettings,
): Pick<ApolloServerOptions<Ctx>, "validationRules" | "parseOptions" | "plugins"> {
  const { limits } = settings;
  return {
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [requestLimitsPlugin(limits)],
  };
}
