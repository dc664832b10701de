/**
 * A national-scale dataset for the benchmarks and the plan test: the programme as the Ministry would see it
 * in mid-2030, its fifth year — đề án of 2026–2028 mostly settled and closed, 2029's being accepted, 2030's
 * in the pipeline — with facilities, communes, money, acceptances, plans, users and an audit trail of the
 * volume issue 11 names. Deterministic from a seed (one small PRNG, never Math.random), written with
 * multi-row `INSERT … SELECT unnest($1, $2, …)` (one parameter per column, thousands of rows per statement)
 * rather than through the API, so that 50,000 đề án take minutes, not hours.
 *
 * The rows are what the services would have written: states reached by the lifecycle's own transitions
 * (with their events, dates and audit rows), budget lines judged by the seed norms per activity kind and
 * beneficiary (as `recheckBudget` does), approved support fixed at approval, payments of the kinds each
 * state allows and never above the approved support, settlements computed by the domain's `settle`, and
 * envelopes per year and fund that cover every approval. Derived money figures (issue 11's design) are
 * rebuilt at the end by `rebuildMoneyFigures` when that module exists.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ACTIVITY_KIND_INFO,
  type ActivityKind,
  computeSupport,
  createNormTable,
  DECIDED_STATES,
  type FundSource,
  foldVietnamese,
  type LegalForm,
  normLevelOf,
  type ProjectState,
  SEED_NORMS,
  type Sector,
  settle,
} from "@khuyencong/domain";
import type { EntityManager } from "typeorm";
import { hashPassword } from "../../src/auth/passwords.js";
import { ACHIEVED_STATES } from "../../src/progress/progress-figures.js";

export type Scale = "national" | "mid" | "small";

export interface ScaleVolumes {
  /** Communes in all (Hải Phòng's 114 reference communes included). */
  communes: number;
  facilities: number;
  projects: number;
  implementingUnits: number;
  /** Mean activities per đề án and budget lines per activity. */
  activitiesPerProject: number;
  budgetLinesPerActivity: number;
}

export const SCALES: Readonly<Record<Scale, ScaleVolumes>> = {
  national: {
    communes: 3_300,
    facilities: 200_000,
    projects: 50_000,
    implementingUnits: 60,
    activitiesPerProject: 2,
    budgetLinesPerActivity: 5,
  },
  mid: {
    communes: 600,
    facilities: 20_000,
    projects: 5_000,
    implementingUnits: 20,
    activitiesPerProject: 2,
    budgetLinesPerActivity: 5,
  },
  small: {
    communes: 160,
    facilities: 800,
    projects: 200,
    implementingUnits: 4,
    activitiesPerProject: 2,
    budgetLinesPerActivity: 5,
  },
};

export interface GenerateOptions {
  scale: Scale;
  seed?: number;
  /** Progress lines (table, rows); silent by default. */
  log?: (message: string) => void;
}

export interface DatasetReport {
  scale: Scale;
  seed: number;
  rows: Record<string, number>;
  /** Whether `rebuildMoneyFigures` ran (the module exists in this tree). */
  moneyFiguresRebuilt: boolean;
  seconds: number;
}

/** Every generated user signs in with this password (the password rule accepts it; no forced change). */
export const BENCH_PASSWORD = "ca-voi-xanh-boi-qua-vinh-ha-long";
export const BENCH_EMAILS = {
  admin: "admin@bench.local",
  department: "department@bench.local",
  finance: "finance@bench.local",
  treasury: "treasury@bench.local",
  analyst: "analyst@bench.local",
} as const;
/** The commune officer of a commune: `officer.<commune code>@bench.local`. */
export const officerEmail = (communeCode: string) => `officer.${communeCode}@bench.local`;

/** "Now" in the generated world: mid-2030, the programme's last year. */
export const SIMULATED_TODAY = "2030-07-01";
const YEARS = [2026, 2027, 2028, 2029, 2030] as const;
/** Share of the đề án per year: the programme grows, then levels. */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2026, 16],
  [2027, 19],
  [2028, 21],
  [2029, 22],
  [2030, 22],
];
/** Where each year's đề án stand on 2030-07-01: early years closed, the last in the pipeline. */
const STATES_BY_YEAR: Readonly<Record<number, readonly (readonly [ProjectState, number])[]>> = {
  2026: [
    ["CLOSED", 76],
    ["SETTLED", 4],
    ["REJECTED", 11],
    ["STOPPED", 9],
  ],
  2027: [
    ["CLOSED", 66],
    ["SETTLED", 10],
    ["ACCEPTED", 3],
    ["REJECTED", 12],
    ["STOPPED", 9],
  ],
  2028: [
    ["CLOSED", 44],
    ["SETTLED", 20],
    ["ACCEPTED", 10],
    ["IN_PROGRESS", 5],
    ["ADJUSTING", 2],
    ["REJECTED", 11],
    ["STOPPED", 8],
  ],
  2029: [
    ["CLOSED", 8],
    ["SETTLED", 14],
    ["ACCEPTED", 20],
    ["IN_PROGRESS", 23],
    ["ADJUSTING", 3],
    ["ADVANCED", 8],
    ["CONTRACTED", 5],
    ["REJECTED", 11],
    ["STOPPED", 8],
  ],
  2030: [
    ["DRAFT", 14],
    ["SUBMITTED", 15],
    ["APPRAISED", 12],
    ["APPROVED", 12],
    ["CONTRACTED", 12],
    ["ADVANCED", 10],
    ["IN_PROGRESS", 13],
    ["ADJUSTING", 2],
    ["REJECTED", 7],
    ["STOPPED", 3],
  ],
};
const APPROVED_STATES = new Set<ProjectState>(DECIDED_STATES);
const ACCEPTED_STATES = new Set<ProjectState>(ACHIEVED_STATES);

