import { ACTIVITY_KIND_INFO, type ActivityDetails, type ActivityKind, dataScopeOf } from "@khuyencong/domain";
import type { QueryDeepPartialEntity } from "typeorm";
import type { AuditAction } from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { assertCommuneExists } from "../communes/commune.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import {
  budgetLineProblems,
  counterpartOf,
  EDITABLE_STATES,
  INITIAL_STATE,
  inStateGroup,
  projectFundProblem,
} from "@khuyencong/domain";
import { Facility } from "../facilities/facility.entity.js";
import { facilityEligibility } from "../facilities/facility.service.js";
import { applyFacilityReadScope } from "../facilities/facility-scope.js";
import { containsPattern } from "../db/search-text.js";
import { updateVersioned } from "../db/versioned-update.js";
import { type Page, paginate } from "../graphql/pagination.js";
import { getProgramme } from "../programme/programme.service.js";
import { TargetLine } from "../programme/target-line.entity.js";
import type {
  AddActivityArgs,
  AddBudgetLineArgs,
  BeneficiaryArgs,
  ProjectActivityInput,
  ProjectInput,
  ProjectListArgs,
  RemoveActivityArgs,
  RemoveBudgetLineArgs,
  UpdateActivityArgs,
  UpdateBudgetLineArgs,
  UpdateProjectArgs,
} from "./project.args.js";
import { Project } from "./project.entity.js";
import { recheckBudget } from "./project-budget.js";
import { BudgetLine, ProjectActivity, ProjectBeneficiary, ProjectEvent } from "./project-parts.entity.js";
import { applyProjectReadScope, assertCanPrepare } from "./project-scope.js";

const WHAT = "đề án";

export function scopedProjects(ctx: Ctx) {
  return applyProjectReadScope(ctx, ctx.em.createQueryBuilder(Project, "project"), "project");
}

export function listProjects(ctx: Ctx, args: ProjectListArgs): Promise<Page<Project>> {
  const query = scopedProjects(ctx).orderBy("project.createdAt", "DESC").addOrderBy("project.id", "DESC");
  if (args.year) query.andWhere("project.year = :year", { year: args.year });
  if (args.states?.length) query.andWhere("project.state IN (:...states)", { states: args.states });
  if (args.communeCode) query.andWhere("project.communeCode = :commune", { commune: args.communeCode });
  if (args.fundSource) query.andWhere("project.fundSource = :fund", { fund: args.fundSource });
  if (args.targetLineId) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM project_activity pa WHERE pa.project_id = project.id AND pa.target_line_id = :line)",
      { line: args.targetLineId },
    );
  }
  if (args.search?.trim()) {
    // Code and title folded (kc_fold, "banh da" finds "Bánh đa"); pg_trgm GIN IX_project_search_trgm.
    query.andWhere("project.search_text LIKE :search", { search: containsPattern(args.search) });
    return paginate(query, args, {
      matchFirst: [
        ["project.createdAt", "DESC"],
        ["project.id", "DESC"],
      ],
    });
  }
  return paginate(query, args);
}

/** A đề án the user may read; NOT_FOUND otherwise, whether it exists or not. */
export async function getProject(ctx: Ctx, id: string): Promise<Project> {
  const project = await scopedProjects(ctx).andWhere("project.id = :id", { id }).getOne();
  if (!project) throw AppError.notFound(WHAT);
  return project;
}

export function createProject(ctx: Ctx, input: ProjectInput): Promise<Project> {
  return inTransaction(ctx, async (tx) => {
    const header = await validHeader(tx, input);
    assertCanPrepare(tx, header);
    const [{ seq }] = await tx.em.query("SELECT nextval('project_code_seq') AS seq");
    const project = await tx.em.save(
      tx.em.create(Project, {
        ...header,
        code: `ĐA-${header.year}-${String(seq).padStart(4, "0")}`,
        state: INITIAL_STATE,
        createdById: tx.user?.id ?? null,
      }),
    );
    await tx.em.insert(ProjectEvent, {
      projectId: project.id,
      action: "CREATE",
      fromState: null,
      toState: INITIAL_STATE,
      actorId: tx.user?.id ?? null,
    });
    await recordAudit(tx, {
      action: "project.create",
      entityType: "Project",
      entityId: project.id,
      after: project,
    });
    return project;
  });
}

