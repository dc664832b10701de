/**
 * What the browser tests do on the app's widgets and read from its texts, written once: Mantine selects,
 * money as the app writes it, text with its spaces made plain.
 */
import type { Locator, Page } from "playwright-core";

/** The page a locator (a dialog, a form) belongs to; the page itself. */
const pageOf = (scope: Page | Locator): Page => ("goto" in scope ? scope : scope.page());

/**
 * Picks `option` (its exact name) in the Mantine select found by its role and accessible name `label`
 * inside `scope`, typing `search` first in a searchable one. Options are rendered in a portal on the page.
 */
export async function choose(
  scope: Page | Locator,
  label: string,
  option: string,
  { search, exactLabel = false }: { search?: string; exactLabel?: boolean } = {},
): Promise<void> {
  const input = scope.getByRole("combobox", { name: label, exact: exactLabel });
  await input.click();
  if (search) await input.fill(search);
  await pageOf(scope).getByRole("option", { name: option, exact: true }).click();
}

/**
 * Picks the first option named like `option` in the Mantine select labelled `label` (the first such field
 * inside `scope`), typing `search` first in a searchable one.
 */
export async function pick(
  scope: Page | Locator,
  label: string | RegExp,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: false }).first();
  await input.click();
  if (search) await input.fill(search);
  await pageOf(scope).getByRole("option", { name: option }).first().click();
}

/** Text with every kind of space as one plain space (money is written with a no-break space). */
export const plain = (text: string): string => text.replace(/\s+/g, " ").trim();

/** `1.234.567 ₫`, as the app writes money (with a plain space: compare with `plain` text). */
export const dong = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`;

/**
 * Types a date as the user does: `dd/mm/yyyy` in a DateField, then leaves the field; a browser date
 * input (a screen not yet moved to DateField) takes the ISO form. `iso` is `YYYY-MM-DD`.
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  if ((await field.getAttribute("type")) === "date") {
    await field.fill(iso);
    return;
  }
  const [y, m, d] = iso.split("-");
  await field.fill(`${d}/${m}/${y}`);
  await field.press("Tab");
}
