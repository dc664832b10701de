import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { targetLineId } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";
import { parseCsv } from "./csv-reader.js";

/*
 * CSV injection (OWASP): a name somebody typed is a cell of a downloaded report, and a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a CR runs as a formula when the file is opened in Excel
 * (`=HYPERLINK("http://x","y")` makes a link that sends the reader anywhere). Implementing units with such
 * names register activities in the 2026 plan; the registration summary is downloaded from the real server
 * as CSV (each such cell must come back as literal text, money still numbers) and as .xlsx (each such cell
 * must be a string cell, never a formula).
 */

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tX", "\rX"];
const COSTS = [100_000_000, 200_000_000, 300_000_000, 400_000_000, 500_000_000, 600_000_000];

let t: TestServer;
let department: TestUser;

async function must<T>(promise: Promise<{ data: T | null | undefined; text: string }>) {
  const res = await promise;
  if (!res.data) throw new Error(res.text);
  return res.data;
}

const download = (path: string, token: string) =>
  fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
  await must(
    t.gql(
      graphql(`mutation CsvDownloadsOpenAnnualPlan { openAnnualPlan(year: 2026) { id } }`),
      {},
      department.token,
    ),
  );
  const line = await targetLineId(t, "II.7");
  for (const [i, name] of HOSTILE.entries()) {
    // The API trims names, so a leading tab or CR cannot be typed; such a name can still be in the
    // database (an import, an older version), and the writer must not count on the input rules.
    const typed = name.trim() === name ? name : `Đơn vị ${i}`;
    const created = await must(
      t.gql<{ createImplementingUnit: { id: string } }>(
        "mutation($name: String!) { createImplementingUnit(name: $name) { id } }",
        { name: typed },
        t.adminToken,
      ),
    );
    const unitId = created.createImplementingUnit.id;
    if (typed !== name) {
      await t.dataSource.query("UPDATE implementing_unit SET name = $2 WHERE id = $1", [unitId, name]);
    }
    await must(
      t.gql(
        graphql(`mutation CsvDownloadsRegisterPlannedActivity($line: ID!, $cost: Dong!, $unitId: ID) {
          registerPlannedActivity(year: 2026, targetLineId: $line, quantity: 1, estimatedCost: $cost,
            fundSource: CITY_BUDGET, unitId: $unitId) { id }
        }`),
        { line, cost: COSTS[i]!, unitId },
        department.token,
      ),
    );
  }
});

afterAll(() => t?.close());

describe("the plan-registration summary as CSV", () => {
  it("writes names that would run as formulas as literal text, with a BOM, and money as numbers", async () => {
    const res = await download("/reports/plan-registrations/2026.csv", department.token);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString("utf8"));
    expect(rows[0]?.[1]).toBe("Nội dung đăng ký");

    // Each unit is a group row (its name in column 2), then its line, then "Cộng <name>".
    const names = rows.filter((r) => /^\d+$/.test(r[0] ?? "") && r[2] === "").map((r) => r[1]);
    expect(names.sort()).toEqual(HOSTILE.map((name) => `'${name}`).sort());
    for (const name of HOSTILE) expect(rows.flat()).not.toContain(name);
    // A subtotal starts with "Cộng ", so its hostile text is not at the start of the cell.
    expect(rows.map((r) => r[1]).filter((c) => c?.startsWith("Cộng "))).toHaveLength(HOSTILE.length);

    // Money stays a number, without a quote mark; the total too.
    const costs = rows.filter((r) => /^\d+\.\d+$/.test(r[0] ?? "")).map((r) => Number(r[5]));
    expect(costs.sort((a, b) => a - b)).toEqual(COSTS);
    expect(rows.at(-1)?.slice(1, 8)).toEqual(["TỔNG CỘNG", "", "", "", "2100000000", "", "6"]);

    // No cell of the file starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps the names plain strings in the .xlsx (a string cell is never a formula)", async () => {
    // XML reads a lone CR as a line feed (XML 1.0 §2.11): "\rX" comes back as "\nX", still text.
    const AS_READ = HOSTILE.map((name) => name.replace(/\r/g, "\n"));
    const res = await download("/reports/plan-registrations/2026.xlsx", department.token);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const found = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && AS_READ.includes(cell.value)) found.set(cell.value, cell);
      }),
    );
    expect([...found.keys()].sort()).toEqual([...AS_READ].sort());
    for (const cell of found.values()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    let formulas = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      }),
    );
    expect(formulas).toBe(0);
  });

  it("refuses a download without a session", async () => {
    const res = await fetch(`${t.url}/reports/plan-registrations/2026.csv`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });
});
