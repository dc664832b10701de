/**
 * `node dist/scripts/migration.js generate <Name>`: writes `src/db/migrations/<timestamp>-<Name>.ts` with
 * the SQL that brings the migrated schema to the entities (then list it in `migrations/index.ts`).
 * `node dist/scripts/migration.js check`: exits 1 when the entities and the migrations disagree.
 * Both run TypeORM's CLI on `dist/db/cli-data-source.js`; build first (the package scripts do).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const typeormCli = createRequire(import.meta.url).resolve("typeorm/cli.js");
const [command, name] = process.argv.slice(2);

function typeorm(args: string[]): number {
  const result = spawnSync(process.execPath, [typeormCli, ...args], { cwd: root, stdio: "inherit" });
  return result.status ?? 1;
}

if (command === "generate" && name && /^[A-Z][A-Za-z0-9]*$/.test(name)) {
  const status = typeorm([
    "migration:generate",
    "--pretty",
    "-d",
    "dist/db/cli-data-source.js",
    `src/db/migrations/${name}`,
  ]);
  if (status === 0) {
    spawnSync(
      process.execPath,
      [
        createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome"),
        "format",
        "--write",
        "src/db/migrations",
      ],
      {
        cwd: root,
        stdio: "inherit",
      },
    );
    process.stdout.write(
      `Now import the new class in src/db/migrations/index.ts and append it to MIGRATIONS.\n`,
    );
  }
  process.exit(status);
} else if (command === "check") {
  process.exit(
    typeorm(["migration:generate", "--check", "-d", "dist/db/cli-data-source.js", "src/db/migrations/Drift"]),
  );
} else {
  process.stderr.write("usage: migration.js generate <PascalCaseName> | check\n");
  process.exit(2);
}
