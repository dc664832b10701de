/**
 * The real app on the generated database, in its own process (forked by run.ts), so that the benchmark's
 * clients never share the API's event loop. Starts as `main.ts` does (configuration from the environment
 * with production defaults, migrations, reference data), then tells the parent its port and start time.
 * On request over IPC it counts the SQL statements the app sends (as test/harness.ts's recordQueries) and
 * reports its memory.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createApp } from "../../src/app.js";
import { appSettings, loadConfig } from "../../src/config.js";
import { systemContext } from "../../src/context.js";
import { migrate, openDatabase } from "../../src/db/open-database.js";
import { createLogger } from "../../src/log.js";
import { seedReferenceData } from "../../src/reference/seed-reference-data.js";

const started = Date.now();
const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const settings = appSettings(config);
const db = await openDatabase(config, log);
await migrate(db.dataSource, log);
await seedReferenceData(systemContext(db.dataSource, log, settings));
const app = await createApp({ dataSource: db.dataSource, logger: log, settings });
await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
let maxRss = process.memoryUsage().rss;
setInterval(() => {
  maxRss = Math.max(maxRss, process.memoryUsage().rss);
}, 200).unref();

const driver = db.dataSource.driver;
const original = driver.createQueryRunner.bind(driver);
let recorded: string[] | null = null;
driver.createQueryRunner = (mode) => {
  const runner = original(mode);
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) => {
    recorded?.push(sql);
    return (query as (...args: unknown[]) => unknown)(sql, ...rest);
  }) as typeof runner.query;
  return runner;
};

process.on("message", (message: { type: string }) => {
  if (message.type === "record") recorded = [];
  if (message.type === "recorded") {
    const statements = (recorded ?? []).filter(
      (sql) => !/"user_session"|^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN|SET )/i.test(sql.trim()),
    );
    recorded = null;
    process.send?.({ type: "recorded", statements });
  }
  if (message.type === "stats") process.send?.({ type: "stats", maxRss });
  if (message.type === "stop") {
    void app
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  }
});
process.send?.({
  type: "ready",
  port: (app.server.address() as AddressInfo).port,
  startSeconds: (Date.now() - started) / 1_000,
});
