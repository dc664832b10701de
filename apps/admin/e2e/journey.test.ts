/**
 * The whole road in the browser, nothing set up through the API but the users: Sở Tài chính assigns the
 * year's money, a commune officer registers a facility, proposes a đề án for it and submits it, one
 * department officer appraises it, another approves it and records the contract, the commune asks for an
 * advance and the Treasury pays it; the dashboard then shows the money. What a new user does after the
 * README's start command.
 */
import { after, before, describe, it } from "node:test";
import { type Stack, startStack, USERS } from "./harness.ts";
import { fillDate, pick } from "./ui.ts";

let stack: Stack;
let projectUrl: string;
const FACILITY = "Cơ sở Chiếu cói Kim Sơn";
const TITLE = "Hỗ trợ máy dệt chiếu cói tự động";

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

describe("a đề án from a fresh installation to its advance, all in the browser", () => {
  it("Sở Tài chính assigns the 2026 city budget", async () => {
    const page = await stack.signIn(USERS.finance.email);
    await page.getByRole("link", { name: "Dự toán kinh phí" }).click();
    await page.getByRole("button", { name: "Giao dự toán" }).click();
    const dialog = page.getByRole("dialog");
    await pick(dialog, "Nguồn vốn", "Ngân sách thành phố (khuyến công địa phương)");
    await dialog.getByLabel("Số tiền được giao (đồng)").fill("2000000000");
    await dialog.getByRole("button", { name: "Ghi dự toán" }).click();
    await page
      .getByRole("table", { name: "Dự toán kinh phí theo nguồn vốn" })
      .getByText("2.000.000.000 ₫")
      .first()
      .waitFor();
    await page.context().close();
  });

  it("a commune officer registers the facility and proposes the đề án", async () => {
    const page = await stack.signIn(USERS.commune.email);
    await page.getByRole("link", { name: "Cơ sở CNNT" }).click();
    await page.getByRole("link", { name: "Thêm cơ sở" }).click();
    await page.getByLabel("Tên cơ sở").fill(FACILITY);
    await page.getByRole("combobox", { name: "Loại hình", exact: true }).click();
    await page.getByRole("option", { name: "Hộ kinh doanh", exact: true }).click();
    await page.getByRole("combobox", { name: "Ngành nghề sản xuất chính", exact: true }).click();
    await page.getByRole("option", { name: "Sản xuất hàng tiểu thủ công nghiệp", exact: true }).click();
    await page.getByRole("button", { name: "Đăng ký cơ sở" }).click();
    await page.getByRole("heading", { name: FACILITY }).waitFor();
    await page
      .getByRole("region", { name: "Điều kiện được hỗ trợ" })
      .getByText("Đủ điều kiện hưởng hỗ trợ")
      .waitFor();

    await page.getByRole("link", { name: "Đề án", exact: true }).click();
    await page.getByRole("link", { name: "Lập đề án mới" }).click();
    await page.getByLabel("Tên đề án").fill(TITLE);
    await fillDate(page.getByLabel("Ngày đề án").first(), "2026-03-10");
    await page.getByLabel("Mục tiêu").fill("Tăng năng suất dệt chiếu gấp ba");
    await page.getByRole("button", { name: "Tạo đề án" }).click();
    await page.getByRole("heading", { name: TITLE }).waitFor();
    projectUrl = new URL(page.url()).pathname;

    await pick(page, "Cơ sở trên địa bàn Xã An Hưng", FACILITY, "Chiếu cói");
    await page.getByRole("button", { name: "Thêm vào đề án" }).click();
    await page
      .getByLabel("Cơ sở thụ hưởng và điều kiện hưởng hỗ trợ")
      .getByText(FACILITY, { exact: true })
      .waitFor();

    await page.getByRole("button", { name: "Thêm nội dung hoạt động" }).click();
    let dialog = page.getByRole("dialog");
    await pick(dialog, "Dòng chỉ tiêu của Chương trình", /^I\.2 ·/, "I.2");
    await pick(dialog, "Loại hoạt động", "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến");
    await dialog.getByLabel("Mô tả").fill("Máy dệt chiếu cói tự động");
    await dialog.getByLabel("Máy móc, thiết bị mới 100%").check();
    await dialog.getByLabel(/Nâng cao năng suất/).check();
    await dialog.getByRole("button", { name: "Thêm hoạt động" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Thêm dòng dự toán" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Hạng mục chi").fill("Máy dệt chiếu cói tự động");
    await dialog.getByLabel("Chi phí (đồng)").fill("500000000");
    await dialog.getByLabel("Kinh phí đề nghị hỗ trợ (đồng)").fill("250000000");
    await dialog.getByRole("button", { name: "Thêm dòng" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Gửi thẩm định" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi thẩm định" }).click();
    await page.getByLabel("Trạng thái đề án").filter({ hasText: "Đã gửi thẩm định" }).waitFor();
    await stack.shot(page, "hanh-trinh-01-da-gui");
    await page.context().close();
  });

  it("one department officer appraises it and another approves it and records the contract", async () => {
    const appraiser = await stack.signIn(USERS.appraiser.email);
    await appraiser.getByRole("link", { name: "Chờ thẩm định" }).click();
    await appraiser
      .getByRole("link", { name: TITLE })
      .or(appraiser.getByRole("row").filter({ hasText: TITLE }).getByRole("link").first())
      .first()
      .click();
    await appraiser.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
    let dialog = appraiser.getByRole("dialog");
    await fillDate(dialog.getByLabel("Ngày thẩm định").first(), "2026-03-25");
    await dialog.getByLabel("Ý kiến thẩm định").fill("Đạt; giá máy phù hợp ba báo giá");
    await dialog.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
    await appraiser.getByLabel("Trạng thái đề án").filter({ hasText: "Đã thẩm định" }).waitFor();
    await appraiser.context().close();

    const dept = await stack.signIn(USERS.department.email);
    await dept.goto(`${stack.base}${projectUrl}`);
    await dept.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    dialog = dept.getByRole("dialog");
    await dialog.getByLabel("Số quyết định").fill("321/QĐ-SCT");
    await fillDate(dialog.getByLabel("Ngày quyết định").first(), "2026-04-05");
    await dialog.getByRole("button", { name: "Ghi quyết định phê duyệt" }).click();
    await dept.getByLabel("Trạng thái đề án").filter({ hasText: "Đã phê duyệt" }).waitFor();
    await dept.getByRole("button", { name: "Ghi hợp đồng / giao nhiệm vụ" }).click();
    dialog = dept.getByRole("dialog");
    await dialog.getByLabel("Số hợp đồng").fill("12/2026/HĐ-KC");
    await fillDate(dialog.getByLabel("Ngày hợp đồng").first(), "2026-04-15");
    await dialog.getByRole("button", { name: "Ghi hợp đồng / giao nhiệm vụ" }).click();
    await dept.getByLabel("Trạng thái đề án").filter({ hasText: "Đã ký hợp đồng" }).waitFor();
    await stack.shot(dept, "hanh-trinh-02-da-ky-hop-dong");
    await dept.context().close();
  });

  it("the commune asks for an advance, the Treasury pays it, and the dashboard shows the money", async () => {
    const commune = await stack.signIn(USERS.commune.email);
    await commune.goto(`${stack.base}${projectUrl}`);
    await commune.getByRole("button", { name: "Đề nghị tạm ứng" }).click();
    const dialog = commune.getByRole("dialog");
    await dialog.getByLabel("Số tiền (đồng)").fill("175000000");
    await dialog.getByLabel(/Tỷ lệ giá trị đã đầu tư/).fill("80");
    await dialog.getByRole("button", { name: "Gửi đề nghị" }).click();
    await commune
      .getByRole("table", { name: "Đề nghị tạm ứng, thanh toán" })
      .getByText("Chờ Kho bạc")
      .waitFor();
    await commune.context().close();

    const treasury = await stack.signIn(USERS.treasury.email);
    await treasury.getByRole("link", { name: "Tạm ứng, thanh toán" }).click();
    const row = treasury.getByRole("row").filter({ hasText: TITLE });
    await row.getByRole("button", { name: "Thanh toán" }).click();
    const pay = treasury.getByRole("dialog");
    await fillDate(pay.getByLabel("Ngày thanh toán").first(), "2026-04-20");
    await pay.getByLabel("Số chứng từ").fill("UNC 0456");
    await pay.getByRole("button", { name: "Xác nhận thanh toán" }).click();
    await treasury.getByText("Không có đề nghị nào đang chờ.").waitFor();
    await treasury.context().close();

    const dept = await stack.signIn(USERS.department.email);
    await dept.getByRole("link", { name: "Bảng điều khiển" }).click();
    await dept.getByText("175.000.000 ₫").first().waitFor();
    await stack.shot(dept, "hanh-trinh-03-bang-dieu-khien");
    await dept.context().close();
  });
});
