import {
  FUND_SOURCES,
  type FundSource,
  PROGRAMME_YEARS,
  PROJECT_STATES,
  type ProjectState,
  todayInVietnam,
  yearOfCalendarDate,
} from "@khuyencong/domain";
import type { Lang } from "../../lib/i18n";

/**
 * The dashboard's and the programme screen's arithmetic, kept out of the components: which year to open
 * on, how figures are written, how the API's rows become the tables' rows, and where each figure links.
 */

/**
 * The year to open on: this year in Việt Nam (not the browser's time zone) inside the programme's period,
 * else the nearest end of it. `years` defaults to the domain's programme years.
 */
export function currentProgrammeYear(
  years: readonly number[] = PROGRAMME_YEARS,
  today: string = todayInVietnam(),
): number {
  const year = yearOfCalendarDate(today);
  if (years.length === 0) return year;
  return Math.min(Math.max(...years), Math.max(Math.min(...years), year));
}

/** `0.452` → `45,2%` (vi) or `45.2%` (en); a dash when there is no rate (no target). */
export function formatRate(rate: number | null | undefined, lang: Lang): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return "—";
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

/** A rate as a whole-number percentage for a chart's bars (0.452 → 45.2); 0 when there is none. */
export function ratePercent(rate: number | null | undefined): number {
  return rate === null || rate === undefined ? 0 : Math.round(rate * 1000) / 10;
}

/** An integer with the language's thousands separator: `1.234` (vi), `1,234` (en). */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return n < 0 ? `-${digits}` : digits;
}

/**
 * Big sums in tỷ (10⁹) or triệu (10⁶) đồng for a card or a chart's axis: `1,25 tỷ ₫`, `300 triệu ₫`;
 * in English `1.25 billion ₫`. Below a million the exact figure. The exact value is always shown beside
 * it (tooltip or table): this is a reading aid, not the record.
 */
export function compactDong(amount: number | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined) return "—";
  const abs = Math.abs(amount);
  const [scale, vi, en] =
    abs >= 1e9 ? [1e9, "tỷ", "billion"] : abs >= 1e6 ? [1e6, "triệu", "million"] : [1, "", ""];
  if (scale === 1) return `${formatCount(amount, lang)} ₫`;
  const value = amount / scale;
  // Two decimals for small multiples (1,25 tỷ), one from 10 (12,5 tỷ), none from 100 (125 tỷ); no trailing zeros.
  const decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const fixed = String(Number(value.toFixed(decimals)));
  const [int = "0", frac] = fixed.replace("-", "").split(".");
  const intText = formatCount(Number(int), lang);
  const sep = lang === "vi" ? "," : ".";
  const text = `${value < 0 ? "-" : ""}${intText}${frac ? sep + frac : ""}`;
  return `${text} ${lang === "vi" ? vi : en} ₫`;
}

/** The đề án list filtered as the figure counts: `/de-an?state=SUBMITTED&year=2026`, `/de-an?fund=…`. */
export function projectsHref(f: {
  state?: ProjectState | readonly ProjectState[];
  year?: number;
  fund?: FundSource;
}): string {
  const p: string[] = [];
  const states = f.state === undefined ? [] : typeof f.state === "string" ? [f.state] : [...f.state];
  if (states.length) p.push(`state=${states.join(",")}`);
  if (f.year !== undefined) p.push(`year=${f.year}`);
  if (f.fund) p.push(`fund=${f.fund}`);
  return p.length ? `/de-an?${p.join("&")}` : "/de-an";
}

/** The anchor of a content group's row on the programme screen: `nhom-II`. */
export const groupAnchor = (code: string) => `nhom-${code}`;

/** `/chuong-trinh#nhom-II`. */
export const groupHref = (code: string) => `/chuong-trinh#${groupAnchor(code)}`;

/* --------------------------------------------------------------------------- money per fund source */

