import { auditProgramme, HAI_PHONG_PROGRAMME_2026_2030, MILLION } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../src/context.js";
import { silentLogger } from "../src/log.js";
import { seedReferenceData } from "../src/reference/seed-reference-data.js";
import type { CommuneKind } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const PROGRAMME = graphql(`query ReferenceDataProgramme {
  programme {
    code name firstYear lastYear years
    groups { code position name lines { code unit printedTotal sumOfYears yearlyTargets { year target }
      bodyTargets { value unit location } findings { code severity } } }
    findings { severity code rowCode message location figures { name value } }
  }
}`);

describe("the programme loaded on an empty database", () => {
  it("serves groups I–VI and their 34 rows with yearly targets as printed", async () => {
    const analyst = await t.createUser("ANALYST");
    const res = await t.gql(PROGRAMME, {}, analyst.token);
    expect(res.errors).toBeUndefined();
    const p = res.data!.programme;
    expect(p).toMatchObject({
      code: "HP-KC-2026-2030",
      firstYear: 2026,
      lastYear: 2030,
      years: [2026, 2027, 2028, 2029, 2030],
    });
    expect(p.groups.map((g) => g.code)).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    const lines = p.groups.flatMap((g) => g.lines);
    expect(lines).toHaveLength(34);
    const showrooms = lines.find((l) => l.code === "II.7")!;
    expect(showrooms).toMatchObject({ unit: "Cơ sở", printedTotal: 25, sumOfYears: 15 });
    expect(showrooms.yearlyTargets).toEqual([
      { year: 2026, target: 2 },
      { year: 2027, target: 3 },
      { year: 2028, target: 3 },
      { year: 2029, target: 3 },
      { year: 2030, target: 4 },
    ]);
    expect(showrooms.bodyTargets).toEqual([
      { value: 25, unit: "cơ sở", location: "Điều 1, mục I.2, điểm b" },
    ]);
    expect(showrooms.findings).toEqual(expect.arrayContaining([{ code: "SUM_MISMATCH", severity: "ERROR" }]));
    const blank = lines.find((l) => l.code === "I.4")!;
    expect(blank.yearlyTargets.every((y) => y.target === null)).toBe(true);
  });

  it("audits the stored figures exactly as the domain audits the decision", async () => {
    const res = await t.gql(PROGRAMME, {}, t.adminToken);
    const expected = auditProgramme(HAI_PHONG_PROGRAMME_2026_2030).map(
      (f) => `${f.severity} ${f.code} ${f.rowCode}`,
    );
    expect(res.data?.programme.findings.map((f) => `${f.severity} ${f.code} ${f.rowCode}`)).toEqual(expected);
    const sum = res.data!.programme.findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(sum.figures).toEqual(
      expect.arrayContaining([
        { name: "sumOfYears", value: "15" },
        { name: "printedTotal", value: "25" },
      ]),
    );
  });

  it("reads the whole tree in a fixed number of queries (no query per row)", async () => {
    const queries = await t.recordQueries(() => t.gql(PROGRAMME, {}, t.adminToken));
    // programme + groups + lines (loader) + years (loader) + body targets (loader) + the audit's 5.
    expect(queries.length).toBeLessThanOrEqual(12);
  });

  it("is refused to an anonymous caller", async () => {
    expect(errorCode(await t.gql(PROGRAMME))).toBe("UNAUTHENTICATED");
  });

  it("adds nothing and writes no audit row when the seed runs again", async () => {
    const [{ n: before }] = await t.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
    const report = await seedReferenceData(
      systemContext(t.dataSource, silentLogger, { sessionTtlHours: 12 }),
    );
    expect(report).toEqual({ communes: 0, norms: 0, programmes: 0, units: 0 });
    const [{ n: after }] = await t.dataSource.query("SELECT count(*)::int AS n FROM audit_entry");
    expect(after).toBe(before);
  });
});

describe("communes", () => {
  it("lists Hải Phòng's 114 units, 67 xã, 45 phường and 2 đặc khu", async () => {
    const count = async (kind?: CommuneKind) => {
      const res = await t.gql(
        graphql(`query ReferenceDataCommunes($kind: CommuneKind) { communes(kind: $kind) { code } }`),
        { kind },
        t.adminToken,
      );
      return res.data?.communes.length;
    };
    expect(await count()).toBe(114);
    expect([await count("XA"), await count("PHUONG"), await count("DAC_KHU")]).toEqual([67, 45, 2]);
  });

  it("finds a commune by a part of its name typed without accents", async () => {
    const res = await t.gql(
      graphql(`query ReferenceDataCommunes2 { communes(search: "hong bang") { code displayName kind } }`),
      {},
      t.adminToken,
    );
    expect(res.data?.communes).toEqual([
      { code: "phuong-hong-bang", displayName: "Phường Hồng Bàng", kind: "PHUONG" },
    ]);
  });

  it("answers NOT_FOUND for an unknown code", async () => {
    expect(
      errorCode(
        await t.gql(
          graphql(`query ReferenceDataCommune { commune(code: "xa-khong-co") { code } }`),
          {},
          t.adminToken,
        ),
      ),
    ).toBe("NOT_FOUND");
  });
});

