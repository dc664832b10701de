import type { DataSource } from "typeorm";

/**
 * A fingerprint of every table of the public schema (the audit log and sessions included): its row count and
 * a hash of its rows. Two equal fingerprints mean nothing was written in between; a refused request must
 * leave it unchanged. Cheap enough to take around each request of a fuzz run on a test database.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtext(t::text)), 0)::text AS print FROM ${name} t`,
  );
  const rows: { name: string; print: string }[] = await dataSource.query(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}
