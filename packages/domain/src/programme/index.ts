export * from "./types.js";
export * from "./hai-phong-2026-2030.js";
export * from "./current.js";
export * from "./audit.js";
export * from "./progress.js";
