import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APPROVE,
  type ProjectActors,
  payRequest,
  projectIn,
  requestPayment,
  type WalkOptions,
  walkProject,
} from "./builders/project.js";
import {
  addActivity,
  addBeneficiary,
  addBudgetLine,
  createEnvelope,
  createFacility,
  createProject,
  currentVersion,
  must,
  type ProjectOverrides,
  readyDraft,
  targetLineId,
} from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser;
let otherOfficer: TestUser;
let appraiser: TestUser;
let approver: TestUser;
let treasury: TestUser;
let finance: TestUser;
let analyst: TestUser;
let actors: ProjectActors;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  otherOfficer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  analyst = await t.createUser("ANALYST");
  actors = { preparer: officer, appraiser, approver, finance, treasury };
  await createEnvelope(t, finance.token, 2026, "CITY_BUDGET", 50_000_000_000);
});
afterAll(() => t?.close());

/** What this file's steps record (builders/project.ts has the rest). */
const RECORDS = {
  approval: { decisionNumber: "77/QĐ-UBND" },
  contract: { contractNumber: "1/HĐ", contractDate: "2026-05-01" },
} satisfies WalkOptions["records"];

const submitAndAppraise = (projectId: string) =>
  walkProject(t, actors, projectId, "APPRAISED", { records: RECORDS });

/** The approval, as its response: the tests here expect refusals. */
async function approve(
  projectId: string,
  decision: { decisionNumber?: string; decisionDate?: string; doubleSupportJustification?: string } = {},
) {
  return t.gql(
    APPROVE,
    {
      projectId,
      version: await currentVersion(t, projectId),
      decisionNumber: "77/QĐ-UBND",
      decisionDate: "2026-04-20",
      ...decision,
    },
    approver.token,
  );
}

/** A draft of the given year and fund, taken to CONTRACTED. */
const contracted = (overrides: ProjectOverrides = {}) =>
  projectIn(t, actors, "CONTRACTED", { draft: overrides, records: RECORDS });

async function state(projectId: string): Promise<string> {
  const [row] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [projectId]);
  return row.state;
}

const ENVELOPES = graphql(`
  query MoneyPathEnvelopes($year: Int) {
    budgetEnvelopes(year: $year) {
      year
      fundSource
      amount
      allocated
      available
      version
      id
    }
  }
`);

const CREATE_ENVELOPE_2026 = graphql(`
  mutation MoneyPathEnvelope2026 {
    createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 1) {
      id
    }
  }
`);

const CREATE_ENVELOPE_2027 = graphql(`
  mutation MoneyPathEnvelope2027 {
    createBudgetEnvelope(year: 2027, fundSource: CITY_BUDGET, amount: 1) {
      id
    }
  }
`);

const SHRINK_ENVELOPE = graphql(`
  mutation MoneyPathShrinkEnvelope($id: ID!, $version: Int!) {
    updateBudgetEnvelope(id: $id, version: $version, amount: 299000000) {
      amount
    }
  }
`);

const GROW_ENVELOPE = graphql(`
  mutation MoneyPathGrowEnvelope($id: ID!, $version: Int!) {
    updateBudgetEnvelope(id: $id, version: $version, amount: 600000000) {
      version
    }
  }
`);

const DOUBLE_SUPPORT = graphql(`
  query MoneyPathDoubleSupport($id: ID!) {
    project(id: $id) {
      doubleSupportFindings {
        match
        priorSource
        message
      }
    }
  }
`);

const PRIOR_SOURCES = graphql(`
  query MoneyPathPriorSources($id: ID!) {
    project(id: $id) {
      doubleSupportFindings {
        priorSource
      }
    }
  }
`);

const PRIOR_SUPPORT = graphql(`
  mutation MoneyPathPriorSupport($f: ID!) {
    recordPriorSupport(
      facilityId: $f
      activityKind: MACHINERY
      costItem: "Máy cán bánh"
      source: "Chương trình OCOP 2025"
      year: 2025
    ) {
      id
    }
  }
`);

const REFUSE = graphql(`
  mutation MoneyPathRefuse($id: ID!, $reason: String!) {
    refusePaymentRequest(id: $id, reason: $reason) {
      status
      refusalReason
    }
  }
`);

const PENDING = graphql(`
  query MoneyPathPending {
    pendingPaymentRequests {
      id
      project {
        code
      }
    }
  }
`);

const START = graphql(`
  mutation MoneyPathStart($projectId: ID!, $version: Int!) {
    startProject(projectId: $projectId, version: $version) {
      state
    }
  }
`);

