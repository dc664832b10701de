import { BUSINESS_FIELDS, SME_LIMITS } from "@khuyencong/domain";

/**
 * A SQL expression giving a facility's size class (see `FacilitySize`), the same as
 * `classifyEnterpriseSize` of @khuyencong/domain: the smallest class whose labour limit the enterprise
 * meets and whose revenue OR capital limit it meets (a missing figure fails its own test only), else
 * LARGE. The thresholds are read from the domain's `SME_LIMITS`, never retyped. They are integers written
 * into the SQL text (not user input), so the expression can sit in a GROUP BY.
 *
 * Not an enterprise → NOT_ENTERPRISE; an enterprise without business field or insured workers (the API
 * then gives the domain no size data), or with neither revenue nor capital → UNDETERMINED.
 */
export function facilitySizeSql(alias: string): string {
  const c = (column: string) => `${alias}.${column}`;
  const int = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`SME limit ${n} is not an integer`);
    return String(n);
  };
  const classes = BUSINESS_FIELDS.flatMap((field) =>
    (["MICRO", "SMALL", "MEDIUM"] as const).map((size) => {
      const l = SME_LIMITS[field][size];
      return (
        `WHEN ${c("business_field")} = '${field}' AND ${c("average_insured_workers")} <= ${int(l.maxInsuredWorkers)} ` +
        `AND (${c("prior_year_revenue")} <= ${int(l.maxRevenue)} OR ${c("total_capital")} <= ${int(l.maxCapital)}) ` +
        `THEN '${size}'`
      );
    }),
  );
  return `(CASE
    WHEN ${c("legal_form")} <> 'ENTERPRISE' THEN 'NOT_ENTERPRISE'
    WHEN ${c("business_field")} IS NULL OR ${c("average_insured_workers")} IS NULL
      OR (${c("prior_year_revenue")} IS NULL AND ${c("total_capital")} IS NULL) THEN 'UNDETERMINED'
    ${classes.join("\n    ")}
    ELSE 'LARGE' END)`;
}
