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
  options: { poolSize?: number; connectTimeoutMs?: number } = {},
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
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000 },
  });
}
