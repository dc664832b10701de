/**
 * Facilities in the browser: a commune officer registers one through the form and reads its eligibility,
 * edits it (a refused value shows the server's message), imports a register from Excel after a dry run
 * that caught a wrong row, and another commune's officer cannot open the facility by its address.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { choose } from "./ui.ts";
import { clickUntilVisible, startStack, USERS, textOf, type Stack } from "./harness.ts";

// exceljs is the API's dependency; the test borrows it to write real .xlsx files.
const apiDir = join(dirname(fileURLToPath(import.meta.url)), "../../api");
const ExcelJS = createRequire(join(apiDir, "package.json"))("exceljs");

let stack: Stack;
let facilityUrl: string | undefined;
const files = mkdtempSync(join(tmpdir(), "kc-e2e-facilities-"));

before(async () => {
  stack = await startStack();
  const token = await stack.login(USERS.commune.email);
  for (const [name, legalForm, sector] of [
    ["Hộ kinh doanh Bánh đa Kinh Giao", "HOUSEHOLD_BUSINESS", "AGRO_FOOD_PROCESSING"],
    ["HTX Gốm Dưỡng Động", "COOPERATIVE", "HANDICRAFTS"],
    ["Cơ sở Ngành ngoài danh mục", "HOUSEHOLD_BUSINESS", "OTHER"],
  ]) {
    await stack.gql(
      `mutation($i: FacilityInput!) { createFacility(input: $i) { id } }`,
      { i: { name, legalForm, sector, productionCommuneCode: "xa-an-hung" } },
      token,
    );
  }
});

after(async () => {
  await stack?.stop();
});

async function writeXlsx(name: string, rows: (string | number | null)[][]) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Cơ sở");
  ws.addRow([
    "Tên cơ sở (*)",
    "Loại hình (*)",
    "Mã số thuế",
    "Xã, phường, đặc khu nơi sản xuất (*)",
    "Ngành nghề (*)",
  ]);
  for (const r of rows) ws.addRow(r);
  const path = join(files, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe("facilities", () => {
  it("a commune officer registers a facility and reads its eligibility, criterion by criterion", async () => {
    const page = await stack.signIn(USERS.commune.email);
    await page.getByRole("link", { name: "Cơ sở CNNT" }).click();
    const table = page.getByRole("table", { name: "Danh sách cơ sở" });
    await table.getByRole("link", { name: "HTX Gốm Dưỡng Động" }).waitFor();
    // The eligibility column, for an activity the officer picks.
    await choose(
      page,
      "Xét điều kiện cho hoạt động",
      "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến",
      {
        exactLabel: true,
      },
    );
    const other = table.getByRole("row").filter({ hasText: "Cơ sở Ngành ngoài danh mục" });
    await other.getByText("Chưa đủ điều kiện").waitFor();
    assert.equal(await table.getByText("✓ Đủ điều kiện", { exact: true }).count(), 2);
    await stack.shot(page, "co-so-01-danh-sach");

    await page.getByRole("link", { name: "Thêm cơ sở" }).click();
    await page.getByRole("heading", { name: "Đăng ký cơ sở công nghiệp nông thôn" }).waitFor();
    // Nothing filled: the form says what is missing before sending anything.
    await page.getByRole("button", { name: "Đăng ký cơ sở" }).click();
    await page.getByText("Vui lòng nhập tên cơ sở").waitFor();
    await page.getByLabel("Tên cơ sở").fill("HTX Mây tre đan Chàng Sơn");
    await choose(page, "Loại hình", "Hợp tác xã", { exactLabel: true });
    await choose(page, "Ngành nghề sản xuất chính", "Sản xuất hàng tiểu thủ công nghiệp", {
      exactLabel: true,
    });
    await page.getByLabel("Mã số thuế / số ĐKKD").fill("0209999001");
    await page.getByLabel("Chủ cơ sở hoặc người điều hành là phụ nữ").check();
    // The commune is the officer's own and cannot be changed.
    assert.equal(
      await page.getByRole("combobox", { name: "Xã, phường, đặc khu nơi sản xuất" }).inputValue(),
      "Xã An Hưng",
    );
    await page.getByRole("button", { name: "Đăng ký cơ sở" }).click();

    await page.getByRole("heading", { name: "HTX Mây tre đan Chàng Sơn" }).waitFor();
    facilityUrl = new URL(page.url()).pathname;
    assert.match(facilityUrl, /^\/co-so\/[0-9a-f-]{36}$/);
    const panel = page.getByRole("region", { name: "Điều kiện được hỗ trợ" });
    await panel.getByText("Đủ điều kiện hưởng hỗ trợ").waitFor();
    const criteria = panel.getByRole("table", { name: "Các tiêu chí xét điều kiện" });
    const site = criteria.getByRole("row").filter({ hasText: "Địa điểm sản xuất" }).first();
    await site.getByText("✓ Đạt", { exact: true }).waitFor();
    assert.ok((await criteria.getByRole("row").count()) >= 5);
    assert.match(await textOf(criteria), /Nghị định|Thông tư/);
    await stack.shot(page, "co-so-02-chi-tiet-dieu-kien");

    // Edit: a value the server refuses shows its message on the field; then a good value is saved.
    await page.getByRole("button", { name: "Sửa thông tin" }).click();
    await choose(page, "Lĩnh vực hoạt động (xác định quy mô doanh nghiệp)", "Công nghiệp và xây dựng", {
      exactLabel: true,
    });
    await page.getByLabel("Số lao động tham gia BHXH bình quân năm trước").fill("2000000");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await page.getByText("Số lao động không hợp lý").waitFor();
    await page.getByLabel("Số lao động tham gia BHXH bình quân năm trước").scrollIntoViewIfNeeded();
    await stack.shot(page, "co-so-03-sua-bi-tu-choi", false);
    await page.getByLabel("Số lao động tham gia BHXH bình quân năm trước").fill("12,5");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await page.getByText("Đã lưu thay đổi.").waitFor();
    await page.getByRole("region", { name: "Thông tin cơ sở" }).getByText("12,5", { exact: true }).waitFor();
    await page.context().close();
  });

  it("imports an Excel register after a dry run that caught a wrong row", async () => {
    const page = await stack.signIn(USERS.commune.email);
    await page.getByRole("link", { name: "Cơ sở CNNT" }).click();
    await page.getByRole("link", { name: "Nhập từ Excel" }).click();
    await page.getByRole("heading", { name: "Nhập cơ sở từ Excel" }).waitFor();

    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }).click(),
    ]);
    assert.equal(template.suggestedFilename(), "mau-nhap-co-so.xlsx");
    assert.equal(
      readFileSync(await template.path())
        .subarray(0, 2)
        .toString(),
      "PK",
    );

    const wrong = await writeXlsx("co-so-sai.xlsx", [
      [
        "HKD Đan cói Kiến Thiết",
        "Hộ kinh doanh",
        "0209999101",
        "Xã An Hưng",
        "Sản xuất hàng tiểu thủ công nghiệp",
      ],
      ["HKD Mộc An Hưng", "Hộ kinh doanh", "0209999102", "Xã An Hưng", "Nghề mộc"],
      [
        "Tổ hợp tác Rượu làng",
        "Tổ hợp tác",
        "0209999001",
        "Xã An Hưng",
        "Công nghiệp chế biến nông, lâm, thủy sản và chế biến thực phẩm",
      ],
    ]);
    const before = (
      await stack.gql("{ facilities { totalCount } }", {}, await stack.login(USERS.commune.email))
    ).facilities.totalCount;
    await page.locator('input[type="file"]').setInputFiles(wrong);
    await page.getByRole("button", { name: "Kiểm tra thử" }).click();
    await page.getByRole("alert").filter({ hasText: "Tệp còn dòng lỗi" }).waitFor();
    const rows = page.getByRole("table", { name: "Kết quả kiểm tra từng dòng" });
    await rows
      .getByRole("row")
      .filter({ hasText: "HKD Mộc An Hưng" })
      .getByText('"Nghề mộc" không có trong danh mục', { exact: false })
      .waitFor();
    await rows.getByText("Mã số thuế 0209999001 đã có cơ sở đăng ký trong hệ thống.").waitFor();
    assert.equal(await page.getByRole("button", { name: /^Nhập \d+ cơ sở$/ }).count(), 0);
    await stack.shot(page, "co-so-04-kiem-tra-thu-co-loi");

    const fixed = await writeXlsx("co-so-da-sua.xlsx", [
      [
        "HKD Đan cói Kiến Thiết",
        "Hộ kinh doanh",
        "0209999101",
        "Xã An Hưng",
        "Sản xuất hàng tiểu thủ công nghiệp",
      ],
      ["HKD Mộc An Hưng", "Hộ kinh doanh", "0209999102", "Xã An Hưng", "Sản xuất hàng tiểu thủ công nghiệp"],
    ]);
    await page.locator('input[type="file"]').setInputFiles(fixed);
    await page.getByRole("button", { name: "Kiểm tra thử" }).click();
    await page.getByText("2 dòng đều hợp lệ. Chưa có cơ sở nào được lưu.").waitFor();
    // The dry run saved nothing.
    const mid = (await stack.gql("{ facilities { totalCount } }", {}, await stack.login(USERS.commune.email)))
      .facilities.totalCount;
    assert.equal(mid, before);
    await page.getByRole("button", { name: "Nhập 2 cơ sở" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Nhập 2 cơ sở" }).click();
    await page.getByText("Đã nhập 2 cơ sở.").waitFor();
    await page.getByRole("link", { name: "HKD Mộc An Hưng" }).waitFor();
    await stack.shot(page, "co-so-05-da-nhap");
    const afterCount = (
      await stack.gql("{ facilities { totalCount } }", {}, await stack.login(USERS.commune.email))
    ).facilities.totalCount;
    assert.equal(afterCount, before + 2);
    await page.context().close();
  });

  it("another commune's officer cannot open the facility by its address", async () => {
    assert.ok(facilityUrl, "the first test registered a facility");
    const page = await stack.signIn(USERS.otherCommune.email);
    await page.goto(`${stack.base}${facilityUrl}`);
    await page.getByRole("alert").filter({ hasText: "Không mở được cơ sở này" }).waitFor();
    assert.equal(await page.getByText("HTX Mây tre đan Chàng Sơn").count(), 0);
    await stack.shot(page, "co-so-06-xa-khac-bi-tu-choi");
    await page.context().close();
  });

  it("the department sees every commune's facilities and filters them", async () => {
    await stack.gql(
      `mutation { createFacility(input: { name: "HKD Nón lá Kiến Thụy", legalForm: HOUSEHOLD_BUSINESS,
        productionCommuneCode: "xa-kien-thuy", sector: HANDICRAFTS }) { id } }`,
      {},
      await stack.login(USERS.department.email),
    );
    const page = await stack.signIn(USERS.department.email);
    await page.getByRole("link", { name: "Cơ sở CNNT" }).click();
    const table = page.getByRole("table", { name: "Danh sách cơ sở" });
    await table.getByRole("link", { name: "HKD Nón lá Kiến Thụy" }).waitFor();
    await table.getByRole("link", { name: "HTX Gốm Dưỡng Động" }).waitFor();
    await choose(page, "Loại hình", "Hộ kinh doanh", { exactLabel: true });
    await table.getByRole("link", { name: "HTX Gốm Dưỡng Động" }).waitFor({ state: "detached" });
    await table.getByRole("link", { name: "HKD Mộc An Hưng" }).waitFor();
    const commune = page.getByRole("combobox", { name: "Xã, phường, đặc khu", exact: true });
    await commune.click();
    await commune.fill("Kiến Thụy");
    await page.getByRole("option", { name: "Xã Kiến Thụy", exact: true }).click();
    await table.getByRole("link", { name: "HKD Mộc An Hưng" }).waitFor({ state: "detached" });
    assert.equal(await table.getByRole("link").count(), 1);
    await table.getByRole("link", { name: "HKD Nón lá Kiến Thụy" }).waitFor();
    await stack.shot(page, "co-so-07-danh-sach-so");
    await page.context().close();
  });

  it("another commune's officer cannot register the same establishment again under its tax code", async () => {
    const page = await stack.signIn(USERS.otherCommune.email);
    await page.goto(`${stack.base}/co-so/moi`);
    await page.getByLabel("Tên cơ sở").fill("Mây tre đan Chàng Sơn (chi nhánh)");
    await choose(page, "Loại hình", "Hợp tác xã", { exactLabel: true });
    await choose(page, "Ngành nghề sản xuất chính", "Sản xuất hàng tiểu thủ công nghiệp", {
      exactLabel: true,
    });
    await page.getByLabel("Mã số thuế / số ĐKKD").fill("0209999001");
    await page.getByRole("button", { name: "Đăng ký cơ sở" }).click();
    await page.getByText("Mã số thuế 0209999001 đã có cơ sở đăng ký trong hệ thống.").first().waitFor();
    assert.equal(new URL(page.url()).pathname, "/co-so/moi");
    await page.context().close();
  });

  it("the department records support the facility had from another programme", async () => {
    const page = await stack.signIn(USERS.department.email);
    await page.getByRole("link", { name: "Cơ sở CNNT" }).click();
    await page
      .getByRole("table", { name: "Danh sách cơ sở" })
      .getByRole("link", { name: "HKD Nón lá Kiến Thụy" })
      .click();
    const dialog = page.getByRole("dialog");
    await clickUntilVisible(page.getByRole("button", { name: "Ghi nhận hỗ trợ từ nguồn khác" }), dialog);
    await dialog.getByRole("button", { name: "Ghi nhận" }).click();
    await dialog.getByText("Vui lòng nhập hạng mục được hỗ trợ").waitFor();
    await dialog
      .getByRole("textbox", { name: "Nội dung hỗ trợ" })
      .or(dialog.getByRole("combobox", { name: "Nội dung hỗ trợ" }))
      .first()
      .click();
    await page
      .getByRole("option", {
        name: "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến",
        exact: true,
      })
      .click();
    await dialog.getByLabel(/^Hạng mục được hỗ trợ/).fill("Máy ép nón tự động");
    await dialog
      .getByLabel(/^Chương trình, quyết định hỗ trợ/)
      .fill("Chương trình khuyến công quốc gia 2021-2025");
    await dialog.getByLabel(/^Năm được hỗ trợ/).fill("2024");
    await dialog.getByLabel(/^Số tiền được hỗ trợ/).fill("120.000.000");
    await dialog.getByRole("button", { name: "Ghi nhận" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page
      .getByRole("table", { name: "Hỗ trợ đã nhận từ nguồn khác" })
      .getByRole("row")
      .filter({ hasText: "Máy ép nón tự động" });
    await row.getByText("120.000.000 ₫").waitFor();
    await row.getByText("2024").waitFor();
    await stack.shot(page, "co-so-08-ho-tro-nguon-khac");
    await page.context().close();

    // A commune officer reads it but may not record one.
    const commune = await stack.signIn(USERS.otherCommune.email);
    await commune.getByRole("link", { name: "Cơ sở CNNT" }).click();
    await commune.getByRole("link", { name: "HKD Nón lá Kiến Thụy" }).click();
    await commune
      .getByRole("table", { name: "Hỗ trợ đã nhận từ nguồn khác" })
      .getByText("Máy ép nón tự động")
      .waitFor();
    assert.equal(await commune.getByRole("button", { name: "Ghi nhận hỗ trợ từ nguồn khác" }).count(), 0);
    await commune.context().close();
  });
});
