/**
 * The README's `start --demo`, seen as a programme manager trying the app: every main screen is filled
 * by the sample, for the roles that use it. The screenshots of this file are the app's tour
 * (screenshots/demo-*.png). Each screen is also checked by axe-core for WCAG 2.1 A/AA problems (labels,
 * names, contrast): a serious or critical one fails the test.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { assertAccessible } from "./a11y.ts";
import { startStack, type Stack } from "./harness.ts";

const PASSWORD = "hoa-phuong-do-ven-song-cam";
const demoUser = (local: string) => `${local}@demo.khuyencong.local`;

let stack: Stack;

before(async () => {
  stack = await startStack({ demo: true });
});

after(async () => {
  await stack?.stop();
});

const open = async (page: Page, path: string) => {
  await page.goto(`${stack.base}${path}`);
  await page.waitForLoadState("networkidle");
};

describe("the demo: every main screen filled", () => {
  it("the sign-in page, in both languages", async () => {
    const page = await stack.openLoginPage();
    await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
    await assertAccessible(page, "đăng nhập");
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await assertAccessible(page, "sign in");
    await page.context().close();
  });

  it("the department's tasks, dashboard, programme, plans, đề án and audit log", async () => {
    const page = await stack.signIn(demoUser("pheduyet"), PASSWORD);
    await page.getByRole("link", { name: "Chờ ghi quyết định phê duyệt" }).waitFor();
    await stack.shot(page, "demo-01-viec-can-xu-ly");
    await assertAccessible(page, "demo-01-viec-can-xu-ly");

    await open(page, "/bang-dieu-khien");
    const states = page.getByRole("table", { name: /trạng thái/i }).first();
    await states.waitFor();
    await stack.shot(page, "demo-02-bang-dieu-khien");
    await assertAccessible(page, "demo-02-bang-dieu-khien");

    await open(page, "/chuong-trinh");
    await page.getByRole("table", { name: "Bảng chỉ tiêu Chương trình" }).waitFor();
    await stack.shot(page, "demo-03-chuong-trinh");
    await assertAccessible(page, "demo-03-chuong-trinh");

    await open(page, "/ke-hoach?nam=2026");
    await page.getByText("215/QĐ-UBND").first().waitFor();
    await stack.shot(page, "demo-04-ke-hoach-2026");
    await assertAccessible(page, "demo-04-ke-hoach-2026");

    await open(page, "/de-an");
    const list = page.getByRole("table", { name: "Danh sách đề án" });
    await list.waitFor();
    assert.ok((await list.getByRole("row").count()) > 15, "the sample has đề án in every state");
    await stack.shot(page, "demo-05-de-an");
    await assertAccessible(page, "demo-05-de-an");

    // A closed đề án: its money settled, its history told.
    await open(page, "/de-an?state=CLOSED");
    await list.getByRole("link").first().click();
    await page.getByLabel("Trạng thái đề án").filter({ hasText: "Đã thanh lý" }).waitFor();
    await stack.shot(page, "demo-06-de-an-da-thanh-ly");
    await assertAccessible(page, "demo-06-de-an-da-thanh-ly");

    await open(page, "/co-so");
    await page.getByRole("table", { name: "Danh sách cơ sở" }).waitFor();
    await stack.shot(page, "demo-07-co-so");
    await assertAccessible(page, "demo-07-co-so");

    await open(page, "/nhat-ky");
    await page.getByRole("table").first().waitFor();
    await stack.shot(page, "demo-08-nhat-ky");
    await assertAccessible(page, "demo-08-nhat-ky");

    await open(page, "/ngan-sach");
    await page.getByRole("table", { name: "Dự toán kinh phí theo nguồn vốn" }).waitFor();
    await stack.shot(page, "demo-09-du-toan");
    await assertAccessible(page, "demo-09-du-toan");
    await page.context().close();
  });

  it("the Treasury's desk and a commune officer's own đề án", async () => {
    const treasury = await stack.signIn(demoUser("khobac"), PASSWORD);
    await open(treasury, "/thanh-toan");
    await treasury.getByRole("button", { name: "Thanh toán" }).first().waitFor();
    await stack.shot(treasury, "demo-10-kho-bac");
    await assertAccessible(treasury, "demo-10-kho-bac");
    await treasury.context().close();

    const commune = await stack.signIn(demoUser("canbo.thienhuong"), PASSWORD);
    await commune
      .getByRole("link")
      .filter({ hasText: /Hoàn thiện và gửi thẩm định|Đề nghị/ })
      .first()
      .waitFor();
    await stack.shot(commune, "demo-11-xa-viec-can-xu-ly");
    await assertAccessible(commune, "demo-11-xa-viec-can-xu-ly");
    await open(commune, "/de-an");
    await commune.getByRole("table", { name: "Danh sách đề án" }).waitFor();
    await stack.shot(commune, "demo-12-xa-de-an");
    await assertAccessible(commune, "demo-12-xa-de-an");
    await commune.context().close();
  });

  it("a commune officer sent by address to screens not theirs is refused, not shown an empty page", async () => {
    const commune = await stack.signIn(demoUser("canbo.cathai"), PASSWORD);
    // (The Treasury desk is not among them: a commune officer sees their own requests waiting there.)
    for (const path of ["/nguoi-dung", "/nhat-ky", "/ngan-sach", "/khoa-api"]) {
      await open(commune, path);
      await commune
        .getByRole("alert")
        .filter({ hasText: /không có quyền|Không có quyền|chỉ dành cho/i })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async (e) => {
          await stack.shot(commune, `demo-refused${path.replaceAll("/", "-")}`);
          throw new Error(`${path}: no refusal shown (${e.message.split("\n")[0]})`);
        });
    }
    await commune.context().close();
  });

  it("the administrator's users and the norms", async () => {
    const admin = await stack.signIn(demoUser("quantri"), PASSWORD);
    await open(admin, "/nguoi-dung");
    const users = admin.getByRole("table", { name: "Danh sách người dùng" });
    await users.waitFor();
    assert.ok((await users.getByRole("row").count()) >= 11, "one demo user per role and more");
    await stack.shot(admin, "demo-13-nguoi-dung");
    await assertAccessible(admin, "demo-13-nguoi-dung");
    await open(admin, "/dinh-muc");
    await admin.getByRole("heading", { name: "Định mức hỗ trợ" }).waitFor();
    await stack.shot(admin, "demo-14-dinh-muc");
    await assertAccessible(admin, "demo-14-dinh-muc");
    await admin.context().close();
  });
});
