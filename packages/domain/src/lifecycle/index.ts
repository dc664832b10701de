export * from "./project-lifecycle.js";
export * from "./state-groups.js";
