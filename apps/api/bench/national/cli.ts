/**
 * `pnpm --filter @khuyencong/api bench:generate -- --scale national --database-url postgres://…`
 *
 * Migrates the database, seeds the reference data, then fills it with the generated dataset in one
 * transaction (all or nothing) and prints the volumes and the time. The database must hold no đề án.
 * `--create` creates the database first (on the same server) when it does not exist.
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import { systemContext } from "../../src/context.js";
import { createDataSource } from "../../src/db/data-source.js";
import { migrate } from "../../src/db/open-database.js";
import { silentLogger } from "../../src/log.js";
import { seedReferenceData } from "../../src/reference/seed-reference-data.js";
import { generateDataset, SCALES, type Scale } from "./generate.js";

const { values } = parseArgs({
  // `pnpm … bench:generate -- --scale …` passes the "--" through.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    scale: { type: "string", default: "national" },
    seed: { type: "string", default: "2026" },
    "database-url": { type: "string" },
    create: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
const scale = values.scale as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("--database-url (or DATABASE_URL) is required: a PostgreSQL database to fill");

if (values.create) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = await createDataSource(server.toString(), { poolSize: 1 }).initialize();
  try {
    const rows = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.destroy();
  }
}

const dataSource = await createDataSource(url, { poolSize: 2, statementTimeoutMs: 0 }).initialize();
try {
  const started = Date.now();
  await migrate(dataSource, silentLogger);
  await seedReferenceData(systemContext(dataSource, silentLogger, { sessionTtlHours: 12 }));
  const report = await dataSource.transaction((em) =>
    generateDataset(em, {
      scale,
      seed: Number(values.seed),
      log: (message) => console.error(`[${((Date.now() - started) / 1_000).toFixed(1)} s] ${message}`),
    }),
  );
  const [{ size }] = await dataSource.query(
    "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
  );
  console.log(
    JSON.stringify({ ...report, totalSeconds: (Date.now() - started) / 1_000, databaseSize: size }, null, 2),
  );
} finally {
  await dataSource.destroy();
}
