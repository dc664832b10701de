export * from "./reporting-duties.js";
export * from "./commune-report.js";