const CALC =
  graphql(`query ReferenceDataSupportCalculation($kind: ActivityKind!, $fund: FundLevel!, $date: CalendarDate!, $cost: Dong!, $requested: Dong) {
  supportCalculation(activityKind: $kind, fundLevel: $fund, date: $date, eligibleCost: $cost, requested: $requested) {
    allowed rateLimit cap boundBy excess explanation norm { id status } citation { document article clause status text }
  }
}`);

describe("norms and the support calculator", () => {
  it("lists the seeded norms with their citation and status", async () => {
    const res = await t.gql(
      graphql(
        `query ReferenceDataNorms { norms(fundLevel: NATIONAL, date: "2026-06-01") { id rate cap status citation { text status } } }`,
      ),
      {},
      t.adminToken,
    );
    const machinery = res.data?.norms.find((n) => n.id === "KCQG.MACHINERY.2018");
    expect(machinery).toMatchObject({ rate: 5000, cap: 300 * MILLION, status: "VERIFIED" });
    expect(machinery?.citation.text).toContain("khoản 4 Điều 8 Thông tư 28/2018/TT-BTC");
    expect(res.data?.norms.every((n: { id: string }) => n.id.startsWith("KCQG."))).toBe(true);
  });

  it("computes machinery support where rate and cap bind equally, above 2^31 đồng", async () => {
    const res = await t.gql(
      CALC,
      {
        kind: "MACHINERY",
        fund: "NATIONAL",
        date: "2026-06-01",
        cost: 600 * MILLION,
        requested: 3_000_000_000,
      },
      t.adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.supportCalculation).toMatchObject({
      allowed: 300 * MILLION,
      rateLimit: 300 * MILLION,
      cap: 300 * MILLION,
      boundBy: "RATE_AND_CAP",
      excess: 2_700_000_000,
      norm: { id: "KCQG.MACHINERY.2018", status: "VERIFIED" },
      citation: { document: "Thông tư 28/2018/TT-BTC", article: "Điều 8", clause: "khoản 4" },
    });
  });

  it("answers NO_NORM before a norm's validity", async () => {
    const res = await t.gql(
      CALC,
      { kind: "MACHINERY", fund: "LOCAL", date: "2025-07-24", cost: MILLION },
      t.adminToken,
    );
    expect(res.data?.supportCalculation).toMatchObject({ allowed: 0, boundBy: "NO_NORM", norm: null });
  });

  it("refuses a malformed date and a negative cost with BAD_USER_INPUT", async () => {
    const badDate = await t.gql(
      CALC,
      { kind: "MACHINERY", fund: "NATIONAL", date: "01/06/2026", cost: 1 },
      t.adminToken,
    );
    expect(errorCode(badDate)).toBe("BAD_USER_INPUT");
    const negative = await t.gql(
      CALC,
      { kind: "MACHINERY", fund: "NATIONAL", date: "2026-06-01", cost: -1 },
      t.adminToken,
    );
    expect(errorCode(negative)).toBe("BAD_USER_INPUT");
  });
});

const CREATE_UNIT =
  graphql(`mutation ReferenceDataCreateImplementingUnit($name: String!, $communeCode: String) {
  createImplementingUnit(name: $name, communeCode: $communeCode) { id name communeCode version }
}`);

describe("implementing units", () => {
  it("lets the department register a unit and refuses a commune officer", async () => {
    const department = await t.createUser("DEPARTMENT");
    const officer = await t.createUser("COMMUNE_OFFICER");
    const created = await t.gql(
      CREATE_UNIT,
      { name: "HTX Gốm Chu Đậu", communeCode: "xa-nam-sach" },
      department.token,
    );
    expect(created.data?.createImplementingUnit).toMatchObject({
      name: "HTX Gốm Chu Đậu",
      communeCode: "xa-nam-sach",
      version: 1,
    });
    expect(errorCode(await t.gql(CREATE_UNIT, { name: "Khác" }, officer.token))).toBe("FORBIDDEN");
    const duplicate = await t.gql(CREATE_UNIT, { name: "HTX Gốm Chu Đậu" }, department.token);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "name" });
    const badCommune = await t.gql(
      CREATE_UNIT,
      { name: "Đơn vị X", communeCode: "xa-khong-co" },
      department.token,
    );
    expect(badCommune.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "communeCode",
    });
  });

  it("refuses a rename from a stale version and keeps the name", async () => {
    const created = await t.gql(CREATE_UNIT, { name: "Công ty Cơ khí Kiến An" }, t.adminToken);
    const { id } = created.data!.createImplementingUnit;
    const rename = `mutation($id: ID!, $version: Int!, $name: String!) { updateImplementingUnit(id: $id, version: $version, name: $name) { name version } }`;
    const first = await t.gql(rename, { id, version: 1, name: "Công ty Cơ khí Kiến An (mới)" }, t.adminToken);
    expect(first.data?.updateImplementingUnit).toMatchObject({ version: 2 });
    const stale = await t.gql(rename, { id, version: 1, name: "Tên khác" }, t.adminToken);
    expect(errorCode(stale)).toBe("STALE_VERSION");
    const [{ name }] = await t.dataSource.query("SELECT name FROM implementing_unit WHERE id = $1", [id]);
    expect(name).toBe("Công ty Cơ khí Kiến An (mới)");
  });
});
