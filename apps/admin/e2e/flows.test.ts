/**
 * The đề án's road in the browser: sign-in, the programme and reports, submission, appraisal, the
 * segregation of duties, approval, contract, an advance refused then asked for and paid by the Treasury,
 * an analyst's API token, and another commune refused by address.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Stack, shots, startStack, submitLogin, textOf } from "./harness.ts";
import { fillDate } from "./ui.ts";

let stack: Stack;
let base: string;
let gql: Stack["gql"];
let login: Stack["login"];
let signIn: Stack["signIn"];
let project: { id: string; code: string; version: number };

before(async () => {
  stack = await startStack();
  ({ base, gql, login, signIn } = stack);
  await gql(
    `mutation { createBudgetEnvelope(year: 2026, fundSource: CITY_BUDGET, amount: 5000000000) { id } }`,
    {},
    await login("stc@stc.vn"),
  );

  // A draft ready to submit, prepared by the commune through the API.
  const commune = await login("can-bo@an-hung.vn");
  const facility = (
    await gql(
      `mutation { createFacility(input: { name: "Hộ kinh doanh Bánh đa Kinh Giao", legalForm: HOUSEHOLD_BUSINESS,
        productionCommuneCode: "xa-an-hung", sector: AGRO_FOOD_PROCESSING }) { id } }`,
      {},
      commune,
    )
  ).createFacility;
  project = (
    await gql(
      `mutation { createProject(input: { title: "Hỗ trợ máy cán bánh đa tự động", year: 2026, fundSource: CITY_BUDGET,
        communeCode: "xa-an-hung", proposedOn: "2026-03-15", objective: "Nâng cao năng suất" }) { id code version } }`,
      {},
      commune,
    )
  ).createProject;
  const lines: { id: string; code: string }[] = (
    await gql("{ programme { targetLines { id code } } }", {}, commune)
  ).programme.targetLines;
  const i2 = lines.find((l) => l.code === "I.2")?.id;
  let v = project.version;
  v = (
    await gql(
      `mutation($p: ID!, $v: Int!, $f: ID!) { addProjectBeneficiary(projectId: $p, version: $v, facilityId: $f) { version } }`,
      { p: project.id, v, f: facility.id },
      commune,
    )
  ).addProjectBeneficiary.version;
  const added = (
    await gql(
      `mutation($p: ID!, $v: Int!, $l: ID!) { addProjectActivity(projectId: $p, version: $v, input: { activityKind: MACHINERY, targetLineId: $l,
        plannedQuantity: 1, description: "Máy cán bánh tự động", machineryIsNew: true, machineryImproves: true }) { version activities { id } } }`,
      { p: project.id, v, l: i2 },
      commune,
    )
  ).addProjectActivity;
  await gql(
    `mutation($p: ID!, $v: Int!, $a: ID!, $f: ID!) { addBudgetLine(projectId: $p, version: $v, input: { activityId: $a, facilityId: $f,
      costItem: "Máy cán bánh", cost: 600000000, requestedSupport: 300000000 }) { version } }`,
    { p: project.id, v: added.version, a: added.activities[0].id, f: facility.id },
    commune,
  );
});

after(async () => {
  await stack?.stop();
});

describe("the admin app in a browser", () => {
  it("refuses a wrong password with the server's message", async () => {
    const page = await stack.openLoginPage();
    await submitLogin(page, "phong-khuyen-cong@sct.vn", "sai-mat-khau-123");
    await page.getByRole("alert").filter({ hasText: "Email hoặc mật khẩu không đúng" }).waitFor();
    await page.screenshot({ path: join(shots, "01-dang-nhap-sai.png") });
    await page.context().close();
  });

  it("shows the department what waits and the programme with the audit's findings", async () => {
    const page = await signIn("phong-khuyen-cong@sct.vn");
    await page.getByRole("link", { name: "Chờ thẩm định" }).waitFor();
    await page.screenshot({ path: join(shots, "02-viec-can-xu-ly.png") });
    await page.getByRole("link", { name: "Chương trình" }).click();
    const table = page.getByRole("table", { name: "Bảng chỉ tiêu Chương trình" });
    await table.waitFor();
    const row = table.getByRole("row").filter({ hasText: "Hỗ trợ đầu tư các phòng trưng bày" });
    assert.equal(await row.getByLabel(/cộng các năm được 15 Cơ sở, nhưng cột Tổng ghi 25/).count(), 1);
    await page.screenshot({ path: join(shots, "03-chuong-trinh.png"), fullPage: true });

    // The Reports screen: the year's progress report, downloaded as a real Excel file.
    await page.getByRole("link", { name: "Báo cáo" }).click();
    const card = page
      .locator(".mantine-Card-root")
      .filter({ hasText: /tiến độ|Tiến độ/ })
      .first();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Tải Excel" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString(), "PK"); // an .xlsx is a zip
    await page.screenshot({ path: join(shots, "03b-bao-cao.png") });
    await page.context().close();
  });

  it("lets the commune submit its đề án and the department appraise it; the appraiser may not approve it", async () => {
    const commune = await signIn("can-bo@an-hung.vn");
    await commune.getByRole("link", { name: "Đề án", exact: true }).click();
    await commune.getByRole("link", { name: project.code }).waitFor();
    // The list exports what it shows.
    const [csv] = await Promise.all([
      commune.waitForEvent("download"),
      commune.getByRole("button", { name: "Xuất CSV trang này" }).click(),
    ]);
    const text = (await readFile(await csv.path())).toString("utf8");
    assert.ok(text.startsWith("\uFEFFMã,Tên đề án,Năm,Địa bàn,Trạng thái"), text.slice(0, 80));
    assert.ok(
      text.includes(`${project.code},Hỗ trợ máy cán bánh đa tự động,2026,Xã An Hưng,Đang lập,300000000`),
      text,
    );
    await commune.getByRole("link", { name: project.code }).click();
    await commune.getByRole("button", { name: "Gửi thẩm định" }).click();
    await commune.getByRole("dialog").getByRole("button", { name: "Gửi thẩm định" }).click();
    await commune.getByLabel("Trạng thái đề án").filter({ hasText: "Đã gửi thẩm định" }).waitFor();
    await commune.screenshot({ path: join(shots, "04-de-an-da-gui.png"), fullPage: true });
    await commune.context().close();

    const appraiser = await signIn("tham-dinh@sct.vn");
    await appraiser.goto(`${base}/de-an/${project.id}`);
    await appraiser.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
    const dialog = appraiser.getByRole("dialog");
    await dialog.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
    await dialog.getByText("Vui lòng nhập ngày thẩm định").waitFor();
    await fillDate(dialog.getByLabel("Ngày thẩm định"), "2026-04-01");
    await dialog.getByLabel("Ý kiến thẩm định").fill("Đạt yêu cầu; giá máy phù hợp báo giá");
    await dialog.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
    await appraiser.getByLabel("Trạng thái đề án").filter({ hasText: "Đã thẩm định" }).waitFor();

    // The app knows the segregation of duties: the approval is shown disabled to whoever appraised, with
    // the reason (the API refuses it too: apps/api/test/projects.test.ts).
    const approveButton = appraiser.getByRole("button", { name: "Ghi quyết định phê duyệt" });
    await approveButton.waitFor();
    assert.equal(await approveButton.getAttribute("aria-disabled"), "true");
    const reason = await approveButton.getAttribute("aria-describedby");
    assert.match(
      await textOf(appraiser.locator(`[id="${reason}"]`)),
      /Người đã thẩm định đề án không được ghi phê duyệt/,
    );
    await appraiser.screenshot({ path: join(shots, "05-tu-choi-phan-tach-nhiem-vu.png"), fullPage: true });
    await appraiser.context().close();
  });

  it("lets another department user approve and contract it, the commune ask for an advance, and the Treasury pay it", async () => {
    const dept = await signIn("phong-khuyen-cong@sct.vn");
    await dept.goto(`${base}/de-an/${project.id}`);
    await dept.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    let dialog = dept.getByRole("dialog");
    await dialog.getByLabel("Số quyết định").fill("1234/QĐ-UBND");
    await fillDate(dialog.getByLabel("Ngày quyết định"), "2026-04-20");
    await dialog.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    await dept.getByLabel("Trạng thái đề án").filter({ hasText: "Đã phê duyệt" }).waitFor();
    await dept.getByRole("button", { name: "Ghi hợp đồng / giao nhiệm vụ" }).click();
    dialog = dept.getByRole("dialog");
    await dialog.getByLabel("Số hợp đồng").fill("05/2026/HĐ-KC");
    await fillDate(dialog.getByLabel("Ngày hợp đồng"), "2026-05-02");
    await dialog.getByRole("button", { name: "Ghi hợp đồng / giao nhiệm vụ" }).click();
    await dept.getByLabel("Trạng thái đề án").filter({ hasText: "Đã ký hợp đồng" }).waitFor();
    await dept.context().close();

    const commune = await signIn("can-bo@an-hung.vn");
    await commune.goto(`${base}/de-an/${project.id}`);
    await commune.getByRole("button", { name: "Đề nghị tạm ứng" }).click();
    dialog = commune.getByRole("dialog");
    await dialog.getByLabel("Số tiền (đồng)").fill("210000000");
    await dialog.getByLabel(/Tỷ lệ giá trị đã đầu tư/).fill("60");
    await dialog.getByRole("button", { name: "Gửi đề nghị" }).click();
    // 60 % invested is under the 70 % the rule asks for: refused with the rule, nothing sent.
    await dialog.getByRole("alert").filter({ hasText: "chưa vượt 70%" }).waitFor();
    await dialog.getByLabel(/Tỷ lệ giá trị đã đầu tư/).fill("75");
    await dialog.getByRole("button", { name: "Gửi đề nghị" }).click();
    await commune
      .getByRole("table", { name: "Đề nghị tạm ứng, thanh toán" })
      .getByText("Chờ Kho bạc")
      .waitFor();
    await commune.context().close();

    const treasury = await signIn("kiem-soat@kbnn.vn");
    await treasury.getByRole("link", { name: "Tạm ứng, thanh toán" }).click();
    const row = treasury.getByRole("row").filter({ hasText: project.code });
    await row.getByText("210.000.000 ₫").waitFor();
    await treasury.screenshot({ path: join(shots, "07-kho-bac-cho-thanh-toan.png") });
    await row.getByRole("button", { name: "Thanh toán" }).click();
    dialog = treasury.getByRole("dialog");
    await fillDate(dialog.getByLabel("Ngày thanh toán"), "2026-05-10");
    await dialog.getByLabel("Số chứng từ").fill("UNC 0123");
    await dialog.getByRole("button", { name: "Xác nhận thanh toán" }).click();
    await treasury.getByText("Không có đề nghị nào đang chờ.").waitFor();
    await treasury.goto(`${base}/de-an/${project.id}`);
    await treasury.getByLabel("Trạng thái đề án").filter({ hasText: "Đã tạm ứng" }).waitFor();
    await treasury.screenshot({ path: join(shots, "08-de-an-da-tam-ung.png"), fullPage: true });
    await treasury.context().close();
  });

  it("lets an analyst create an API token shown once, use it read-only, and revoke it", async () => {
    const page = await signIn("phan-tich@sct.vn");
    await page.getByRole("link", { name: "Khoá truy cập API" }).click();
    await page.getByLabel("Tên khoá (dùng ở đâu)").fill("Power BI của phòng");
    await page.getByRole("button", { name: "Tạo khoá" }).click();
    await page.screenshot({ path: join(shots, "09-khoa-api.png") });
    const secret = ((await page.locator("pre").textContent({ timeout: 10_000 })) ?? "").trim();
    assert.match(secret, /^kc_/);
    // Sent by hand, not by `gql` (which throws on errors): the refusal is what is read here.
    const ask = (query: string) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { programme?: { code: string } };
            errors?: { extensions: { code: string } }[];
          }>,
      );
    assert.ok((await ask("{ programme { code } }")).data?.programme?.code);
    assert.equal((await ask("mutation { logout }")).errors?.[0]?.extensions.code, "FORBIDDEN");
    await page.getByRole("button", { name: "Thu hồi" }).click();
    const confirm = page.getByRole("dialog");
    await confirm.getByText("Không khôi phục được", { exact: false }).waitFor();
    // Cancelling changes nothing: the token still works.
    await confirm.getByRole("button", { name: "Huỷ" }).click();
    assert.ok((await ask("{ programme { code } }")).data?.programme?.code);
    await page.getByRole("button", { name: "Thu hồi" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Thu hồi khoá" }).click();
    await page.getByText(/Đã thu hồi/).waitFor();
    assert.equal((await ask("{ programme { code } }")).errors?.[0]?.extensions.code, "UNAUTHENTICATED");
    await page.context().close();
  });

  it("does not open another commune's đề án, even by its address", async () => {
    const other = await signIn("can-bo@kien-thuy.vn");
    await other.goto(`${base}/de-an/${project.id}`);
    await other.getByRole("alert").filter({ hasText: "Không tìm thấy đề án" }).waitFor();
    await other.screenshot({ path: join(shots, "06-de-an-xa-khac.png") });
    await other.context().close();
  });
});
