import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PLAN_STATUSES, PROJECT_STATES, ROLES } from "@khuyencong/domain";
import { describe, expect, it } from "vitest";

/*
 * Issue 12, "domain vocabulary, once": which states count, what a date is and what today is are stated in
 * @khuyencong/domain and nowhere in the API. This reads the API's source (migrations and the demo story
 * aside: a migration is history, the demo a script) and fails on a restatement, naming the file and line.
 */

const SRC = new URL("../src/", import.meta.url).pathname;
const EXEMPT = ["db/migrations/", "demo/"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code of a file with its comments blanked (line numbers kept): prose may name a state. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(/(^|[^:])\/\/[^\n]*/g, "$1");
}

function findings(pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of sources(SRC)) {
    const name = relative(SRC, file);
    if (EXEMPT.some((prefix) => name.startsWith(prefix))) continue;
    code(readFileSync(file, "utf8"))
      .split("\n")
      .forEach((line, i) => {
        if (pattern.test(line)) out.push(`src/${name}:${i + 1}: ${line.trim()}`);
      });
  }
  return out;
}

const quoted = (names: readonly string[]) => new RegExp(`["'\`](${names.join("|")})["'\`]`);

describe("the API restates no domain vocabulary", () => {
  it("no đề án state or plan status written as a string: the domain's groups and constants instead", () => {
    expect(findings(quoted([...PROJECT_STATES, ...PLAN_STATUSES]))).toEqual([]);
  });

  it("no date check of its own: the domain's isCalendarDate and the CalendarDate scalar", () => {
    expect(findings(/\\d\{4\}-\\d\{2\}|\[0-9\]\{4\}-/)).toEqual([]);
  });

  it("no 'today in Việt Nam' of its own: the domain's todayInVietnam and calendarDateInVietnam", () => {
    expect(findings(/Intl\.DateTimeFormat|Asia\/Ho_Chi_Minh|toISOString\(\)\.slice\(0, ?10\)/)).toEqual([]);
  });

  it("no role named: what a role may do is the access table's (can), which rows it sees its data scope's (dataScopeOf)", () => {
    // The first account's role is the access table's too (FIRST_ACCOUNT_ROLE); the demo's accounts are data.
    expect(findings(quoted(ROLES))).toEqual([]);
  });

  it("finds a restatement when there is one (the scan itself works)", () => {
    const scanned = code("const a = 'APPROVED'; // 'STOPPED'\n/* 'DRAFT' */ x");
    expect(scanned.split("\n")).toHaveLength(2);
    expect(quoted(PROJECT_STATES).exec(scanned)?.[1]).toBe("APPROVED");
    expect(scanned).not.toMatch(/STOPPED|DRAFT/);
    expect(quoted(PROJECT_STATES).test(`state = 'STOPPED'`)).toBe(true);
    expect(findings(/registerEnumType|domainEnum/).length).toBeGreaterThan(0);
  });
});
