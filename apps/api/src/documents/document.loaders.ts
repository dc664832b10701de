import type { EntityManager } from "typeorm";
import { manyByKey } from "../db/dataloaders.js";
import { ProjectDocument } from "./project-document.entity.js";

/** Per-request loaders of a đề án's documents (assembled in loaders.ts). */
export function documentLoaders(em: EntityManager) {
  return {
    /** Metadata only: `content` is `select: false`. Oldest first. */
    documentsByProject: manyByKey(em, ProjectDocument, "projectId", { uploadedAt: "ASC", id: "ASC" }),
  };
}
