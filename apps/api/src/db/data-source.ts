import { DataSource } from "typeorm";
import { ENTITIES } from "./entities.js";
import { MIGRATIONS } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming-strategy.js";

/**
 * The one way to build a DataSource. The schema only ever changes through migrations (`synchronize` is
 * off everywhere, tests included), so what the tests run is what production runs.
 */
export function createDataSource(
  url: string,
  options: { poolSize?: number; connectTimeoutMs?: number; statementTimeoutMs?: number } = {},
): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "typeorm_migration",
    migrationsTransactionMode: "each",
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension, no superuser needed.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      // How long a request waits for a free connection; past it, pg-pool's time-out is SERVER_BUSY.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      // Every connection starts with this limit (pg sends it at connect), so no statement of an ordinary
      // request runs longer: PostgreSQL cancels it (57014 → QUERY_TIMEOUT) and its transaction rolls back.
      // Report downloads raise it with SET LOCAL inside their own transaction (db/heavy-requests.ts).
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}
