import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../src/db/migrations/index.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seedAdmin: false });
});
afterAll(() => t?.close());

async function drift(): Promise<string[]> {
  const sql = await t.dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

describe("migrations", () => {
  it("bring the database exactly to the entities: no drift (as `migration:check`)", async () => {
    expect(await drift()).toEqual([]);
  });

  it("are all listed in migrations/index.ts, in file order", () => {
    const files = readdirSync(new URL("../src/db/migrations/", import.meta.url))
      .filter((file) => /^\d+-\w+\.ts$/.test(file))
      .sort()
      .map((file) => file.replace(/^(\d+)-(\w+)\.ts$/, "$2$1"));
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(files);
  });

  it("can be reverted to an empty schema and applied again", async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await t.dataSource.undoLastMigration({ transaction: "each" });
    const tables: { table_name: string }[] = await t.dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'",
    );
    expect(tables).toEqual([]);
    const applied = await t.dataSource.runMigrations({ transaction: "each" });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await drift()).toEqual([]);
  });
});
