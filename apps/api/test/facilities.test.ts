import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility, facilityInput } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser;
let otherOfficer: TestUser;
let department: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  otherOfficer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
  department = await t.createUser("DEPARTMENT");
  analyst = await t.createUser("ANALYST");
});
afterAll(() => t?.close());

const CREATE = graphql(
  `mutation FacilitiesCreateFacility($input: FacilityInput!) { createFacility(input: $input) { id name version productionCommune { displayName } } }`,
);
const UPDATE = graphql(
  `mutation FacilitiesUpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) { updateFacility(id: $id, version: $version, input: $input) { name version } }`,
);
const ELIGIBILITY =
  graphql(`query FacilitiesFacility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) { facility(id: $id) {
  eligibility(activityKind: $kind, date: $date) { eligible assessedAs assessedAsLabel criteria { code label passed reason citation { text status } } }
} }`);

async function count(): Promise<number> {
  const [{ n }] = await t.dataSource.query("SELECT count(*)::int AS n FROM facility");
  return n;
}

describe("registering facilities", () => {
  it("lets a commune officer register one in their commune, with an audit row", async () => {
    const res = await t.gql(
      CREATE,
      { input: facilityInput({ name: "HTX Mây tre đan Chàng Sơn" }) },
      officer.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createFacility).toMatchObject({
      version: 1,
      productionCommune: { displayName: "Xã An Hưng" },
    });
    const [audit] = await t.dataSource.query("SELECT action, user_id FROM audit_entry WHERE entity_id = $1", [
      res.data?.createFacility.id,
    ]);
    expect(audit).toEqual({ action: "facility.create", user_id: officer.id });
  });

  it("refuses a commune officer another commune, an analyst any, and writes nothing", async () => {
    const before = await count();
    const other = await t.gql(
      CREATE,
      { input: facilityInput({ productionCommuneCode: "xa-kien-thuy" }) },
      officer.token,
    );
    expect(errorCode(other)).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(CREATE, { input: facilityInput() }, analyst.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(CREATE, { input: facilityInput() }))).toBe("UNAUTHENTICATED");
    expect(await count()).toBe(before);
  });

  it("refuses bad input with the field at fault", async () => {
    const unknown = await t.gql(
      CREATE,
      { input: facilityInput({ productionCommuneCode: "xa-khong-co" }) },
      department.token,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.productionCommuneCode",
    });
    const half = await t.gql(
      CREATE,
      { input: facilityInput({ legalForm: "ENTERPRISE", averageInsuredWorkers: 20 }) },
      department.token,
    );
    expect(half.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.businessField",
    });
    const phone = await t.gql(CREATE, { input: facilityInput({ phone: "gọi tôi" }) }, department.token);
    expect(errorCode(phone)).toBe("BAD_USER_INPUT");
    expect(phone.errors?.[0]?.message).toContain("Số điện thoại không hợp lệ");
  });

  it("refuses a stale update and keeps the stored data", async () => {
    const facility = await createFacility(t, department.token, {
      name: "Cơ sở Gốm Chu Đậu",
      productionCommuneCode: "xa-thai-tan",
      sector: "HANDICRAFTS",
    });
    const first = await t.gql(
      UPDATE,
      {
        id: facility.id,
        version: 1,
        input: facilityInput({ name: "Cơ sở Gốm Chu Đậu (mới)", productionCommuneCode: "xa-thai-tan" }),
      },
      department.token,
    );
    expect(first.data?.updateFacility).toMatchObject({ version: 2 });
    const stale = await t.gql(
      UPDATE,
      {
        id: facility.id,
        version: 1,
        input: facilityInput({ name: "Tên khác", productionCommuneCode: "xa-thai-tan" }),
      },
      department.token,
    );
    expect(errorCode(stale)).toBe("STALE_VERSION");
    const [{ name }] = await t.dataSource.query("SELECT name FROM facility WHERE id = $1", [facility.id]);
    expect(name).toBe("Cơ sở Gốm Chu Đậu (mới)");
  });

  it("refuses a second facility under a tax code already registered, anyone's, and saves nothing", async () => {
    const first = await t.gql(
      CREATE,
      { input: facilityInput({ name: "HTX Chiếu cói Đông Xá", taxCode: "0201234567" }) },
      officer.token,
    );
    expect(first.errors).toBeUndefined();
    const before = await count();
    // Another commune's officer cannot see the first facility, yet may not register it again.
    const again = await t.gql(
      CREATE,
      {
        input: facilityInput({
          name: "Chiếu cói Đông Xá",
          taxCode: " 0201234567 ",
          productionCommuneCode: "xa-kien-thuy",
        }),
      },
      otherOfficer.token,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.taxCode" });
    expect(again.errors?.[0]?.message).toBe("Mã số thuế 0201234567 đã có cơ sở đăng ký trong hệ thống.");
    expect(again.errors?.[0]?.message).not.toContain("Đông Xá");
    expect(await count()).toBe(before);

    // Nor may another facility take it by an update; the first keeps it through its own updates.
    const other = await createFacility(t, officer.token, { name: "Cơ sở khác" });
    const taken = await t.gql(
      UPDATE,
      { id: other.id, version: 1, input: facilityInput({ name: "Cơ sở khác", taxCode: "0201234567" }) },
      officer.token,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.taxCode" });
    const kept = await t.gql(
      UPDATE,
      {
        id: first.data!.createFacility.id,
        version: 1,
        input: facilityInput({ name: "HTX Chiếu cói Đông Xá (đổi tên)", taxCode: "0201234567" }),
      },
      officer.token,
    );
    expect(kept.errors).toBeUndefined();

    // Facilities without a tax code (most household businesses) are not in conflict with each other.
    await createFacility(t, officer.token, { name: "Hộ không có mã số thuế 1" });
    await createFacility(t, officer.token, { name: "Hộ không có mã số thuế 2" });
  });

  it("lets the database refuse a duplicate that slips past the check, with the same message", async () => {
    const results = await Promise.all(
      [1, 2].map((n) =>
        t.gql(
          CREATE,
          { input: facilityInput({ name: `Cơ sở đua ${n}`, taxCode: "0209876543" }) },
          department.token,
        ),
      ),
    );
    const outcomes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const refused = results.find((r) => r.errors)?.errors?.[0];
    expect(refused?.message).toBe("Mã số thuế 0209876543 đã có cơ sở đăng ký trong hệ thống.");
    expect(refused?.extensions?.field).toBe("input.taxCode");
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM facility WHERE tax_code = '0209876543'",
    );
    expect(n).toBe(1);
  });
});

