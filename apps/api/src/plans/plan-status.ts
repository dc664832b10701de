import { PLAN_STATUS_LABELS, PLAN_STATUSES } from "@khuyencong/domain";
import { domainEnum, sqlList } from "../graphql/enums.js";

/*
 * The states of an annual plan and their transitions are the domain's (packages/domain/src/plans);
 * here only what GraphQL and SQL need of them.
 */

export const PLAN_STATUSES_SQL = sqlList(PLAN_STATUSES);

export const PlanStatusEnum = domainEnum(
  "AnnualPlanStatus",
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  "State of an annual plan: open for registration, consolidated by the department, or approved and locked.",
);
