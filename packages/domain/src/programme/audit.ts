import { allTargetLines, programmeYears, sumOfYears, type Programme, type TargetLine } from "./types.js";

/** How serious an audit finding is: an `ERROR` is a contradiction in the document; a `WARNING` needs a reader's judgement. */
export type FindingSeverity = "ERROR" | "WARNING" | "INFO";

/** Stable codes of the audit's findings. */
export type FindingCode =
  /** The yearly values do not add up to the printed total. */
  | "SUM_MISMATCH"
  /** The body text states a figure that differs from the table's. */
  | "BODY_TABLE_MISMATCH"
  /** The body text states a figure for a row whose cells are all blank. */
  | "BODY_FIGURE_MISSING_IN_TABLE"
  /** The body text counts in another unit than the table. */
  | "BODY_UNIT_DIFFERS"
  /** Neither the table nor the body text gives the row any target. */
  | "NO_TARGET"
  /** The unit does not fit what the row counts. */
  | "UNIT_MISMATCH"
  /** The audit has no rule for this unit. */
  | "UNKNOWN_UNIT"
  /** A row's or group's text repeats a phrase. */
  | "REPEATED_TEXT";

/** One thing the audit found, with the figures involved and where to look in the document. */
export interface AuditFinding {
  readonly severity: FindingSeverity;
  readonly code: FindingCode;
  /** The row ("II.7") or group ("I") concerned. */
  readonly rowCode: string;
  /** In Vietnamese, for the programme manager. */
  readonly message: string;
  /** The figures compared, by name. */
  readonly figures: Readonly<Record<string, number | string | null>>;
  /** Where in the document, e.g. "Phụ lục, mục II, dòng 7; Điều 1, mục I.2, điểm b". */
  readonly location: string;
}

/* Units are compared in lower case without surrounding spaces. */
const norm = (s: string) => s.trim().toLocaleLowerCase("vi");

/*
 * Words that name the same thing in the decision's body and its table. A careful reader counts "05 hội
 * chợ" and "5 kỳ HCTL" as one measure; the audit must not report them as different.
 */
const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ["hội nghị", "hội thảo", "diễn đàn"],
  ["hội chợ", "kỳ hctl"],
  ["kỳ bình chọn", "cuộc bình chọn"],
  ["cụm công nghiệp", "ccn"],
  ["người", "học viên"],
];

function sameUnit(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  return UNIT_SYNONYMS.some((group) => group.includes(x) && group.includes(y));
}

/*
 * What each unit of the appendix can count: a row's text must mention one of these for its unit to fit.
 * Derived from the units the decision itself uses, so that another programme with other units gets an
 * UNKNOWN_UNIT notice instead of a wrong judgement.
 */
const UNIT_FITS: Readonly<Record<string, RegExp>> = {
  "mô hình": /mô hình/,
  // Support to establishments is counted per establishment whatever it buys.
  "cơ sở": /cơ sở|^hỗ trợ/,
  "hội nghị": /hội nghị|hội thảo|diễn đàn|tập huấn/,
  ccn: /cụm công nghiệp/,
  "hội chợ": /hội chợ/,
  "kỳ hctl": /hội chợ|triển lãm/,
  "gian hàng": /hội chợ|triển lãm|gian hàng/,
  "cuộc bình chọn": /bình chọn/,
  "nhãn hiệu": /nhãn hiệu/,
  "hệ thống cơ sở dữ liệu": /cơ sở dữ liệu|hệ thống thông tin/,
  lớp: /đào tạo|tập huấn|lớp/,
  hội: /hiệp hội|hội ngành nghề/,
  "cụm liên kết": /cụm liên kết/,
  cụm: /cụm/,
  người: /đào tạo|bồi dưỡng|tập huấn/,
  kỳ: /bản tin|xuất bản|ấn phẩm/,
  năm: /duy trì|thù lao|vận hành|hằng năm|hàng năm/,
  đoàn: /đoàn/,
  "chương trình": /chương trình|ứng dụng|phần mềm/,
};

/* A row that keeps something running is measured in years of operation, whatever it operates. */
const CONTINUING_OPERATION = /^(duy trì|quản lý, vận hành|vận hành)/;

/** Text segments repeated within one name, ignoring abbreviations in brackets: a copy-paste slip. */
function repeatedSegments(text: string): string[] {
  const segments = text
    .split(";")
    .map((s) => norm(s.replace(/\([^)]*\)/g, "")).replace(/\s+/g, " "))
    .filter((s) => s.length > 0);
  return segments.filter((s, i) => segments.indexOf(s) !== i);
}

