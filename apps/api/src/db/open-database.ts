import { join } from "node:path";
import { type DataSource, MigrationExecutor } from "typeorm";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { createDataSource } from "./data-source.js";
import { type PostgresExit, startEmbeddedPostgres } from "./embedded-postgres.js";

export interface Database {
  /** Initialised, not yet migrated. */
  dataSource: DataSource;
  /** For the log: where the data lives, without credentials. */
  description: string;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL whose data persists in `DATA_DIR/pg`, so a
 * restart loses nothing.
 */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir" | "embeddedDb"> & { database?: Config["database"] },
  log: Logger,
  options: {
    ownSignals?: boolean;
    /** Called if the embedded PostgreSQL dies while the app runs (never after `close()`). */
    onEmbeddedExit?: (exit: PostgresExit) => void;
  } = {},
): Promise<Database> {
  const poolOptions = {
    poolSize: config.database?.poolSize,
    connectTimeoutMs: config.database?.connectTimeoutMs,
    statementTimeoutMs: config.database?.statementTimeoutMs,
  };
  if (config.databaseUrl) {
    const dataSource = await createDataSource(config.databaseUrl, poolOptions).initialize();
    return {
      dataSource,
      description: withoutPassword(config.databaseUrl),
      close: () => dataSource.destroy(),
    };
  }

  const dir = join(config.dataDir, "pg");
  const server = await startEmbeddedPostgres({
    persistentDir: dir,
    log,
    ownSignals: options.ownSignals ?? false,
  });
  if (options.onEmbeddedExit) server.onUnexpectedExit(options.onEmbeddedExit);
  const dataSource = createDataSource(server.url, poolOptions);
  try {
    await dataSource.initialize();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    dataSource,
    description: `embedded PostgreSQL (${config.embeddedDb}), data in ${dir}`,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await server.stop();
    },
  };
}

/** Applies pending migrations, each in its own transaction, and logs their names. */
export async function migrate(dataSource: DataSource, log: Logger): Promise<void> {
  // A migration (an index on 500,000 budget lines) may outlast the requests' statement_timeout: its own
  // connection runs without one, and gets the pool's limit back before it returns to the pool.
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query("SET statement_timeout = 0");
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = "each";
    const applied = await executor.executePendingMigrations();
    for (const migration of applied) log.info(`Applied migration ${migration.name}`);
  } finally {
    await runner.query("RESET statement_timeout").catch(() => {});
    await runner.release();
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(DATABASE_URL)";
  }
}