const ACCEPT = graphql(`
  mutation MoneyPathAccept(
    $projectId: ID!
    $version: Int!
    $outputs: [AcceptedOutputInput!]!
    $acceptedCosts: [AcceptedCostInput!]
  ) {
    acceptProject(
      projectId: $projectId
      version: $version
      acceptedOn: "2026-10-01"
      outputs: $outputs
      acceptedCosts: $acceptedCosts
    ) {
      state
    }
  }
`);

const SETTLE = graphql(`
  mutation MoneyPathSettle($projectId: ID!, $version: Int!) {
    settleProject(projectId: $projectId, version: $version, settledOn: "2026-11-01") {
      state
    }
  }
`);

const FIGURES = graphql(`
  query MoneyPathFigures($id: ID!) {
    project(id: $id) {
      version
      finalSupport
      finalPayment
      refundDue
      refundReceived
      paid {
        total
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation MoneyPathClose($projectId: ID!, $version: Int!) {
    closeProject(projectId: $projectId, version: $version) {
      state
    }
  }
`);

const REFUND = graphql(`
  mutation MoneyPathRefund($id: ID!, $v: Int!, $a: Dong!) {
    recordProjectRefund(projectId: $id, version: $v, amount: $a) {
      refundReceived
      version
    }
  }
`);

const close = async (projectId: string) =>
  t.gql(CLOSE, { projectId, version: await currentVersion(t, projectId) }, approver.token);

describe("budget envelopes", () => {
  it("are recorded by Sở Tài chính, read by analysts, refused to communes, and unique per year and fund", async () => {
    const dup = await t.gql(CREATE_ENVELOPE_2026, {}, finance.token);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "fundSource" });
    expect(errorCode(await t.gql(CREATE_ENVELOPE_2027, {}, officer.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(ENVELOPES, { year: 2026 }, officer.token))).toBe("FORBIDDEN");
    const read = await t.gql(ENVELOPES, { year: 2026 }, analyst.token);
    expect(read.data?.budgetEnvelopes[0]).toMatchObject({
      year: 2026,
      fundSource: "CITY_BUDGET",
      amount: 50_000_000_000,
    });
  });

  it("refuses an approval the envelope cannot cover, and never goes negative under concurrent approvals", async () => {
    await createEnvelope(t, finance.token, 2027, "CITY_BUDGET", 500_000_000);
    const a = await readyDraft(t, officer.token, { year: 2027, proposedOn: "2027-02-01" });
    const b = await readyDraft(t, officer.token, { year: 2027, proposedOn: "2027-02-01" });
    await submitAndAppraise(a.project.id);
    await submitAndAppraise(b.project.id);
    // Each asks 300 trđ; 500 trđ covers one.
    const results = await Promise.all([approve(a.project.id), approve(b.project.id)]);
    const codes = results.map((r) => (r.errors ? errorCode(r) : "OK")).sort();
    expect(codes).toEqual(["INSUFFICIENT_FUNDS", "OK"]);
    const refused = results.find((r) => r.errors);
    expect(refused?.errors?.[0]?.message).toContain("không đủ cho 300.000.000 ₫");
    const [envelope] = (await t.ok(ENVELOPES, { year: 2027 }, finance.token)).budgetEnvelopes;
    if (!envelope) throw new Error("no 2027 envelope");
    expect(envelope).toMatchObject({ allocated: 300_000_000, available: 200_000_000 });
    expect([await state(a.project.id), await state(b.project.id)].sort()).toEqual(["APPRAISED", "APPROVED"]);

    const shrink = await t.gql(
      SHRINK_ENVELOPE,
      { id: envelope.id, version: envelope.version },
      finance.token,
    );
    expect(shrink.errors?.[0]?.extensions).toMatchObject({ code: "INSUFFICIENT_FUNDS", field: "amount" });
    const update = (version: number) => t.gql(GROW_ENVELOPE, { id: envelope.id, version }, finance.token);
    expect((await must(update(envelope.version))).data.updateBudgetEnvelope.version).toBe(
      envelope.version + 1,
    );
    expect(errorCode(await update(envelope.version))).toBe("STALE_VERSION");
    const [{ amount }] = await t.dataSource.query("SELECT amount FROM budget_envelope WHERE id = $1", [
      envelope.id,
    ]);
    expect(Number(amount)).toBe(600_000_000);
  });

  it("refuses an approval when the year has no envelope for the fund", async () => {
    const draft = await readyDraft(t, officer.token, { fundSource: "NATIONAL_FUND" });
    await submitAndAppraise(draft.project.id);
    const res = await approve(draft.project.id);
    expect(errorCode(res)).toBe("INSUFFICIENT_FUNDS");
    expect(res.errors?.[0]?.message).toContain("Chưa có dự toán kinh phí năm 2026");
    expect(await state(draft.project.id)).toBe("APPRAISED");
  });
});

