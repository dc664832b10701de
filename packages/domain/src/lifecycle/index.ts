export * from "./project-lifecycle.js";
export * from "./state-groups.js";
export * from "./acceptance.js";