function checkSums(line: TargetLine, findings: AuditFinding[]): void {
  const hasYearValue = Object.values(line.yearly).some((v) => v !== null);
  if (!hasYearValue && line.printedTotal === null) return;
  const sum = sumOfYears(line);
  if (line.printedTotal === null || sum !== line.printedTotal) {
    findings.push({
      severity: "ERROR",
      code: "SUM_MISMATCH",
      rowCode: line.code,
      message:
        line.printedTotal === null
          ? `Dòng ${line.code}: có chỉ tiêu từng năm (cộng ${sum} ${line.unit}) nhưng cột Tổng để trống.`
          : `Dòng ${line.code}: cộng các năm được ${sum} ${line.unit}, nhưng cột Tổng ghi ${line.printedTotal}.`,
      figures: { sumOfYears: sum, printedTotal: line.printedTotal, unit: line.unit },
      location: line.source,
    });
  }
}

function checkUnitFit(line: TargetLine, findings: AuditFinding[]): void {
  const unit = norm(line.unit);
  const text = norm(line.name);
  if (CONTINUING_OPERATION.test(text) && unit !== "năm") {
    findings.push({
      severity: "WARNING",
      code: "UNIT_MISMATCH",
      rowCode: line.code,
      message: `Dòng ${line.code}: là hoạt động duy trì, vận hành thường xuyên nhưng đơn vị tính là "${line.unit}"; hoạt động này thường tính theo "Năm".`,
      figures: { unit: line.unit, expectedUnit: "Năm" },
      location: line.source,
    });
    return;
  }
  const fits = UNIT_FITS[unit];
  if (!fits) {
    findings.push({
      severity: "INFO",
      code: "UNKNOWN_UNIT",
      rowCode: line.code,
      message: `Dòng ${line.code}: đơn vị tính "${line.unit}" chưa có trong quy tắc kiểm tra; cần người đọc xem lại.`,
      figures: { unit: line.unit },
      location: line.source,
    });
  } else if (!fits.test(text)) {
    findings.push({
      severity: "WARNING",
      code: "UNIT_MISMATCH",
      rowCode: line.code,
      message: `Dòng ${line.code}: đơn vị tính "${line.unit}" không phù hợp với nội dung "${line.name}".`,
      figures: { unit: line.unit },
      location: line.source,
    });
  }
}

function checkBodyFigures(programme: Programme, line: TargetLine, findings: AuditFinding[]): void {
  const figures = programme.bodyTargets.filter((b) => b.lineCode === line.code);
  const tableHasTarget = line.printedTotal !== null || Object.values(line.yearly).some((v) => v !== null);
  if (figures.length === 0 && !tableHasTarget) {
    findings.push({
      severity: "WARNING",
      code: "NO_TARGET",
      rowCode: line.code,
      message: `Dòng ${line.code}: không có chỉ tiêu ở năm nào, cột Tổng trống và phần nội dung Quyết định cũng không nêu con số.`,
      figures: { unit: line.unit },
      location: line.source,
    });
    return;
  }
  for (const fig of figures) {
    const location = `${line.source}; ${fig.location}`;
    const tableTotal = line.printedTotal ?? (tableHasTarget ? sumOfYears(line) : null);
    if (tableTotal === null) {
      findings.push({
        severity: "ERROR",
        code: "BODY_FIGURE_MISSING_IN_TABLE",
        rowCode: line.code,
        message: `Dòng ${line.code}: phần nội dung Quyết định nêu ${fig.value} ${fig.unit} ("${fig.quote}") nhưng Phụ lục để trống cả các năm và cột Tổng.`,
        figures: { bodyValue: fig.value, bodyUnit: fig.unit, tableTotal: null },
        location,
      });
      continue;
    }
    if (sameUnit(fig.unit, line.unit)) {
      if (fig.value !== tableTotal) {
        findings.push({
          severity: "ERROR",
          code: "BODY_TABLE_MISMATCH",
          rowCode: line.code,
          message: `Dòng ${line.code}: phần nội dung Quyết định nêu ${fig.value} ${fig.unit}, Phụ lục ghi tổng ${tableTotal} ${line.unit}.`,
          figures: { bodyValue: fig.value, bodyUnit: fig.unit, tableTotal, tableUnit: line.unit },
          location,
        });
      }
      continue;
    }
    if (line.perUnit && sameUnit(fig.unit, line.perUnit.unit)) {
      const converted = tableTotal * line.perUnit.quantity;
      if (converted !== fig.value) {
        findings.push({
          severity: "ERROR",
          code: "BODY_TABLE_MISMATCH",
          rowCode: line.code,
          message: `Dòng ${line.code}: phần nội dung Quyết định nêu ${fig.value} ${fig.unit}, Phụ lục ghi ${tableTotal} ${line.unit} × ${line.perUnit.quantity} ${line.perUnit.unit} = ${converted} ${line.perUnit.unit}.`,
          figures: {
            bodyValue: fig.value,
            bodyUnit: fig.unit,
            tableTotal,
            tableUnit: line.unit,
            perUnit: line.perUnit.quantity,
            converted,
          },
          location,
        });
      }
      continue;
    }
    findings.push({
      severity: fig.value === tableTotal ? "WARNING" : "ERROR",
      code: fig.value === tableTotal ? "BODY_UNIT_DIFFERS" : "BODY_TABLE_MISMATCH",
      rowCode: line.code,
      message:
        fig.value === tableTotal
          ? `Dòng ${line.code}: phần nội dung Quyết định tính ${fig.value} "${fig.unit}", Phụ lục tính ${tableTotal} "${line.unit}"; cần thống nhất đơn vị tính.`
          : `Dòng ${line.code}: phần nội dung Quyết định nêu ${fig.value} ${fig.unit}, Phụ lục ghi ${tableTotal} ${line.unit} (khác cả đơn vị tính).`,
      figures: { bodyValue: fig.value, bodyUnit: fig.unit, tableTotal, tableUnit: line.unit },
      location,
    });
  }
}