describe("the double-support guard", () => {
  it("flags a facility already supported for the same machine, refuses approval without a reason, allows it with one", async () => {
    const first = await contracted();
    // A second đề án for the same facility and the same cost item.
    const project = await createProject(t, officer.token);
    await addBeneficiary(t, officer.token, project.id, first.facility.id);
    const { id: activityId } = await addActivity(t, officer.token, project.id, {
      activityKind: "MACHINERY",
      targetLineId: await targetLineId(t, "I.2"),
      plannedQuantity: 1,
      machineryIsNew: true,
      machineryImproves: true,
    });
    await addBudgetLine(t, officer.token, project.id, {
      activityId,
      facilityId: first.facility.id,
      costItem: "máy cán  BÁNH",
      cost: 100_000_000,
      requestedSupport: 50_000_000,
    });
    const flagged = await t.gql(DOUBLE_SUPPORT, { id: project.id }, officer.token);
    expect(flagged.data?.project?.doubleSupportFindings).toEqual([
      expect.objectContaining({ match: "SAME_COST_ITEM", priorSource: first.project.code }),
    ]);
    await submitAndAppraise(project.id);
    const refused = await approve(project.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "DOUBLE_SUPPORT",
      field: "doubleSupportJustification",
    });
    expect(await state(project.id)).toBe("APPRAISED");
    const ok = await approve(project.id, {
      decisionNumber: "78/QĐ-UBND",
      decisionDate: "2026-04-21",
      doubleSupportJustification: "Máy thứ hai cho dây chuyền mới",
    });
    expect(ok.errors, ok.text).toBeUndefined();
    const [row] = await t.dataSource.query(
      "SELECT state, double_support_justification FROM project WHERE id = $1",
      [project.id],
    );
    expect(row).toEqual({
      state: "APPROVED",
      double_support_justification: "Máy thứ hai cho dây chuyền mới",
    });
  });

  it("sees support recorded from another programme", async () => {
    const facility = await createFacility(t, officer.token, { name: "Hộ làm nhãn hiệu" });
    await t.ok(PRIOR_SUPPORT, { f: facility.id }, appraiser.token);
    const project = await createProject(t, officer.token);
    await addBeneficiary(t, officer.token, project.id, facility.id);
    const { id: activityId } = await addActivity(t, officer.token, project.id, {
      activityKind: "MACHINERY",
      targetLineId: await targetLineId(t, "I.2"),
      plannedQuantity: 1,
    });
    await addBudgetLine(t, officer.token, project.id, {
      activityId,
      facilityId: facility.id,
      costItem: "Máy cán bánh",
      cost: 100_000_000,
      requestedSupport: 10_000_000,
    });
    const res = await t.gql(PRIOR_SOURCES, { id: project.id }, officer.token);
    expect(res.data?.project?.doubleSupportFindings).toEqual([{ priorSource: "Chương trình OCOP 2025" }]);
  });
});

