/**
 * Budget envelopes in the browser: Sở Tài chính assigns the year's money per fund source, a wrong amount
 * is refused before sending, the Treasury reads without editing, a commune officer is refused.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startStack, USERS, type Stack } from "./harness.ts";

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

describe("budget envelopes", () => {
  it("lets Sở Tài chính assign the 2026 city budget, with its decision dated dd/mm/yyyy", async () => {
    const page = await stack.signIn(USERS.finance.email);
    await page.getByRole("link", { name: "Dự toán kinh phí" }).click();
    await page.getByText("Chưa giao dự toán năm 2026").waitFor();
    await page.getByRole("button", { name: "Giao dự toán" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Ghi dự toán" }).click();
    await dialog.getByText("Vui lòng chọn nguồn vốn.").waitFor();
    await dialog.getByText("Vui lòng nhập số tiền được giao (đồng).").waitFor();
    await dialog.getByLabel("Nguồn vốn").click();
    await page.getByRole("option", { name: "Ngân sách thành phố (khuyến công địa phương)" }).click();
    await dialog.getByLabel("Số tiền được giao (đồng)").fill("3500000000");
    await dialog.getByLabel("Số quyết định giao").fill("4567/QĐ-UBND");
    await dialog.getByLabel("Ngày quyết định").fill("15/01/2026");
    await dialog.getByLabel("Ngày quyết định").press("Tab");
    await stack.shot(page, "20-du-toan-giao");
    await dialog.getByRole("button", { name: "Ghi dự toán" }).click();
    const table = page.getByRole("table", { name: "Dự toán kinh phí theo nguồn vốn" });
    const row = table.getByRole("row").filter({ hasText: "Ngân sách thành phố" });
    await row.getByText("3.500.000.000 ₫").first().waitFor();
    await row.getByText("4567/QĐ-UBND (15/01/2026)").waitFor();
    await stack.shot(page, "21-du-toan");

    // What the browser sent is what the API holds: the amount in whole đồng, the date as YYYY-MM-DD.
    const token = await stack.login(USERS.finance.email);
    const { budgetEnvelopes } = await stack.gql(
      "{ budgetEnvelopes(year: 2026) { fundSource amount decisionDate } }",
      {},
      token,
    );
    assert.deepEqual(budgetEnvelopes, [
      { fundSource: "CITY_BUDGET", amount: 3500000000, decisionDate: "2026-01-15" },
    ]);
    await page.context().close();
  });

  it("shows the Treasury the envelopes without an edit button", async () => {
    const page = await stack.signIn(USERS.treasury.email);
    await page.getByRole("link", { name: "Dự toán kinh phí" }).click();
    await page.getByRole("table", { name: "Dự toán kinh phí theo nguồn vốn" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Giao dự toán" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Điều chỉnh" }).count(), 0);
    await page.context().close();
  });

  it("refuses a commune officer, who has no menu entry and gets the refusal by address", async () => {
    const page = await stack.signIn(USERS.commune.email);
    assert.equal(await page.getByRole("link", { name: "Dự toán kinh phí" }).count(), 0);
    await page.goto(`${stack.base}/ngan-sach`);
    await page.getByRole("alert").filter({ hasText: "Bạn không có quyền xem nội dung này" }).waitFor();
    await page.context().close();
  });
});
