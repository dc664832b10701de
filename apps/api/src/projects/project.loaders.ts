import DataLoader from "dataloader";
import { type EntityManager, In } from "typeorm";
import { byKey, manyByKey } from "../db/dataloaders.js";
import type { Facility } from "../facilities/facility.entity.js";
import { Project } from "./project.entity.js";
import { BudgetLine, ProjectActivity, ProjectBeneficiary, ProjectEvent } from "./project-parts.entity.js";

/** Per-request loaders of a đề án and its parts (assembled in loaders.ts). */
export function projectLoaders(em: EntityManager) {
  return {
    /** Unscoped: only for a đề án already reached through a scoped read (a document's or a request's parent). */
    projectById: byKey(em, Project, "id"),
    beneficiariesByProject: new DataLoader<string, Facility[]>(async (projectIds) => {
      const links = await em.find(ProjectBeneficiary, {
        where: { projectId: In([...projectIds]) },
        relations: { facility: true },
        order: { addedAt: "ASC" },
      });
      return projectIds.map((id) =>
        links.filter((l) => l.projectId === id).map((l) => l.facility as Facility),
      );
    }),
    activitiesByProject: manyByKey(em, ProjectActivity, "projectId", { id: "ASC" }),
    budgetLinesByProject: manyByKey(em, BudgetLine, "projectId", { id: "ASC" }),
    eventsByProject: manyByKey(em, ProjectEvent, "projectId", { id: "ASC" }),
  };
}
