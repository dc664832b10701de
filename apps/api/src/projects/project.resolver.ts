import type { ProjectAction } from "@khuyencong/domain";
import {
  Args,
  Authorized,
  Ctx as Context,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Commune } from "../communes/commune.entity.js";
import { getCommune } from "../communes/commune.service.js";
import type { Ctx } from "../context.js";
import { Facility } from "../facilities/facility.entity.js";
import { ProjectActionEnum } from "../graphql/enums.js";
import { Norm } from "../norms/norm.entity.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { getTargetLine } from "../programme/programme.service.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { User } from "../users/user.entity.js";
import {
  AddActivityArgs,
  AddBudgetLineArgs,
  BeneficiaryArgs,
  CreateProjectArgs,
  ProjectConnection,
  ProjectIdArgs,
  ProjectListArgs,
  RemoveActivityArgs,
  RemoveBudgetLineArgs,
  UpdateActivityArgs,
  UpdateBudgetLineArgs,
  UpdateProjectArgs,
} from "./project.args.js";
import { Project } from "./project.entity.js";
import * as projectService from "./project.service.js";
import { BudgetLine, ProjectActivity, ProjectEvent } from "./project-parts.entity.js";
import { actionsFor } from "./project-actions.js";
import { ProjectTotals } from "./project.types.js";
import { pageComplexity } from "../graphql/limits.js";
import { Allow } from "../graphql/auth-checker.js";

/** Per request, the đề án whose `budgetLines` were asked (so already being read). */
const linesAskedByRequest = new WeakMap<Ctx, Set<string>>();
function linesAsked(ctx: Ctx): Set<string> {
  let ids = linesAskedByRequest.get(ctx);
  if (!ids) {
    ids = new Set();
    linesAskedByRequest.set(ctx, ids);
  }
  return ids;
}

