import { describe, expect, it } from "vitest";
import { PROJECT_ACTIONS } from "../lifecycle/project-lifecycle.js";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  auditActionLabel,
  isAuditAction,
  projectTransitionAuditAction,
} from "./audit-action.js";

describe("audit actions", () => {
  it("are listed once each, as entity.verb", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it("have a Vietnamese label each, distinct, and no label for an action not listed", () => {
    for (const action of AUDIT_ACTIONS) {
      const label = AUDIT_ACTION_LABELS[action];
      expect(label, action).toMatch(/\S/);
      // A sentence-cased phrase, not a key left untranslated.
      expect(label, action).not.toContain(".");
      expect(label, action).not.toContain("_");
      expect(label.charAt(0), action).toBe(label.charAt(0).toLocaleUpperCase("vi"));
    }
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size).toBe(AUDIT_ACTIONS.length);
    expect(AUDIT_ACTION_LABELS["project.submit"]).toBe("Trình đề án");
    expect(AUDIT_ACTION_LABELS["project.approve"]).toBe("Phê duyệt đề án");
    expect(AUDIT_ACTION_LABELS["session.login"]).toBe("Đăng nhập");
  });

  it("name every transition of the đề án lifecycle", () => {
    for (const action of PROJECT_ACTIONS) {
      const audit = projectTransitionAuditAction(action);
      expect(isAuditAction(audit), audit).toBe(true);
    }
    expect(projectTransitionAuditAction("SIGN_CONTRACT")).toBe("project.sign_contract");
  });

  it("label a row's action, keeping an unlisted one as written", () => {
    expect(auditActionLabel("user.create")).toBe("Tạo tài khoản");
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
    expect(isAuditAction("project.")).toBe(false);
    expect(isAuditAction(42)).toBe(false);
  });
});
