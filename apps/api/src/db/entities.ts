import { AuditEntry } from "../audit/audit-entry.entity.js";
import { Session } from "../auth/session.entity.js";
import { User } from "../users/user.entity.js";

/** Every entity, listed explicitly (no globs): a new entity is added here and gets a migration. */
export const ENTITIES = [User, Session, AuditEntry];