export function updateProject(ctx: Ctx, args: UpdateProjectArgs): Promise<Project> {
  return editDraft(ctx, args, "project.update", async (tx, before) => {
    const header = await validHeader(tx, args.input);
    assertCanPrepare(tx, header);
    // Judged as the đề án will be; the header is written with the version when this returns.
    await recheckBudget(tx, { ...before, ...header } as Project);
    return { patch: header };
  });
}

export function addBeneficiary(ctx: Ctx, args: BeneficiaryArgs): Promise<Project> {
  return editDraft(ctx, args, "project.add_beneficiary", async (tx, project) => {
    const facility = await readableFacility(tx, args.facilityId);
    if (await tx.em.existsBy(ProjectBeneficiary, { projectId: project.id, facilityId: facility.id })) {
      throw AppError.conflict("Cơ sở này đã là đơn vị thụ hưởng của đề án", "facilityId");
    }
    const activities = await tx.em.findBy(ProjectActivity, { projectId: project.id });
    for (const activity of activities) await assertEligible(tx, project, facility, activity);
    await tx.em.insert(ProjectBeneficiary, { projectId: project.id, facilityId: facility.id });
    return { after: { facilityId: facility.id, facilityName: facility.name } };
  });
}

export function removeBeneficiary(ctx: Ctx, args: BeneficiaryArgs): Promise<Project> {
  return editDraft(ctx, args, "project.remove_beneficiary", async (tx, project) => {
    if (await tx.em.existsBy(BudgetLine, { projectId: project.id, facilityId: args.facilityId })) {
      throw AppError.conflict("Cơ sở còn dòng dự toán trong đề án; xoá các dòng đó trước", "facilityId");
    }
    const result = await tx.em.delete(ProjectBeneficiary, {
      projectId: project.id,
      facilityId: args.facilityId,
    });
    if (!result.affected) throw AppError.notFound("đơn vị thụ hưởng trong đề án");
    return { before: { facilityId: args.facilityId } };
  });
}

export function addActivity(ctx: Ctx, args: AddActivityArgs): Promise<Project> {
  return editDraft(ctx, args, "project.add_activity", async (tx, project) => {
    const data = await validActivity(tx, args.input);
    const activity = await tx.em.save(tx.em.create(ProjectActivity, { ...data, projectId: project.id }));
    await assertBeneficiariesEligible(tx, project, activity);
    return { after: activity };
  });
}

export function updateActivity(ctx: Ctx, args: UpdateActivityArgs): Promise<Project> {
  return editDraft(ctx, args, "project.update_activity", async (tx, project) => {
    const before = await tx.em.findOneBy(ProjectActivity, { id: args.activityId, projectId: project.id });
    if (!before) throw AppError.notFound("nội dung hoạt động của đề án");
    const data = await validActivity(tx, args.input);
    await tx.em.update(ProjectActivity, { id: before.id }, data);
    await assertBeneficiariesEligible(tx, project, { ...before, ...data });
    await recheckBudget(tx, project, "input.activityKind");
    return { before, after: { ...before, ...data } };
  });
}

export function removeActivity(ctx: Ctx, args: RemoveActivityArgs): Promise<Project> {
  return editDraft(ctx, args, "project.remove_activity", async (tx, project) => {
    const before = await tx.em.findOneBy(ProjectActivity, { id: args.activityId, projectId: project.id });
    if (!before) throw AppError.notFound("nội dung hoạt động của đề án");
    // Its budget lines go with it (ON DELETE CASCADE); the audit row keeps what was removed.
    const lines = await tx.em.findBy(BudgetLine, { activityId: before.id });
    await tx.em.delete(ProjectActivity, { id: before.id });
    await recheckBudget(tx, project);
    return { before: { ...before, budgetLines: lines } };
  });
}

export function addBudgetLine(ctx: Ctx, args: AddBudgetLineArgs): Promise<Project> {
  return editDraft(ctx, args, "project.add_budget_line", async (tx, project) => {
    const data = await validBudgetLine(tx, project, args.input);
    const line = await tx.em.save(
      tx.em.create(BudgetLine, { ...data, projectId: project.id, boundBy: "NO_NORM", normExplanation: "" }),
    );
    await recheckBudget(tx, project, "input.requestedSupport");
    return { after: line };
  });
}

