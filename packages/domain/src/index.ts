/**
 * @khuyencong/domain: the rules of Hải Phòng's industrial-extension programme 2026–2030, pure and cited.
 * Every export is a type, a constant or a pure function; nothing here does I/O.
 */
export * from "./legal/citation.js";
export * from "./legal/problem.js";
export * from "./calendar/index.js";
export * from "./money/dong.js";
export * from "./activities/activity-kind.js";
export * from "./roles/role.js";
export * from "./access/index.js";
export * from "./programme/index.js";
export * from "./lifecycle/index.js";
export * from "./audit/index.js";
export * from "./norms/index.js";
export * from "./communes/index.js";
export * from "./facilities/index.js";
export * from "./eligibility/index.js";
export * from "./funds/fund-source.js";
export * from "./funds/project-funds.js";
export * from "./disbursement/index.js";
export * from "./spreadsheet/csv-format.js";
export * from "./limits/limits.js";
export * from "./plans/annual-plan-status.js";
export * from "./duties/index.js";
export * from "./notifications/index.js";
