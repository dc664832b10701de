import { HAI_PHONG_COMMUNES } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldForSearch } from "../src/db/search-text.js";
import { DEMO_FACILITIES, DEMO_PROJECTS } from "../src/demo/demo-data.js";
import { createFacility, createProject } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let department: TestUser;
beforeAll(async () => {
  t = await startTestServer();
  department = await t.createUser("DEPARTMENT");
});
afterAll(() => t?.close());

/** Names as people type them: every Vietnamese letter in both cases, odd spacing, punctuation. */
const EXTRA = [
  "Hộ kinh doanh Bánh đa Kinh Giao",
  "HỢP TÁC XÃ GỐM SỨ ĐÔNG TRIỀU",
  "Cơ sở gốm   Chu Đậu\tsố 2",
  "  Làng nghề Đúc đồng Mỹ Đồng  ",
  "àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đ",
  "ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ",
  // decomposed input (NFD), as some keyboards and PDFs produce it
  "Bánh đa".normalize("NFD"),
  "Công ty TNHH Cơ khí Thịnh Phát (Mỹ Đồng) – 0201234567",
  "ĐA-2026-0007 Ứng dụng máy cán, máy thái bánh đa cua tự động",
  "100% tre_nứa \\ đan",
];

describe("kc_fold (SQL) and foldForSearch (API)", () => {
  it("fold every commune name, the demo's facilities and đề án, and typed names the same way", async () => {
    const texts = [
      ...HAI_PHONG_COMMUNES.flatMap((c) => [c.name, `Xã ${c.name}`, c.code]),
      ...DEMO_FACILITIES.flatMap((f) => [f.input.name, f.input.productionAddress ?? ""]),
      ...DEMO_PROJECTS.map((p) => p.title),
      ...EXTRA,
    ];
    expect(texts.length).toBeGreaterThan(300);
    const rows: { folded: string }[] = await t.dataSource.query(
      "SELECT kc_fold(x) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(x, n) ORDER BY n",
      [texts],
    );
    expect(rows.map((r) => r.folded)).toEqual(texts.map((text) => foldForSearch(text)));
  });
});

describe("search ignores accents and case", () => {
  it("finds đề án by code or title: 'banh da' finds 'bánh đa', 'BANH ĐA' too", async () => {
    const a = await createProject(t, department.token, { title: "Máy cán bánh đa Kinh Giao" });
    await createProject(t, department.token, { title: "Lò gốm sứ Chu Đậu" });
    const search = async (term: string) => {
      const res = await t.gql(
        graphql(
          `query SearchFoldingProjects($s: String) { projects(first: 20, search: $s) { totalCount nodes { id title } } }`,
        ),
        { s: term },
        department.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.projects as { totalCount: number; nodes: { id: string; title: string }[] };
    };
    for (const term of ["banh da", "bánh đa", "BANH ĐA", "  Bánh   đa "]) {
      const found = await search(term);
      expect(found.nodes.map((n) => n.id)).toEqual([a.id]);
      expect(found.totalCount).toBe(1);
    }
    expect((await search("gom su")).nodes.map((n) => n.title)).toEqual(["Lò gốm sứ Chu Đậu"]);
    expect((await search(a.code.replace("Đ", "D").toLowerCase())).nodes.map((n) => n.id)).toEqual([a.id]);
    expect((await search("100%")).totalCount).toBe(0);
  });

  it("keeps a đề án's search text current when its title changes (trigger)", async () => {
    const p = await createProject(t, department.token, { title: "Dệt chiếu cói" });
    const res = await t.gql(
      graphql(`mutation SearchFoldingUpdateProject($id: ID!, $v: Int!, $input: ProjectInput!) {
        updateProject(projectId: $id, version: $v, input: $input) { id } }`),
      {
        id: p.id,
        v: p.version,
        input: {
          title: "Đan mây tre xuất khẩu",
          year: 2026,
          fundSource: "CITY_BUDGET",
          communeCode: "xa-an-hung",
          proposedOn: "2026-03-15",
          objective: "",
        },
      },
      department.token,
    );
    expect(res.errors).toBeUndefined();
    const [row] = await t.dataSource.query("SELECT search_text FROM project WHERE id = $1", [p.id]);
    expect(row.search_text).toBe(foldForSearch(`${p.code} Đan mây tre xuất khẩu`));
  });

  it("finds facilities: 'gom' finds 'Gốm', with the total in the same statement", async () => {
    await createFacility(t, department.token, { name: "Hợp tác xã Gốm sứ Dương Kinh" });
    await createFacility(t, department.token, { name: "Cơ sở mộc Gôm" });
    await createFacility(t, department.token, { name: "Cơ sở Bánh đa" });
    let found: { errors?: unknown; totalCount?: number; nodes?: number } = {};
    const statements = await t.recordQueries(async () => {
      const res = await t.gql(
        graphql(
          `query SearchFoldingFacilities { facilities(first: 1, search: "gom") { totalCount pageInfo { hasNextPage } nodes { name } } }`,
        ),
        {},
        department.token,
      );
      found = {
        errors: res.errors,
        totalCount: res.data?.facilities.totalCount,
        nodes: res.data?.facilities.nodes.length,
      };
    });
    expect(found).toEqual({ errors: undefined, totalCount: 2, nodes: 1 });
    expect(statements.filter((sql) => /FROM "facility"/.test(sql))).toHaveLength(1);
  });
});