export interface EnvelopeFigures {
  fundSource: FundSource;
  amount: number;
  allocated: number;
  available: number;
}
export interface MoneyFigures {
  fundSource?: FundSource | null;
  projectCount: number;
  approved: number;
  /** Still committed (the envelopes' figure): approved, settled at the final support, stopped at what was paid. */
  committed?: number | null;
  advanced?: number | null;
  paid?: number | null;
  finalSupport?: number | null;
}
export interface FundRow {
  fundSource: FundSource;
  /** The year's envelope (dự toán được giao); null when none is recorded or the role may not read it. */
  envelope: number | null;
  projectCount: number;
  approved: number;
  committed: number;
  advanced: number;
  paid: number;
  settled: number;
}

/**
 * One row per fund source that has an envelope or a đề án in the year, in the decision's order; the
 * envelopes of a fund are added up (Finance may record a supplement as a second envelope).
 */
export function fundRows(
  envelopes: readonly EnvelopeFigures[] | null,
  money: readonly MoneyFigures[],
): FundRow[] {
  const rows: FundRow[] = [];
  for (const fund of FUND_SOURCES) {
    const own = envelopes?.filter((e) => e.fundSource === fund) ?? [];
    const m = money.find((r) => r.fundSource === fund);
    if (own.length === 0 && !m) continue;
    rows.push({
      fundSource: fund,
      envelope: own.length ? own.reduce((s, e) => s + e.amount, 0) : null,
      projectCount: m?.projectCount ?? 0,
      approved: m?.approved ?? 0,
      committed: m?.committed ?? 0,
      advanced: m?.advanced ?? 0,
      paid: m?.paid ?? 0,
      settled: m?.finalSupport ?? 0,
    });
  }
  return rows;
}

/* ------------------------------------------------------------------------------- đề án per state */

/** Every lifecycle state in its order, with its count (0 where none): the pipeline at a glance. */
export function stateCounts(
  rows: readonly { state?: ProjectState | null; projectCount: number }[],
): { state: ProjectState; count: number }[] {
  return PROJECT_STATES.map((state) => ({
    state,
    count: rows.find((r) => r.state === state)?.projectCount ?? 0,
  }));
}

/* ------------------------------------------------------------------------ attainment per content group */

export interface AttainmentFigures {
  year: number;
  groupCode: string;
  groupName: string;
  attainment?: number | null;
  attainmentToDate?: number | null;
  linesAchieved?: number | null;
  linesOnTrack?: number | null;
  linesBehind?: number | null;
}
export interface GroupAttainment {
  code: string;
  name: string;
  /** Attainment to date as of each year asked, by year. */
  toDate: Record<number, number | null>;
  /** Share of the period's totals done, as of the last year asked. */
  period: number | null;
  achieved: number;
  onTrack: number;
  behind: number;
}

/**
 * The `attainment(groupBy: GROUP)` rows turned into one row per group, in the programme's order, with the
 * rate to date for each year and the counts as of `asOf`.
 */
export function groupAttainment(rows: readonly AttainmentFigures[], asOf: number): GroupAttainment[] {
  const out = new Map<string, GroupAttainment>();
  for (const r of rows) {
    const g = out.get(r.groupCode) ?? {
      code: r.groupCode,
      name: r.groupName,
      toDate: {},
      period: null,
      achieved: 0,
      onTrack: 0,
      behind: 0,
    };
    g.toDate[r.year] = r.attainmentToDate ?? null;
    if (r.year === asOf) {
      g.period = r.attainment ?? null;
      g.achieved = r.linesAchieved ?? 0;
      g.onTrack = r.linesOnTrack ?? 0;
      g.behind = r.linesBehind ?? 0;
    }
    out.set(r.groupCode, g);
  }
  return [...out.values()];
}

/** The years to judge attainment as of: the programme's years up to the one chosen. */
export const yearsUpTo = (years: readonly number[], year: number) => years.filter((y) => y <= year);
