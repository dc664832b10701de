/**
 * A đề án drafted in the browser by a commune officer: the new-project form, a beneficiary with its
 * eligibility explained, an activity, a budget line refused above the norm with the server's message and
 * then accepted with its norm check and citation, the submission, the list filtered from its address
 * (`?state=SUBMITTED`), and another commune's officer refused by address.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Stack, startStack, textOf, USERS } from "./harness.ts";
import { pick } from "./ui.ts";

let stack: Stack;
let base: string;
let shot: Stack["shot"];
let signIn: Stack["signIn"];
let draftElsewhere: { id: string; code: string };
let projectUrl: string;
let projectCode: string;
const FACILITY = "Hộ kinh doanh Gốm Chu Đậu An Hưng";
const TITLE = "Hỗ trợ lò nung gốm tiết kiệm năng lượng";

before(async () => {
  stack = await startStack();
  ({ base, shot, signIn } = stack);
  const { gql, login } = stack;
  const commune = await login(USERS.commune.email);
  // The facility form is another screen's; the facility is registered through the API here.
  await gql(
    `mutation { createFacility(input: { name: "${FACILITY}", legalForm: HOUSEHOLD_BUSINESS,
      productionCommuneCode: "xa-an-hung", sector: AGRO_FOOD_PROCESSING }) { id } }`,
    {},
    commune,
  );
  // A draft that stays a draft: the list filtered on submitted ones must not show it.
  draftElsewhere = (
    await gql(
      `mutation { createProject(input: { title: "Đề án nháp khác", year: 2026, fundSource: CITY_BUDGET,
        communeCode: "xa-an-hung", proposedOn: "2026-02-01" }) { id code } }`,
      {},
      commune,
    )
  ).createProject;
});

after(async () => {
  await stack?.stop();
});

describe("a đề án drafted in the browser", () => {
  it("lets a commune officer create a draft, refusing an incomplete form first", async () => {
    const page = await signIn(USERS.commune.email);
    await page.getByRole("link", { name: "Đề án", exact: true }).click();
    await page.getByRole("link", { name: "Lập đề án mới" }).click();
    await page.getByRole("heading", { name: "Lập đề án khuyến công mới" }).waitFor();
    // The commune is the officer's own, not a choice.
    assert.equal(await page.getByLabel("Địa bàn thực hiện").inputValue(), "Xã An Hưng");
    await page.getByRole("button", { name: "Tạo đề án" }).click();
    await page.getByText("Vui lòng nhập tên đề án").waitFor();
    await page.getByLabel("Tên đề án").fill(TITLE);
    await page.getByLabel("Ngày đề án").fill("15/03/2026");
    await page.keyboard.press("Tab");
    await page.getByLabel("Mục tiêu").fill("Giảm 30% điện năng tiêu thụ, nâng chất lượng men gốm");
    await shot(page, "projects-01-form-moi");
    await page.getByRole("button", { name: "Tạo đề án" }).click();
    await page.getByRole("heading", { name: TITLE }).waitFor();
    await page.getByLabel("Trạng thái đề án").filter({ hasText: "Đang lập" }).waitFor();
    await page.getByText("Ngày đề án: 15/03/2026").waitFor();
    projectUrl = page.url();
    projectCode = (await textOf(page.getByText(/^ĐA-2026-\d{4}/).first())).split(" ·")[0] ?? "";
    assert.match(projectCode, /^ĐA-2026-\d{4}$/);
    await page.context().close();
  });

  it("adds a beneficiary with its eligibility explained, an activity and a budget line checked against the norm", async () => {
    const page = await signIn(USERS.commune.email);
    await page.goto(projectUrl);
    await page.getByRole("heading", { name: TITLE }).waitFor();

    // Someone else changes the đề án meanwhile: the screen's version is stale, the change is refused and
    // the user is told to reload.
    const { gql, login } = stack;
    const projectId = projectUrl.split("/").pop();
    const read = await gql(
      "query($id: ID!) { project(id: $id) { version } }",
      { id: projectId },
      await login(USERS.commune.email),
    );
    await gql(
      `mutation($id: ID!, $v: Int!) { updateProject(projectId: $id, version: $v, input: { title: "${TITLE}", year: 2026,
        fundSource: CITY_BUDGET, communeCode: "xa-an-hung", proposedOn: "2026-03-15",
        objective: "Giảm 30% điện năng tiêu thụ, nâng chất lượng men gốm" }) { version } }`,
      { id: projectId, v: read.project.version },
      await login(USERS.department.email),
    );

    // The beneficiary: found by a part of its name, its eligibility shown before it is added.
    await pick(page, "Cơ sở trên địa bàn Xã An Hưng", FACILITY, "Chu Đậu");
    await page
      .getByRole("table", { name: /Điều kiện hưởng hỗ trợ/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Thêm vào đề án" }).click();
    await page.getByRole("alert").filter({ hasText: "Đề án vừa được người khác thay đổi" }).waitFor();
    await shot(page, "projects-06-phien-ban-cu", false);
    await page.getByRole("button", { name: "Tải lại đề án" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Đề án vừa được người khác thay đổi" })
      .waitFor({ state: "detached" });
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Thêm vào đề án" }).click();
    const beneficiaries = page.getByLabel("Cơ sở thụ hưởng và điều kiện hưởng hỗ trợ");
    await beneficiaries.getByText(FACILITY, { exact: true }).waitFor();
    await beneficiaries.getByText("Đủ điều kiện", { exact: true }).first().waitFor();

    // The activity.
    await page.getByRole("button", { name: "Thêm nội dung hoạt động" }).click();
    let dialog = page.getByRole("dialog");
    await pick(dialog, "Dòng chỉ tiêu của Chương trình", /^I\.2 ·/, "I.2");
    await pick(dialog, "Loại hoạt động", "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến");
    await dialog.getByLabel("Mô tả").fill("Lò nung gốm bằng gas tiết kiệm năng lượng");
    await dialog.getByLabel("Máy móc, thiết bị mới 100%").check();
    await dialog.getByLabel(/Nâng cao năng suất/).check();
    await dialog.getByRole("button", { name: "Thêm hoạt động" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("table", { name: "Nội dung hoạt động" }).getByText("Lò nung gốm bằng gas").waitFor();

    // A budget line above the norm: the server refuses it with the rule and its citation.
    await page.getByRole("button", { name: "Thêm dòng dự toán" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Hạng mục chi").fill("Lò nung gốm bằng gas 3 m³");
    await dialog.getByLabel("Chi phí (đồng)").fill("600000000");
    await dialog.getByLabel("Kinh phí đề nghị hỗ trợ (đồng)").fill("600000000");
    // The norm's maximum is shown before sending.
    await dialog.getByText(/Mức hỗ trợ tối đa theo định mức/).waitFor();
    await dialog.getByRole("button", { name: "Thêm dòng" }).click();
    const refusal = dialog.getByRole("alert").filter({ hasText: "vượt mức tối đa" });
    await refusal.waitFor();
    assert.match(await textOf(refusal), /600\.000\.000 ₫/);
    await shot(page, "projects-03-vuot-dinh-muc", false);

    // Within the norm, it is saved and its check is shown with the citation.
    await dialog.getByLabel("Kinh phí đề nghị hỗ trợ (đồng)").fill("300000000");
    await dialog.getByRole("button", { name: "Thêm dòng" }).click();
    await dialog.waitFor({ state: "detached" });
    const estimate = page.getByRole("table", { name: "Dự toán" });
    await estimate.getByText("Lò nung gốm bằng gas 3 m³").waitFor();
    await estimate.getByText("300.000.000 ₫").first().waitFor();
    assert.match(await textOf(estimate), /Nghị quyết|NQ|Thông tư|Điều/);
    // A document: uploaded, listed, and deleted after a confirmation.
    await pick(page, "Loại tài liệu", "Tài liệu khác");
    await page.locator("input[type=file]").setInputFiles({
      name: "bao-gia-lo-nung.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 báo giá lò nung gốm"),
    });
    await page.getByRole("button", { name: "Tải lên" }).click();
    const documents = page.getByRole("table", { name: "Hồ sơ, chứng từ" });
    await documents.getByText("bao-gia-lo-nung.pdf").waitFor();
    await documents.getByRole("button", { name: "Xoá bao-gia-lo-nung.pdf" }).click();
    const confirm = page.getByRole("dialog");
    await confirm.getByText("Không khôi phục được").waitFor();
    await confirm.getByRole("button", { name: "Xoá tài liệu" }).click();
    await page.getByText("Chưa có tài liệu nào.").waitFor();

    await shot(page, "projects-02-chi-tiet-dang-lap");
    await estimate.scrollIntoViewIfNeeded();
    await shot(page, "projects-02b-kiem-tra-dinh-muc", false);
    await page.context().close();
  });

  it("lets the officer submit it, and the list filtered by its address show it with the filter set", async () => {
    const page = await signIn(USERS.commune.email);
    await page.goto(projectUrl);
    await page.getByRole("button", { name: "Gửi thẩm định" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi thẩm định" }).click();
    await page.getByLabel("Trạng thái đề án").filter({ hasText: "Đã gửi thẩm định" }).waitFor();
    // No more editing once submitted.
    assert.equal(await page.getByRole("button", { name: "Thêm dòng dự toán" }).count(), 0);

    await page.goto(`${base}/de-an?state=SUBMITTED`);
    const table = page.getByRole("table", { name: "Danh sách đề án" });
    await table.getByRole("link", { name: projectCode }).waitFor();
    assert.equal(await table.getByRole("link", { name: draftElsewhere.code }).count(), 0);
    await page.locator(".mantine-MultiSelect-pill", { hasText: "Đã gửi thẩm định" }).waitFor();
    // A commune officer sees only their commune: no commune filter.
    assert.equal(await page.getByLabel("Địa bàn (xã, phường)").count(), 0);
    await shot(page, "projects-04-danh-sach-da-gui");

    // Changing a filter writes it back into the address.
    await page.getByRole("combobox", { name: "Năm", exact: true }).click();
    await page.getByRole("option", { name: "2026" }).click();
    await page.waitForURL(/state=SUBMITTED&year=2026/);
    await table.getByRole("link", { name: projectCode }).waitFor();

    // A search in the address shows in the box; the menu's "Đề án" (the same screen, no search) empties it
    // and the search does not come back.
    await page.goto(`${base}/de-an?q=${encodeURIComponent("lò nung")}`);
    assert.equal(await page.getByLabel("Tìm theo mã hoặc tên").inputValue(), "lò nung");
    await table.getByRole("link", { name: projectCode }).waitFor();
    await page
      .getByRole("navigation", { name: "Menu chính" })
      .getByRole("link", { name: "Đề án", exact: true })
      .click();
    await page.waitForURL(/\/de-an$/);
    await page.waitForTimeout(800); // longer than the search box's debounce
    assert.equal(await page.getByLabel("Tìm theo mã hoặc tên").inputValue(), "");
    assert.match(page.url(), /\/de-an$/);

    // In English, the same đề án with the English labels; the API's own words stay Vietnamese.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Industrial-extension projects" }).waitFor();
    await page.getByRole("link", { name: projectCode }).click();
    await page.getByRole("heading", { name: "Beneficiaries" }).waitFor();
    await page.getByRole("heading", { name: "Estimate and norm check" }).waitFor();
    await shot(page, "projects-07-chi-tiet-en");
    await page.context().close();
  });

  it("does not open the đề án to another commune's officer, even by its address", async () => {
    const other = await signIn(USERS.otherCommune.email);
    await other.goto(projectUrl);
    await other.getByRole("alert").filter({ hasText: "Không tìm thấy đề án" }).waitFor();
    assert.equal(await other.getByRole("heading", { name: TITLE }).count(), 0);
    await shot(other, "projects-05-xa-khac");
    await other.context().close();
  });
});
