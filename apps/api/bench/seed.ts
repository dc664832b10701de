/**
 * Realistic volume for the benchmarks: a year and a half of Hải Phòng's programme. A few đề án go through
 * GraphQL as a user would make them (so the shapes are the API's own); the bulk is inserted with SQL in
 * one transaction, seconds instead of minutes, with the same columns, states and norm checks.
 */
import { randomUUID } from "node:crypto";
import {
  ACTIVITY_KIND_INFO,
  type ActivityKind,
  computeSupport,
  createNormTable,
  type FundSource,
  foldVietnamese,
  HAI_PHONG_COMMUNES,
  type LegalForm,
  normLevelOf,
  type ProjectState,
  SEED_NORMS,
  type Sector,
} from "@khuyencong/domain";
import type { EntityManager } from "typeorm";
import { readyDraft } from "../test/fixtures.js";
import type { TestServer, TestUser } from "../test/harness.js";

export interface SeedVolume {
  facilities: number;
  projects: number;
}

export interface SeedReport {
  facilities: number;
  projects: number;
  beneficiaries: number;
  activities: number;
  budgetLines: number;
  /** The đề án made through GraphQL, among `projects`. */
  throughGraphql: number;
}

/** A repeatable stream of pseudo-random numbers in [0, 1): every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
/** A weighted choice: `[[value, weight], …]`. */
function weighted<T>(choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = next() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

const TRADES: readonly (readonly [string, Sector])[] = [
  ["Bánh đa", "AGRO_FOOD_PROCESSING"],
  ["Nước mắm", "AGRO_FOOD_PROCESSING"],
  ["Bánh gai", "AGRO_FOOD_PROCESSING"],
  ["Vải thiều sấy", "AGRO_FOOD_PROCESSING"],
  ["Gốm sứ", "HANDICRAFTS"],
  ["Mây tre đan", "HANDICRAFTS"],
  ["Chạm khắc gỗ", "HANDICRAFTS"],
  ["Thêu ren", "HANDICRAFTS"],
  ["Sơn mài", "HANDICRAFTS"],
  ["Đúc đồng", "HANDICRAFTS"],
  ["Cơ khí", "MECHANICAL_ELECTRICAL_ELECTRONIC"],
  ["Điện tử", "MECHANICAL_ELECTRICAL_ELECTRONIC"],
  ["Dệt may", "CONSUMER_EXPORT_GOODS"],
  ["Giày dép", "CONSUMER_EXPORT_GOODS"],
  ["Gạch không nung", "BUILDING_MATERIALS"],
  ["Phân bón hữu cơ", "AGRICULTURAL_CHEMICALS"],
];
const PEOPLE = [
  "Nguyễn Văn Hùng",
  "Trần Thị Lan",
  "Phạm Đức Thắng",
  "Lê Thị Hoa",
  "Vũ Văn Đông",
  "Đỗ Thị Mai",
];
const FORMS: readonly (readonly [LegalForm, number])[] = [
  ["HOUSEHOLD_BUSINESS", 45],
  ["ENTERPRISE", 25],
  ["COOPERATIVE", 20],
  ["COOPERATIVE_GROUP", 7],
  ["INDIVIDUAL", 3],
];
const PREFIX: Readonly<Record<LegalForm, string>> = {
  HOUSEHOLD_BUSINESS: "Hộ kinh doanh",
  ENTERPRISE: "Công ty TNHH",
  COOPERATIVE: "HTX",
  UNION_OF_COOPERATIVES: "Liên hiệp HTX",
  COOPERATIVE_GROUP: "Tổ hợp tác",
  INDIVIDUAL: "Nghệ nhân",
};
/** Where đề án stand a year and a half into the programme: last year's mostly done, this year's in the pipeline. */
const STATES_2026: readonly (readonly [ProjectState, number])[] = [
  ["IN_PROGRESS", 30],
  ["ACCEPTED", 25],
  ["SETTLED", 20],
  ["CLOSED", 10],
  ["CONTRACTED", 5],
  ["REJECTED", 5],
  ["STOPPED", 5],
];
const STATES_2027: readonly (readonly [ProjectState, number])[] = [
  ["DRAFT", 30],
  ["SUBMITTED", 25],
  ["APPRAISED", 15],
  ["APPROVED", 15],
  ["CONTRACTED", 10],
  ["ADVANCED", 5],
];
const DONE: readonly ProjectState[] = ["ACCEPTED", "SETTLED", "CLOSED"];

/** The same folding as the facility service, so that `search` finds the inserted rows. */
const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
const thousands = (amount: number) => Math.floor(amount / 1_000) * 1_000;
const day = (year: number, dayOfYear: number) =>
  new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

type Row = Record<string, unknown>;

/** Multi-row INSERTs, in chunks that stay under PostgreSQL's 65 535 parameters. */
async function insert(em: EntityManager, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as Row);
  const chunk = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const params: unknown[] = [];
    const values = slice.map(
      (row) =>
        `(${columns
          .map((c) => {
            params.push(row[c]);
            return `$${params.length}`;
          })
          .join(", ")})`,
    );
    await em.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`,
      params,
    );
  }
}

/**
 * Seeds `volume` facilities and đề án (each with 1–3 beneficiaries, 1–3 activities on target lines that
 * count them, 1–2 budget lines per activity checked against the seed norms), then ANALYZEs, as a
 * long-running database would have statistics. `user` must be a DEPARTMENT user.
 */
export async function seedVolume(
  t: TestServer,
  user: TestUser,
  volume: SeedVolume = { facilities: 300, projects: 200 },
): Promise<SeedReport> {
  const throughGraphql = 3;
  for (let i = 0; i < throughGraphql; i++) await readyDraft(t, user.token, { year: 2027 });

  const communes = HAI_PHONG_COMMUNES.filter((c) => c.kind === "XA");
  const others = HAI_PHONG_COMMUNES.filter((c) => c.kind !== "XA");
  const lines: { id: string; activity_kinds: ActivityKind[] }[] = await t.dataSource.query(
    "SELECT id, activity_kinds FROM target_line WHERE cardinality(activity_kinds) > 0",
  );
  const normIds = new Set(
    (await t.dataSource.query("SELECT id FROM norm")).map((r: { id: string }) => r.id) as string[],
  );
  const table = createNormTable(SEED_NORMS);

  const facilities: Row[] = [];
  for (let i = 0; i < volume.facilities; i++) {
    const legalForm = weighted(FORMS);
    const [trade, sector] = pick(TRADES);
    const commune = next() < 0.85 ? pick(communes) : pick(others);
    const name =
      legalForm === "HOUSEHOLD_BUSINESS" || legalForm === "INDIVIDUAL"
        ? `${PREFIX[legalForm]} ${trade} ${pick(PEOPLE)}`
        : `${PREFIX[legalForm]} ${trade} ${commune.name}`;
    const hasTaxCode = legalForm !== "INDIVIDUAL" && (legalForm !== "HOUSEHOLD_BUSINESS" || next() < 0.4);
    const taxCode = hasTaxCode ? String(200_000_000 + i * 7_919).padStart(10, "0") : null;
    const enterprise = legalForm === "ENTERPRISE";
    facilities.push({
      id: randomUUID(),
      name,
      legal_form: legalForm,
      tax_code: taxCode,
      representative: pick(PEOPLE),
      phone: `0225${String(3_000_000 + i).slice(-7)}`,
      hq_address: null,
      production_commune_code: commune.code,
      production_address: `Thôn ${between(1, 12)}`,
      craft_village_name:
        sector === "HANDICRAFTS" && next() < 0.5 ? `Làng nghề ${trade} ${commune.name}` : null,
      craft_village_recognised: false,
      sector,
      business_field: enterprise ? "INDUSTRY_CONSTRUCTION" : null,
      average_insured_workers: enterprise ? between(5, 180) : null,
      prior_year_revenue: enterprise ? between(2, 150) * 1_000_000_000 : null,
      total_capital: enterprise ? between(1, 90) * 1_000_000_000 : null,
      applies_cleaner_production: next() < 0.1,
      artisan_title: legalForm === "INDIVIDUAL" ? "MERITORIOUS_ARTISAN" : null,
      artisan_craft: legalForm === "INDIVIDUAL" ? trade : null,
      artisan_is_handicraft: legalForm === "INDIVIDUAL",
      in_disadvantaged_area: next() < 0.1,
      women_owned: next() < 0.3,
      search_text: fold(`${name} ${taxCode ?? ""}`),
      created_by_id: user.id,
      version: 1,
    });
  }

  const projects: Row[] = [];
  const events: Row[] = [];
  const beneficiaries: Row[] = [];
  const activities: Row[] = [];
  const budgetLines: Row[] = [];
  const [{ seq }] = await t.dataSource.query(
    `SELECT setval('project_code_seq', nextval('project_code_seq') + $1) - $1 AS seq`,
    [volume.projects],
  );
  for (let i = 0; i < volume.projects; i++) {
    const year = i < volume.projects * 0.6 ? 2026 : 2027;
    const state = weighted(year === 2026 ? STATES_2026 : STATES_2027);
    const fundSource: FundSource = next() < 0.3 ? "NATIONAL_FUND" : "CITY_BUDGET";
    // Next year's plan is registered this year; some of this year's đề án were proposed last year.
    const proposedOn = day(year === 2026 && next() < 0.3 ? 2025 : 2026, between(20, 320));
    const chosen = new Set<Row>();
    const wanted = between(1, 3);
    while (chosen.size < wanted) chosen.add(pick(facilities));
    const facilitiesOfProject = [...chosen];
    const commune = String((facilitiesOfProject[0] as Row).production_commune_code);
    const id = randomUUID();
    const [trade] = pick(TRADES);
    projects.push({
      id,
      code: `ĐA-${year}-${String(Number(seq) + i).padStart(4, "0")}`,
      title: `Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến trong sản xuất ${trade.toLowerCase()}`,
      year,
      fund_source: fundSource,
      commune_code: commune,
      implementing_unit_id: t.unitId,
      proposed_on: proposedOn,
      objective: "Nâng cao năng suất, chất lượng sản phẩm và giảm ô nhiễm môi trường",
      state,
      decision_number: state === "DRAFT" || state === "SUBMITTED" ? null : `${between(100, 999)}/QĐ-SCT`,
      accepted_on: DONE.includes(state) ? day(year, between(300, 340)) : null,
      created_by_id: user.id,
      version: between(3, 12),
      // Spread over 2026 up to today, so that "newest first" sorts real timestamps.
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 1.6 * 86_400_000).toISOString(),
    });
    events.push({ project_id: id, action: "CREATE", from_state: null, to_state: "DRAFT", actor_id: user.id });
    if (state !== "DRAFT") {
      events.push({
        project_id: id,
        action: "SUBMIT",
        from_state: "DRAFT",
        to_state: "SUBMITTED",
        actor_id: user.id,
      });
    }
    for (const facility of facilitiesOfProject)
      beneficiaries.push({ project_id: id, facility_id: facility.id });

    const activityCount = between(1, 3);
    for (let a = 0; a < activityCount; a++) {
      const line = pick(lines);
      const activityKind = pick(line.activity_kinds);
      const machinery = activityKind === "MACHINERY" || activityKind === "TECHNOLOGY_LINE";
      const planned = between(1, 3);
      const activityId = randomUUID();
      activities.push({
        id: activityId,
        project_id: id,
        activity_kind: activityKind,
        target_line_id: line.id,
        description: `${ACTIVITY_KIND_INFO[activityKind].label}: ${trade.toLowerCase()}`,
        planned_quantity: planned,
        actual_quantity: DONE.includes(state) ? planned : null,
        machinery_is_new: machinery ? true : null,
        machinery_improves: machinery ? true : null,
      });
      const forFacility = ACTIVITY_KIND_INFO[activityKind].beneficiaries.length > 0;
      const fundLevel = normLevelOf(fundSource);
      for (let b = between(1, 2); b > 0; b--) {
        const cost = thousands(between(50, 1_500) * 1_000_000 + next() * 1_000_000);
        const result = fundLevel
          ? computeSupport(table, { activityKind, fundLevel, date: proposedOn, eligibleCost: cost })
          : null;
        const bound = result && result.boundBy !== "NO_NORM" ? result : null;
        const requested = thousands(bound ? Math.min(bound.allowed, cost * 0.5) : cost * 0.3);
        budgetLines.push({
          project_id: id,
          activity_id: activityId,
          facility_id: forFacility ? pick(facilitiesOfProject).id : null,
          cost_item: `Hạng mục ${b}: ${ACTIVITY_KIND_INFO[activityKind].label.toLowerCase()}`,
          cost,
          requested_support: requested,
          counterpart_funds: cost - requested,
          norm_id: bound?.norm && normIds.has(bound.norm.id) ? bound.norm.id : null,
          allowed_support: bound ? bound.allowed : null,
          bound_by: result?.boundBy ?? "NO_NORM",
          norm_explanation: bound
            ? bound.explanation
            : "Chưa có định mức hỗ trợ có hiệu lực; khoản chi được thẩm định theo chế độ chi tiêu chung.",
        });
      }
    }
  }

  await t.dataSource.transaction(async (em) => {
    await insert(em, "facility", facilities);
    await insert(em, "project", projects);
    await insert(em, "project_event", events);
    await insert(em, "project_beneficiary", beneficiaries);
    await insert(em, "project_activity", activities);
    await insert(em, "budget_line", budgetLines);
  });
  await t.dataSource.query("ANALYZE");

  return {
    facilities: facilities.length + throughGraphql,
    projects: projects.length + throughGraphql,
    beneficiaries: beneficiaries.length + throughGraphql,
    activities: activities.length + throughGraphql,
    budgetLines: budgetLines.length + throughGraphql,
    throughGraphql,
  };
}
