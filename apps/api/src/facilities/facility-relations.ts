import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Ctx, CtxUser } from "../context.js";
import { PriorSupport } from "../money/prior-support.entity.js";
import { Project } from "../projects/project.entity.js";
import { applyProjectReadScope } from "../projects/project-scope.js";

/*
 * Per-request loaders for a facility's prior support and its đề án: one query per list, not one per row.
 * Kept beside the facility module (keyed on the request's loaders object, which lives exactly as long as
 * the request or its transaction) rather than in the shared loaders file.
 */
interface FacilityLoaders {
  priorSupports: DataLoader<string, PriorSupport[]>;
  projects: DataLoader<string, Project[]>;
}

const cache = new WeakMap<object, FacilityLoaders>();

function loaders(ctx: Ctx): FacilityLoaders {
  let found = cache.get(ctx.loaders);
  if (!found) {
    const em = ctx.em;
    const user = ctx.user;
    found = {
      priorSupports: new DataLoader(async (ids: readonly string[]) => {
        const rows = await em.find(PriorSupport, {
          where: { facilityId: In([...ids]) },
          order: { year: "DESC", recordedAt: "DESC" },
        });
        return ids.map((id) => rows.filter((r) => r.facilityId === id));
      }),
      projects: new DataLoader(async (ids: readonly string[]) => {
        const query = em
          .createQueryBuilder(Project, "project")
          .innerJoin("project_beneficiary", "pb", "pb.project_id = project.id")
          .addSelect("pb.facility_id", "pb_facility_id")
          .where("pb.facility_id IN (:...ids)", { ids: [...ids] })
          .orderBy("project.year", "DESC")
          .addOrderBy("project.code", "ASC");
        applyProjectReadScope({ ...ctx, user: user as CtxUser }, query, "project");
        const { entities, raw } = await query.getRawAndEntities();
        const byFacility = new Map<string, Project[]>();
        raw.forEach((r: { pb_facility_id: string; project_id: string }) => {
          const project = entities.find((p) => p.id === r.project_id);
          if (!project) return;
          byFacility.set(r.pb_facility_id, [...(byFacility.get(r.pb_facility_id) ?? []), project]);
        });
        return ids.map((id) => byFacility.get(id) ?? []);
      }),
    };
    cache.set(ctx.loaders, found);
  }
  return found;
}

/** Support the facility received from other recorded sources (for the double-support guard), newest first. */
export function priorSupportsOf(ctx: Ctx, facilityId: string): Promise<PriorSupport[]> {
  return loaders(ctx).priorSupports.load(facilityId);
}

/** The đề án the facility is a beneficiary of, among those the user may read; newest year first. */
export function projectsOf(ctx: Ctx, facilityId: string): Promise<Project[]> {
  return loaders(ctx).projects.load(facilityId);
}
