import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBeneficiary, createFacility, createProject, must } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser;
let department: TestUser;
let analyst: TestUser;
let treasury: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  department = await t.createUser("DEPARTMENT");
  analyst = await t.createUser("ANALYST");
  treasury = await t.createUser("TREASURY");
});
afterAll(() => t?.close());

const IMPORT = graphql(`mutation FacilityImportImportFacilities($file: String!, $dryRun: Boolean!) {
  importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: "co-so.xlsx") {
    dryRun importedCount rowCount errorRowCount
    rows { row name communeName facilityId errors { column message } }
  }
}`);

const HEADERS = [
  "Tên cơ sở (*)",
  "Loại hình (*)",
  "Mã số thuế",
  "Xã, phường, đặc khu nơi sản xuất (*)",
  "Ngành nghề (*)",
  "Lĩnh vực (xác định quy mô doanh nghiệp)",
  "Số lao động BHXH bình quân năm",
  "Doanh thu năm trước (đồng)",
  "Chủ cơ sở là phụ nữ",
];

type Row = (string | number | null)[];

const good = (name: string, taxCode: string | null = null): Row => [
  name,
  "Hộ kinh doanh",
  taxCode,
  "Xã An Hưng",
  "Sản xuất hàng tiểu thủ công nghiệp",
  null,
  null,
  null,
  "Có",
];

async function xlsx(rows: Row[], headers = HEADERS): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Cơ sở");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
}

async function count(): Promise<number> {
  const [{ n }] = await t.dataSource.query("SELECT count(*)::int AS n FROM facility");
  return n;
}

async function importAudits(): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    "SELECT count(*)::int AS n FROM audit_entry WHERE action = 'facility.import'",
  );
  return n;
}

