import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import { appSettings, type Config, loadConfig } from "./config.js";
import { systemContext } from "./context.js";
import { DatabaseStartError, type PostgresExit } from "./db/embedded-postgres.js";
import { type Database, migrate, openDatabase } from "./db/open-database.js";
import { demoBanner } from "./demo/demo-banner.js";
import { DemoRefusedError, type DemoSeedResult, seedDemo } from "./demo/seed-demo.js";
import { createLogger } from "./log.js";
import { seedReferenceData } from "./reference/seed-reference-data.js";
import { AdminPasswordRefusedError, ensureFirstAdmin } from "./users/first-admin.js";
import { startDutyReminders } from "./notifications/duty-reminders.js";

/**
 * config → database → migrations → (demo data with `--demo`) → first administrator → HTTP; stops in
 * reverse order on a signal.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  const settings = appSettings(config);
  let db: Database | undefined;
  let stopApp: (() => Promise<void>) | undefined;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info(`${signal} received, stopping`);
    try {
      await stopApp?.();
      log.debug("HTTP server stopped");
      await db?.close();
      log.info("Stopped");
      process.exit(0);
    } catch (error) {
      log.error("Error while stopping", error);
      process.exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => void shutdown(signal));

  // Supervision (docs/decisions.md): the embedded PostgreSQL dying under a running API (kill, OOM) is
  // not repaired in-process. The API says so and exits non-zero, and its supervisor (systemd's
  // Restart=on-failure, a container's restart policy) starts both again from a known state: the next
  // start recovers the data directory as after any crash.
  const onEmbeddedExit = (exit: PostgresExit) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.error(
      `Cơ sở dữ liệu PostgreSQL nhúng đã dừng bất ngờ (${exit.signal ?? `mã ${exit.code}`}); máy chủ API thoát với mã 1 để trình giám sát khởi động lại. / ` +
        `The embedded PostgreSQL stopped unexpectedly (${exit.signal ?? `code ${exit.code}`}); the API exits with code 1 so that its supervisor restarts it.`,
    );
    // Stop taking requests (those in flight fail as DATABASE_UNAVAILABLE), close the pool, and exit within
    // 5 s whatever hangs.
    const done = () => process.exit(1);
    setTimeout(done, 5_000).unref();
    void Promise.allSettled([stopApp?.(), db?.dataSource.destroy()]).then(done);
  };

  try {
    db = await openDatabase(config, log, { ownSignals: true, onEmbeddedExit });
    log.info(`Database: ${db.description}`);
    await migrate(db.dataSource, log);
    const seeded = await seedReferenceData(systemContext(db.dataSource, log, settings));
    log.info(`Reference data: ${JSON.stringify(seeded)} rows added`);
    let demo: DemoSeedResult | undefined;
    if (config.demo) {
      demo = await seedDemo(systemContext(db.dataSource, log, settings));
      log.info(demo.seeded ? `Demo data seeded in ${demo.ms} ms` : "Demo data already there: kept as it is");
    }
    await ensureFirstAdmin(systemContext(db.dataSource, log, settings), {
      email: config.adminEmail,
      password: config.adminPassword,
      print: (text) => process.stdout.write(`${text}\n`),
    });

    const app = await createApp({
      dataSource: db.dataSource,
      logger: log,
      settings,
      adminDist: config.adminDist,
    });
    // Reminders of the reporting calendar (due soon, overdue), hourly, outside every request; the
    // server's start only, so that test servers (createApp) get none behind their back.
    const reminders = startDutyReminders(db.dataSource, log, settings);
    stopApp = async () => {
      await app.stop();
      await reminders.stop();
    };
    await new Promise<void>((resolve, reject) => {
      app.server.once("error", reject);
      app.server.listen(config.port, config.host, resolve);
    });
    const { port } = app.server.address() as AddressInfo;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    log.info(`GraphQL API ready at http://${host}:${port}/graphql (health: http://${host}:${port}/health)`);
    if (config.adminDist) {
      log.info(
        `Ứng dụng quản lý / Admin app: mở http://${host === "127.0.0.1" ? "localhost" : host}:${port}/ trong trình duyệt`,
      );
    }
    if (demo) {
      const url = `http://${host === "127.0.0.1" ? "localhost" : host}:${port}/`;
      process.stdout.write(demoBanner({ url, dataDir: config.dataDir, seeded: demo.seeded }));
    }
  } catch (error) {
    // Every start failure is told at the default log level, then exit 1: a refusal the operator can act
    // on (bilingual, no stack), anything else with its stack.
    if (
      error instanceof DemoRefusedError ||
      error instanceof DatabaseStartError ||
      error instanceof AdminPasswordRefusedError
    ) {
      log.error(error.message);
    } else log.error("Không khởi động được máy chủ API / Could not start the API", error);
    await stopApp?.().catch(() => {});
    await db?.close().catch(() => {});
    process.exit(1);
  }
}

await main();
