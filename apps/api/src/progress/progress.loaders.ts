import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { loadProgressInputs, type ProgressInputs } from "./progress-figures.js";
import type { ProgrammeProgress } from "./progress.types.js";

/** Per-request loaders of programme progress (assembled in loaders.ts). */
export function progressLoaders(em: EntityManager) {
  return {
    /** A programme's progress inputs (its figures by line and year), read once per request; key: its code. */
    progressInputs: new DataLoader<string, ProgressInputs>((codes) =>
      Promise.all(codes.map((code) => loadProgressInputs(em, code))),
    ),
    /** programmeProgress as of a year, computed once per request (progress.service.ts); key: the year. */
    programmeProgressByYear: new Map<number, Promise<ProgrammeProgress>>(),
  };
}
