import { CSV_FORMAT } from "@khuyencong/domain";
import { stringify } from "csv-stringify/browser/esm/sync";

/**
 * A list as a CSV file, what the screen shows, in the one format of every CSV of the system (CSV_FORMAT
 * in @khuyencong/domain, the same as the API's report downloads): UTF-8 with a BOM so Excel reads
 * Vietnamese, RFC 4180 quoting, CRLF line ends, numbers as numbers, and a text cell that a spreadsheet
 * would run as a formula (a name typed as `=HYPERLINK(…)`) written as literal text.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return stringify([headers, ...rows] as unknown[][], CSV_FORMAT);
}

/** Saves a CSV in the browser under `fileName`. */
export function saveCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
