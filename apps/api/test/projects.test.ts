import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payRequest, requestPayment } from "./builders/project.js";
import {
  createEnvelope,
  createFacility,
  createProject,
  currentVersion,
  must,
  projectMutation,
  readyDraft,
  targetLineId,
} from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser; // xã An Hưng
let otherOfficer: TestUser; // xã Kiến Thụy
let appraiser: TestUser;
let approver: TestUser;
let treasury: TestUser;
let finance: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  otherOfficer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  analyst = await t.createUser("ANALYST");
  await createEnvelope(t, finance.token, 2026, "CITY_BUDGET", 100_000_000_000);
});
afterAll(() => t?.close());

const DETAIL = graphql(`
  query ProjectsDetail($id: ID!) {
    project(id: $id) {
      ...TestProject
      stateLabel
      decisionNumber
      appraisalOpinion
      availableActions
      commune {
        displayName
      }
      beneficiaries {
        id
        name
      }
      activities {
        activityKind
        plannedQuantity
        actualQuantity
        targetLine {
          code
        }
      }
      budgetLines {
        costItem
        cost
        requestedSupport
        counterpartFunds
        allowedSupport
        boundBy
        normExplanation
        norm {
          id
        }
      }
      history {
        action
        fromState
        toState
        reason
        actor {
          email
        }
      }
    }
  }
`);

async function auditRows(projectId: string): Promise<string[]> {
  const rows = await t.dataSource.query("SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id", [
    projectId,
  ]);
  return rows.map((r: { action: string }) => r.action);
}

