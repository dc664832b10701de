/**
 * The administrator's screens and the norms in a browser: a commune officer created through the form (a
 * duplicate email refused on its field), who then signs in; the creation in the audit log; the department
 * kept out of user management; the norm calculator's figure checked against the norm's rate and cap.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ADMIN_PASSWORD, type Stack, startStack, submitLogin, textOf, USERS } from "./harness.ts";
import { choose, dong, plain } from "./ui.ts";

let stack: Stack;
let gql: Stack["gql"];
let login: Stack["login"];
let signIn: Stack["signIn"];
let shot: Stack["shot"];
let base: string;

const NEW_USER = {
  email: "can-bo-moi@an-hung.vn",
  fullName: "Trần Thị Bình",
  password: "mat-khau-ban-dau-1",
};

before(async () => {
  stack = await startStack();
  ({ base, gql, login, signIn, shot } = stack);
});

after(async () => {
  await stack?.stop();
});

describe("administration and norms in the browser", () => {
  it("shows the login page", async () => {
    const page = await stack.openLoginPage();
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    // Nothing typed: the form says what is missing and sends nothing.
    await page.getByText("Vui lòng nhập email").waitFor();
    await page.getByText("Vui lòng nhập mật khẩu").waitFor();
    await shot(page, "admin-dang-nhap");
    await page.context().close();
  });

  it("lets the administrator create a commune officer; a duplicate email is refused on its field", async () => {
    const page = await signIn("admin@khuyencong.local", ADMIN_PASSWORD);
    const menu = page.getByRole("navigation", { name: "Menu chính" });
    await menu.getByRole("link", { name: "Người dùng, vai trò" }).click();
    await page.getByRole("table", { name: "Danh sách người dùng" }).waitFor();
    await page.getByRole("button", { name: "Thêm người dùng" }).click();
    const dialog = page.getByRole("dialog", { name: "Thêm người dùng" });

    // Checked before sending: required fields and the password rule.
    await dialog.getByRole("button", { name: "Tạo người dùng" }).click();
    assert.ok((await dialog.getByText("Vui lòng nhập trường này").count()) >= 2);

    await dialog.getByRole("textbox", { name: "Email" }).fill(USERS.commune.email);
    await dialog.getByRole("textbox", { name: "Họ và tên" }).fill(NEW_USER.fullName);
    await choose(dialog, "Vai trò", "Cán bộ UBND xã, phường, đặc khu");
    await dialog.getByRole("button", { name: "Tạo người dùng" }).click();
    await dialog.getByText("Cán bộ xã phải được gắn với một xã, phường hoặc đặc khu").waitFor();
    await choose(dialog, "Xã, phường, đặc khu", "Xã An Hưng", { search: "An Hưng" });
    await dialog.getByLabel("Mật khẩu ban đầu").fill("ngan");
    await dialog.getByRole("button", { name: "Tạo người dùng" }).click();
    await dialog.getByText("Mật khẩu phải có ít nhất 10 ký tự").waitFor();
    await dialog.getByLabel("Mật khẩu ban đầu").fill(NEW_USER.password);

    // The server refuses the email already in use, and says so under the email.
    await dialog.getByRole("button", { name: "Tạo người dùng" }).click();
    const email = dialog.getByRole("textbox", { name: "Email" });
    await dialog.getByText("Email này đã được dùng cho một tài khoản khác").waitFor();
    assert.equal(await email.getAttribute("aria-invalid"), "true");
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    assert.match(
      await textOf(page.locator(`[id="${describedBy.split(" ").find((id) => id.includes("error"))}"]`)),
      /đã được dùng/,
    );
    await shot(page, "admin-nguoi-dung-trung-email");

    await email.fill(NEW_USER.email);
    await dialog.getByRole("button", { name: "Tạo người dùng" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Đã tạo tài khoản ${NEW_USER.fullName}` })
      .waitFor();
    const row = page.getByRole("row").filter({ hasText: NEW_USER.email });
    await row.getByText("Xã An Hưng").waitFor();
    await row.getByText("Đang hoạt động").waitFor();
    await page.getByRole("button", { name: "Mỗi vai trò được làm gì" }).click();
    await page.getByRole("table", { name: "Vai trò và quyền" }).waitFor();
    await shot(page, "admin-nguoi-dung");

    // The API holds the user as the form sent it.
    const users = (
      await gql<{
        users: { nodes: { email: string; role: string; communeCode: string | null; active: boolean }[] };
      }>("{ users(first: 100) { nodes { email role communeCode active } } }", {}, stack.admin)
    ).users.nodes;
    assert.deepEqual(
      users.find((u) => u.email === NEW_USER.email),
      { email: NEW_USER.email, role: "COMMUNE_OFFICER", communeCode: "xa-an-hung", active: true },
    );

    // Deactivating asks first; cancelling changes nothing.
    await row.getByRole("button", { name: `Vô hiệu hoá ${NEW_USER.email}` }).click();
    const confirm = page.getByRole("dialog", { name: "Vô hiệu hoá tài khoản" });
    await confirm.getByText(/sẽ bị đăng xuất ngay/).waitFor();
    await confirm.getByRole("button", { name: "Huỷ" }).click();
    await confirm.waitFor({ state: "detached" });
    await row.getByText("Đang hoạt động").waitFor();

    // The audit log shows the creation, by whom, with what was recorded.
    await menu.getByRole("link", { name: "Nhật ký thao tác" }).click();
    const log = page.getByRole("table", { name: "Nhật ký thao tác" });
    await log.waitFor();
    await choose(page, "Loại bản ghi", "Người dùng");
    const created = log
      .getByRole("row")
      .filter({ hasText: "user.create" })
      .filter({ hasText: NEW_USER.email });
    await created.waitFor();
    assert.match(await textOf(created), /Tạo/);
    assert.match(await textOf(created), /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    assert.match(await textOf(created), /admin@khuyencong\.local/);
    await created.getByRole("button", { name: "Xem chi tiết" }).click();
    const changes = page.getByRole("table", { name: "Các trường thay đổi" });
    await changes
      .getByRole("row")
      .filter({ hasText: "communeCode" })
      .filter({ hasText: "xa-an-hung" })
      .waitFor();
    await shot(page, "admin-nhat-ky");
    await page.context().close();

    // The new officer signs in with the password the administrator set, and must first replace it: the
    // "Đổi mật khẩu" screen, with the rule's strength meter, before anything else.
    const officer = await stack.openLoginPage();
    await submitLogin(officer, NEW_USER.email, NEW_USER.password);
    await officer.getByRole("heading", { name: "Đổi mật khẩu" }).waitFor();
    assert.equal(await officer.getByRole("navigation", { name: "Menu chính" }).count(), 0);
    await officer.getByLabel(/^Mật khẩu hiện tại/).fill(NEW_USER.password);
    await officer.getByLabel(/^Mật khẩu mới/).fill("aaaaaaaaaa");
    const meter = officer.getByTestId("password-strength");
    await meter.getByText("Rất yếu").waitFor();
    await meter.getByText(/ký tự lặp lại/).waitFor();
    await officer.getByLabel(/^Mật khẩu mới/).fill("hai-au-chao-lieng-tren-song");
    await meter.getByText("Mật khẩu đạt yêu cầu.").waitFor();
    await officer.getByLabel(/^Nhập lại mật khẩu mới/).fill("hai-au-chao-lieng-tren-song");
    await shot(officer, "doi-mat-khau-lan-dau");
    await officer.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await officer.getByRole("heading", { name: "Việc cần xử lý" }).waitFor();
    await officer.getByText(NEW_USER.fullName).waitFor();
    await officer.context().close();
  });

  it("keeps the department out of user management, by menu and by address, but shows it the audit log", async () => {
    const page = await signIn(USERS.department.email);
    const menu = page.getByRole("navigation", { name: "Menu chính" });
    await menu.getByRole("link", { name: "Nhật ký thao tác" }).waitFor();
    assert.equal(await menu.getByRole("link", { name: "Người dùng, vai trò" }).count(), 0);
    await page.goto(`${base}/nguoi-dung`);
    await page.getByRole("alert").filter({ hasText: "Bạn không có quyền xem nội dung này" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Thêm người dùng" }).count(), 0);
    await shot(page, "admin-nguoi-dung-bi-tu-choi");
    await page.goto(`${base}/nhat-ky`);
    const log = page.getByRole("table", { name: "Nhật ký thao tác" });
    await log.waitFor();
    // A row's action code filters the log to that action: only the sign-ins are left.
    await log.getByRole("button", { name: "session.login" }).first().click();
    assert.equal(await page.getByRole("combobox", { name: "Thao tác" }).inputValue(), "session.login");
    await page.waitForLoadState("networkidle");
    const rows = log.getByRole("row");
    const texts = (await rows.allTextContents()).slice(1);
    assert.ok(texts.length > 0);
    for (const text of texts) assert.match(text, /session\.login/);
    await page.context().close();
  });

  it("computes a machinery support with the norm's rate and cap, for a commune officer", async () => {
    const token = await login(USERS.commune.email);
    const [norm] = (
      await gql(
        `{ norms(activityKind: MACHINERY, fundLevel: LOCAL, date: "2026-03-15") { id rate cap status } }`,
        {},
        token,
      )
    ).norms;
    assert.ok(norm.rate && norm.cap, "the local machinery norm has a rate and a cap");
    const cost = 800_000_000;
    const requested = 350_000_000;
    const expected = Math.min(Math.floor((cost * norm.rate) / 10_000), norm.cap, cost);

    const page = await signIn(USERS.commune.email);
    await page
      .getByRole("navigation", { name: "Menu chính" })
      .getByRole("link", { name: "Định mức hỗ trợ" })
      .click();
    const form = page.getByRole("form", { name: "Tính mức hỗ trợ" });
    await form.waitFor();
    await choose(form, "Nội dung hỗ trợ", "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến", {
      search: "máy móc",
    });
    await choose(form, "Nguồn kinh phí", "Kinh phí khuyến công địa phương");
    await form.getByLabel("Ngày áp dụng định mức").fill("15/03/2026");
    await form.getByLabel("Ngày áp dụng định mức").press("Tab");

    // A decimal is refused before anything is sent.
    await form.getByLabel("Chi phí hợp lệ (đồng)").fill("800000000,5");
    await form.getByRole("button", { name: "Tính mức hỗ trợ" }).click();
    await form.getByText(/phải là số nguyên đồng/).waitFor();

    await form.getByLabel("Chi phí hợp lệ (đồng)").fill("800.000.000");
    await form.getByLabel("Số tiền đề nghị hỗ trợ (đồng)").fill(String(requested));
    await form.getByRole("button", { name: "Tính mức hỗ trợ" }).click();
    const how = page.getByRole("table", { name: "Cách tính mức hỗ trợ" });
    const allowed = how.getByRole("row", { name: /^Mức hỗ trợ tối đa/ });
    assert.equal(plain(await textOf(allowed.getByRole("cell"))), dong(expected));
    assert.match(
      plain(await textOf(how)),
      new RegExp(dong(Math.floor((cost * norm.rate) / 10_000)).replace(/\./g, "\\.")),
    );
    assert.match(plain(await textOf(how)), new RegExp(dong(requested - expected).replace(/\./g, "\\.")));
    await page
      .getByText(/Nghị quyết 13\/2025|Thông tư/)
      .first()
      .waitFor();

    // The table shows the same norm, flagged when it is not verified.
    const table = page.getByRole("table", { name: "Bảng định mức hỗ trợ" });
    const normRow = table.getByRole("row", { name: new RegExp(norm.id.replace(/\./g, "\\.")) });
    await normRow.waitFor();
    assert.match(plain(await textOf(normRow)), new RegExp(dong(norm.cap).replace(/\./g, "\\.")));
    if (norm.status !== "VERIFIED") {
      assert.match((await normRow.getAttribute("aria-label")) ?? "", /chưa xác minh đầy đủ/);
    }
    await shot(page, "admin-dinh-muc", false);
    await normRow.scrollIntoViewIfNeeded();
    await shot(page, "admin-dinh-muc-bang", false);
    await page.context().close();
  });
});
