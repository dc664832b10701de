/**
 * An annual plan before approving a đề án (docs/decisions.md): a warning, not a refusal. The đề án shows
 * the warning before the decision is recorded, the approval goes through, and its history keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectActors, projectIn } from "./builders/project.js";
import { createEnvelope } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;

const WARNINGS = graphql(`
  query ApprovalPlanWarnings($id: ID!) { project(id: $id) { state year approvalWarnings } }
`);

beforeAll(async () => {
  t = await startTestServer();
  // Money for the approvals: the envelope is a refusal of its own, not what this file is about.
  await createEnvelope(t, (await t.createUser("FINANCE")).token, 2026, "CITY_BUDGET", 50_000_000_000);
});
afterAll(() => t?.close());

async function eventWarnings(projectId: string): Promise<unknown> {
  const [event] = await t.dataSource.query(
    "SELECT details FROM project_event WHERE project_id = $1 AND action = 'APPROVE'",
    [projectId],
  );
  return event?.details?.warnings;
}

describe("approving a đề án of a year without an approved annual plan", () => {
  it("is warned about, recorded anyway, and the warning kept in the history", async () => {
    const actors = await projectActors(t);
    const draft = await projectIn(t, actors, "APPRAISED");
    const id = draft.project.id;
    const before = (await t.ok(WARNINGS, { id }, actors.approver.token)).project;
    expect(before?.approvalWarnings).toEqual([
      expect.stringContaining(`Chưa có kế hoạch khuyến công năm ${before?.year}`),
    ]);

    const approved = await projectIn(t, actors, "APPROVED");
    expect((await t.ok(WARNINGS, { id: approved.project.id }, actors.approver.token)).project?.state).toBe(
      "APPROVED",
    );
    expect(await eventWarnings(approved.project.id)).toEqual([expect.stringContaining("Chưa có kế hoạch")]);
  });

  it("says the plan is not approved yet while it is open, and nothing once it is approved", async () => {
    const actors = await projectActors(t);
    const draft = await projectIn(t, actors, "APPRAISED");
    const year = (await t.ok(WARNINGS, { id: draft.project.id }, actors.approver.token)).project
      ?.year as number;
    await t.ok(
      graphql(`mutation ApprovalPlanOpen($year: Int!) { openAnnualPlan(year: $year) { id } }`),
      { year },
      actors.approver.token,
    );
    const open = (await t.ok(WARNINGS, { id: draft.project.id }, actors.approver.token)).project;
    expect(open?.approvalWarnings).toEqual([expect.stringContaining("chưa được phê duyệt")]);

    // The plan approved (as the department records it): no warning, and none in the history.
    await t.dataSource.query(
      `UPDATE annual_plan SET status = 'APPROVED', decision_number = '1/QĐ-UBND', decision_date = '2026-01-05',
         approved_at = now(), approved_by_id = $2, consolidated_at = now(), consolidated_by_id = $2 WHERE year = $1`,
      [year, actors.approver.id],
    );
    expect(
      (await t.ok(WARNINGS, { id: draft.project.id }, actors.approver.token)).project?.approvalWarnings,
    ).toEqual([]);
    const approved = await projectIn(t, actors, "APPROVED");
    expect(await eventWarnings(approved.project.id)).toBeUndefined();
  });
});
