import type { MigrationInterface } from "typeorm";
import { Init1795874228203 } from "./1795874228203-Init.js";

/**
 * Every migration, oldest first, listed explicitly (no globs). `pnpm --filter @khuyencong/api
 * migration:generate Name` writes a new file next to this one; import it and append it here.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Init1795874228203];
