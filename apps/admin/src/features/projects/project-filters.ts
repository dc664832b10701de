import { isProgrammeYear, PROJECT_STATES, type ProjectState } from "@khuyencong/domain";
import { FUND_SOURCES, type FundSource } from "@khuyencong/domain";

/**
 * The đề án list's filters as they stand in the address bar, so that a link (the dashboard's "Chờ thẩm
 * định", a colleague's bookmark) opens the list filtered: `state` (comma-separated ProjectState values),
 * `year`, `fund`, `commune` (code), `line` (target line id), `q` (search) and `after` (page cursor).
 */
export interface ProjectFilters {
  states: ProjectState[];
  year: number | null;
  fund: FundSource | null;
  commune: string | null;
  line: string | null;
  q: string;
  after: string | null;
}

export const NO_FILTERS: ProjectFilters = {
  states: [],
  year: null,
  fund: null,
  commune: null,
  line: null,
  q: "",
  after: null,
};

const isState = (s: string): s is ProjectState => (PROJECT_STATES as readonly string[]).includes(s);
const isFund = (s: string): s is FundSource => (FUND_SOURCES as readonly string[]).includes(s);

/** Reads `?state=SUBMITTED,APPRAISED&year=2026…`; unknown or malformed values are ignored, not guessed. */
export function parseProjectFilters(search: string): ProjectFilters {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const states = [
    ...new Set(
      (p.get("state") ?? "")
        .split(",")
        .map((s) => s.trim().toUpperCase())
        .filter(isState),
    ),
  ];
  const yearText = p.get("year")?.trim() ?? "";
  const year = isProgrammeYear(Number(yearText)) ? Number(yearText) : null;
  const fund = p.get("fund")?.trim().toUpperCase() ?? "";
  const text = (name: string) => {
    const v = p.get(name)?.trim();
    return v ? v : null;
  };
  return {
    states,
    year,
    fund: isFund(fund) ? fund : null,
    commune: text("commune"),
    line: text("line"),
    q: p.get("q") ?? "",
    after: text("after"),
  };
}

/** The query string (without `?`) of the filters; empty filters are left out, the order is stable. */
export function serializeProjectFilters(f: ProjectFilters): string {
  const p = new URLSearchParams();
  if (f.states.length) p.set("state", f.states.join(","));
  if (f.year !== null) p.set("year", String(f.year));
  if (f.fund) p.set("fund", f.fund);
  if (f.commune) p.set("commune", f.commune);
  if (f.line) p.set("line", f.line);
  if (f.q.trim()) p.set("q", f.q);
  if (f.after) p.set("after", f.after);
  // Commas are kept readable: `state=SUBMITTED,APPRAISED`.
  return p.toString().replace(/%2C/gi, ",");
}

/** A change of any filter but the page goes back to the first page. */
export function withFilter(
  f: ProjectFilters,
  change: Partial<Omit<ProjectFilters, "after">>,
): ProjectFilters {
  return { ...f, ...change, after: null };
}

/** The `projects` query's variables for the filters. */
export function projectQueryVariables(f: ProjectFilters, first: number) {
  return {
    first,
    after: f.after,
    year: f.year,
    states: f.states.length ? f.states : null,
    fundSource: f.fund,
    communeCode: f.commune,
    targetLineId: f.line,
    search: f.q.trim() || null,
  };
}