describe("advances and payments through the Treasury", () => {
  it("refuses an advance before 70 % is invested, or above 70 % of the support", async () => {
    const { project } = await contracted();
    const early = await requestPayment(t, officer.token, project.id, "ADVANCE", 100_000_000, {
      progress: 7000,
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "amount" });
    expect(early.errors?.[0]?.message).toContain("chưa vượt 70%");
    const tooMuch = await requestPayment(t, officer.token, project.id, "ADVANCE", 210_000_001, {
      progress: 8000,
    });
    expect(tooMuch.errors?.[0]?.message).toContain("vượt mức được tạm ứng 210.000.000 ₫");
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM payment_request WHERE project_id = $1",
      [project.id],
    );
    expect(n).toBe(0);
  });

  it("makes one request of the same request sent twice at once, and pays it once when paid twice at once", async () => {
    const { project } = await contracted();
    const key = `same-${Date.now()}`;
    const sent = await Promise.all([
      requestPayment(t, officer.token, project.id, "ADVANCE", 200_000_000, {
        progress: 8000,
        requestKey: key,
      }),
      requestPayment(t, officer.token, project.id, "ADVANCE", 200_000_000, {
        progress: 8000,
        requestKey: key,
      }),
    ]);
    expect(sent.every((r) => !r.errors)).toBe(true);
    expect(sent[0]?.data?.requestPayment.id).toBe(sent[1]?.data?.requestPayment.id);
    const id = sent[0]?.data?.requestPayment.id as string;
    const paid = await Promise.all([payRequest(t, treasury.token, id), payRequest(t, treasury.token, id)]);
    expect(paid.map((r) => (r.errors ? errorCode(r) : "OK")).sort()).toEqual(["CONFLICT", "OK"]);
    const [{ total, n }] = await t.dataSource.query(
      "SELECT coalesce(sum(amount), 0)::bigint AS total, count(*)::int AS n FROM payment_request WHERE project_id = $1 AND status = 'PAID'",
      [project.id],
    );
    expect({ total: Number(total), n }).toEqual({ total: 200_000_000, n: 1 });
    expect(await state(project.id)).toBe("ADVANCED");
  });

  it("counts pending requests against the ceiling, frees a refused one, and keeps others' hands off", async () => {
    const { project } = await contracted();
    const first = await requestPayment(t, officer.token, project.id, "ADVANCE", 150_000_000, {
      progress: 8000,
    });
    const second = await requestPayment(t, officer.token, project.id, "ADVANCE", 100_000_000, {
      progress: 8000,
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
    const firstId = first.data?.requestPayment.id as string;
    expect(errorCode(await payRequest(t, officer.token, firstId))).toBe("FORBIDDEN");
    expect(
      errorCode(await requestPayment(t, treasury.token, project.id, "ADVANCE", 1, { progress: 8000 })),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(await requestPayment(t, analyst.token, project.id, "ADVANCE", 1, { progress: 8000 })),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(await requestPayment(t, otherOfficer.token, project.id, "ADVANCE", 1, { progress: 8000 })),
    ).toBe("NOT_FOUND");
    const noReason = await t.gql(REFUSE, { id: firstId, reason: " " }, treasury.token);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const refused = await t.gql(REFUSE, { id: firstId, reason: "Thiếu hoá đơn mua máy" }, treasury.token);
    expect(refused.data?.refusePaymentRequest).toEqual({
      status: "REFUSED",
      refusalReason: "Thiếu hoá đơn mua máy",
    });
    expect(errorCode(await payRequest(t, treasury.token, firstId))).toBe("CONFLICT");
    const again = await requestPayment(t, officer.token, project.id, "ADVANCE", 210_000_000, {
      progress: 8000,
    });
    expect(again.errors).toBeUndefined();
    const pending = await t.gql(PENDING, {}, treasury.token);
    expect(pending.data?.pendingPaymentRequests.map((r) => r.id)).toContain(again.data?.requestPayment.id);
  });
});

describe("settlement", () => {
  it("asks for a refund when the accepted cost supports less than the advance, and closes only once it is received", async () => {
    const { project, activityId } = await contracted();
    const advance = await must(
      requestPayment(t, officer.token, project.id, "ADVANCE", 210_000_000, {
        progress: 9000,
      }),
    );
    await must(payRequest(t, treasury.token, advance.data.requestPayment.id));
    await t.ok(START, { projectId: project.id, version: await currentVersion(t, project.id) }, officer.token);
    const [line] = await t.dataSource.query("SELECT id FROM budget_line WHERE project_id = $1", [project.id]);
    await t.ok(
      ACCEPT,
      {
        projectId: project.id,
        version: await currentVersion(t, project.id),
        outputs: [{ activityId, actualQuantity: 1 }],
        acceptedCosts: [{ budgetLineId: line.id, acceptedCost: 300_000_000 }],
      },
      appraiser.token,
    );
    const settled = await t.ok(
      SETTLE,
      { projectId: project.id, version: await currentVersion(t, project.id) },
      finance.token,
    );
    expect(settled.settleProject.state).toBe("SETTLED");
    const figures = await t.ok(FIGURES, { id: project.id }, finance.token);
    const p = figures.project;
    if (!p) throw new Error("the đề án is not found");
    // 50 % of the 300 trđ accepted is 150 trđ; 210 trđ was advanced: 60 trđ comes back.
    expect(p).toMatchObject({
      finalSupport: 150_000_000,
      finalPayment: 0,
      refundDue: 60_000_000,
      refundReceived: 0,
    });
    // Both are set once settled (checked just above).
    expect(p.paid.total + (p.finalPayment as number) - (p.refundDue as number)).toBe(p.finalSupport);
    expect(errorCode(await close(project.id))).toBe("INVALID_TRANSITION");
    const refund = (amount: number, version: number) =>
      t.gql(REFUND, { id: project.id, v: version, a: amount }, treasury.token);
    expect((await refund(60_000_001, p.version)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "amount",
    });
    expect(errorCode(await refund(60_000_000, p.version - 1))).toBe("STALE_VERSION");
    const received = await must(refund(60_000_000, p.version));
    expect(received.data.recordProjectRefund.refundReceived).toBe(60_000_000);
    const closed = await close(project.id);
    expect(closed.errors, closed.text).toBeUndefined();
    expect(closed.data?.closeProject.state).toBe("CLOSED");
  });
});