describe("importing facilities from Excel", () => {
  it("a dry run reports every bad row in Vietnamese, in its column, and saves nothing", async () => {
    const existing = await createFacility(t, department.token, { taxCode: "0200000001", name: "Đã có" });
    expect(existing.id).toBeTruthy();
    const before = await count();
    const file = await xlsx([
      good("HKD Mây tre Chàng Sơn", "0200000009"),
      ["", "Công ty", null, "Xã Không Có", "Nghề lạ", null, null, null, "Có"],
      [...good("HKD Trùng mã", "0200000009")],
      [...good("HKD Mã đã có", "0200000001")],
      [
        "DN Cơ khí",
        "Doanh nghiệp",
        null,
        "xa-an-hung",
        "Sản xuất hàng tiểu thủ công nghiệp",
        null,
        "mười",
        "1,5 tỷ",
        "Có lẽ",
      ],
      ["DN Thiếu lĩnh vực", "Doanh nghiệp", null, "An Hưng", "HANDICRAFTS", null, 20, 1_000_000_000, "Không"],
    ]);
    const res = await t.gql(IMPORT, { file, dryRun: true }, officer.token);
    expect(res.errors).toBeUndefined();
    const out = res.data!.importFacilities;
    expect(out).toMatchObject({ dryRun: true, importedCount: 0, rowCount: 6, errorRowCount: 5 });
    const [ok, blank, dupInFile, dupInDb, badNumbers, halfSize] = out.rows as NonNullable<
      (typeof out.rows)[number]
    >[] as [
      (typeof out.rows)[number],
      (typeof out.rows)[number],
      (typeof out.rows)[number],
      (typeof out.rows)[number],
      (typeof out.rows)[number],
      (typeof out.rows)[number],
    ];
    expect(ok).toMatchObject({
      row: 2,
      name: "HKD Mây tre Chàng Sơn",
      communeName: "Xã An Hưng",
      errors: [],
    });
    expect(ok.facilityId).toBeNull();
    expect(blank.errors).toEqual(
      expect.arrayContaining([
        { column: "Tên cơ sở", message: "Chưa nhập (bắt buộc)" },
        {
          column: "Loại hình",
          message:
            '"Công ty" không có trong danh mục. Giá trị hợp lệ: Doanh nghiệp; Hợp tác xã; Liên hiệp hợp tác xã; Tổ hợp tác; Hộ kinh doanh; Cá nhân.',
        },
        {
          column: "Xã, phường, đặc khu nơi sản xuất",
          message: 'Không tìm thấy xã, phường, đặc khu "Xã Không Có" của Hải Phòng.',
        },
        {
          column: "Ngành nghề",
          message:
            '"Nghề lạ" không có trong danh mục. Ghi đúng một giá trị trong trang "Danh mục" của tệp mẫu.',
        },
      ]),
    );
    expect(dupInFile.errors).toEqual([
      { column: "Mã số thuế", message: "Mã số thuế 0200000009 trùng với dòng 2 của tệp." },
    ]);
    expect(dupInDb.errors).toEqual([
      { column: "Mã số thuế", message: "Mã số thuế 0200000001 đã có cơ sở đăng ký trong hệ thống." },
    ]);
    expect(badNumbers.errors.map((e: { column: string }) => e.column)).toEqual([
      "Số lao động BHXH bình quân năm",
      "Doanh thu năm trước (đồng)",
      "Chủ cơ sở là phụ nữ",
    ]);
    expect(halfSize.errors).toEqual([
      {
        column: "Lĩnh vực (xác định quy mô doanh nghiệp)",
        message: expect.stringContaining("cần nhập cả lĩnh vực hoạt động"),
      },
    ]);
    expect(await count()).toBe(before);
    expect(await importAudits()).toBe(0);
  });

  it("imports a good file in one go, with one audit row, and the facilities are then readable", async () => {
    const before = await count();
    const file = await xlsx([
      good("HKD Gốm Dưỡng Động", "0200000101"),
      [
        "HTX Cơ khí An Hưng",
        "Hợp tác xã",
        "0200000102",
        "Xã An Hưng",
        "HANDICRAFTS",
        "Công nghiệp và xây dựng",
        12.5,
        "2.500.000.000",
        "Không",
      ],
    ]);
    const dry = await t.gql(IMPORT, { file, dryRun: true }, officer.token);
    expect(dry.data!.importFacilities).toMatchObject({ errorRowCount: 0, importedCount: 0 });
    expect(await count()).toBe(before);

    const res = await t.gql(IMPORT, { file, dryRun: false }, officer.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importFacilities).toMatchObject({ dryRun: false, importedCount: 2, errorRowCount: 0 });
    expect(await count()).toBe(before + 2);
    expect(await importAudits()).toBe(1);
    const id = res.data!.importFacilities.rows[1]!.facilityId!;
    const read = await t.gql(
      graphql(
        `query FacilityImportFacility($id: ID!) { facility(id: $id) { name legalForm businessField averageInsuredWorkers priorYearRevenue womenOwned taxCode } }`,
      ),
      { id },
      officer.token,
    );
    expect(read.data!.facility).toEqual({
      name: "HTX Cơ khí An Hưng",
      legalForm: "COOPERATIVE",
      businessField: "INDUSTRY_CONSTRUCTION",
      averageInsuredWorkers: 12.5,
      priorYearRevenue: 2_500_000_000,
      womenOwned: false,
      taxCode: "0200000102",
    });
  });

  it("imports nothing from a file with one bad row", async () => {
    const before = await count();
    const audits = await importAudits();
    const file = await xlsx([
      good("HKD Tốt 1"),
      good("HKD Tốt 2"),
      ["HKD Sai", "Hộ kinh doanh", null, "Xã An Hưng", "Ngành lạ", null, null, null, null],
    ]);
    const res = await t.gql(IMPORT, { file, dryRun: false }, department.token);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("Tệp có 1 dòng lỗi nên chưa nhập cơ sở nào. Dòng 4");
    expect(await count()).toBe(before);
    expect(await importAudits()).toBe(audits);
  });

  it("refuses a commune officer rows of another commune, but lets the department import them", async () => {
    const before = await count();
    const file = await xlsx([good("HKD Kiến Thụy").map((v, i) => (i === 3 ? "Xã Kiến Thụy" : v))]);
    const dry = await t.gql(IMPORT, { file, dryRun: true }, officer.token);
    expect(dry.data!.importFacilities.rows[0]?.errors).toEqual([
      {
        column: "Xã, phường, đặc khu nơi sản xuất",
        message: "Cán bộ xã chỉ được nhập cơ sở sản xuất trên địa bàn xã mình.",
      },
    ]);
    expect(errorCode(await t.gql(IMPORT, { file, dryRun: false }, officer.token))).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(before);
    const res = await t.gql(IMPORT, { file, dryRun: false }, department.token);
    expect(res.data!.importFacilities.importedCount).toBe(1);
    expect(res.data!.importFacilities.rows[0]?.communeName).toBe("Xã Kiến Thụy");
  });

  it("refuses roles that may not register facilities, and anonymous callers", async () => {
    const before = await count();
    const file = await xlsx([good("HKD Không được")]);
    for (const user of [analyst, treasury]) {
      expect(errorCode(await t.gql(IMPORT, { file, dryRun: true }, user.token))).toBe("FORBIDDEN");
      expect(errorCode(await t.gql(IMPORT, { file, dryRun: false }, user.token))).toBe("FORBIDDEN");
    }
    expect(errorCode(await t.gql(IMPORT, { file, dryRun: false }))).toBe("UNAUTHENTICATED");
    expect(await count()).toBe(before);
  });

  it("refuses what is not an .xlsx, a file without the headers, an empty sheet and too many rows", async () => {
    const cases: [string, string][] = [
      [Buffer.from("Tên cơ sở,Loại hình\nA,B").toString("base64"), "không phải là tệp Excel"],
      [Buffer.from("PK\u0003\u0004 not really a zip").toString("base64"), "không phải là tệp Excel"],
      [await xlsx([["A", "B"]], ["Tên", "Loại"]), 'Thiếu cột bắt buộc ở dòng tiêu đề: "Tên cơ sở"'],
      [await xlsx([]), "không có dòng dữ liệu"],
      [await xlsx(Array.from({ length: 2001 }, (_, i) => good(`HKD ${i}`))), "quá 2000 dòng"],
      [
        Buffer.alloc(800 * 1024, 1)
          .toString("base64")
          .slice(0, 1_000_000),
        "Tệp quá lớn",
      ],
    ];
    for (const [file, message] of cases) {
      const res = await t.gql(IMPORT, { file, dryRun: true }, department.token);
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toContain(message);
    }
  });

  it("serves a template whose headers the importer reads back, example row included", async () => {
    const res = await t.gql(
      graphql(`query FacilityImportFacilityImportTemplate { facilityImportTemplate { fileName base64 } }`),
      {},
      officer.token,
    );
    expect(res.data!.facilityImportTemplate.fileName).toBe("mau-nhap-co-so.xlsx");
    const dry = await t.gql(
      IMPORT,
      { file: res.data!.facilityImportTemplate.base64, dryRun: true },
      officer.token,
    );
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFacilities).toMatchObject({ rowCount: 1, errorRowCount: 0 });
    expect(dry.data!.importFacilities.rows[0]).toMatchObject({
      name: "HTX Mây tre đan Chàng Sơn",
      communeName: "Xã An Hưng",
    });
    expect(
      errorCode(
        await t.gql(
          graphql(`query FacilityImportFacilityImportTemplate2 { facilityImportTemplate { fileName } }`),
          {},
          analyst.token,
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("a facility's prior support and đề án", () => {
  graphql(`
    fragment FacilityImportHistory on Facility {
      priorSupports {
        source
        costItem
        year
        amount
        activityKind
      }
      projects {
        code
        title
      }
    }
  `);
  const FACILITY = graphql(`
    query FacilityImportHistoryOfOne($id: ID!) {
      facility(id: $id) {
        ...FacilityImportHistory
      }
    }
  `);

  it("lists what was recorded and the đề án it benefits from, within the reader's scope", async () => {
    const facility = await createFacility(t, officer.token, { name: "HKD Có hỗ trợ trước" });
    await must(
      t.gql(
        graphql(
          `mutation FacilityImportRecordPriorSupport($id: ID!) { recordPriorSupport(facilityId: $id, activityKind: MACHINERY, costItem: "Máy dệt", source: "Chương trình OCOP", year: 2025, amount: 50000000) { id } }`,
        ),
        { id: facility.id },
        department.token,
      ),
    );
    const project = await createProject(t, officer.token);
    await addBeneficiary(t, officer.token, project.id, facility.id);
    const other = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
    const res = await t.gql(FACILITY, { id: facility.id }, officer.token);
    expect(res.data!.facility).toEqual({
      priorSupports: [
        {
          source: "Chương trình OCOP",
          costItem: "Máy dệt",
          year: 2025,
          amount: 50_000_000,
          activityKind: "MACHINERY",
        },
      ],
      projects: [{ code: expect.any(String), title: expect.any(String) }],
    });
    expect(errorCode(await t.gql(FACILITY, { id: facility.id }, other.token))).toBe("NOT_FOUND");
  });

  it("loads them for a whole page in a fixed number of queries", async () => {
    let count = 0;
    const sql = await t.recordQueries(async () => {
      const res = await t.gql(
        graphql(`
          query FacilityImportHistoryOfPage {
            facilities(first: 50) {
              nodes {
                id
                ...FacilityImportHistory
              }
            }
          }
        `),
        {},
        department.token,
      );
      count = res.data!.facilities.nodes.length;
    });
    expect(count).toBeGreaterThanOrEqual(5);
    // the page, its count, the prior support and the đề án: never one query per facility
    expect(sql.length).toBeLessThanOrEqual(5);
  });
});
