/**
 * `node dist/bench/bench/national/report.js before.json [after.json]`: issue 11's goal table from the
 * results run.ts writes with `--out` — alone p50, p99 with 8 clients, errors with 32 clients (SERVER_BUSY
 * apart), and the API ÷ floor ratio of the medians at 1, 8 and 32 clients — side by side when two runs
 * are given, marking what misses the goal.
 */
import { readFileSync } from "node:fs";

interface Cell {
  clients: number;
  count: number;
  p50: number;
  p99: number;
  perSecond: number;
  busy: number;
  errors: Record<string, number>;
}
interface Row {
  name: string;
  statements?: number;
  api: Cell[];
  floor: Cell[];
}
interface Run {
  startSeconds: number;
  maxRss: number;
  results: Row[];
}

const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")) as Run);
if (runs.length === 0) throw new Error("usage: report.js results.json [results-after.json]");

const fmt = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms)
    ? "–"
    : ms >= 1_000
      ? `${(ms / 1_000).toFixed(2)} s`
      : `${Math.round(ms)} ms`;
const at = (cells: Cell[], clients: number) => cells.find((c) => c.clients === clients);
/** Goals of issue 11: p50 ≤ 300 ms alone (searches 50 ms, reports 1 s), p99 ≤ 2 s at 8, no error at 32. */
const aloneGoal = (name: string) => (name.includes("search") ? 50 : name.includes(".xlsx") ? 1_000 : 300);
const mark = (ok: boolean) => (ok ? "" : " ✗");

function errors32(cell: Cell | undefined): string {
  if (!cell) return "–";
  const real = Object.entries(cell.errors);
  const parts = [cell.busy > 0 ? `${cell.busy} busy` : "", ...real.map(([code, n]) => `${n} ${code}`)].filter(
    Boolean,
  );
  return parts.length === 0
    ? `0 of ${cell.count}`
    : `${parts.join(", ")} of ${cell.count}${mark(real.length === 0)}`;
}

function ratio(row: Row, clients: number): string {
  const a = at(row.api, clients);
  const f = at(row.floor, clients);
  if (!a || !f) return "–";
  const r = a.p50 / f.p50;
  return `${r.toFixed(2)}×${mark(r <= 2)}`;
}

const names = runs[0]?.results.map((r) => r.name) ?? [];
const header = runs.length === 2 ? ["before", "after"] : ["measured"];
const lines: string[] = [];
lines.push(
  `| request | ${header.map((h) => `alone p50 (${h})`).join(" | ")} | ${header.map((h) => `8 clients p99 (${h})`).join(" | ")} | ${header.map((h) => `32 clients: busy, errors (${h})`).join(" | ")} |`,
  `|---|${header.map(() => "---").join("|")}|${header.map(() => "---").join("|")}|${header.map(() => "---").join("|")}|`,
);
for (const name of names) {
  const rows = runs.map((run) => run.results.find((r) => r.name === name));
  const alone = rows.map((r) => {
    const c = r && at(r.api, 1);
    return c ? `${fmt(c.p50)}${mark(c.p50 <= aloneGoal(name))}` : "–";
  });
  const eight = rows.map((r) => {
    const c = r && at(r.api, 8);
    return c ? `${fmt(c.p99)}${mark(c.p99 <= 2_000)}` : "–";
  });
  const thirtyTwo = rows.map((r) => errors32(r && at(r.api, 32)));
  lines.push(`| ${name} | ${alone.join(" | ")} | ${eight.join(" | ")} | ${thirtyTwo.join(" | ")} |`);
}
lines.push(
  "",
  `| API ÷ floor (p50) | ${header.map((h) => `1 / 8 / 32 clients (${h})`).join(" | ")} |`,
  `|---|${header.map(() => "---").join("|")}|`,
);
for (const name of names) {
  const rows = runs.map((run) => run.results.find((r) => r.name === name));
  if (!rows.some((r) => r && r.floor.length > 0)) continue;
  lines.push(
    `| ${name} | ${rows.map((r) => (r && r.floor.length > 0 ? [1, 8, 32].map((n) => ratio(r, n)).join(" / ") : "–")).join(" | ")} |`,
  );
}
lines.push("");
for (const [i, run] of runs.entries()) {
  const statements = run.results
    .filter((r) => r.statements !== undefined)
    .map((r) => `${r.name}: ${r.statements}`)
    .join("; ");
  lines.push(
    `${header[i]}: app start ${run.startSeconds.toFixed(1)} s, max RSS ${(run.maxRss / 2 ** 20).toFixed(0)} MB; SQL statements per request — ${statements}.`,
  );
}
console.log(lines.join("\n"));
