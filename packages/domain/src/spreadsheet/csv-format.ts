/**
 * How every CSV file of the system is written, stated once: the rule that keeps a cell from running as
 * a spreadsheet formula, and the options both apps hand to csv-stringify (the API for its report
 * downloads, the admin app for its page exports). Pure data and a pure function: this package has no
 * runtime dependency, so the apps bring csv-stringify themselves.
 */

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a CSV cell as a formula (OWASP
 * "CSV Injection": `=`, `+`, `-`, `@`, tab, carriage return), plus their full-width forms, which Apple
 * Numbers folds into the ASCII ones.
 */
export const FORMULA_TRIGGERS: readonly string[] = [
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
];

/**
 * A negative number written as plain decimal text ("-1500000", "-12.5"): every spreadsheet reads it as
 * that number, and it has no room for a function call, so it stays a number rather than becoming text.
 */
const NEGATIVE_DECIMAL = /^-\d+(\.\d+)?$/;

/**
 * A text cell as it may safely go into a CSV file: a cell that a spreadsheet would run as a formula gets a
 * leading single quote, which Excel and LibreOffice show as the literal text. Only text passes here:
 * numbers (money, counts) are written by the CSV writer as numbers and never start a formula.
 */
export function neutraliseSpreadsheetCell(text: string): string {
  const first = text.charAt(0);
  if (!FORMULA_TRIGGERS.includes(first)) return text;
  if (first === "-" && NEGATIVE_DECIMAL.test(text)) return text;
  return `'${text}`;
}

/**
 * The separator of every CSV file. A comma (RFC 4180), which Excel under Vietnamese regional settings
 * (list separator `;`) opens as one column unless imported through Data → From Text/CSV; kept as it is
 * until the export screens offer a choice.
 */
export const CSV_DELIMITER = ",";

/**
 * The csv-stringify options of every CSV file: UTF-8 with a byte-order mark (without it Excel reads the
 * file in the system's code page and garbles Vietnamese), {@link CSV_DELIMITER}, CRLF line ends, a cell
 * quoted when it holds the separator, a quote, a CR or a LF (RFC 4180), and every text cell through {@link neutraliseSpreadsheetCell}. csv-stringify's own `escape_formulas`
 * stays off: the rule is ours, tested here, and the same in the browser and on the server.
 */
export const CSV_FORMAT = {
  bom: true,
  delimiter: CSV_DELIMITER,
  record_delimiter: "\r\n",
  // With its own record delimiter csv-stringify would stop quoting a lone CR or LF inside a cell, and a
  // name holding a line break would split its row: quote every cell holding one.
  quote_record_delimiter: true,
  eof: true,
  escape_formulas: false,
  cast: { string: (value: string): string => neutraliseSpreadsheetCell(value) },
};
