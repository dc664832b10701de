import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walkProject } from "./builders/project.js";
import { createEnvelope, readyDraft } from "./fixtures.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser;
let otherOfficer: TestUser;
let appraiser: TestUser;
let approver: TestUser;
let treasury: TestUser;
let finance: TestUser;
let projectId: string;
let code: string;

async function download(id: string, token?: string) {
  return fetch(`${t.url}/projects/${id}/settlement-dossier.xlsx`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  otherOfficer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  await createEnvelope(t, finance.token, 2026, "CITY_BUDGET", 10_000_000_000);
  const { project } = await readyDraft(t, officer.token);
  projectId = project.id;
  code = project.code;
  const actors = { preparer: officer, appraiser, approver, finance, treasury };
  const records = {
    contract: { contractNumber: "3/HĐ", contractDate: "2026-05-01" },
    advance: { amount: 200_000_000, paidOn: "2026-05-15" },
    acceptance: { acceptedOn: "2026-10-01", actualQuantity: 1 },
    settlement: { settledOn: "2026-11-01" },
  };
  await walkProject(t, actors, project.id, "ADVANCED", { records });
  expect((await download(project.id, officer.token)).status).toBe(409);
  await walkProject(t, actors, project.id, "SETTLED", { records });
});
afterAll(() => t?.close());

describe("the settlement dossier", () => {
  it("is a real Excel file whose cells match the đề án's figures", async () => {
    const res = await download(projectId, officer.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain(
      encodeURIComponent(`Ho-so-quyet-toan-${code}.xlsx`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Thông tin đề án",
      "Mẫu 7 - Quyết toán",
      "Mẫu 8a - Bảng kê chứng từ",
      "Mẫu 8b - Vốn đối ứng",
      "Mẫu 10 - Đối chiếu",
    ]);
    const m7 = book.getWorksheet("Mẫu 7 - Quyết toán")!;
    expect(m7.getCell("A1").value).toBe("BIỂU QUYẾT TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG");
    expect(m7.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(m7.getRow(6).values).toEqual([
      undefined,
      1,
      "Máy cán bánh (Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến)",
      "Hộ kinh doanh Bánh đa Kinh Giao",
      600_000_000,
      300_000_000,
      600_000_000,
    ]);
    expect(m7.getCell("E6").numFmt).toBe("#,##0");
    expect(m7.getRow(7).getCell(2).value).toBe("Tổng cộng");
    const m8a = book.getWorksheet("Mẫu 8a - Bảng kê chứng từ")!;
    expect(m8a.getRow(6).values).toEqual([undefined, 1, "15/05/2026", "UNC-0001", "Tạm ứng", 200_000_000]);
    const m8b = book.getWorksheet("Mẫu 8b - Vốn đối ứng")!;
    expect(m8b.getRow(6).values).toEqual([
      undefined,
      1,
      "Máy cán bánh",
      600_000_000,
      300_000_000,
      300_000_000,
    ]);
    const m10 = book.getWorksheet("Mẫu 10 - Đối chiếu")!;
    const figures = Object.fromEntries(
      [6, 7, 8, 9, 10, 11].map((r) => [
        m10.getRow(r).getCell(1).value as string,
        m10.getRow(r).getCell(2).value,
      ]),
    );
    expect(figures).toEqual({
      "Kinh phí hỗ trợ được duyệt": 300_000_000,
      "Đã tạm ứng, thanh toán qua Kho bạc": 200_000_000,
      "Kinh phí hỗ trợ quyết toán": 300_000_000,
      "Số còn được thanh toán": 100_000_000,
      "Số phải nộp trả ngân sách": 0,
      "Số đã nộp trả": 0,
    });
  });

  it("is refused without a token and hidden from another commune", async () => {
    expect((await download(projectId)).status).toBe(401);
    const other = await download(projectId, otherOfficer.token);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
