/**
 * Without DATABASE_URL, one throw-away embedded PostgreSQL serves the whole run (initdb once, ~2 s);
 * each test file still gets its own fresh database on it (see harness.ts), exactly as on a real server.
 */
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { silentLogger } from "../src/log.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server URL on which test files create their databases. */
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) {
    project.provide("testServerUrl", process.env.DATABASE_URL);
    return undefined;
  }
  const server = await startEmbeddedPostgres({ log: silentLogger });
  project.provide("testServerUrl", server.url);
  return () => server.stop();
}
