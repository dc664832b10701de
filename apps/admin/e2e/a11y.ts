/**
 * An accessibility check of the page as it is now, by axe-core (WCAG 2.1 A and AA rules), injected from
 * the npm package: no network. Returns the serious and critical violations, each with where it is.
 */
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const axe = createRequire(import.meta.url)("axe-core") as { source: string };

export interface AccessibilityProblem {
  rule: string;
  impact: AxeResults["violations"][number]["impact"];
  help: string;
  where: string[];
  count: number;
}

export async function accessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  // Evaluated through the DevTools protocol rather than added as an inline <script>, which the app's
  // Content-Security-Policy (script-src 'self') rightly blocks.
  await page.evaluate(`${axe.source}\n;undefined`);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`),
      count: v.nodes.length,
    }));
}

/** Fails with the list of problems when the page has a serious or critical accessibility violation. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) {
    throw new Error(
      `${where}: ${problems.length} accessibility problem(s)\n${JSON.stringify(problems, null, 2)}`,
    );
  }
}
