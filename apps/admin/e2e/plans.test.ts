/**
 * The annual plan in a browser: the department opens the 2026 plan; An Hưng's officer registers two
 * activities through the form (the first refused by the form's check), changes one; Kiến Thụy's officer
 * does not see them; the department sees them under An Hưng, compares them with the year's targets,
 * consolidates, reopens with a reason, consolidates again and records the approving decision; An Hưng
 * can then no longer register, and the screen says why.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Locator, Page } from "playwright-core";
import { type Stack, startStack, textOf, USERS } from "./harness.ts";
import { pick } from "./ui.ts";

let stack: Stack;

before(async () => {
  // The city's extension centre is in the reference data: the department registers for it below.
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

/** Opens the annual-plan screen from the menu. */
async function openPlans(page: Page) {
  await page.getByRole("link", { name: "Kế hoạch năm" }).click();
  await page.getByRole("heading", { name: "Kế hoạch khuyến công năm 2026" }).waitFor();
}

/** A comparison row's figures: target, registered, difference, rate, cost, registrations, assessment. */
async function figures(row: Locator) {
  const texts = await row.getByRole("cell").allTextContents();
  // Money is written with a non-breaking space before ₫.
  return texts.slice(3).map((text) => text.replace(/\s/g, " "));
}

/** Fills the registration form and sends it. */
async function fillRegistration(
  page: Page,
  {
    line,
    lineCode,
    quantity,
    cost,
    note,
  }: { line: RegExp; lineCode: string; quantity: number; cost: number; note?: string },
) {
  const dialog = page.getByRole("dialog");
  await pick(dialog, "Dòng chỉ tiêu", line, lineCode);
  await dialog.getByLabel("Số lượng").fill(String(quantity));
  await dialog.getByLabel("Kinh phí dự kiến").fill(String(cost));
  await pick(dialog, "Nguồn kinh phí", "Ngân sách thành phố (khuyến công địa phương)");
  if (note) await dialog.getByLabel("Ghi chú").fill(note);
  await dialog.getByRole("button", { name: "Gửi đăng ký" }).click();
}

