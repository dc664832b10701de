import { describe, expect, it } from "vitest";
import { dayRange, diffRecords, entityTypeLabel, summarise } from "./audit";

describe("the audit log's times, in Việt Nam time", () => {
  it("turns the filter's inclusive days into the API's [from, to) moments", () => {
    expect(dayRange("2026-05-10", "2026-05-10")).toEqual({
      from: "2026-05-09T17:00:00.000Z",
      to: "2026-05-10T17:00:00.000Z",
    });
    expect(dayRange("", "")).toEqual({ from: null, to: null });
  });
});

describe("what a row says", () => {
  it("names actions and records, and shows unknown ones as written", () => {
    expect(entityTypeLabel("User", "vi")).toBe("Người dùng");
    expect(entityTypeLabel("Widget", "en")).toBe("Widget");
  });

  it("lists only the fields a change touched, leaving out the version counter", () => {
    const before = { email: "a@x.vn", role: "COMMUNE_OFFICER", active: true, version: 1 };
    const after = { email: "a@x.vn", role: "DEPARTMENT", active: false, version: 2 };
    const changes = diffRecords(before, after);
    expect(changes).toEqual([
      { key: "role", before: "COMMUNE_OFFICER", after: "DEPARTMENT" },
      { key: "active", before: true, after: false },
    ]);
    const created = diffRecords(null, { role: "ANALYST", active: true, email: "c@x.vn", fullName: "C" });
    expect(created.map((c) => c.key)).toEqual(["email", "fullName", "role", "active"]);
    expect(summarise(changes)).toBe("role: COMMUNE_OFFICER → DEPARTMENT; active: true → false");
  });

  it("lists every field of a creation and compares nested values by content", () => {
    const changes = diffRecords(null, {
      id: "u-1",
      email: "b@x.vn",
      scope: { communeCode: "xa-an-hung" },
      version: 1,
    });
    expect(changes.map((c) => c.key)).toEqual(["email", "scope"]);
    expect(summarise(changes)).toBe('email: b@x.vn; scope: {"communeCode":"xa-an-hung"}');
    expect(diffRecords({ s: { a: 1 } }, { s: { a: 1 } })).toEqual([]);
    expect(diffRecords(null, { email: "b@x.vn", unitId: null }).map((c) => c.key)).toEqual(["email"]);
  });

  it("keeps the version when it is the only change (a password reset), and shortens long summaries", () => {
    expect(diffRecords({ version: 1 }, { version: 2 })).toEqual([{ key: "version", before: 1, after: 2 }]);
    const many = diffRecords(null, { a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(summarise(many)).toBe("a: 1; b: 2; c: 3 (+2)");
    expect(summarise(diffRecords({ x: "old" }, null))).toBe("x: old → —");
  });
});
