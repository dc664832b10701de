/** Writes `apps/api/schema.graphql`; a test fails when the committed file differs from the schema. */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildAppSchema, printAppSchema } from "../graphql/schema.js";

const file = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(file, printAppSchema(await buildAppSchema()));
process.stdout.write(`Wrote ${file}\n`);
