import { can, dataScopeOf, type Role } from "@khuyencong/domain";
import { describe, expect, it } from "vitest";
import { hasWaiting, returnedDrafts, taskCards, waitingVariables } from "./dashboard-tasks";

/** A role's variables, from the domain's access table as `me.capabilities` carries it. */
const variablesOf = (role: Role) => waitingVariables((c) => can(role, c), dataScopeOf(role));

describe("waitingVariables", () => {
  it("asks each role only for what is its to do", () => {
    expect(variablesOf("DEPARTMENT")).toEqual({
      department: true,
      settles: true,
      proposer: false,
      treasury: false,
    });
    expect(variablesOf("FINANCE")).toEqual({
      department: false,
      settles: true,
      proposer: false,
      treasury: false,
    });
    expect(variablesOf("COMMUNE_OFFICER").proposer).toBe(true);
    expect(variablesOf("IMPLEMENTING_UNIT").proposer).toBe(true);
    expect(variablesOf("TREASURY").treasury).toBe(true);
    expect(hasWaiting(variablesOf("ANALYST"))).toBe(false);
    expect(hasWaiting(variablesOf("ADMIN"))).toBe(false);
  });
});

describe("taskCards", () => {
  it("gives the department a card per step, each opening the list of its state", () => {
    const cards = taskCards({
      submitted: { totalCount: 2 },
      appraised: { totalCount: 0 },
      approved: { totalCount: 1 },
      inProgress: { totalCount: 0 },
      adjusting: { totalCount: 0 },
      accepted: { totalCount: 4 },
      settled: { totalCount: 0 },
      plans: [
        { year: 2026, status: "APPROVED" },
        { year: 2027, status: "CONSOLIDATED" },
      ],
    });
    expect(cards.map((c) => c.key)).toEqual([
      "submitted",
      "appraised",
      "approved",
      "inProgress",
      "adjusting",
      "accepted",
      "settled",
      "plan-2027",
    ]);
    const submitted = cards[0];
    expect(submitted).toMatchObject({ count: 2, todo: ["Chờ thẩm định", "To appraise"] });
    expect(submitted?.href).toBe("/de-an?state=SUBMITTED");
    expect(cards.find((c) => c.key === "accepted")?.href).toBe("/de-an?state=ACCEPTED");
    // An approved plan waits for nobody; a consolidated one waits for its decision.
    expect(cards.at(-1)).toMatchObject({ figure: "2027", href: "/ke-hoach" });
  });

  it("separates the drafts the department returned, with their reason, from those being prepared", () => {
    const data = {
      drafts: {
        totalCount: 3,
        nodes: [
          { id: "1", code: "KC-1", title: "A", lastReason: "Thiếu báo giá máy" },
          { id: "2", code: "KC-2", title: "B", lastReason: null },
          { id: "3", code: "KC-3", title: "C", lastReason: null },
        ],
      },
      contracted: { totalCount: 1 },
      advanced: { totalCount: 0 },
      toPay: { totalCount: 2 },
    };
    const cards = taskCards(data);
    expect(cards.map((c) => [c.key, c.count])).toEqual([
      ["returned", 1],
      ["drafts", 2],
      ["contracted", 1],
      ["advanced", 0],
      ["toPay", 2],
    ]);
    expect(cards.find((c) => c.key === "toPay")?.href).toBe("/de-an?state=ACCEPTED");
    expect(returnedDrafts(data).map((p) => p.code)).toEqual(["KC-1"]);
  });

  it("shows the Treasury the requests waiting for it, advances apart", () => {
    const cards = taskCards({
      pending: [
        { id: "a", kind: "ADVANCE" },
        { id: "b", kind: "PAYMENT" },
        { id: "c", kind: "ADVANCE" },
      ],
    });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ count: 3, href: "/thanh-toan" });
    expect(cards[0]?.detail?.[0]).toBe("2 tạm ứng · 1 thanh toán");
  });

  it("has no card for a part the role did not ask for", () => {
    expect(taskCards({})).toEqual([]);
  });
});
