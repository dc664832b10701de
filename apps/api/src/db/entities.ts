import { AuditEntry } from "../audit/audit-entry.entity.js";
import { ApiToken } from "../auth/api-token.entity.js";
import { Session } from "../auth/session.entity.js";
import { Commune } from "../communes/commune.entity.js";
import { ProjectDocument } from "../documents/project-document.entity.js";
import { Facility } from "../facilities/facility.entity.js";
import { BudgetEnvelope } from "../money/budget-envelope.entity.js";
import { PaymentRequest } from "../money/payment-request.entity.js";
import { PriorSupport } from "../money/prior-support.entity.js";
import { Norm } from "../norms/norm.entity.js";
import { AnnualPlan } from "../plans/annual-plan.entity.js";
import { PlanRegistration } from "../plans/plan-registration.entity.js";
import { CommuneReport, CommuneReportLine } from "../commune-reports/commune-report.entity.js";
import { Notification } from "../notifications/notification.entity.js";
import { Programme } from "../programme/programme.entity.js";
import { BodyTarget, ContentGroup, TargetLine, TargetLineYear } from "../programme/target-line.entity.js";
import { Project } from "../projects/project.entity.js";
import {
  BudgetLine,
  ProjectActivity,
  ProjectBeneficiary,
  ProjectEvent,
} from "../projects/project-parts.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";

/** Every entity, listed explicitly (no globs): a new entity is added here and gets a migration. */
export const ENTITIES = [
  User,
  Session,
  AuditEntry,
  Commune,
  ImplementingUnit,
  Norm,
  Programme,
  ContentGroup,
  TargetLine,
  TargetLineYear,
  BodyTarget,
  Facility,
  Project,
  ProjectBeneficiary,
  ProjectActivity,
  BudgetLine,
  ProjectEvent,
  ProjectDocument,
  AnnualPlan,
  PlanRegistration,
  CommuneReport,
  CommuneReportLine,
  Notification,
  BudgetEnvelope,
  PaymentRequest,
  PriorSupport,
  ApiToken,
];
