/**
 * Data source for the TypeORM CLI (`migration:generate`, `migration:check`), run from `dist/`.
 *
 * With DATABASE_URL it uses that database; without, a throw-away embedded PostgreSQL. Either way it
 * first applies the existing migrations, so the CLI diffs the entities against the migrated schema and
 * emits only what is new (against an empty database it would re-emit the whole schema).
 */
import "reflect-metadata";
import { rmSync } from "node:fs";
import { loadConfig } from "../config.js";
import { createLogger } from "../log.js";
import { createDataSource } from "./data-source.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { migrate } from "./open-database.js";

const config = loadConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);

async function cliDataSource() {
  let url = config.databaseUrl;
  if (!url) {
    const server = await startEmbeddedPostgres({ log });
    url = server.url;
    // The CLI ends with process.exit(), where only synchronous work runs: embedded-postgres's exit hook
    // (registered first) signals PostgreSQL to stop, then this removes the throw-away directory.
    process.once("exit", () => rmSync(server.dataDir, { recursive: true, force: true, maxRetries: 5 }));
  }
  const dataSource = createDataSource(url, { poolSize: 2 });
  await dataSource.initialize();
  await migrate(dataSource, log);
  await dataSource.destroy();
  return dataSource;
}

export default await cliDataSource();
