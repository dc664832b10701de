/**
 * The dashboard, the programme table and "Việc cần xử lý" on real data: an envelope from Sở Tài chính, three
 * đề án of Xã An Hưng (one submitted, one returned to the commune, one approved), read by the department,
 * the commune and a commune with nothing yet; in Vietnamese and in English.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Stack, startStack, textOf, USERS } from "./harness.ts";
import { dong } from "./ui.ts";

let stack: Stack;
let base: string;
let gql: Stack["gql"];
let login: Stack["login"];
let signIn: Stack["signIn"];
let shot: Stack["shot"];
/** The đề án the set-up leaves in each state, by what the tests call them. */
const projects: Record<"submitted" | "returned" | "approved" | "accepted", { id: string; code: string }> = {
  submitted: { id: "", code: "" },
  returned: { id: "", code: "" },
  approved: { id: "", code: "" },
  accepted: { id: "", code: "" },
};
let approvedTotal: number;

before(async () => {
  stack = await startStack();
  ({ base, gql, login, signIn, shot } = stack);
  const finance = await login(USERS.finance.email);
  await gql(
    "mutation { createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 5000000000) { id } }",
    {},
    finance,
  );

  const commune = await login(USERS.commune.email);
  const department = await login(USERS.department.email);
  const appraiser = await login(USERS.appraiser.email);
  const facility = (
    await gql(
      `mutation { createFacility(input: { name: "Hộ kinh doanh Gốm Dương Kinh", legalForm: HOUSEHOLD_BUSINESS,
        productionCommuneCode: "xa-an-hung", sector: AGRO_FOOD_PROCESSING }) { id } }`,
      {},
      commune,
    )
  ).createFacility;
  const lines: { id: string; code: string }[] = (
    await gql("{ programme { targetLines { id code } } }", {}, commune)
  ).programme.targetLines;
  const i2 = lines.find((l) => l.code === "I.2")?.id;

  /** A complete draft by the commune, submitted for appraisal; returns its id, code and version. */
  async function submitted(title: string, facility: { id: string }) {
    const p = (
      await gql(
        `mutation($t: String!) { createProject(input: { title: $t, year: 2026, fundSource: CITY_BUDGET,
          communeCode: "xa-an-hung", proposedOn: "2026-03-15", objective: "Nâng cao năng suất" }) { id code version } }`,
        { t: title },
        commune,
      )
    ).createProject;
    let v = (
      await gql(
        "mutation($p: ID!, $v: Int!, $f: ID!) { addProjectBeneficiary(projectId: $p, version: $v, facilityId: $f) { version } }",
        { p: p.id, v: p.version, f: facility.id },
        commune,
      )
    ).addProjectBeneficiary.version;
    const added = (
      await gql(
        `mutation($p: ID!, $v: Int!, $l: ID!) { addProjectActivity(projectId: $p, version: $v, input: { activityKind: MACHINERY,
          targetLineId: $l, plannedQuantity: 1, description: "Lò nung gốm", machineryIsNew: true, machineryImproves: true }) {
          version activities { id } } }`,
        { p: p.id, v, l: i2 },
        commune,
      )
    ).addProjectActivity;
    v = (
      await gql(
        `mutation($p: ID!, $v: Int!, $a: ID!, $f: ID!, $t: String!) { addBudgetLine(projectId: $p, version: $v, input: { activityId: $a,
          facilityId: $f, costItem: $t, cost: 400000000, requestedSupport: 200000000 }) { version } }`,
        { p: p.id, v: added.version, a: added.activities[0].id, f: facility.id, t: title },
        commune,
      )
    ).addBudgetLine.version;
    v = (
      await gql(
        "mutation($p: ID!, $v: Int!) { submitProject(projectId: $p, version: $v) { version } }",
        { p: p.id, v },
        commune,
      )
    ).submitProject.version;
    return { ...p, version: v };
  }

  projects.submitted = await submitted("Lò nung gốm tiết kiệm năng lượng", facility);
  const returned = await submitted("Máy tạo hình gốm", facility);
  await gql(
    `mutation($p: ID!, $v: Int!) { returnProject(projectId: $p, version: $v, reason: "Bổ sung báo giá của ba nhà cung cấp") { version } }`,
    { p: returned.id, v: returned.version },
    department,
  );
  projects.returned = returned;
  const approved = await submitted("Lò nung gốm tuynel", facility);
  const v = (
    await gql(
      `mutation($p: ID!, $v: Int!) { appraiseProject(projectId: $p, version: $v, appraisedOn: "2026-04-01",
        opinion: "Đạt yêu cầu") { version } }`,
      { p: approved.id, v: approved.version },
      appraiser,
    )
  ).appraiseProject.version;
  await gql(
    `mutation($p: ID!, $v: Int!) { approveProject(projectId: $p, version: $v, decisionNumber: "88/QĐ-UBND",
      decisionDate: "2026-04-20") { version } }`,
    { p: approved.id, v },
    department,
  );
  projects.approved = approved;

  // A fourth carried through: approved, contracted, an advance paid by the Treasury, started and accepted.
  // Another household: the double-support guard stops a second machine for the same facility and year.
  const other = (
    await gql(
      `mutation { createFacility(input: { name: "Hộ kinh doanh Bánh đa Kinh Giao", legalForm: HOUSEHOLD_BUSINESS,
        productionCommuneCode: "xa-an-hung", sector: AGRO_FOOD_PROCESSING }) { id } }`,
      {},
      commune,
    )
  ).createFacility;
  const done = await submitted("Máy cán bánh đa", other);
  let w = (
    await gql(
      `mutation($p: ID!, $v: Int!) { appraiseProject(projectId: $p, version: $v, appraisedOn: "2026-04-02",
        opinion: "Đạt yêu cầu") { version } }`,
      { p: done.id, v: done.version },
      appraiser,
    )
  ).appraiseProject.version;
  w = (
    await gql(
      `mutation($p: ID!, $v: Int!) { approveProject(projectId: $p, version: $v, decisionNumber: "89/QĐ-UBND",
        decisionDate: "2026-04-20") { version } }`,
      { p: done.id, v: w },
      department,
    )
  ).approveProject.version;
  await gql(
    `mutation($p: ID!, $v: Int!) { signProjectContract(projectId: $p, version: $v, contractNumber: "07/2026/HĐ-KC",
      contractDate: "2026-05-02") { version } }`,
    { p: done.id, v: w },
    department,
  );
  const request = (
    await gql(
      `mutation($p: ID!) { requestPayment(projectId: $p, kind: "ADVANCE", amount: 100000000, progress: 7500,
        requestKey: "dashboard-e2e-advance") { id } }`,
      { p: done.id },
      commune,
    )
  ).requestPayment;
  await gql(
    `mutation($id: ID!) { payPaymentRequest(id: $id, paidOn: "2026-05-10", treasuryReference: "UNC 0456") { id } }`,
    { id: request.id },
    await login(USERS.treasury.email),
  );
  const now = (
    await gql("query($id: ID!) { project(id: $id) { version activities { id } } }", { id: done.id }, commune)
  ).project;
  w = (
    await gql(
      "mutation($p: ID!, $v: Int!) { startProject(projectId: $p, version: $v) { version } }",
      {
        p: done.id,
        v: now.version,
      },
      commune,
    )
  ).startProject.version;
  await gql(
    `mutation($p: ID!, $v: Int!, $a: ID!) { acceptProject(projectId: $p, version: $v, acceptedOn: "2026-09-30",
      outputs: [{ activityId: $a, actualQuantity: 1 }]) { version } }`,
    { p: done.id, v: w, a: now.activities[0].id },
    department,
  );
  projects.accepted = done;
  // The figure the dashboard must show, as the API computes it from the approved budget lines.
  approvedTotal = (
    await gql("{ moneyBreakdown(filter: { years: [2026] }) { total { approved } } }", {}, department)
  ).moneyBreakdown.total.approved;
});

