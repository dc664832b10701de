export * from "./reporting-duties.js";