describe("a đề án's whole lifecycle", () => {
  it("goes from draft to closed in the hands of the commune, the department, the Treasury and Sở Tài chính", async () => {
    const { project, activityId } = await readyDraft(t, officer.token);
    expect(project.code).toMatch(/^ĐA-2026-\d{4}$/);

    const detail = await t.gql(DETAIL, { id: project.id }, officer.token);
    expect(detail.data!.project.budgetLines).toEqual([
      expect.objectContaining({
        cost: 600_000_000,
        requestedSupport: 300_000_000,
        counterpartFunds: 300_000_000,
        allowedSupport: 300_000_000,
        boundBy: "RATE_AND_CAP",
        norm: { id: "KCDP.MACHINERY.2025" },
      }),
    ]);
    expect(detail.data!.project.availableActions).toEqual(["SUBMIT"]);

    const steps: [TestUser, string, Record<string, unknown>, Record<string, string>, string][] = [
      [officer, "submitProject", {}, {}, "SUBMITTED"],
      [
        appraiser,
        "appraiseProject",
        { appraisedOn: "2026-04-01", opinion: "Đạt yêu cầu" },
        { appraisedOn: "CalendarDate!", opinion: "String!" },
        "APPRAISED",
      ],
      [
        approver,
        "approveProject",
        { decisionNumber: "1234/QĐ-UBND", decisionDate: "2026-04-20" },
        { decisionNumber: "String!", decisionDate: "CalendarDate!" },
        "APPROVED",
      ],
      [
        approver,
        "signProjectContract",
        { contractNumber: "05/2026/HĐ-KC", contractDate: "2026-05-02" },
        { contractNumber: "String!", contractDate: "CalendarDate!" },
        "CONTRACTED",
      ],
      [
        appraiser,
        "acceptProject",
        { acceptedOn: "2026-10-15", outputs: [{ activityId, actualQuantity: 1 }] },
        { acceptedOn: "CalendarDate!", outputs: "[AcceptedOutputInput!]!" },
        "ACCEPTED",
      ],
      [finance, "settleProject", { settledOn: "2026-11-20" }, { settledOn: "CalendarDate!" }, "SETTLED"],
      [approver, "closeProject", {}, {}, "CLOSED"],
    ];
    const run = async (from: number, to: number) => {
      for (const [user, mutation, args, types, state] of steps.slice(from, to)) {
        const res = await projectMutation(t, user.token, mutation, project.id, args, types);
        expect(res.errors, `${mutation}: ${res.text}`).toBeUndefined();
        expect(res.data[mutation].state).toBe(state);
      }
    };
    await run(0, 4); // submitted, appraised, approved (300 trđ drawn from the envelope), contracted

    // The commune asks for a 70 % advance once over 70 % of the machine is paid for; the Treasury pays it.
    const advance = await must(
      requestPayment(t, officer.token, project.id, "ADVANCE", 210_000_000, {
        progress: 7500,
      }),
    );
    expect(advance.data!.requestPayment).toMatchObject({ status: "PENDING", amount: 210_000_000 });
    const paid = await must(payRequest(t, treasury.token, advance.data!.requestPayment.id, "2026-05-10"));
    expect(paid.data!.payPaymentRequest).toMatchObject({ status: "PAID", paidOn: "2026-05-10" });
    expect(
      (
        await t.gql(
          graphql(`query ProjectsProject($id: ID!) { project(id: $id) { state } }`),
          { id: project.id },
          officer.token,
        )
      ).data!.project.state,
    ).toBe("ADVANCED");
    await must(projectMutation(t, officer.token, "startProject", project.id));

    await run(4, 6); // accepted, settled: 300 trđ owed, 210 paid, 90 to pay
    const settled = await t.gql(
      graphql(
        `query ProjectsProject2($id: ID!) { project(id: $id) { approvedSupport finalSupport finalPayment refundDue paid { advance total } } }`,
      ),
      { id: project.id },
      approver.token,
    );
    expect(settled.data!.project).toEqual({
      approvedSupport: 300_000_000,
      finalSupport: 300_000_000,
      finalPayment: 90_000_000,
      refundDue: 0,
      paid: { advance: 210_000_000, total: 210_000_000 },
    });
    const early = await projectMutation(t, approver.token, "closeProject", project.id);
    expect(errorCode(early)).toBe("INVALID_TRANSITION");
    expect(early.errors?.[0]?.message).toContain("90.000.000 ₫");
    const final = await must(requestPayment(t, officer.token, project.id, "FINAL", 90_000_000));
    await must(payRequest(t, treasury.token, final.data!.requestPayment.id, "2026-12-01"));
    await run(6, 7); // closed

    const done = await t.gql(DETAIL, { id: project.id }, t.adminToken);
    const p = done.data!.project;
    expect(p).toMatchObject({
      state: "CLOSED",
      stateLabel: "Đã thanh lý",
      decisionNumber: "1234/QĐ-UBND",
      availableActions: [],
    });
    expect(p.activities[0]).toMatchObject({
      plannedQuantity: 1,
      actualQuantity: 1,
      targetLine: { code: "I.2" },
    });
    expect(p.history.map((e: { action: string }) => e.action)).toEqual([
      "CREATE",
      "SUBMIT",
      "APPRAISE",
      "APPROVE",
      "SIGN_CONTRACT",
      "RECORD_ADVANCE",
      "START",
      "ACCEPT",
      "SETTLE",
      "CLOSE",
    ]);
    expect(p.history[3]?.actor?.email).toBe(approver.email);
    expect(await auditRows(project.id)).toEqual([
      "project.create",
      "project.add_beneficiary",
      "project.add_activity",
      "project.add_budget_line",
      "project.submit",
      "project.appraise",
      "project.approve",
      "project.sign_contract",
      "project.start",
      "project.accept",
      "project.settle",
      "project.close",
    ]);
  });

  it("returns a submitted đề án with a reason, clears the appraisal, and lets the drafter fix and resubmit", async () => {
    const { project } = await readyDraft(t, officer.token);
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    await must(
      projectMutation(
        t,
        appraiser.token,
        "appraiseProject",
        project.id,
        { appraisedOn: "2026-04-01", opinion: "Đạt" },
        { appraisedOn: "CalendarDate!", opinion: "String!" },
      ),
    );
    const noReason = await projectMutation(
      t,
      appraiser.token,
      "returnProject",
      project.id,
      { reason: " " },
      { reason: "String!" },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const returned = await projectMutation(
      t,
      appraiser.token,
      "returnProject",
      project.id,
      { reason: "Thiếu báo giá thứ hai" },
      { reason: "String!" },
    );
    expect(returned.data!.returnProject.state).toBe("DRAFT");
    const [row] = await t.dataSource.query("SELECT appraised_by_id, last_reason FROM project WHERE id = $1", [
      project.id,
    ]);
    expect(row).toEqual({ appraised_by_id: null, last_reason: "Thiếu báo giá thứ hai" });
    expect(
      (await projectMutation(t, officer.token, "submitProject", project.id)).data!.submitProject.state,
    ).toBe("SUBMITTED");
  });
});

describe("refusals, each leaving the data as it was", () => {
  it("refuses a budget line above the norm with NORM_EXCEEDED and its citation, and writes nothing", async () => {
    const { project, activityId, facility } = await readyDraft(t, officer.token);
    const version = await currentVersion(t, project.id);
    const audits = (await auditRows(project.id)).length;
    // 300 trđ is already asked for this machine; another 10 trđ for the same facility exceeds the cap.
    const res = await projectMutation(
      t,
      officer.token,
      "addBudgetLine",
      project.id,
      {
        input: {
          activityId,
          facilityId: facility.id,
          costItem: "Máy đóng gói",
          cost: 400_000_000,
          requestedSupport: 10_000_000,
        },
      },
      { input: "BudgetLineInput!" },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "NORM_EXCEEDED",
      field: "input.requestedSupport",
    });
    expect(res.errors?.[0]?.message).toContain("vượt mức tối đa 300.000.000 ₫");
    expect(res.errors?.[0]?.message).toContain("Nghị quyết 13/2025/NQ-HĐND");
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM budget_line WHERE project_id = $1",
      [project.id],
    );
    expect(n).toBe(1);
    expect(await currentVersion(t, project.id)).toBe(version);
    expect(await auditRows(project.id)).toHaveLength(audits);
  });

  it("refuses an ineligible beneficiary with NOT_ELIGIBLE and the failed criterion", async () => {
    const project = await createProject(t, appraiser.token);
    await must(
      projectMutation(
        t,
        appraiser.token,
        "addProjectActivity",
        project.id,
        {
          input: {
            activityKind: "MACHINERY",
            targetLineId: await targetLineId(t, "I.2"),
            plannedQuantity: 1,
          },
        },
        { input: "ProjectActivityInput!" },
      ),
    );
    const ward = await createFacility(t, appraiser.token, {
      name: "Hộ cơ khí phường Hồng Bàng",
      productionCommuneCode: "phuong-hong-bang",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
    });
    const res = await projectMutation(
      t,
      appraiser.token,
      "addProjectBeneficiary",
      project.id,
      { facilityId: ward.id },
      { facilityId: "ID!" },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "NOT_ELIGIBLE", field: "facilityId" });
    expect(res.errors?.[0]?.message).toContain("Phường Hồng Bàng");
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM project_beneficiary WHERE project_id = $1",
      [project.id],
    );
    expect(n).toBe(0);
  });

  it("keeps a commune officer to their own commune: create, read, list and nested facilities", async () => {
    const mine = await createProject(t, officer.token);
    const forbidden = await t.gql(
      graphql(
        `mutation ProjectsCreateProject($input: ProjectInput!) { createProject(input: $input) { id } }`,
      ),
      {
        input: {
          title: "X",
          year: 2026,
          fundSource: "CITY_BUDGET",
          communeCode: "xa-an-hung",
          proposedOn: "2026-03-01",
        },
      },
      otherOfficer.token,
    );
    expect(errorCode(forbidden)).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(DETAIL, { id: mine.id }, otherOfficer.token))).toBe("NOT_FOUND");
    const list = await t.gql(
      graphql(`query ProjectsProjects { projects(first: 100) { nodes { id communeCode } totalCount } }`),
      {},
      otherOfficer.token,
    );
    expect(
      list.data!.projects.nodes.every((p: { communeCode: string }) => p.communeCode === "xa-kien-thuy"),
    ).toBe(true);
    // Nor can the other officer act on it, or add their facility to it.
    expect(errorCode(await projectMutation(t, otherOfficer.token, "submitProject", mine.id))).toBe(
      "NOT_FOUND",
    );
    const theirs = await createFacility(t, otherOfficer.token, { productionCommuneCode: "xa-kien-thuy" });
    const add = await projectMutation(
      t,
      officer.token,
      "addProjectBeneficiary",
      mine.id,
      { facilityId: theirs.id },
      { facilityId: "ID!" },
    );
    expect(add.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "facilityId" });
  });

  it("keeps an implementing unit to its own đề án", async () => {
    const unitUser = await t.createUser("IMPLEMENTING_UNIT");
    const own = await createProject(t, unitUser.token, { communeCode: "xa-tien-lang" });
    expect(own).toMatchObject({ implementingUnitId: t.unitId });
    const other = await createProject(t, appraiser.token);
    expect(errorCode(await t.gql(DETAIL, { id: other.id }, unitUser.token))).toBe("NOT_FOUND");
    const list = await t.gql(
      graphql(`query ProjectsProjects2 { projects(first: 100) { nodes { id } } }`),
      {},
      unitUser.token,
    );
    expect(list.data!.projects.nodes.map((p: { id: string }) => p.id)).toContain(own.id);
    expect(list.data!.projects.nodes.map((p: { id: string }) => p.id)).not.toContain(other.id);
  });

  it("forbids the appraiser to approve the same đề án (segregation of duties)", async () => {
    const { project } = await readyDraft(t, officer.token);
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    await must(
      projectMutation(
        t,
        appraiser.token,
        "appraiseProject",
        project.id,
        { appraisedOn: "2026-04-01", opinion: "Đạt" },
        { appraisedOn: "CalendarDate!", opinion: "String!" },
      ),
    );
    const res = await projectMutation(
      t,
      appraiser.token,
      "approveProject",
      project.id,
      { decisionNumber: "1/QĐ", decisionDate: "2026-04-02" },
      { decisionNumber: "String!", decisionDate: "CalendarDate!" },
    );
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(res.errors?.[0]?.message).toContain("Người đã thẩm định");
    const [{ state }] = await t.dataSource.query("SELECT state FROM project WHERE id = $1", [project.id]);
    expect(state).toBe("APPRAISED");
  });

  it("refuses a transition from the wrong state, a role that may not make it, and anonymous callers", async () => {
    const { project } = await readyDraft(t, officer.token);
    const early = await projectMutation(
      t,
      approver.token,
      "approveProject",
      project.id,
      { decisionNumber: "1/QĐ", decisionDate: "2026-04-02" },
      { decisionNumber: "String!", decisionDate: "CalendarDate!" },
    );
    expect(errorCode(early)).toBe("INVALID_TRANSITION");
    expect(early.errors?.[0]?.message).toContain("Đang lập");
    expect(errorCode(await projectMutation(t, analyst.token, "submitProject", project.id))).toBe("FORBIDDEN");
    expect(errorCode(await projectMutation(t, treasury.token, "submitProject", project.id))).toBe(
      "FORBIDDEN",
    );
    expect(errorCode(await projectMutation(t, "", "submitProject", project.id))).toBe("UNAUTHENTICATED");
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    const badDate = await projectMutation(
      t,
      appraiser.token,
      "appraiseProject",
      project.id,
      { appraisedOn: "2026-13-01", opinion: "Đạt" },
      { appraisedOn: "CalendarDate!", opinion: "String!" },
    );
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "appraisedOn",
    });
  });

  it("refuses to edit a submitted đề án and to accept without every output", async () => {
    const { project, activityId } = await readyDraft(t, officer.token);
    const [line] = await t.dataSource.query("SELECT id FROM budget_line WHERE project_id = $1", [project.id]);
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    const edit = await projectMutation(
      t,
      officer.token,
      "removeBudgetLine",
      project.id,
      { budgetLineId: line.id },
      { budgetLineId: "ID!" },
    );
    expect(errorCode(edit)).toBe("INVALID_TRANSITION");
    for (const [user, mutation, args, types] of [
      [
        appraiser,
        "appraiseProject",
        { appraisedOn: "2026-04-01", opinion: "Đạt" },
        { appraisedOn: "CalendarDate!", opinion: "String!" },
      ],
      [
        approver,
        "approveProject",
        { decisionNumber: "9/QĐ", decisionDate: "2026-04-20" },
        { decisionNumber: "String!", decisionDate: "CalendarDate!" },
      ],
      [
        approver,
        "signProjectContract",
        { contractNumber: "9/HĐ", contractDate: "2026-05-02" },
        { contractNumber: "String!", contractDate: "CalendarDate!" },
      ],
      [officer, "startProject", {}, {}],
    ] as const) {
      await must(projectMutation(t, user.token, mutation, project.id, { ...args }, { ...types }));
    }
    const none = await projectMutation(
      t,
      appraiser.token,
      "acceptProject",
      project.id,
      { acceptedOn: "2026-10-01", outputs: [] },
      { acceptedOn: "CalendarDate!", outputs: "[AcceptedOutputInput!]!" },
    );
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "acceptance.outputs",
    });
    const twice = await projectMutation(
      t,
      appraiser.token,
      "acceptProject",
      project.id,
      {
        acceptedOn: "2026-10-01",
        outputs: [
          { activityId, actualQuantity: 1 },
          { activityId, actualQuantity: 1 },
        ],
      },
      { acceptedOn: "CalendarDate!", outputs: "[AcceptedOutputInput!]!" },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "acceptance.outputs",
    });
    const [{ state, actual }] = await t.dataSource.query(
      "SELECT p.state, a.actual_quantity AS actual FROM project p JOIN project_activity a ON a.project_id = p.id WHERE p.id = $1",
      [project.id],
    );
    expect({ state, actual }).toEqual({ state: "IN_PROGRESS", actual: null });
  });

  it("refuses a stale version; of two concurrent edits exactly one succeeds", async () => {
    const { project } = await readyDraft(t, officer.token);
    const version = await currentVersion(t, project.id);
    const header = (title: string) =>
      t.gql(
        graphql(
          `mutation ProjectsUpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) { updateProject(projectId: $projectId, version: $version, input: $input) { version } }`,
        ),
        {
          projectId: project.id,
          version,
          input: {
            title,
            year: 2026,
            fundSource: "CITY_BUDGET",
            communeCode: "xa-an-hung",
            proposedOn: "2026-03-15",
          },
        },
        officer.token,
      );
    const results = await Promise.all([header("Tên A"), header("Tên B")]);
    const codes = results.map((r) => (r.errors ? errorCode(r) : "OK")).sort();
    expect(codes).toEqual(["OK", "STALE_VERSION"]);
    expect(await currentVersion(t, project.id)).toBe(version + 1);
    expect(errorCode(await header("Tên C"))).toBe("STALE_VERSION");
  });

  it("refuses bad input naming the field: a year outside the programme, an unknown commune", async () => {
    const outside = await t.gql(
      graphql(
        `mutation ProjectsCreateProject2($input: ProjectInput!) { createProject(input: $input) { id } }`,
      ),
      {
        input: {
          title: "X",
          year: 2031,
          fundSource: "CITY_BUDGET",
          communeCode: "xa-an-hung",
          proposedOn: "2031-01-10",
        },
      },
      appraiser.token,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.year" });
    const unknown = await t.gql(
      graphql(
        `mutation ProjectsCreateProject3($input: ProjectInput!) { createProject(input: $input) { id } }`,
      ),
      {
        input: {
          title: "X",
          year: 2026,
          fundSource: "CITY_BUDGET",
          communeCode: "xa-khong-co",
          proposedOn: "2026-01-10",
        },
      },
      appraiser.token,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.communeCode",
    });
  });
});

describe("reading a page of đề án", () => {
  it("costs the same number of statements for 5 and for 50 đề án with their beneficiaries, communes and budget lines", async () => {
    for (let i = 0; i < 50; i++) await readyDraft(t, appraiser.token, { title: `Đề án số ${i}` });
    const PAGE = graphql(`query ProjectsProjects3($first: Int!) { projects(first: $first) { totalCount nodes {
      code commune { displayName } implementingUnit { name }
      beneficiaries { name productionCommune { displayName } }
      budgetLines { cost norm { id } facility { name } }
      activities { targetLine { code } } totals { cost }
    } } }`);
    const small = await t.recordQueries(async () =>
      expect((await t.gql(PAGE, { first: 5 }, t.adminToken)).errors).toBeUndefined(),
    );
    const large = await t.recordQueries(async () => {
      const res = await t.gql(PAGE, { first: 50 }, t.adminToken);
      expect(res.data!.projects.nodes).toHaveLength(50);
    });
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(12);
  });
});