describe("reading facilities", () => {
  it("lists with filters and an accent-insensitive search, within the user's scope", async () => {
    await createFacility(t, officer.token, {
      name: "Xưởng Cơ khí Đông Sơn",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
    });
    await createFacility(t, otherOfficer.token, {
      name: "Xưởng Cơ khí Kiến Thụy",
      productionCommuneCode: "xa-kien-thuy",
      sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
    });
    const search = await t.gql(
      graphql(
        `query FacilitiesFacilities { facilities(search: "co khi", first: 50) { totalCount nodes { name } } }`,
      ),
      {},
      department.token,
    );
    expect(search.data?.facilities.nodes.map((f: { name: string }) => f.name)).toEqual([
      "Xưởng Cơ khí Đông Sơn",
      "Xưởng Cơ khí Kiến Thụy",
    ]);
    const mine = await t.gql(
      graphql(
        `query FacilitiesFacilities2 { facilities(search: "co khi", first: 50) { nodes { name productionCommuneCode } } }`,
      ),
      {},
      officer.token,
    );
    expect(mine.data?.facilities.nodes).toEqual([
      { name: "Xưởng Cơ khí Đông Sơn", productionCommuneCode: "xa-an-hung" },
    ]);
    const filtered = await t.gql(
      graphql(
        `query FacilitiesFacilities3 { facilities(communeCode: "xa-kien-thuy", first: 50) { totalCount } }`,
      ),
      {},
      analyst.token,
    );
    expect(filtered.data?.facilities.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("hides another commune's facility from a commune officer", async () => {
    const theirs = await createFacility(t, otherOfficer.token, { productionCommuneCode: "xa-kien-thuy" });
    expect(
      errorCode(
        await t.gql(
          graphql(`query FacilitiesFacility2($id: ID!) { facility(id: $id) { id } }`),
          { id: theirs.id },
          officer.token,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      errorCode(await t.gql(UPDATE, { id: theirs.id, version: 1, input: facilityInput() }, officer.token)),
    ).toBe("NOT_FOUND");
  });

  it("lets an implementing unit read and edit the facilities it registered, not others", async () => {
    const unitUser = await t.createUser("IMPLEMENTING_UNIT");
    const own = await createFacility(t, unitUser.token, { productionCommuneCode: "xa-tien-lang" });
    const other = await createFacility(t, department.token);
    expect(
      (
        await t.gql(
          graphql(`query FacilitiesFacility3($id: ID!) { facility(id: $id) { id } }`),
          { id: own.id },
          unitUser.token,
        )
      ).data!.facility.id,
    ).toBe(own.id);
    expect(
      errorCode(
        await t.gql(
          graphql(`query FacilitiesFacility4($id: ID!) { facility(id: $id) { id } }`),
          { id: other.id },
          unitUser.token,
        ),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("eligibility of a facility", () => {
  it("explains criterion by criterion why a household business in a xã is eligible for machinery", async () => {
    const facility = await createFacility(t, department.token);
    const res = await t.gql(
      ELIGIBILITY,
      { id: facility.id, kind: "MACHINERY", date: "2026-05-01" },
      officer.token,
    );
    const answer = res.data!.facility!.eligibility;
    expect(answer).toMatchObject({ eligible: true, assessedAs: "RURAL_ESTABLISHMENT" });
    const site = answer.criteria.find((c) => c.code === "PRODUCTION_SITE")!;
    expect(site).toMatchObject({ label: "Địa điểm sản xuất", passed: true });
    expect(site.reason).toContain("Xã An Hưng");
  });

  it("names the failing criterion for a medium enterprise at 201 workers, and passes it at 200", async () => {
    const enterprise = (workers: number) =>
      createFacility(t, department.token, {
        name: `Công ty Cơ khí ${workers}`,
        legalForm: "ENTERPRISE",
        sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
        businessField: "INDUSTRY_CONSTRUCTION",
        averageInsuredWorkers: workers,
        priorYearRevenue: 150_000_000_000,
        totalCapital: 80_000_000_000,
      });
    const at200 = await enterprise(200);
    const at201 = await enterprise(201);
    const check = async (id: string) =>
      (await t.gql(ELIGIBILITY, { id, kind: "MACHINERY", date: "2026-05-01" }, department.token)).data!
        .facility.eligibility;
    expect((await check(at200.id)).eligible).toBe(true);
    const refused = await check(at201.id);
    expect(refused.eligible).toBe(false);
    const size = refused.criteria.find((c) => c.code === "ENTERPRISE_SIZE")!;
    expect(size.passed).toBe(false);
    expect(size.citation.text).toContain("Nghị định 80/2021/NĐ-CP");
  });

  it("refuses a malformed date", async () => {
    const facility = await createFacility(t, department.token);
    const res = await t.gql(
      ELIGIBILITY,
      { id: facility.id, kind: "MACHINERY", date: "1/5/2026" },
      department.token,
    );
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
  });
});
