export * from "./advance-rules.js";
export * from "./double-support.js";
export * from "./settlement.js";
export * from "./payment-kind.js";
export * from "./payment-limits.js";
