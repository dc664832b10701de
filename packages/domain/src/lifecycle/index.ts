export * from "./project-lifecycle.js";
