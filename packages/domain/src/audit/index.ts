export {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  type AuditAction,
  auditActionLabel,
  isAuditAction,
  type ProjectTransitionAuditAction,
  projectTransitionAuditAction,
} from "./audit-action.js";
