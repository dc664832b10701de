import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AnalyticsResolver } from "../analytics/analytics.resolver.js";
import { AuditResolver } from "../audit/audit.resolver.js";
import { ApiTokenResolver } from "../auth/api-token.resolver.js";
import { AuthResolver } from "../auth/auth.resolver.js";
import { CommuneResolver } from "../communes/commune.resolver.js";
import { ProjectDocumentResolver, ProjectDocumentsResolver } from "../documents/document.resolver.js";
import { FacilityResolver } from "../facilities/facility.resolver.js";
import {
  BudgetEnvelopeResolver,
  PaymentResolver,
  PriorSupportResolver,
  ProjectMoneyResolver,
} from "../money/money.resolver.js";
import { NormResolver } from "../norms/norm.resolver.js";
import { AnnualPlanResolver } from "../plans/annual-plan.resolver.js";
import {
  PlanCommuneTotalResolver,
  PlanComparisonResolver,
  PlanLineComparisonResolver,
  PlanUnitTotalResolver,
} from "../plans/plan-comparison.resolver.js";
import { PlanRegistrationResolver } from "../plans/plan-registration.resolver.js";
import { DutiesResolver } from "../duties/duties.resolver.js";
import { NotificationResolver } from "../notifications/notification.resolver.js";
import { ProjectPlanWarningResolver } from "../plans/plan-precondition.resolver.js";
import {
  CommuneReportLineResolver,
  CommuneReportResolver,
} from "../commune-reports/commune-report.resolver.js";
import {
  ContentGroupResolver,
  ProgrammeResolver,
  TargetLineResolver,
} from "../programme/programme.resolver.js";
import {
  BudgetLineResolver,
  ProjectActivityResolver,
  ProjectEventResolver,
  ProjectResolver,
} from "../projects/project.resolver.js";
import { ProgressLineResolver, ProgressResolver } from "../progress/progress.resolver.js";
import { ProjectTransitionResolver } from "../lifecycle/project-transition.resolver.js";
import { ReportResolver } from "../reports/report.resolver.js";
import { ImplementingUnitResolver } from "../units/implementing-unit.resolver.js";
import { UserResolver } from "../users/user.resolver.js";
import { authChecker } from "./auth-checker.js";

/** Every resolver, listed explicitly: a new module adds its resolver here. */
export const RESOLVERS = [
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  AuditResolver,
  CommuneResolver,
  ImplementingUnitResolver,
  NormResolver,
  ProgrammeResolver,
  ContentGroupResolver,
  TargetLineResolver,
  FacilityResolver,
  ProjectResolver,
  ProjectTransitionResolver,
  ProjectActivityResolver,
  BudgetLineResolver,
  ProjectEventResolver,
  ProjectDocumentsResolver,
  ProjectDocumentResolver,
  AnnualPlanResolver,
  PlanRegistrationResolver,
  CommuneReportResolver,
  CommuneReportLineResolver,
  DutiesResolver,
  NotificationResolver,
  ProjectPlanWarningResolver,
  PlanComparisonResolver,
  PlanLineComparisonResolver,
  PlanCommuneTotalResolver,
  PlanUnitTotalResolver,
  BudgetEnvelopeResolver,
  PaymentResolver,
  PriorSupportResolver,
  ProjectMoneyResolver,
  ProgressResolver,
  ProgressLineResolver,
  ReportResolver,
  AnalyticsResolver,
] as const;

/**
 * The GraphQL schema. Arguments are validated with class-validator (`validate`); the file `schema.graphql`
 * is written by `pnpm --filter @khuyencong/api schema`, never at runtime.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: "error",
    // Validation errors must not carry the input back (it may hold a password), only the messages.
    validate: { validationError: { target: false, value: false }, forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  // type-graphql cannot describe the root types; every type of the schema has a description.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads. Each field says who may call it.";
  if (mutation) mutation.description = "Changes. Each runs in one transaction and writes one audit entry.";
  return schema;
}

/** The schema as committed in `schema.graphql`: sorted, so that a diff shows only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