function checkOrphanBodyFigures(programme: Programme, findings: AuditFinding[]): void {
  const codes = new Set(allTargetLines(programme).map((l) => l.code));
  for (const fig of programme.bodyTargets) {
    if (fig.lineCode !== null && codes.has(fig.lineCode)) continue;
    findings.push({
      severity: "WARNING",
      code: "BODY_FIGURE_MISSING_IN_TABLE",
      rowCode: fig.lineCode ?? "-",
      message: `Phần nội dung Quyết định nêu ${fig.value} ${fig.unit} ("${fig.quote}") nhưng Phụ lục không có dòng tương ứng.`,
      figures: { bodyValue: fig.value, bodyUnit: fig.unit },
      location: fig.location,
    });
  }
}

function checkRepeatedText(code: string, text: string, location: string, findings: AuditFinding[]): void {
  for (const segment of repeatedSegments(text)) {
    findings.push({
      severity: "INFO",
      code: "REPEATED_TEXT",
      rowCode: code,
      message: `Mục ${code}: cụm từ "${segment}" bị lặp lại trong tên nội dung.`,
      figures: { segment },
      location,
    });
  }
}

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { ERROR: 0, WARNING: 1, INFO: 2 };

/**
 * Checks a programme's own figures for consistency, as a careful reader of the decision would: yearly
 * values against the printed total, the body text's figures against the table, rows left without any
 * target, units that do not fit what a row counts, and repeated text. Pure; the order of the result is
 * by severity, then by document order.
 */
export function auditProgramme(programme: Programme): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const years = programmeYears(programme);
  for (const group of programme.groups) {
    checkRepeatedText(group.code, group.name, `Phụ lục, mục ${group.code}`, findings);
    for (const line of group.lines) {
      const unexpectedYears = Object.keys(line.yearly)
        .map(Number)
        .filter((y) => !years.includes(y));
      if (unexpectedYears.length > 0) {
        findings.push({
          severity: "ERROR",
          code: "SUM_MISMATCH",
          rowCode: line.code,
          message: `Dòng ${line.code}: có chỉ tiêu cho năm ${unexpectedYears.join(", ")} nằm ngoài giai đoạn ${programme.firstYear}–${programme.lastYear}.`,
          figures: { years: unexpectedYears.join(",") },
          location: line.source,
        });
      }
      checkSums(line, findings);
      checkBodyFigures(programme, line, findings);
      checkUnitFit(line, findings);
      checkRepeatedText(line.code, line.name, line.source, findings);
    }
  }
  checkOrphanBodyFigures(programme, findings);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