const TRADES: readonly (readonly [string, Sector])[] = [
  ["Bánh đa", "AGRO_FOOD_PROCESSING"],
  ["Nước mắm", "AGRO_FOOD_PROCESSING"],
  ["Bánh gai", "AGRO_FOOD_PROCESSING"],
  ["Vải thiều sấy", "AGRO_FOOD_PROCESSING"],
  ["Chè", "AGRO_FOOD_PROCESSING"],
  ["Gạo sạch", "AGRO_FOOD_PROCESSING"],
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
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô"];
const GIVEN = ["Văn Hùng", "Thị Lan", "Đức Thắng", "Thị Hoa", "Văn Đông", "Thị Mai", "Minh Tuấn", "Thu Hà"];
const PLACE_WORDS = [
  "An",
  "Bình",
  "Tân",
  "Hòa",
  "Phú",
  "Thịnh",
  "Hưng",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Lạc",
  "Minh",
  "Quang",
  "Thuận",
  "Yên",
  "Long",
  "Sơn",
  "Hải",
  "Thanh",
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

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same dataset. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A deterministic UUID (version-4 shaped) from the PRNG, so that ids repeat with the seed too. */
function uuidFrom(next: () => number): string {
  const hex = (n: number) =>
    Math.floor(next() * 16 ** n)
      .toString(16)
      .padStart(n, "0");
  const variant = (8 + Math.floor(next() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
const thousands = (amount: number) => Math.floor(amount / 1_000) * 1_000;
const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const TODAY_MS = msOf(SIMULATED_TODAY);

type Pg = "uuid" | "text" | "int" | "bigint" | "bool" | "date" | "timestamptz" | "jsonb" | "varchar[]";

/**
 * Rows of one table, buffered and written `chunk` at a time as one `INSERT … SELECT FROM unnest(…)`:
 * one array parameter per column, so a statement carries thousands of rows with a dozen parameters.
 */
class TableWriter {
  private rows: unknown[][] = [];
  count = 0;
  constructor(
    private readonly writer: Writer,
    readonly table: string,
    private readonly columns: readonly (readonly [string, Pg])[],
    /** Rows per statement; `null`: only when told (children must not reach PostgreSQL before parents). */
    private readonly chunk: number | null = 4_000,
  ) {}

  push(row: Record<string, unknown>): void {
    this.rows.push(this.columns.map(([name]) => row[name] ?? null));
    this.count++;
    if (this.chunk !== null && this.rows.length >= this.chunk) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const params = this.columns.map(([, type], i) =>
      rows.map((r) => {
        const value = r[i];
        if (value === null || value === undefined) return null;
        if (type === "jsonb") return JSON.stringify(value);
        if (type === "varchar[]") return `{${(value as string[]).map((v) => `"${v}"`).join(",")}}`;
        return value;
      }),
    );
    // jsonb and arrays travel as text (an array of arrays would be a 2-D array for unnest).
    const arrayType = (t: Pg) => (t === "jsonb" || t === "varchar[]" ? "text[]" : `${t}[]`);
    const cast = (t: Pg, i: number) => (t === "jsonb" || t === "varchar[]" ? `c${i}::${t}` : `c${i}`);
    const sql =
      `INSERT INTO "${this.table}" (${this.columns.map(([n]) => `"${n}"`).join(", ")}) ` +
      `SELECT ${this.columns.map(([, t], i) => cast(t, i)).join(", ")} FROM unnest(` +
      `${this.columns.map(([, t], i) => `$${i + 1}::${arrayType(t)}`).join(", ")}) AS u(${this.columns
        .map((_, i) => `c${i}`)
        .join(", ")})`;
    this.writer.enqueue(sql, params);
  }
}

/**
 * Sends the statements in order on the one connection, at most two in flight, so that building the next
 * chunk in JavaScript overlaps PostgreSQL writing the last one (the machine has two cores).
 */
class Writer {
  private inFlight: Promise<unknown>[] = [];
  private failure: unknown = null;
  constructor(private readonly em: EntityManager) {}

  enqueue(sql: string, params: unknown[]): void {
    const previous = this.inFlight.at(-1) ?? Promise.resolve();
    const next = previous.then(() => this.em.query(sql, params));
    next.catch((error) => {
      this.failure ??= error;
    });
    this.inFlight.push(next);
  }

  /** Waits while more than `depth` statements are queued; rethrows the first failure. */
  async drain(depth = 2): Promise<void> {
    while (this.inFlight.length > depth) {
      await this.inFlight.shift()?.catch(() => {});
    }
    if (this.failure) throw this.failure;
  }
}

interface CommuneRow {
  code: string;
  kind: string;
}
interface FacilityRef {
  id: string;
  commune: string;
  sector: Sector;
  trade: string;
}
interface LineRef {
  id: string;
  code: string;
  kinds: ActivityKind[];
}

/**
 * Fills a migrated database that holds the reference data (and maybe an administrator) but no đề án.
 * Runs on `em` as given: pass a transaction's manager for an all-or-nothing run.
 */
export async function generateDataset(em: EntityManager, options: GenerateOptions): Promise<DatasetReport> {
  const started = Date.now();
  const volumes = SCALES[options.scale];
  const seed = options.seed ?? 2026;
  const log = options.log ?? (() => {});
  const next = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return (choices.at(-1) as readonly [T, number])[0];
  };
  /** Skewed towards the start of a list: a few busy communes, a long tail of quiet ones. */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * next() ** 1.8)] as T;
  const uuid = () => uuidFrom(next);
  const personName = () => `${pick(SURNAMES)} ${pick(GIVEN)}`;

  const [{ count: existing }] = await em.query("SELECT count(*)::int AS count FROM project");
  if (existing > 0)
    throw new Error(`The database already holds ${existing} đề án; generate into an empty one.`);
  const [{ count: lineCount }] = await em.query("SELECT count(*)::int AS count FROM target_line");
  if (lineCount === 0)
    throw new Error("No reference data (target lines): migrate and seed the database first.");

  // The money figures' triggers (issue 11: one refresh per changed row) would run once per inserted
  // budget line and payment; with their module present they are switched off for this transaction and the
  // figures rebuilt once from the base rows at the end (what `rebuildMoneyFigures` is for). DDL, so a
  // failed run rolls it back with everything else.
  const moneyTriggers: { table: string; name: string }[] = (await moneyFiguresModule())
    ? await em.query(
        `SELECT t.tgrelid::regclass::text AS table, t.tgname AS name FROM pg_trigger t
          WHERE NOT t.tgisinternal AND t.tgfoid::regproc::text LIKE 'money\\_%' ORDER BY 1, 2`,
      )
    : [];
  for (const t of moneyTriggers) await em.query(`ALTER TABLE ${t.table} DISABLE TRIGGER "${t.name}"`);

  const writer = new Writer(em);
  const w = (table: string, columns: readonly (readonly [string, Pg])[], chunk: number | null = 4_000) =>
    new TableWriter(writer, table, columns, chunk);

  // ---- Reference: communes beyond Hải Phòng's, implementing units, users ----------------------------
  const communes: CommuneRow[] = (await em.query("SELECT code, kind FROM commune ORDER BY code")).map(
    (r: CommuneRow) => r,
  );
  const communeTable = w("commune", [
    ["code", "text"],
    ["name", "text"],
    ["kind", "text"],
    ["former_province", "text"],
    ["name_note", "text"],
  ]);
  const codes = new Set(communes.map((c) => c.code));
  for (let i = 0; communes.length < volumes.communes; i++) {
    const kind = weighted([
      ["XA", 72],
      ["PHUONG", 27],
      ["DAC_KHU", 1],
    ] as const);
    const word = `${pick(PLACE_WORDS)} ${pick(PLACE_WORDS)}`;
    const name = `${word} ${i + 1}`;
    const code = `${kind === "XA" ? "xa" : kind === "PHUONG" ? "phuong" : "dac-khu"}-${fold(name).replace(/ /g, "-")}`;
    if (codes.has(code)) continue;
    codes.add(code);
    communes.push({ code, kind });
    communeTable.push({
      code,
      name,
      kind,
      former_province: "HAI_PHONG",
      name_note: "Đơn vị hành chính sinh cho bộ dữ liệu quy mô quốc gia",
    });
  }
  communeTable.flush();
  // Busy communes first: the reference communes (Hải Phòng's), then the generated ones.
  const rural = communes.filter((c) => c.kind === "XA");
  const urban = communes.filter((c) => c.kind !== "XA");

  const [{ id: centreId }] = await em.query("SELECT id FROM implementing_unit ORDER BY created_at LIMIT 1");
  const units: string[] = [centreId];
  const unitTable = w("implementing_unit", [
    ["id", "uuid"],
    ["name", "text"],
    ["commune_code", "text"],
    ["version", "int"],
  ]);
  for (let i = 1; i < volumes.implementingUnits; i++) {
    const id = uuid();
    units.push(id);
    unitTable.push({
      id,
      name: `Trung tâm Khuyến công và Tư vấn phát triển công nghiệp số ${i + 1}`,
      commune_code: pick(urban.length > 0 ? urban : communes).code,
      version: 1,
    });
  }
  unitTable.flush();

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const userTable = w("app_user", [
    ["id", "uuid"],
    ["email", "text"],
    ["full_name", "text"],
    ["role", "text"],
    ["commune_code", "text"],
    ["unit_id", "uuid"],
    ["password_hash", "text"],
    ["version", "int"],
    ["must_change_password", "bool"],
  ]);
  const addUser = (email: string, role: string, extra: { commune?: string; unit?: string } = {}) => {
    const id = uuid();
    userTable.push({
      id,
      email,
      full_name: personName(),
      role,
      commune_code: extra.commune ?? null,
      unit_id: extra.unit ?? null,
      password_hash: passwordHash,
      version: 1,
      must_change_password: false,
    });
    return id;
  };
  const adminId = addUser(BENCH_EMAILS.admin, "ADMIN");
  const departmentIds = [addUser(BENCH_EMAILS.department, "DEPARTMENT")];
  for (let i = 2; i <= 12; i++) departmentIds.push(addUser(`department${i}@bench.local`, "DEPARTMENT"));
  const financeId = addUser(BENCH_EMAILS.finance, "FINANCE");
  const treasuryIds = [addUser(BENCH_EMAILS.treasury, "TREASURY")];
  for (let i = 2; i <= 4; i++) treasuryIds.push(addUser(`treasury${i}@bench.local`, "TREASURY"));
  addUser(BENCH_EMAILS.analyst, "ANALYST");
  const officerOf = new Map<string, string>();
  for (const c of communes)
    officerOf.set(c.code, addUser(officerEmail(c.code), "COMMUNE_OFFICER", { commune: c.code }));
  const unitUserOf = new Map<string, string>();
  units.forEach((unit, i) => {
    unitUserOf.set(unit, addUser(`unit${i + 1}@bench.local`, "IMPLEMENTING_UNIT", { unit }));
  });
  userTable.flush();

  const audit = w("audit_entry", [
    ["at", "timestamptz"],
    ["user_id", "uuid"],
    ["action", "text"],
    ["entity_type", "text"],
    ["entity_id", "text"],
    ["before", "jsonb"],
    ["after", "jsonb"],
  ]);
  const stamp = (date: string, hour = between(7, 17)) =>
    new Date(msOf(date) + hour * 3_600_000 + between(0, 3_599) * 1_000).toISOString();

  // ---- Facilities -------------------------------------------------------------------------------------
  const facilityTable = w("facility", [
    ["id", "uuid"],
    ["name", "text"],
    ["legal_form", "text"],
    ["tax_code", "text"],
    ["representative", "text"],
    ["phone", "text"],
    ["production_commune_code", "text"],
    ["production_address", "text"],
    ["craft_village_name", "text"],
    ["craft_village_recognised", "bool"],
    ["sector", "text"],
    ["business_field", "text"],
    ["average_insured_workers", "int"],
    ["prior_year_revenue", "bigint"],
    ["total_capital", "bigint"],
    ["applies_cleaner_production", "bool"],
    ["artisan_title", "text"],
    ["artisan_craft", "text"],
    ["artisan_is_handicraft", "bool"],
    ["in_disadvantaged_area", "bool"],
    ["women_owned", "bool"],
    ["search_text", "text"],
    ["created_by_id", "uuid"],
    ["version", "int"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ]);
  const facilitiesByCommune = new Map<string, FacilityRef[]>();
  let importer = pick(departmentIds);
  let importBatch: string[] = [];
  const flushImport = () => {
    if (importBatch.length === 0) return;
    audit.push({
      at: stamp(dateOf(msOf("2025-06-01") + between(0, 1_850) * DAY)),
      user_id: importer,
      action: "facility.import",
      entity_type: "FacilityImport",
      entity_id: uuid(),
      before: null,
      after: {
        fileName: `co-so-${importBatch.length}.xlsx`,
        count: importBatch.length,
        facilityIds: importBatch,
      },
    });
    importBatch = [];
    importer = pick(departmentIds);
  };
  for (let i = 0; i < volumes.facilities; i++) {
    const legalForm = weighted(FORMS);
    const [trade, sector] = pick(TRADES);
    // Rural industry is in the xã; a sixth of the establishments produce in a phường or đặc khu.
    const commune = chance(0.84) || urban.length === 0 ? skewed(rural) : skewed(urban);
    const person = personName();
    const name =
      legalForm === "HOUSEHOLD_BUSINESS" || legalForm === "INDIVIDUAL"
        ? `${PREFIX[legalForm]} ${trade} ${person}`
        : `${PREFIX[legalForm]} ${trade} ${pick(PLACE_WORDS)} ${pick(PLACE_WORDS)} ${i + 1}`;
    const hasTaxCode = legalForm !== "INDIVIDUAL" && (legalForm !== "HOUSEHOLD_BUSINESS" || chance(0.4));
    const taxCode = hasTaxCode ? String(100_000_000 + i * 37).padStart(10, "0") : null;
    const enterprise = legalForm === "ENTERPRISE";
    const id = uuid();
    const createdOn = dateOf(msOf("2025-06-01") + between(0, 1_850) * DAY);
    const imported = chance(0.85);
    const creator = imported
      ? importer
      : chance(0.6)
        ? (officerOf.get(commune.code) as string)
        : pick(departmentIds);
    const at = stamp(createdOn <= SIMULATED_TODAY ? createdOn : SIMULATED_TODAY);
    facilityTable.push({
      id,
      name,
      legal_form: legalForm,
      tax_code: taxCode,
      representative: person,
      phone: `09${String(10_000_000 + i).slice(-8)}`,
      production_commune_code: commune.code,
      production_address: `Thôn ${between(1, 15)}`,
      craft_village_name: sector === "HANDICRAFTS" && chance(0.5) ? `Làng nghề ${trade}` : null,
      craft_village_recognised: false,
      sector,
      business_field: enterprise ? "INDUSTRY_CONSTRUCTION" : null,
      average_insured_workers: enterprise ? between(5, 180) : null,
      prior_year_revenue: enterprise ? between(2, 150) * 1_000_000_000 : null,
      total_capital: enterprise ? between(1, 90) * 1_000_000_000 : null,
      applies_cleaner_production: chance(0.1),
      artisan_title: legalForm === "INDIVIDUAL" ? "MERITORIOUS_ARTISAN" : null,
      artisan_craft: legalForm === "INDIVIDUAL" ? trade : null,
      artisan_is_handicraft: legalForm === "INDIVIDUAL",
      in_disadvantaged_area: chance(0.1),
      women_owned: chance(0.3),
      search_text: fold(`${name} ${taxCode ?? ""}`),
      created_by_id: creator,
      version: between(1, 3),
      created_at: at,
      updated_at: at,
    });
    if (imported) {
      // Most establishments arrive by spreadsheet import: one audit row per file (as the import writes).
      importBatch.push(id);
      if (importBatch.length >= 80) flushImport();
    } else {
      audit.push({
        at,
        user_id: creator,
        action: "facility.create",
        entity_type: "Facility",
        entity_id: id,
        before: null,
        after: { id, name, legalForm, productionCommuneCode: commune.code, sector },
      });
    }
    const list = facilitiesByCommune.get(commune.code) ?? [];
    list.push({ id, commune: commune.code, sector, trade });
    facilitiesByCommune.set(commune.code, list);
    if (i % 20_000 === 19_999) {
      await writer.drain();
      log(`facilities: ${i + 1}`);
    }
  }
  flushImport();
  facilityTable.flush();
  await writer.drain(0);
  const communesWithFacilities = [...facilitiesByCommune.keys()].sort();
  // Busy communes (many establishments) propose more.
  communesWithFacilities.sort(
    (a, b) =>
      (facilitiesByCommune.get(b)?.length ?? 0) - (facilitiesByCommune.get(a)?.length ?? 0) ||
      (a < b ? -1 : 1),
  );

  // ---- Đề án with activities, budget lines, payments, events and audit -----------------------------
  const lines: LineRef[] = (
    await em.query(
      "SELECT id, code, activity_kinds FROM target_line WHERE cardinality(activity_kinds) > 0 ORDER BY code",
    )
  ).map((r: { id: string; code: string; activity_kinds: ActivityKind[] }) => ({
    id: r.id,
    code: r.code,
    kinds: r.activity_kinds,
  }));
  const normIds = new Set(((await em.query("SELECT id FROM norm")) as { id: string }[]).map((r) => r.id));
  const table = createNormTable(SEED_NORMS);

  const projectTable = w(
    "project",
    [
      ["id", "uuid"],
      ["code", "text"],
      ["title", "text"],
      ["year", "int"],
      ["fund_source", "text"],
      ["commune_code", "text"],
      ["implementing_unit_id", "uuid"],
      ["proposed_on", "date"],
      ["objective", "text"],
      ["planned_start", "date"],
      ["planned_end", "date"],
      ["state", "text"],
      ["appraised_by_id", "uuid"],
      ["appraised_on", "date"],
      ["appraisal_opinion", "text"],
      ["decision_number", "text"],
      ["decision_date", "date"],
      ["approved_by_id", "uuid"],
      ["contract_number", "text"],
      ["contract_date", "date"],
      ["accepted_on", "date"],
      ["settled_on", "date"],
      ["last_reason", "text"],
      ["created_by_id", "uuid"],
      ["version", "int"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
      ["approved_support", "bigint"],
      ["final_support", "bigint"],
      ["final_payment", "bigint"],
      ["refund_due", "bigint"],
      ["refund_received", "bigint"],
    ],
    null,
  );
  const beneficiaryTable = w(
    "project_beneficiary",
    [
      ["project_id", "uuid"],
      ["facility_id", "uuid"],
      ["added_at", "timestamptz"],
    ],
    null,
  );
  const activityTable = w(
    "project_activity",
    [
      ["id", "uuid"],
      ["project_id", "uuid"],
      ["activity_kind", "text"],
      ["target_line_id", "uuid"],
      ["description", "text"],
      ["planned_quantity", "int"],
      ["actual_quantity", "int"],
      ["machinery_is_new", "bool"],
      ["machinery_improves", "bool"],
    ],
    null,
  );
  const budgetLineTable = w(
    "budget_line",
    [
      ["id", "uuid"],
      ["project_id", "uuid"],
      ["activity_id", "uuid"],
      ["facility_id", "uuid"],
      ["cost_item", "text"],
      ["cost", "bigint"],
      ["requested_support", "bigint"],
      ["counterpart_funds", "bigint"],
      ["norm_id", "text"],
      ["allowed_support", "bigint"],
      ["bound_by", "text"],
      ["norm_explanation", "text"],
      ["approved_support", "bigint"],
      ["accepted_cost", "bigint"],
    ],
    null,
  );
  const eventTable = w(
    "project_event",
    [
      ["project_id", "uuid"],
      ["action", "text"],
      ["from_state", "text"],
      ["to_state", "text"],
      ["actor_id", "uuid"],
      ["at", "timestamptz"],
      ["reason", "text"],
    ],
    null,
  );
  const paymentTable = w(
    "payment_request",
    [
      ["id", "uuid"],
      ["project_id", "uuid"],
      ["request_key", "text"],
      ["kind", "text"],
      ["amount", "bigint"],
      ["progress", "int"],
      ["status", "text"],
      ["requested_by_id", "uuid"],
      ["requested_at", "timestamptz"],
      ["decided_by_id", "uuid"],
      ["decided_at", "timestamptz"],
      ["paid_on", "date"],
      ["treasury_reference", "text"],
      ["refusal_reason", "text"],
    ],
    null,
  );

  const projectFamily = [
    projectTable,
    beneficiaryTable,
    activityTable,
    budgetLineTable,
    eventTable,
    paymentTable,
  ];
  const yearOfIndex: number[] = [];
  for (let i = 0; i < volumes.projects; i++) yearOfIndex.push(weighted(YEAR_WEIGHTS));
  yearOfIndex.sort((a, b) => a - b);
  const perYearSeq = new Map<number, number>();

  for (let i = 0; i < volumes.projects; i++) {
    const year = yearOfIndex[i] as number;
    const state = weighted(STATES_BY_YEAR[year] as readonly (readonly [ProjectState, number])[]);
    const fundSource: FundSource = chance(0.3) ? "NATIONAL_FUND" : "CITY_BUDGET";
    const communeCode = skewed(communesWithFacilities);
    const local = facilitiesByCommune.get(communeCode) as FacilityRef[];
    const beneficiaries = new Set<FacilityRef>();
    const wanted = Math.min(
      local.length,
      weighted([
        [1, 60],
        [2, 28],
        [3, 12],
      ] as const),
    );
    while (beneficiaries.size < wanted) beneficiaries.add(pick(local));
    const facilityList = [...beneficiaries];
    const trade = (facilityList[0] as FacilityRef).trade;
    const unit = skewed(units);
    const creator = chance(0.55) ? (officerOf.get(communeCode) as string) : pick(departmentIds);
    const department = pick(departmentIds);
    const id = uuid();
    const seq = (perYearSeq.get(year) ?? 0) + 1;
    perYearSeq.set(year, seq);

    // The calendar of its lifecycle: proposed in the autumn before its year or early in it.
    const proposedMs = msOf(`${year - 1}-09-01`) + between(0, 230) * DAY;
    const proposedOn = dateOf(Math.min(proposedMs, TODAY_MS - 40 * DAY));
    let cursor = msOf(proposedOn);
    const after = (minDays: number, maxDays: number) => {
      cursor = Math.min(cursor + between(minDays, maxDays) * DAY, TODAY_MS);
      return dateOf(cursor);
    };
    const events: {
      action: string;
      from: ProjectState | null;
      to: ProjectState;
      on: string;
      actor: string;
      reason?: string;
    }[] = [{ action: "CREATE", from: null, to: "DRAFT", on: proposedOn, actor: creator }];
    let current: ProjectState = "DRAFT";
    const move = (action: string, to: ProjectState, on: string, actor: string, reason?: string) => {
      events.push({ action, from: current, to, on, actor, reason });
      current = to;
    };
    const path = pathTo(state, chance);
    let appraisedOn: string | null = null;
    let decisionDate: string | null = null;
    let contractDate: string | null = null;
    let acceptedOn: string | null = null;
    let settledOn: string | null = null;
    let advancePaidOn: string | null = null;
    let lastReason: string | null = null;
    for (const step of path) {
      switch (step) {
        case "SUBMIT":
          move(step, "SUBMITTED", after(1, 20), creator);
          break;
        case "APPRAISE":
          appraisedOn = after(10, 45);
          move(step, "APPRAISED", appraisedOn, department);
          break;
        case "REJECT":
          lastReason = "Cơ sở không đáp ứng điều kiện hỗ trợ theo định mức hiện hành";
          move(step, "REJECTED", after(5, 40), department, lastReason);
          break;
        case "APPROVE":
          decisionDate = after(7, 30);
          move(step, "APPROVED", decisionDate, department);
          break;
        case "SIGN_CONTRACT":
          contractDate = after(7, 30);
          move(step, "CONTRACTED", contractDate, creator);
          break;
        case "RECORD_ADVANCE":
          advancePaidOn = after(10, 40);
          move(step, "ADVANCED", advancePaidOn, pick(treasuryIds));
          break;
        case "START":
          move(step, "IN_PROGRESS", after(3, 30), creator);
          break;
        case "REQUEST_ADJUSTMENT":
          lastReason = "Điều chỉnh thời gian thực hiện do chậm giao thiết bị";
          move(step, "ADJUSTING", after(20, 90), creator, lastReason);
          break;
        case "APPROVE_ADJUSTMENT":
          move(step, "IN_PROGRESS", after(10, 40), department);
          break;
        case "ACCEPT":
          acceptedOn = dateOf(
            Math.min(Math.max(cursor + 30 * DAY, msOf(`${year}-09-15`) + between(0, 90) * DAY), TODAY_MS),
          );
          cursor = msOf(acceptedOn);
          move(step, "ACCEPTED", acceptedOn, department);
          break;
        case "SETTLE":
          settledOn = after(30, 100);
          move(step, "SETTLED", settledOn, department);
          break;
        case "CLOSE":
          move(step, "CLOSED", after(20, 120), department);
          break;
        case "STOP":
          lastReason = "Cơ sở thụ hưởng đề nghị dừng thực hiện đề án";
          move(step, "STOPPED", after(15, 120), department, lastReason);
          break;
      }
    }

    // Activities on distinct activity kinds (so a kind's lines for a beneficiary form one norm group).
    const activityCount = Math.max(1, Math.min(4, Math.round(volumes.activitiesPerProject - 1 + next() * 2)));
    const usedKinds = new Set<ActivityKind>();
    const fundLevel = normLevelOf(fundSource);
    const projectLines: {
      activityKind: ActivityKind;
      facilityId: string | null;
      normId: string | null;
      cost: number;
      requested: number;
      accepted: number | null;
      id: string;
    }[] = [];
    for (let a = 0; a < activityCount; a++) {
      let line = pick(lines);
      let kind = pick(line.kinds);
      for (let tries = 0; usedKinds.has(kind) && tries < 10; tries++) {
        line = pick(lines);
        kind = pick(line.kinds);
      }
      if (usedKinds.has(kind)) continue;
      usedKinds.add(kind);
      const info = ACTIVITY_KIND_INFO[kind];
      const machinery = kind === "MACHINERY" || kind === "TECHNOLOGY_LINE";
      const planned = between(1, 3);
      const activityId = uuid();
      const accepted = ACCEPTED_STATES.has(state);
      activityTable.push({
        id: activityId,
        project_id: id,
        activity_kind: kind,
        target_line_id: line.id,
        description: `${info.label}: ${trade.toLowerCase()}`,
        planned_quantity: planned,
        actual_quantity: accepted
          ? Math.max(
              0,
              planned +
                weighted([
                  [0, 80],
                  [-1, 12],
                  [1, 8],
                ] as const),
            )
          : null,
        machinery_is_new: machinery ? true : null,
        machinery_improves: machinery ? true : null,
      });
      // Budget lines: for a facility-bound activity, split among the beneficiaries; judged per group.
      const forFacility = info.beneficiaries.length > 0;
      const count = Math.max(1, Math.round(volumes.budgetLinesPerActivity - 3 + next() * 6));
      const groups = new Map<string | null, { cost: number }[]>();
      const drafts: { facilityId: string | null; cost: number; item: number }[] = [];
      for (let b = 0; b < count; b++) {
        const facilityId = forFacility ? (facilityList[b % facilityList.length] as FacilityRef).id : null;
        const cost = thousands(between(20, 900) * 1_000_000 + next() * 1_000_000);
        drafts.push({ facilityId, cost, item: b + 1 });
        groups.set(facilityId, [...(groups.get(facilityId) ?? []), { cost }]);
      }
      for (const [facilityId, group] of groups) {
        const groupDrafts = drafts.filter((d) => d.facilityId === facilityId);
        const groupCost = group.reduce((s, g) => s + g.cost, 0);
        const result = fundLevel
          ? computeSupport(table, {
              activityKind: kind,
              fundLevel,
              date: proposedOn,
              eligibleCost: groupCost,
            })
          : null;
        const bound = result && result.boundBy !== "NO_NORM" ? result : null;
        // Asked: within the norm (most ask the maximum), or a third of the cost where no norm applies.
        const groupRequested = thousands(
          bound ? bound.allowed * (chance(0.6) ? 1 : 0.7 + next() * 0.3) : groupCost * 0.3,
        );
        let left = groupRequested;
        groupDrafts.forEach((d, k) => {
          const last = k === groupDrafts.length - 1;
          const share = last ? left : Math.min(left, thousands((groupRequested * d.cost) / groupCost));
          const requested = Math.min(share, d.cost);
          left -= requested;
          const normId = bound?.norm && normIds.has(bound.norm.id) ? bound.norm.id : null;
          const acceptedCost = ACCEPTED_STATES.has(state)
            ? chance(0.85)
              ? d.cost
              : thousands(d.cost * (0.85 + next() * 0.14))
            : null;
          const lineId = uuid();
          projectLines.push({
            activityKind: kind,
            facilityId,
            normId,
            cost: d.cost,
            requested,
            accepted: acceptedCost,
            id: lineId,
          });
          budgetLineTable.push({
            id: lineId,
            project_id: id,
            activity_id: activityId,
            facility_id: facilityId,
            cost_item: `Hạng mục ${d.item}: ${info.label.toLowerCase()}`,
            cost: d.cost,
            requested_support: requested,
            counterpart_funds: d.cost - requested,
            norm_id: normId,
            allowed_support: bound ? bound.allowed : null,
            bound_by: result?.boundBy ?? "NO_NORM",
            norm_explanation: bound
              ? bound.explanation
              : `Chưa có định mức hỗ trợ "${info.label}" có hiệu lực ngày ${proposedOn}; khoản chi được thẩm định theo chế độ chi tiêu chung.`,
            approved_support: APPROVED_STATES.has(state) ? requested : null,
            accepted_cost: acceptedCost,
          });
        });
      }
    }
    const approvedSupport = APPROVED_STATES.has(state)
      ? projectLines.reduce((s, l) => s + l.requested, 0)
      : null;

    // Payments: what each state allows, never above the approved support.
    let paid = 0;
    let requestNo = 0;
    const payments: {
      kind: string;
      amount: number;
      status: "PAID" | "PENDING" | "REFUSED";
      on: string;
      progress: number | null;
    }[] = [];
    const approved = approvedSupport ?? 0;
    const hadAdvance = path.includes("RECORD_ADVANCE");
    if (approved > 0 && hadAdvance) {
      const amount = thousands(approved * (0.2 + next() * 0.1));
      if (chance(0.15))
        payments.push({
          kind: "ADVANCE",
          amount,
          status: "REFUSED",
          on: advancePaidOn as string,
          progress: 2_000,
        });
      if (amount > 0) {
        payments.push({
          kind: "ADVANCE",
          amount,
          status: "PAID",
          on: advancePaidOn as string,
          progress: 2_000,
        });
        paid += amount;
      }
    } else if (approved > 0 && state === "CONTRACTED" && chance(0.35)) {
      const amount = thousands(approved * 0.2);
      if (amount > 0)
        payments.push({
          kind: "ADVANCE",
          amount,
          status: "PENDING",
          on: dateOf(TODAY_MS - between(1, 20) * DAY),
          progress: 2_000,
        });
    }
    if (approved > 0 && ACCEPTED_STATES.has(state)) {
      const pays = state !== "ACCEPTED" ? chance(0.92) : chance(0.5);
      const amount = thousands(Math.max(0, approved * (0.75 + next() * 0.2) - paid));
      if (amount > 0 && (pays || (state === "ACCEPTED" && chance(0.6)))) {
        const status = pays ? "PAID" : "PENDING";
        // A payment in two instalments now and then (the first paid before the second is asked).
        const first = chance(0.15) ? thousands(amount * 0.6) : 0;
        if (first > 0) {
          payments.push({
            kind: "PAYMENT",
            amount: first,
            status: "PAID",
            on: after(10, 40),
            progress: null,
          });
          paid += first;
        }
        payments.push({ kind: "PAYMENT", amount: amount - first, status, on: after(10, 40), progress: null });
        if (status === "PAID") paid += amount - first;
      }
    }
    let finalSupport: number | null = null;
    let finalPayment: number | null = null;
    let refundDue: number | null = null;
    let refundReceived = 0;
    if (state === "SETTLED" || state === "CLOSED") {
      const groups = new Map<string, typeof projectLines>();
      for (const l of projectLines) {
        const key = `${l.activityKind}|${l.facilityId ?? ""}`;
        groups.set(key, [...(groups.get(key) ?? []), l]);
      }
      const settlementLines = [...groups.values()].map((group) => {
        const first = group[0] as (typeof projectLines)[number];
        const approvedOfGroup = group.reduce((s, l) => s + l.requested, 0);
        const acceptedCost = group.reduce((s, l) => s + (l.accepted ?? l.cost), 0);
        const result =
          fundLevel && first.normId
            ? computeSupport(table, {
                activityKind: first.activityKind,
                fundLevel,
                date: proposedOn,
                eligibleCost: acceptedCost,
              })
            : null;
        return {
          approvedSupport: approvedOfGroup,
          allowedOnAcceptedCost: result && result.boundBy !== "NO_NORM" ? result.allowed : acceptedCost,
        };
      });
      const s = settle(settlementLines, paid);
      finalSupport = s.finalSupport;
      finalPayment = s.finalPayment;
      refundDue = s.refund;
      if (finalPayment > 0 && (state === "CLOSED" || chance(0.5))) {
        const status = state === "CLOSED" || chance(0.4) ? "PAID" : "PENDING";
        payments.push({
          kind: "FINAL",
          amount: finalPayment,
          status,
          on: dateOf(Math.min(msOf(settledOn as string) + between(10, 40) * DAY, TODAY_MS)),
          progress: null,
        });
      }
      if (refundDue > 0)
        refundReceived = state === "CLOSED" ? refundDue : chance(0.5) ? thousands(refundDue / 2) : 0;
    } else if (state === "STOPPED" && approved > 0) {
      // A stopped đề án keeps what was paid; nothing more.
    }

    const createdAt = stamp(proposedOn);
    const lastEvent = events.at(-1) as (typeof events)[number];
    const updatedAt = stamp(lastEvent.on);
    const code = `ĐA-${year}-${String(seq).padStart(5, "0")}`;
    const title = `Hỗ trợ ${weighted([
      ["ứng dụng máy móc, thiết bị tiên tiến trong sản xuất", 50],
      ["xây dựng mô hình trình diễn kỹ thuật sản xuất", 20],
      ["phát triển sản phẩm công nghiệp nông thôn tiêu biểu", 15],
      ["đào tạo nghề, truyền nghề", 15],
    ] as const)} ${trade.toLowerCase()}`;
    projectTable.push({
      id,
      code,
      title,
      year,
      fund_source: fundSource,
      commune_code: communeCode,
      implementing_unit_id: unit,
      proposed_on: proposedOn,
      objective:
        "Nâng cao năng suất, chất lượng sản phẩm, giảm ô nhiễm môi trường và tạo việc làm ở nông thôn",
      planned_start: contractDate,
      planned_end: contractDate ? `${year}-11-30` : null,
      state,
      appraised_by_id: appraisedOn ? department : null,
      appraised_on: appraisedOn,
      appraisal_opinion: appraisedOn ? "Đề án phù hợp nội dung chương trình, dự toán đúng định mức" : null,
      decision_number: decisionDate ? `${between(100, 2_999)}/QĐ-SCT` : null,
      decision_date: decisionDate,
      approved_by_id: decisionDate ? department : null,
      contract_number: contractDate ? `${seq}/${year}/HĐ-KC` : null,
      contract_date: contractDate,
      accepted_on: acceptedOn,
      settled_on: settledOn,
      last_reason: lastReason,
      created_by_id: creator,
      version: events.length + between(1, 6),
      created_at: createdAt,
      updated_at: updatedAt,
      approved_support: approvedSupport,
      final_support: finalSupport,
      final_payment: finalPayment,
      refund_due: refundDue,
      refund_received: refundReceived,
    });
    for (const f of facilityList)
      beneficiaryTable.push({ project_id: id, facility_id: f.id, added_at: createdAt });
    audit.push({
      at: createdAt,
      user_id: creator,
      action: "project.create",
      entity_type: "Project",
      entity_id: id,
      before: null,
      after: { id, code, title, year, fundSource, communeCode, state: "DRAFT" },
    });
    for (const e of events) {
      const at = stamp(e.on);
      eventTable.push({
        project_id: id,
        action: e.action,
        from_state: e.from,
        to_state: e.to,
        actor_id: e.actor,
        at,
        reason: e.reason ?? null,
      });
      if (e.action !== "CREATE") {
        audit.push({
          at,
          user_id: e.actor,
          action: `project.${e.action.toLowerCase()}`,
          entity_type: "Project",
          entity_id: id,
          before: { state: e.from },
          after: { state: e.to },
        });
      }
    }
    const requester = unitUserOf.get(unit) as string;
    for (const p of payments) {
      requestNo++;
      const paymentId = uuid();
      const requestedAt = stamp(dateOf(Math.max(msOf(p.on) - between(1, 10) * DAY, msOf(proposedOn))));
      const decided = p.status !== "PENDING";
      const decider = pick(treasuryIds);
      const decidedAt = decided ? stamp(p.on) : null;
      paymentTable.push({
        id: paymentId,
        project_id: id,
        request_key: `req-${requestNo}`,
        kind: p.kind,
        amount: p.amount,
        progress: p.kind === "ADVANCE" ? p.progress : null,
        status: p.status,
        requested_by_id: requester,
        requested_at: requestedAt,
        decided_by_id: decided ? decider : null,
        decided_at: decidedAt,
        paid_on: p.status === "PAID" ? p.on : null,
        treasury_reference: p.status === "PAID" ? `KB3-${year}-${between(10_000, 99_999)}` : null,
        refusal_reason: p.status === "REFUSED" ? "Hồ sơ đề nghị tạm ứng thiếu bảo lãnh tạm ứng" : null,
      });
      audit.push({
        at: requestedAt,
        user_id: requester,
        action: "payment.request",
        entity_type: "PaymentRequest",
        entity_id: paymentId,
        before: null,
        after: { projectId: id, kind: p.kind, amount: p.amount, status: "PENDING" },
      });
      if (decided) {
        audit.push({
          at: decidedAt,
          user_id: decider,
          action: p.status === "PAID" ? "payment.pay" : "payment.refuse",
          entity_type: "PaymentRequest",
          entity_id: paymentId,
          before: { status: "PENDING" },
          after: { status: p.status },
        });
      }
    }
    if (i % 400 === 399 || i === volumes.projects - 1) {
      // Parents first: the writer keeps the order in which chunks are queued.
      for (const t of projectFamily) t.flush();
      await writer.drain();
      if (i % 10_000 === 9_999) log(`đề án: ${i + 1}`);
    }
  }
  await writer.drain(0);
  await em.query("SELECT setval('project_code_seq', $1)", [Math.max(1, volumes.projects)]);

  // ---- Envelopes: each year and fund covers what is committed against it, with some headroom ----------
  const allocations: { year: number; fund_source: string; allocated: string }[] = await em.query(`
    SELECT y.year, f.fund_source, coalesce(sum(CASE
             WHEN p.state = 'STOPPED' THEN (SELECT coalesce(sum(r.amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PAID')
             WHEN p.final_support IS NOT NULL THEN p.final_support
             ELSE p.approved_support END), 0)::bigint AS allocated
      FROM generate_series(2026, 2030) AS y(year)
     CROSS JOIN (VALUES ('NATIONAL_FUND'), ('CITY_BUDGET')) AS f(fund_source)
      LEFT JOIN project p ON p.year = y.year AND p.fund_source = f.fund_source AND p.approved_support IS NOT NULL
     GROUP BY y.year, f.fund_source ORDER BY 1, 2`);
  const envelopeTable = w("budget_envelope", [
    ["id", "uuid"],
    ["year", "int"],
    ["fund_source", "text"],
    ["amount", "bigint"],
    ["decision_number", "text"],
    ["decision_date", "date"],
    ["created_by_id", "uuid"],
    ["version", "int"],
  ]);
  for (const a of allocations) {
    const id = uuid();
    const amount =
      Math.ceil((Number(a.allocated) * (1.05 + next() * 0.15)) / 1_000_000_000) * 1_000_000_000 ||
      1_000_000_000;
    envelopeTable.push({
      id,
      year: a.year,
      fund_source: a.fund_source,
      amount,
      decision_number: `${between(100, 999)}/QĐ-UBND`,
      decision_date: `${a.year - 1}-12-${between(10, 28)}`,
      created_by_id: financeId,
      version: 1,
    });
    audit.push({
      at: stamp(`${a.year - 1}-12-28`),
      user_id: financeId,
      action: "envelope.create",
      entity_type: "BudgetEnvelope",
      entity_id: id,
      before: null,
      after: { year: a.year, fundSource: a.fund_source, amount },
    });
  }
  envelopeTable.flush();

  // ---- Annual plans and registrations --------------------------------------------------------------
  const [{ code: programmeCode }] = await em.query("SELECT code FROM programme ORDER BY first_year LIMIT 1");
  const planTable = w("annual_plan", [
    ["id", "uuid"],
    ["programme_code", "text"],
    ["year", "int"],
    ["status", "text"],
    ["decision_number", "text"],
    ["decision_date", "date"],
    ["consolidated_at", "timestamptz"],
    ["consolidated_by_id", "uuid"],
    ["approved_at", "timestamptz"],
    ["approved_by_id", "uuid"],
    ["version", "int"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ]);
  const registrationTable = w("plan_registration", [
    ["plan_id", "uuid"],
    ["commune_code", "text"],
    ["unit_id", "uuid"],
    ["target_line_id", "uuid"],
    ["quantity", "int"],
    ["estimated_cost", "bigint"],
    ["fund_source", "text"],
    ["note", "text"],
    ["created_by_id", "uuid"],
    ["version", "int"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ]);
  const [{ count: plansAlready }] = await em.query("SELECT count(*)::int AS count FROM annual_plan");
  if (plansAlready === 0) {
    for (const year of YEARS) {
      const planId = uuid();
      const opened = stamp(`${year - 1}-06-01`);
      const consolidated = stamp(`${year - 1}-10-15`);
      const approved = stamp(`${year - 1}-12-20`);
      planTable.push({
        id: planId,
        programme_code: programmeCode,
        year,
        status: "APPROVED",
        decision_number: `${between(1_000, 3_999)}/QĐ-UBND`,
        decision_date: `${year - 1}-12-20`,
        consolidated_at: consolidated,
        consolidated_by_id: departmentIds[0],
        approved_at: approved,
        approved_by_id: departmentIds[0],
        version: 3,
        created_at: opened,
        updated_at: approved,
      });
      for (const step of ["open", "consolidate", "approve"]) {
        audit.push({
          at: step === "open" ? opened : step === "consolidate" ? consolidated : approved,
          user_id: departmentIds[0],
          action: `annual_plan.${step}`,
          entity_type: "AnnualPlan",
          entity_id: planId,
          before: null,
          after: { year },
        });
      }
      const registrants = [
        ...communes.filter(() => chance(0.35)).map((c) => ({ commune: c.code, unit: null as string | null })),
        ...units.map((u) => ({ commune: null as string | null, unit: u })),
      ];
      for (const r of registrants) {
        const count = between(1, 4);
        const chosen = new Set<LineRef>();
        while (chosen.size < count) chosen.add(pick(lines));
        const creator = r.commune
          ? (officerOf.get(r.commune) as string)
          : (unitUserOf.get(r.unit as string) as string);
        for (const line of chosen) {
          const at = stamp(
            `${year - 1}-${String(between(6, 9)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`,
          );
          registrationTable.push({
            plan_id: planId,
            commune_code: r.commune,
            unit_id: r.unit,
            target_line_id: line.id,
            quantity: between(1, 5),
            estimated_cost: between(50, 2_000) * 1_000_000,
            fund_source: chance(0.3) ? "NATIONAL_FUND" : "CITY_BUDGET",
            note: null,
            created_by_id: creator,
            version: 1,
            created_at: at,
            updated_at: at,
          });
        }
      }
      planTable.flush();
      registrationTable.flush();
      await writer.drain();
    }
  }
  audit.flush();
  await writer.drain(0);
  void adminId;

  for (const t of moneyTriggers) await em.query(`ALTER TABLE ${t.table} ENABLE TRIGGER "${t.name}"`);
  const moneyFiguresRebuilt = await rebuildMoneyFiguresIfPresent(em, log);
  log("ANALYZE");
  await em.query("ANALYZE");

  const rows: Record<string, number> = {};
  for (const t of [
    communeTable,
    unitTable,
    userTable,
    facilityTable,
    projectTable,
    beneficiaryTable,
    activityTable,
    budgetLineTable,
    eventTable,
    paymentTable,
    envelopeTable,
    planTable,
    registrationTable,
    audit,
  ]) {
    rows[t.table] = (rows[t.table] ?? 0) + t.count;
  }
  return { scale: options.scale, seed, rows, moneyFiguresRebuilt, seconds: (Date.now() - started) / 1_000 };
}

/**
 * The lifecycle actions that bring a new đề án to `state`, in order (the domain's transition table):
 * some are rejected after appraisal, some advanced before starting, some adjusted on the way.
 */
function pathTo(state: ProjectState, chance: (p: number) => boolean): string[] {
  const toApproved = ["SUBMIT", "APPRAISE", "APPROVE"];
  const toStarted = () => [
    ...toApproved,
    "SIGN_CONTRACT",
    ...(chance(0.7) ? ["RECORD_ADVANCE"] : []),
    "START",
  ];
  const adjusted = () => (chance(0.15) ? ["REQUEST_ADJUSTMENT", "APPROVE_ADJUSTMENT"] : []);
  switch (state) {
    case "DRAFT":
      return [];
    case "SUBMITTED":
      return ["SUBMIT"];
    case "APPRAISED":
      return ["SUBMIT", "APPRAISE"];
    case "REJECTED":
      return chance(0.5) ? ["SUBMIT", "REJECT"] : ["SUBMIT", "APPRAISE", "REJECT"];
    case "APPROVED":
      return toApproved;
    case "CONTRACTED":
      return [...toApproved, "SIGN_CONTRACT"];
    case "ADVANCED":
      return [...toApproved, "SIGN_CONTRACT", "RECORD_ADVANCE"];
    case "IN_PROGRESS":
      return [...toStarted(), ...adjusted()];
    case "ADJUSTING":
      return [...toStarted(), "REQUEST_ADJUSTMENT"];
    case "ACCEPTED":
      return [...toStarted(), ...adjusted(), "ACCEPT"];
    case "SETTLED":
      return [...toStarted(), ...adjusted(), "ACCEPT", "SETTLE"];
    case "CLOSED":
      return [...toStarted(), ...adjusted(), "ACCEPT", "SETTLE", "CLOSE"];
    case "STOPPED": {
      const at = chance(0.3) ? 0 : chance(0.4) ? 1 : chance(0.5) ? 2 : 3;
      const before = [
        toApproved,
        [...toApproved, "SIGN_CONTRACT"],
        [...toApproved, "SIGN_CONTRACT", "RECORD_ADVANCE"],
        toStarted(),
      ][at] as string[];
      return [...before, "STOP"];
    }
    default:
      return [];
  }
}

/**
 * Issue 11's derived money figures (written by another part of the work) are rebuilt from the base rows
 * when their module is in the tree; imported by a computed path so that this file compiles without it.
 */
async function rebuildMoneyFiguresIfPresent(em: EntityManager, log: (m: string) => void): Promise<boolean> {
  const module = await moneyFiguresModule();
  if (!module) return false;
  log("rebuildMoneyFigures");
  await module.rebuildMoneyFigures(em);
  return true;
}

async function moneyFiguresModule(): Promise<{
  rebuildMoneyFigures: (em: EntityManager) => Promise<unknown>;
} | null> {
  const candidates = ["../../src/money/money-figures.ts", "../../src/money/money-figures.js"];
  if (!candidates.some((c) => existsSync(fileURLToPath(new URL(c, import.meta.url))))) return null;
  const specifier = "../../src/money/money-figures.js";
  const module = (await import(/* @vite-ignore */ specifier)) as {
    rebuildMoneyFigures?: (em: EntityManager) => Promise<unknown>;
  };
  return typeof module.rebuildMoneyFigures === "function"
    ? { rebuildMoneyFigures: module.rebuildMoneyFigures }
    : null;
}
