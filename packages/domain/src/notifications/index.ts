export * from "./notification-kind.js";