after(async () => {
  await stack?.stop();
});

describe("dashboard, programme and tasks", () => {
  it("shows the department the year's figures, each opening the list behind it, in Vietnamese and English", async () => {
    const page = await signIn(USERS.department.email);
    await page.getByRole("link", { name: "Bảng điều khiển" }).click();
    const states = page.getByRole("table", { name: "Đề án năm 2026 theo trạng thái" });
    await states.waitFor();
    const row = (name: string) => states.getByRole("row").filter({ hasText: name });
    assert.equal((await textOf(row("Đã gửi thẩm định").getByRole("cell").last())).trim(), "1");
    assert.equal((await textOf(row("Đã phê duyệt").getByRole("cell").last())).trim(), "1");
    assert.equal((await textOf(row("Đang lập").getByRole("cell").last())).trim(), "1");
    assert.equal((await textOf(row("Đã nghiệm thu").getByRole("cell").last())).trim(), "1");
    assert.equal((await textOf(row("Đã quyết toán").getByRole("cell").last())).trim(), "0");

    // Money per fund source: the envelope Finance recorded and the support approved.
    assert.ok(approvedTotal > 0);
    const money = page.getByRole("table", { name: "Kinh phí theo nguồn vốn, năm 2026" });
    const city = money.getByRole("row").filter({ hasText: "Ngân sách thành phố" });
    await city.getByText("5.000.000.000 ₫").waitFor();
    await city.getByRole("link", { name: dong(approvedTotal) }).waitFor();
    // The advance the Treasury paid is both "advanced" and "paid".
    assert.equal(await city.getByRole("link", { name: "100.000.000 ₫" }).count(), 2);
    const href = new URL((await city.getByRole("link").first().getAttribute("href")) ?? "", base);
    assert.equal(href.pathname, "/de-an");
    assert.deepEqual(Object.fromEntries(href.searchParams), { fund: "CITY_BUDGET", year: "2026" });

    // Attainment: every group listed, linked to its row of the programme table.
    const attainment = page.getByRole("table", { name: "Tiến độ chỉ tiêu theo nhóm nội dung" });
    assert.equal(await attainment.getByRole("row").count(), 7);
    assert.equal(
      await attainment.getByRole("link", { name: /^II\./ }).getAttribute("href"),
      "/chuong-trinh#nhom-II",
    );
    // The accepted machine counts toward I.2, so group I has started; group II has not.
    const rateOf = async (code: string) =>
      (
        await textOf(
          attainment
            .getByRole("row")
            .filter({ hasText: new RegExp(`^${code}\\. `) })
            .getByRole("cell")
            .nth(1),
        )
      ).trim();
    assert.match(await rateOf("I"), /^\d+,\d%$/);
    assert.notEqual(await rateOf("I"), "0,0%");
    assert.equal(await rateOf("II"), "0,0%");
    await shot(page, "dashboard-vi");

    // The submitted count opens the list of submitted đề án.
    await row("Đã gửi thẩm định").getByRole("link", { name: "1" }).click();
    await page.waitForURL(
      (url) => url.pathname === "/de-an" && url.searchParams.get("state") === "SUBMITTED",
    );
    assert.equal(new URL(page.url()).searchParams.get("year"), "2026");
    await page.getByRole("link", { name: projects.submitted.code }).waitFor();
    assert.equal(await page.getByRole("link", { name: projects.approved.code }).count(), 0);

    // English: the headings change, the figures stay.
    await page.goBack();
    await states.waitFor();
    await page.getByLabel("Ngôn ngữ").getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Dashboard", exact: true }).waitFor();
    const en = page.getByRole("table", { name: "Projects of 2026 by state" });
    await en.waitFor();
    assert.equal(
      (
        await textOf(
          en.getByRole("row").filter({ hasText: "Submitted for appraisal" }).getByRole("cell").last(),
        )
      ).trim(),
      "1",
    );
    await page.getByRole("table", { name: "Money by fund source, 2026" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "dashboard-en");
    await page.context().close();
  });

  it("opens the programme table at a group, with each year's target, plan, achievement and the audit's marks", async () => {
    const page = await signIn(USERS.department.email);
    await page.goto(`${base}/bang-dieu-khien`);
    await page.getByRole("link", { name: /^II\./ }).click();
    await page.waitForURL((url) => url.pathname === "/chuong-trinh" && url.hash === "#nhom-II");
    const table = page.getByRole("table", { name: "Bảng chỉ tiêu Chương trình" });
    await table.waitFor();
    const group = page.locator("#nhom-II");
    await group.waitFor();
    // The table scrolls to the group, under its header; the page itself keeps its title in view.
    const top = await group.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top > 200 && top < 500, `group II should be scrolled into view, top=${top}`);
    const title = await page
      .getByRole("heading", { level: 2 })
      .evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(title > 0, `the title should stay in view, top=${title}`);

    const showroom = table.getByRole("row").filter({ hasText: "Hỗ trợ đầu tư các phòng trưng bày" });
    assert.equal(await showroom.getByLabel(/cộng các năm được 15 Cơ sở, nhưng cột Tổng ghi 25/).count(), 1);
    // TT, Nội dung, ĐVT, then 2026: CT, KH, TH, %. The appendix plans 2 showrooms in 2026.
    const cells = showroom.getByRole("cell");
    assert.equal((await textOf(cells.nth(3))).trim(), "2");
    await shot(page, "programme-all-years");

    // One year: the achievement and status columns of 2026.
    await page.getByLabel("Hiển thị").getByText("2026", { exact: true }).click();
    await table.getByRole("columnheader", { name: "Chỉ tiêu 2026" }).waitFor();
    const i2 = table.getByRole("row").filter({ hasText: /^I\.2/ });
    await i2.getByText(/Chậm tiến độ|Đúng tiến độ|Không có chỉ tiêu|Đã đạt/).waitFor();
    await shot(page, "programme-2026");
    await page.context().close();
  });

  it("shows each role what waits for it", async () => {
    const dept = await signIn(USERS.department.email);
    const appraise = dept.getByRole("link", { name: "Chờ thẩm định" });
    assert.equal(await appraise.getAttribute("href"), "/de-an?state=SUBMITTED");
    const card = dept.locator(".mantine-Card-root").filter({ has: appraise });
    assert.match(await textOf(card), /Đã gửi thẩm định\s*1/);
    const contract = dept.locator(".mantine-Card-root").filter({ hasText: "Chờ ký hợp đồng" });
    assert.match(await textOf(contract), /Đã phê duyệt\s*1/);
    const settle = dept.locator(".mantine-Card-root").filter({ hasText: "Chờ quyết toán" });
    assert.match(await textOf(settle), /Đã nghiệm thu\s*1/);
    await shot(dept, "home-department");
    await dept.context().close();

    const commune = await signIn(USERS.commune.email);
    const alert = commune.getByRole("alert").filter({ hasText: "Đề án bị trả lại" });
    await alert.getByRole("link", { name: projects.returned.code }).waitFor();
    await alert.getByText("Bổ sung báo giá của ba nhà cung cấp").waitFor();
    const returned = commune.locator(".mantine-Card-root").filter({ hasText: "Bổ sung và gửi lại" });
    assert.match(await textOf(returned), /Đang lập, bị trả lại\s*1/);
    assert.equal(await returned.getByRole("link").getAttribute("href"), "/de-an?state=DRAFT");
    await shot(commune, "home-commune");
    await commune.context().close();
  });

  it("tells a commune with nothing recorded yet that nothing is recorded, on purpose", async () => {
    const page = await signIn(USERS.otherCommune.email);
    await page.getByRole("link", { name: "Bảng điều khiển" }).click();
    await page.getByText("Chưa có đề án nào cho năm 2026").waitFor();
    await page.getByText("Chưa có dự toán hay đề án nào cho năm 2026").waitFor();
    await page.getByText(/chỉ gồm các đề án bạn được xem/).waitFor();
    // Attainment stays city-wide: the programme's groups are there, at 0 %.
    await page.getByRole("table", { name: "Tiến độ chỉ tiêu theo nhóm nội dung" }).waitFor();
    await shot(page, "dashboard-empty");
    await page.context().close();
  });
});