describe("annual plan 2026", () => {
  it("the department opens the 2026 plan", async () => {
    const page = await stack.signIn(USERS.department.email);
    await openPlans(page);
    await page.getByText("Chưa có kế hoạch khuyến công năm 2026").waitFor();
    await page.getByRole("button", { name: "Mở kế hoạch năm 2026" }).click();
    await page.getByText("Đang nhận đăng ký", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Tổng hợp" }).waitFor();
    await page.getByText("Chưa có đăng ký nào cho kế hoạch năm 2026.").waitFor();
    await page.context().close();
  });

  it("An Hưng registers two activities, one refused first by the form, and changes one", async () => {
    const page = await stack.signIn(USERS.commune.email);
    await openPlans(page);
    await page.getByText("Xã An Hưng chưa đăng ký hoạt động nào cho kế hoạch năm 2026.").waitFor();
    // A commune officer does not run the plan.
    assert.equal(await page.getByRole("button", { name: "Tổng hợp" }).count(), 0);

    await page.getByRole("button", { name: "Đăng ký hoạt động" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Xã An Hưng").waitFor();
    await fillRegistration(page, { line: /^I\.2 ·/, lineCode: "I.2", quantity: 0, cost: 450000000 });
    await dialog.getByText("Số lượng phải lớn hơn 0").waitFor();
    await dialog.getByText("Chỉ tiêu năm 2026 của thành phố: 24 Cơ sở", { exact: false }).waitFor();
    await dialog.getByLabel("Số lượng").fill("3");
    await dialog.getByRole("button", { name: "Gửi đăng ký" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Đăng ký hoạt động" }).click();
    await fillRegistration(page, {
      line: /^IV\.1 ·/,
      lineCode: "IV.1",
      quantity: 30,
      cost: 120000000,
      note: "Lớp bồi dưỡng thợ gốm Kinh Giao",
    });
    await dialog.waitFor({ state: "detached" });

    const table = page.getByRole("table", { name: "Đăng ký của Xã An Hưng" });
    await table.getByRole("row").filter({ hasText: "IV.1" }).waitFor();
    assert.equal(await table.getByRole("row").count(), 3); // header + 2

    // Changing one: 3 → 5 machines, with the version read.
    await page.getByRole("button", { name: "Sửa đăng ký I.2" }).click();
    await dialog.getByLabel("Số lượng").fill("5");
    await dialog.getByRole("button", { name: "Lưu thay đổi" }).click();
    await dialog.waitFor({ state: "detached" });
    await table.getByRole("row").filter({ hasText: /^I\.2/ }).getByText("5 Cơ sở").waitFor();
    await page.getByText("kinh phí dự kiến").first().waitFor();
    await stack.shot(page, "plans-01-xa-dang-ky");

    // Its comparison is its own share against the city's target.
    await page.getByRole("tab", { name: "So sánh với chỉ tiêu" }).click();
    await page.getByText("Phần đăng ký của đơn vị bạn").waitFor();
    await stack.shot(page, "plans-01b-xa-so-sanh", false);
    const row = page
      .getByRole("table", { name: "So sánh đăng ký với chỉ tiêu năm 2026" })
      .getByRole("row")
      .filter({ hasText: /^I\.2/ })
      .first();
    assert.deepEqual(await figures(row), [
      "24",
      "5",
      "-19",
      "20,83%",
      "450.000.000 ₫",
      "1",
      "Một phần chỉ tiêu thành phố",
    ]);
    await page.context().close();
  });

  it("Kiến Thụy's officer sees its own registration, not An Hưng's", async () => {
    const token = await stack.login(USERS.otherCommune.email);
    const { programme } = await stack.gql("{ programme { targetLines { id code } } }", {}, token);
    await stack.gql(
      `mutation($l: ID!) { registerPlannedActivity(year: 2026, targetLineId: $l, quantity: 1, estimatedCost: 80000000,
        fundSource: COUNTERPART, note: "Phòng trưng bày sản phẩm gốm") { id } }`,
      { l: programme.targetLines.find((l: { code: string }) => l.code === "II.7").id },
      token,
    );
    const page = await stack.signIn(USERS.otherCommune.email);
    await openPlans(page);
    const own = page.getByRole("table", { name: "Đăng ký của Xã Kiến Thụy" });
    await own.getByRole("row").filter({ hasText: "II.7" }).waitFor();
    assert.equal(await own.getByRole("row").count(), 2);
    assert.equal(await page.getByText("Xã An Hưng").count(), 0);
    assert.equal(await page.getByText("I.2", { exact: true }).count(), 0);
    await page.getByRole("tab", { name: "So sánh với chỉ tiêu" }).click();
    await page.getByText("Tất cả dòng", { exact: true }).click();
    const row = page
      .getByRole("table", { name: "So sánh đăng ký với chỉ tiêu năm 2026" })
      .getByRole("row")
      .filter({ hasText: /^I\.2/ })
      .first();
    assert.deepEqual(await figures(row), ["24", "0", "-24", "0%", "—", "0", "Chưa đăng ký"]);
    assert.equal(await page.getByText("450.000.000").count(), 0);
    await page.context().close();
  });

  it("the department compares, consolidates, reopens, and approves with a decision", async () => {
    const page = await stack.signIn(USERS.department.email);
    await openPlans(page);
    const table = page.getByRole("table", { name: "Đăng ký của Xã An Hưng" });
    await table.waitFor();
    assert.equal(await table.getByRole("row").count(), 3);
    await page.getByRole("table", { name: "Đăng ký của Xã Kiến Thụy" }).waitFor();

    // Whom to chase: the communes that have registered nothing yet (An Hưng and Kiến Thụy have).
    const chase = page.getByRole("button", { name: "112/114 xã, phường, đặc khu chưa đăng ký" });
    await chase.click();
    const missing = page.getByRole("region", { name: "112/114 xã, phường, đặc khu chưa đăng ký" });
    await missing.getByText(/Xã Vĩnh Bảo/).waitFor();
    assert.doesNotMatch((await textOf(missing)) ?? "", /Xã An Hưng|Xã Kiến Thụy/);
    await chase.click();

    // The department registers for an implementing unit, naming it.
    await page.getByRole("button", { name: "Đăng ký hoạt động" }).click();
    const form = page.getByRole("dialog");
    await form.getByText("Đơn vị thực hiện", { exact: true }).click();
    await fillRegistration(page, { line: /^V\.1 ·/, lineCode: "V.1", quantity: 4, cost: 200000000 });
    await form.getByText("Vui lòng chọn đơn vị thực hiện đăng ký").waitFor();
    await pick(
      form,
      "Đơn vị thực hiện đăng ký",
      "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng",
    );
    await form.getByRole("button", { name: "Gửi đăng ký" }).click();
    await form.waitFor({ state: "detached" });
    await page
      .getByRole("table", {
        name: "Đăng ký của Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng",
      })
      .waitFor();
    const headings = await page.getByRole("main").getByRole("heading", { level: 4 }).allInnerTexts();
    assert.deepEqual(headings, [
      "Xã An Hưng",
      "Xã Kiến Thụy",
      "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng",
    ]);
    await stack.shot(page, "plans-02-so-dang-ky");

    await page.getByRole("tab", { name: "So sánh với chỉ tiêu" }).click();
    const comparison = page.getByRole("table", { name: "So sánh đăng ký với chỉ tiêu năm 2026" });
    const i2 = comparison.getByRole("row").filter({ hasText: /^I\.2/ }).first();
    assert.deepEqual(await figures(i2), ["24", "5", "-19", "20,83%", "450.000.000 ₫", "1", "Dưới chỉ tiêu"]);
    // A line with a target and nothing registered stands out.
    const v2 = comparison.getByRole("row").filter({ hasText: /^V\.2/ }).first();
    assert.deepEqual(await figures(v2), ["1", "0", "-1", "0%", "—", "0", "Chưa có đăng ký"]);
    const v1 = comparison.getByRole("row").filter({ hasText: /^V\.1/ }).first();
    assert.deepEqual(await figures(v1), ["4", "4", "0", "100%", "200.000.000 ₫", "1", "Đủ chỉ tiêu"]);
    await stack.shot(page, "plans-03-so-sanh");
    await page.getByRole("table", { name: "So sánh đăng ký với chỉ tiêu năm 2026" }).scrollIntoViewIfNeeded();
    await stack.shot(page, "plans-03b-so-sanh-man-hinh", false);
    await page.getByText("Chưa có đăng ký (", { exact: false }).click();
    await stack.shot(page, "plans-03c-so-sanh-chua-dang-ky", false);

    // Consolidate.
    await page.getByRole("button", { name: "Tổng hợp" }).click();
    await page.getByRole("dialog").getByText("Tổng hợp 4 đăng ký", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Xác nhận tổng hợp" }).click();
    await page.getByText("Đã tổng hợp, chờ phê duyệt", { exact: true }).waitFor();

    // Reopen: the reason is required, then consolidate again.
    await page.getByRole("button", { name: "Mở lại" }).click();
    await page.getByRole("button", { name: "Xác nhận mở lại" }).click();
    await page.getByText("Vui lòng nhập lý do mở lại kế hoạch").waitFor();
    await page.getByLabel("Lý do mở lại").fill("Xã An Hưng xin bổ sung kinh phí đối ứng");
    await page.getByRole("button", { name: "Xác nhận mở lại" }).click();
    await page.getByText("Đang nhận đăng ký", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: "Xác nhận tổng hợp" }).click();
    await page.getByText("Đã tổng hợp, chờ phê duyệt", { exact: true }).waitFor();

    // Approve: a decision dated in the future is refused by the form.
    await page.getByRole("button", { name: "Phê duyệt" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Số quyết định").fill("3456/QĐ-UBND");
    await dialog.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    await dialog.getByText("Vui lòng nhập ngày quyết định (dd/mm/yyyy)").waitFor();
    await dialog.getByLabel("Ngày quyết định").fill("20/11/2026");
    await dialog.getByLabel("Ngày quyết định").press("Tab");
    await dialog.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Phê duyệt theo Quyết định số 3456/QĐ-UBND ngày 20/11/2026").waitFor();
    await page.getByText("Đã phê duyệt", { exact: true }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Mở lại" }).count(), 0);
    await stack.shot(page, "plans-04-da-phe-duyet");
    await page.context().close();
  });

  it("after approval An Hưng's register button is disabled, with the reason", async () => {
    const page = await stack.signIn(USERS.commune.email);
    await openPlans(page);
    const button = page.getByRole("button", { name: "Đăng ký hoạt động" });
    await button.waitFor();
    assert.equal(await button.isDisabled(), true);
    await page
      .getByText(
        "Kế hoạch năm 2026 đã được phê duyệt (Quyết định số 3456/QĐ-UBND ngày 20/11/2026) và bị khóa",
        {
          exact: false,
        },
      )
      .waitFor();
    assert.equal(await page.getByRole("button", { name: "Sửa đăng ký I.2" }).isDisabled(), true);
    await stack.shot(page, "plans-05-xa-sau-phe-duyet");

    // In English, the same refusal; and 2027 is not opened yet.
    await page.getByText("EN", { exact: true }).click();
    await page
      .getByText("The 2026 plan is approved (decision 3456/QĐ-UBND of 20/11/2026) and locked", {
        exact: false,
      })
      .waitFor();
    assert.equal(await page.getByRole("button", { name: "Register an activity" }).isDisabled(), true);
    await page.getByRole("combobox", { name: "Plan year" }).click();
    await page.getByRole("option", { name: "2027 · Not opened" }).click();
    await page.getByText("The department has not opened the 2027 plan for registration yet.").waitFor();
    assert.match(page.url(), /\/ke-hoach\?nam=2027$/);
    await page.getByText("VI", { exact: true }).click();
    await page.context().close();
  });
});