/** Reads are scoped in the service: a commune officer sees their commune's đề án, a unit its own. */
@Authorized()
@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, {
    complexity: pageComplexity,
    description:
      "Đề án the user may see, newest first; filters by year, states, commune, target line, fund and text.",
  })
  projects(@Args() args: ProjectListArgs, @Context() ctx: Ctx): Promise<ProjectConnection> {
    return projectService.listProjects(ctx, args);
  }

  @Query(() => Project, { description: "One đề án; NOT_FOUND when it is outside the user's scope." })
  project(@Args() { id }: ProjectIdArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.getProject(ctx, id);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, {
    description:
      "Creates a draft đề án. Department; commune officers for their commune; units for themselves.",
  })
  createProject(@Args() { input }: CreateProjectArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.createProject(ctx, input);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, {
    description: "Replaces a draft's header; budget lines are re-checked against the norms.",
  })
  updateProject(@Args() args: UpdateProjectArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.updateProject(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, {
    description:
      "Adds a beneficiary to a draft; NOT_ELIGIBLE with the failed criteria if it may not benefit.",
  })
  addProjectBeneficiary(@Args() args: BeneficiaryArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.addBeneficiary(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, { description: "Removes a beneficiary from a draft (after its budget lines)." })
  removeProjectBeneficiary(@Args() args: BeneficiaryArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.removeBeneficiary(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, {
    description: "Adds an activity to a draft; its beneficiaries must be eligible for it.",
  })
  addProjectActivity(@Args() args: AddActivityArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.addActivity(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, { description: "Changes an activity of a draft." })
  updateProjectActivity(@Args() args: UpdateActivityArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.updateActivity(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, { description: "Removes an activity and its budget lines from a draft." })
  removeProjectActivity(@Args() args: RemoveActivityArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.removeActivity(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, {
    description:
      "Adds a cost item to a draft's estimate; NORM_EXCEEDED, with the rule and its citation, above the norm.",
  })
  addBudgetLine(@Args() args: AddBudgetLineArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.addBudgetLine(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, { description: "Changes a cost item of a draft; checked against the norm again." })
  updateBudgetLine(@Args() args: UpdateBudgetLineArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.updateBudgetLine(ctx, args);
  }

  @Allow("PrepareProject")
  @Mutation(() => Project, { description: "Removes a cost item from a draft." })
  removeBudgetLine(@Args() args: RemoveBudgetLineArgs, @Context() ctx: Ctx): Promise<Project> {
    return projectService.removeBudgetLine(ctx, args);
  }

  @FieldResolver(() => Commune, { description: "Commune where the đề án is carried out." })
  commune(@Root() project: Project, @Context() ctx: Ctx): Promise<Commune> {
    return getCommune(ctx, project.communeCode);
  }

  @FieldResolver(() => ImplementingUnit, {
    nullable: true,
    description: "The implementing unit, if assigned.",
  })
  implementingUnit(@Root() project: Project, @Context() ctx: Ctx): Promise<ImplementingUnit | null> {
    return project.implementingUnitId
      ? ctx.loaders.unitById.load(project.implementingUnitId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => [Facility], { description: "Beneficiaries (đơn vị thụ hưởng)." })
  beneficiaries(@Root() project: Project, @Context() ctx: Ctx): Promise<Facility[]> {
    return ctx.loaders.beneficiariesByProject.load(project.id);
  }

  @FieldResolver(() => [ProjectActivity], {
    description: "Activities with their planned and actual outputs.",
  })
  activities(@Root() project: Project, @Context() ctx: Ctx): Promise<ProjectActivity[]> {
    return ctx.loaders.activitiesByProject.load(project.id);
  }

  @FieldResolver(() => [BudgetLine], { description: "The estimate's cost items with their norm check." })
  budgetLines(@Root() project: Project, @Context() ctx: Ctx): Promise<BudgetLine[]> {
    linesAsked(ctx).add(project.id);
    return ctx.loaders.budgetLinesByProject.load(project.id);
  }

  @FieldResolver(() => ProjectTotals, { description: "Totals of the estimate." })
  async totals(@Root() project: Project, @Context() ctx: Ctx): Promise<ProjectTotals> {
    // The detail asks for the lines before the totals: summed from those (read anyway), one statement
    // fewer; a list, which does not ask for lines, reads the money figures (one row per đề án).
    if (linesAsked(ctx).has(project.id))
      return ProjectTotals.of(await ctx.loaders.budgetLinesByProject.load(project.id));
    const totals = await ctx.loaders.estimateTotalsByProject.load(project.id);
    if (totals) return Object.assign(new ProjectTotals(), totals);
    return ProjectTotals.of(await ctx.loaders.budgetLinesByProject.load(project.id));
  }

  @FieldResolver(() => [ProjectEvent], { description: "Transitions, oldest first." })
  history(@Root() project: Project, @Context() ctx: Ctx): Promise<ProjectEvent[]> {
    return ctx.loaders.eventsByProject.load(project.id);
  }

  @FieldResolver(() => [ProjectActionEnum], {
    description: "Transitions the signed-in user's role may make in the current state (the buttons to show).",
  })
  availableActions(@Root() project: Project, @Context() ctx: Ctx): ProjectAction[] {
    return actionsFor(ctx, project);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded the appraisal." })
  appraisedBy(@Root() project: Project, @Context() ctx: Ctx): Promise<User | null> {
    return project.appraisedById ? ctx.loaders.userById.load(project.appraisedById) : Promise.resolve(null);
  }
}

@Resolver(() => ProjectActivity)
export class ProjectActivityResolver {
  @FieldResolver(() => TargetLine, { description: "The target line the output counts toward." })
  targetLine(@Root() activity: ProjectActivity, @Context() ctx: Ctx): Promise<TargetLine> {
    return getTargetLine(ctx, activity.targetLineId);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @FieldResolver(() => Facility, { nullable: true, description: "The beneficiary the cost is for, if any." })
  async facility(@Root() line: BudgetLine, @Context() ctx: Ctx): Promise<Facility | null> {
    if (!line.facilityId) return null;
    // A budget line's facility is one of its đề án's beneficiaries: the page's one beneficiaries statement
    // (shared with `Project.beneficiaries` when both are asked) serves it, not a statement of its own.
    const beneficiaries = await ctx.loaders.beneficiariesByProject.load(line.projectId);
    return (
      beneficiaries.find((f) => f.id === line.facilityId) ?? ctx.loaders.facilityById.load(line.facilityId)
    );
  }

  @FieldResolver(() => Norm, { nullable: true, description: "The norm applied, if any." })
  norm(@Root() line: BudgetLine, @Context() ctx: Ctx): Promise<Norm | null> {
    return line.normId ? ctx.loaders.normById.load(line.normId) : Promise.resolve(null);
  }
}

@Resolver(() => ProjectEvent)
export class ProjectEventResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the transition." })
  actor(@Root() event: ProjectEvent, @Context() ctx: Ctx): Promise<User | null> {
    return event.actorId ? ctx.loaders.userById.load(event.actorId) : Promise.resolve(null);
  }
}