export function updateBudgetLine(ctx: Ctx, args: UpdateBudgetLineArgs): Promise<Project> {
  return editDraft(ctx, args, "project.update_budget_line", async (tx, project) => {
    const before = await tx.em.findOneBy(BudgetLine, { id: args.budgetLineId, projectId: project.id });
    if (!before) throw AppError.notFound("dòng dự toán của đề án");
    const data = await validBudgetLine(tx, project, args.input);
    await tx.em.update(BudgetLine, { id: before.id }, data);
    await recheckBudget(tx, project, "input.requestedSupport");
    return { before, after: { ...before, ...data } };
  });
}

export function removeBudgetLine(ctx: Ctx, args: RemoveBudgetLineArgs): Promise<Project> {
  return editDraft(ctx, args, "project.remove_budget_line", async (tx, project) => {
    const before = await tx.em.findOneBy(BudgetLine, { id: args.budgetLineId, projectId: project.id });
    if (!before) throw AppError.notFound("dòng dự toán của đề án");
    await tx.em.delete(BudgetLine, { id: before.id });
    await recheckBudget(tx, project);
    return { before };
  });
}

/**
 * What a change to a draft did: the part it added, changed or removed (`before` / `after`, for the audit
 * row), or the đề án's own columns to write (`patch`, recorded as the đề án before and after).
 */
interface DraftChange {
  before?: object;
  after?: object;
  patch?: QueryDeepPartialEntity<Project>;
}

/**
 * Every change to a draft: one transaction that checks the user may prepare the đề án and that it is still
 * a draft, then, through the one versioned write (the đề án's row locked, a stale version refused),
 * applies `change`, moves the version on and writes one audit row. The version moves on for any change of
 * a part, so two people editing the same đề án cannot overwrite each other unknowingly.
 */
async function editDraft(
  ctx: Ctx,
  ref: { projectId: string; version: number },
  action: AuditAction,
  change: (tx: Ctx, project: Project) => Promise<DraftChange>,
): Promise<Project> {
  return inTransaction(ctx, async (tx) => {
    const project = await getProject(tx, ref.projectId);
    assertCanPrepare(tx, project);
    if (!inStateGroup(project.state, EDITABLE_STATES)) {
      throw new AppError(
        "INVALID_TRANSITION",
        `Chỉ sửa được đề án đang lập; đề án này đang ở trạng thái "${project.stateLabel}".`,
      );
    }
    let done: DraftChange = {};
    const written = await updateVersioned(
      tx.em,
      Project,
      { id: project.id, version: ref.version },
      async (locked) => {
        done = await change(tx, locked);
        return done.patch ?? {};
      },
      WHAT,
    );
    await recordAudit(tx, {
      action,
      entityType: "Project",
      entityId: project.id,
      ...(done.patch ? written : { before: done.before, after: done.after }),
    });
    return written.after;
  });
}

async function validHeader(ctx: Ctx, input: ProjectInput) {
  const programme = await getProgramme(ctx);
  if (input.year < programme.firstYear || input.year > programme.lastYear) {
    throw AppError.badInput(
      `Năm kế hoạch phải trong giai đoạn ${programme.firstYear}–${programme.lastYear}`,
      "input.year",
    );
  }
  const fundProblem = projectFundProblem(input.fundSource);
  if (fundProblem) throw AppError.fromProblem(fundProblem, "input.");
  const communeCode = input.communeCode.trim();
  await assertCommuneExists(ctx, communeCode, "input.communeCode");
  // An implementing unit always proposes for itself.
  const implementingUnitId =
    ctx.user && dataScopeOf(ctx.user.role) === "UNIT" ? ctx.user.unitId : (input.implementingUnitId ?? null);
  if (implementingUnitId && !(await ctx.loaders.unitById.load(implementingUnitId))) {
    throw AppError.badInput("Đơn vị thực hiện không tồn tại", "input.implementingUnitId");
  }
  if (input.plannedStart && input.plannedEnd && input.plannedEnd < input.plannedStart) {
    throw AppError.badInput("Ngày kết thúc phải sau ngày bắt đầu", "input.plannedEnd");
  }
  return {
    title: input.title.trim(),
    year: input.year,
    fundSource: input.fundSource,
    communeCode,
    implementingUnitId,
    proposedOn: input.proposedOn,
    objective: input.objective.trim(),
    plannedStart: input.plannedStart ?? null,
    plannedEnd: input.plannedEnd ?? null,
  };
}

async function validActivity(ctx: Ctx, input: ProjectActivityInput) {
  const line = await ctx.em.findOneBy(TargetLine, { id: input.targetLineId });
  const programme = await getProgramme(ctx);
  if (!line || line.programmeCode !== programme.code) {
    throw AppError.badInput("Dòng chỉ tiêu không thuộc Chương trình hiện hành", "input.targetLineId");
  }
  return {
    activityKind: input.activityKind,
    targetLineId: line.id,
    description: input.description.trim(),
    plannedQuantity: input.plannedQuantity,
    machineryIsNew: input.machineryIsNew ?? null,
    machineryImproves: input.machineryImproves ?? null,
    demonstrationSuperior: input.demonstrationSuperior ?? null,
    overseasFairsThisYear: input.overseasFairsThisYear ?? null,
  };
}

async function validBudgetLine(ctx: Ctx, project: Project, input: AddBudgetLineArgs["input"]) {
  if (!(await ctx.em.existsBy(ProjectActivity, { id: input.activityId, projectId: project.id }))) {
    throw AppError.badInput("Nội dung hoạt động không thuộc đề án này", "input.activityId");
  }
  const facilityId = input.facilityId ?? null;
  if (facilityId && !(await ctx.em.existsBy(ProjectBeneficiary, { projectId: project.id, facilityId }))) {
    throw AppError.badInput("Cơ sở chưa là đơn vị thụ hưởng của đề án", "input.facilityId");
  }
  const [amountProblem] = budgetLineProblems(input);
  if (amountProblem) throw AppError.fromProblem(amountProblem, "input.");
  return {
    activityId: input.activityId,
    facilityId,
    costItem: input.costItem.trim(),
    cost: input.cost,
    requestedSupport: input.requestedSupport,
    counterpartFunds: counterpartOf(input),
  };
}

async function readableFacility(ctx: Ctx, id: string): Promise<Facility> {
  const facility = await applyFacilityReadScope(
    ctx,
    ctx.em.createQueryBuilder(Facility, "facility"),
    "facility",
  )
    .andWhere("facility.id = :id", { id })
    .getOne();
  if (!facility) throw AppError.badInput("Không tìm thấy cơ sở", "facilityId");
  return facility;
}

/** The per-activity facts the eligibility conditions read. */
export function activityDetails(activity: ProjectActivity): ActivityDetails {
  return {
    ...(activity.machineryIsNew !== null || activity.machineryImproves !== null
      ? {
          machinery: {
            isNew: activity.machineryIsNew ?? false,
            improvesProductionOrPollution: activity.machineryImproves ?? false,
          },
        }
      : {}),
    ...(activity.demonstrationSuperior !== null
      ? { demonstrationTechnologySuperiorToLocal: activity.demonstrationSuperior }
      : {}),
    ...(activity.overseasFairsThisYear !== null
      ? { overseasFairsAlreadySupportedThisYear: activity.overseasFairsThisYear }
      : {}),
  };
}

/** Throws NOT_ELIGIBLE with every failed criterion when the facility may not benefit from the activity. */
export async function assertEligible(
  ctx: Ctx,
  project: Project,
  facility: Facility,
  activity: Pick<ProjectActivity, "activityKind"> & ProjectActivity,
): Promise<void> {
  if (ACTIVITY_KIND_INFO[activity.activityKind as ActivityKind].beneficiaries.length === 0) return;
  const result = await facilityEligibility(
    ctx,
    facility,
    activity.activityKind,
    project.proposedOn,
    activityDetails(activity),
  );
  if (result.eligible) return;
  const reasons = result.criteria.filter((c) => c.passed === false).map((c) => c.reason);
  throw new AppError(
    "NOT_ELIGIBLE",
    `Cơ sở "${facility.name}" không đủ điều kiện hưởng hỗ trợ "${ACTIVITY_KIND_INFO[activity.activityKind].label}": ${reasons.join(" ")}`,
    "facilityId",
  );
}

async function assertBeneficiariesEligible(
  ctx: Ctx,
  project: Project,
  activity: ProjectActivity,
): Promise<void> {
  const facilities = await ctx.em
    .createQueryBuilder(Facility, "facility")
    .innerJoin(ProjectBeneficiary, "pb", "pb.facility_id = facility.id")
    .where("pb.project_id = :id", { id: project.id })
    .getMany();
  for (const facility of facilities) await assertEligible(ctx, project, facility, activity);
}
