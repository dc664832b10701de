import { createHash } from "node:crypto";
import { advanceAllowance, HAI_PHONG_PROGRAMME_2026_2030, todayInVietnam } from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, type CtxUser, inTransaction } from "../context.js";
import { uploadDocument } from "../documents/document.service.js";
import { createFacility } from "../facilities/facility.service.js";
import { createLoaders } from "../loaders.js";
import { createEnvelope } from "../money/envelope.service.js";
import { payRequest, recordRefund, refuseRequest, requestPayment } from "../money/payment.service.js";
import { paidTotals } from "../money/project-money.service.js";
import { recordPriorSupport } from "../money/prior-support.service.js";
import { AnnualPlan } from "../plans/annual-plan.entity.js";
import { approvePlan, consolidatePlan, openPlan } from "../plans/annual-plan.service.js";
import { registerActivity } from "../plans/plan-registration.service.js";
import { TargetLine } from "../programme/target-line.entity.js";
import { Project } from "../projects/project.entity.js";
import { addActivity, addBeneficiary, addBudgetLine, createProject } from "../projects/project.service.js";
import { BudgetLine, ProjectActivity } from "../projects/project-parts.entity.js";
import { transitionProject } from "../lifecycle/project-transition.service.js";
import { CITY_EXTENSION_CENTRE, ImplementingUnit } from "../units/implementing-unit.entity.js";
import { createUser } from "../users/user.service.js";
import {
  DEMO_ENVELOPES,
  DEMO_FACILITIES,
  DEMO_PASSWORD,
  DEMO_PLANS,
  DEMO_PRIOR_SUPPORT,
  DEMO_PROJECTS,
  DEMO_USERS,
  type DemoProject,
  type DemoStep,
  type FacilityKey,
  type UserKey,
} from "./demo-data.js";
import { minimalPdf } from "./minimal-pdf.js";

const DAY = 86_400_000;

/**
 * The timestamps the services set to the transaction's `now()`, by what creates them. The demo moves them
 * to the story's dates afterwards (see {@link DemoSeeder.restamp}); audit rows keep the true time.
 */
const STAMPED = {
  users: [
    ["app_user", "created_at"],
    ["app_user", "updated_at"],
  ],
  envelopes: [
    ["budget_envelope", "created_at"],
    ["budget_envelope", "updated_at"],
  ],
  plans: [
    ["annual_plan", "created_at"],
    ["annual_plan", "updated_at"],
    ["plan_registration", "created_at"],
    ["plan_registration", "updated_at"],
  ],
  facilities: [
    ["facility", "created_at"],
    ["facility", "updated_at"],
    ["prior_support", "recorded_at"],
  ],
  projects: [
    ["project", "created_at"],
    ["project", "updated_at"],
    ["project_event", "at"],
    ["project_beneficiary", "added_at"],
    ["payment_request", "requested_at"],
    ["payment_request", "decided_at"],
    ["project_document", "uploaded_at"],
  ],
} as const;

/** The audit action that marks a database as seeded by the demo; seeding again finds it and stops. */
export const DEMO_SEED_ACTION = "demo.seed";

export interface DemoSeedResult {
  /** `false`: the demo data was already there and nothing was written. */
  seeded: boolean;
  /** How long the seeding took (0 when nothing was written). */
  ms: number;
}

/** The database holds data the demo did not put there: the demo refuses to touch it. */
export class DemoRefusedError extends Error {
  override readonly name = "DemoRefusedError";
}

/**
 * Fills a fresh database with the demo programme, through the same services the GraphQL mutations call,
 * each acting as the demo user whose role may do it: every rule, norm check, money check and audit row
 * holds. All of it is one transaction, so a failure leaves nothing behind, and it ends with a `demo.seed`
 * audit row: on the next start the row is found and nothing is written again.
 *
 * Refused ({@link DemoRefusedError}, nothing written) when the database holds anything beyond the
 * reference data and one administrator: facilities, đề án, envelopes, plans or other users are real data.
 */
export function seedDemo(ctx: Ctx): Promise<DemoSeedResult> {
  const started = performance.now();
  return inTransaction(ctx, async (tx) => {
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext('khuyencong.demo'))");
    const [marker] = await tx.em.query("SELECT 1 FROM audit_entry WHERE action = $1 LIMIT 1", [
      DEMO_SEED_ACTION,
    ]);
    if (marker) return { seeded: false, ms: 0 };
    await assertFresh(tx);

    const seeder = new DemoSeeder(tx);
    await seeder.seed();
    const ms = Math.round(performance.now() - started);
    await recordAudit(tx, {
      action: DEMO_SEED_ACTION,
      entityType: "Demo",
      entityId: "seed",
      after: {
        users: DEMO_USERS.length,
        facilities: DEMO_FACILITIES.length,
        projects: DEMO_PROJECTS.length,
        envelopes: DEMO_ENVELOPES.length,
        plans: DEMO_PLANS.length,
      },
      userId: null,
    });
    return { seeded: true, ms };
  });
}

/** What makes a database "real": anything a person entered. One administrator alone is still fresh. */
async function assertFresh(ctx: Ctx): Promise<void> {
  const [row] = await ctx.em.query(`SELECT
      (SELECT count(*) FROM facility)::int AS facilities,
      (SELECT count(*) FROM project)::int AS projects,
      (SELECT count(*) FROM app_user)::int AS users,
      (SELECT count(*) FROM app_user WHERE role <> 'ADMIN')::int AS "nonAdmins",
      (SELECT count(*) FROM budget_envelope)::int AS envelopes,
      (SELECT count(*) FROM annual_plan)::int AS plans,
      (SELECT count(*) FROM prior_support)::int AS "priorSupport",
      (SELECT count(*) FROM implementing_unit)::int AS units`);
  const found = [
    row.facilities > 0 ? `${row.facilities} cơ sở / facilities` : "",
    row.projects > 0 ? `${row.projects} đề án` : "",
    row.users > 1 || row.nonAdmins > 0 ? `${row.users} người dùng / users` : "",
    row.envelopes > 0 ? `${row.envelopes} dự toán / envelopes` : "",
    row.plans > 0 ? `${row.plans} kế hoạch năm / annual plans` : "",
    row.priorSupport > 0 ? `${row.priorSupport} hỗ trợ trước đây / prior support` : "",
    row.units > 1 ? `${row.units} đơn vị thực hiện / implementing units` : "",
  ].filter(Boolean);
  if (found.length > 0) {
    throw new DemoRefusedError(
      `Chế độ trình diễn không nạp dữ liệu mẫu vào cơ sở dữ liệu đã có dữ liệu (${found.join(", ")}); không có gì bị thay đổi.\n` +
        "Demo mode refuses to seed a database that already holds data; nothing was changed. " +
        "The demo runs only on a data folder of its own (apps/api/.data-demo, or DEMO_DATA_DIR): point it to an empty folder.",
    );
  }
}

class DemoSeeder {
  private readonly users = new Map<UserKey, CtxUser>();
  private readonly facilities = new Map<FacilityKey, string>();
  private readonly lines = new Map<string, string>();
  private unitId = "";
  private requestCount = 0;
  /** The story's clock: when the last step happened. */
  private clock = new Date(0);
  private voucher = 0;

  constructor(private readonly tx: Ctx) {}

  async seed(): Promise<void> {
    await this.loadReference();
    await this.createUsers();
    await this.restamp("users", storyTime("2026-01-02"));
    for (const envelope of DEMO_ENVELOPES) {
      await createEnvelope(this.as("finance"), envelope);
      await this.restamp("envelopes", storyTime(envelope.decisionDate ?? "2026-10-20"));
    }
    await this.createPlans();
    for (const [i, f] of DEMO_FACILITIES.entries()) {
      const facility = await createFacility(this.as(f.by), f.input);
      this.facilities.set(f.key, facility.id);
      await this.restamp("facilities", new Date(storyTime("2026-01-12").getTime() + i * DAY));
    }
    await recordPriorSupport(this.as("approver"), {
      ...DEMO_PRIOR_SUPPORT,
      facilityId: this.facility(DEMO_PRIOR_SUPPORT.facility),
    });
    await this.restamp("facilities", storyTime("2026-10-22"));
    // In the order they were proposed, so that their codes (ĐA-2026-0001…) follow the calendar.
    const byDate = [...DEMO_PROJECTS].sort((a, b) => a.proposedOn.localeCompare(b.proposedOn));
    for (const project of byDate) await this.walk(project);
  }

  /** A context acting as one demo user, in the seed's transaction. */
  private as(key: UserKey): Ctx {
    const user = this.users.get(key);
    if (!user) throw new Error(`demo user ${key} is not created yet`);
    return { ...this.tx, user, loaders: createLoaders(this.tx.em) };
  }

  private facility(key: FacilityKey): string {
    const id = this.facilities.get(key);
    if (!id) throw new Error(`demo facility ${key} is not created`);
    return id;
  }

  private line(code: string): string {
    const id = this.lines.get(code);
    if (!id) throw new Error(`no target line ${code}`);
    return id;
  }

  private async loadReference(): Promise<void> {
    const lines = await this.tx.em.findBy(TargetLine, { programmeCode: HAI_PHONG_PROGRAMME_2026_2030.code });
    for (const line of lines) this.lines.set(line.code, line.id);
    const unit =
      (await this.tx.em.findOneBy(ImplementingUnit, { name: CITY_EXTENSION_CENTRE })) ??
      (await this.tx.em.findOne(ImplementingUnit, { where: {}, order: { createdAt: "ASC" } }));
    if (!unit) throw new Error("the reference data has no implementing unit");
    this.unitId = unit.id;
  }

  private async createUsers(): Promise<void> {
    for (const u of DEMO_USERS) {
      const user = await createUser(
        this.tx,
        {
          email: u.email,
          fullName: u.fullName,
          role: u.role,
          communeCode: u.communeCode ?? null,
          unitId: u.cityCentre ? this.unitId : null,
          password: DEMO_PASSWORD,
          // Published in the README for anyone to try the sample: asking each visitor to change it first
          // would protect nothing and only hide the demo behind a form.
        },
        { mustChangePassword: false },
      );
      this.users.set(u.key, {
        id: user.id,
        role: user.role,
        communeCode: user.communeCode,
        unitId: user.unitId,
      });
    }
  }

  private async createPlans(): Promise<void> {
    for (const plan of DEMO_PLANS) {
      // The year's plan opens in the first days of the year, or in October of the year before.
      this.clock = storyTime(plan.year === 2026 ? "2026-01-05" : `${plan.year - 1}-10-15`);
      await openPlan(this.as("approver"), plan.year);
      await this.restamp("plans", this.clock);
      for (const r of plan.registrations) {
        await registerActivity(this.as(r.by), {
          year: plan.year,
          targetLineId: this.line(r.line),
          quantity: r.quantity,
          estimatedCost: r.cost,
          fundSource: r.fundSource ?? "CITY_BUDGET",
          communeCode: r.for && r.for !== "unit" ? r.for : null,
          unitId: r.for === "unit" ? this.unitId : null,
          note: r.note ?? null,
        });
        await this.restamp("plans", this.tick(undefined, 1));
      }
      if (!plan.approval) continue;
      const open = await this.planVersion(plan.year);
      await consolidatePlan(this.as("approver"), { year: plan.year, version: open });
      await approvePlan(this.as("approver"), {
        year: plan.year,
        version: await this.planVersion(plan.year),
        decisionNumber: plan.approval.decisionNumber,
        // A decision is recorded once signed: never after today, should the clock be earlier than the demo.
        decisionDate: earlier(plan.approval.decisionDate, todayInVietnam()),
      });
      const approved = storyTime(plan.approval.decisionDate);
      await this.tx.em.query(
        "UPDATE annual_plan SET consolidated_at = $2, approved_at = $3, updated_at = $3 WHERE year = $1",
        [plan.year, new Date(approved.getTime() - 7 * DAY), approved],
      );
    }
  }

  private async planVersion(year: number): Promise<number> {
    return (await this.tx.em.findOneByOrFail(AnnualPlan, { year })).version;
  }

  /** Drafts one đề án and takes it through its steps. */
  private async walk(spec: DemoProject): Promise<void> {
    this.clock = storyTime(spec.proposedOn);
    const drafter = this.as(spec.by);
    const project = await createProject(drafter, {
      title: spec.title,
      year: spec.year,
      fundSource: spec.fundSource,
      communeCode: spec.communeCode,
      implementingUnitId: spec.by === "unit" ? this.unitId : null,
      proposedOn: spec.proposedOn,
      objective: spec.objective,
      plannedStart: spec.plannedStart,
      plannedEnd: spec.plannedEnd,
    });
    const id = project.id;
    for (const f of spec.beneficiaries) {
      await addBeneficiary(this.as(spec.by), {
        projectId: id,
        version: await this.version(id),
        facilityId: this.facility(f),
      });
    }
    const acceptedCosts: { budgetLineId: string; acceptedCost: number }[] = [];
    const outputs: { activityId: string; actualQuantity: number }[] = [];
    for (const a of spec.activities) {
      const machinery = a.kind === "MACHINERY" || a.kind === "TECHNOLOGY_LINE" ? true : null;
      await addActivity(this.as(spec.by), {
        projectId: id,
        version: await this.version(id),
        input: {
          activityKind: a.kind,
          targetLineId: this.line(a.line),
          description: a.description,
          plannedQuantity: a.quantity,
          machineryIsNew: machinery,
          machineryImproves: machinery,
          demonstrationSuperior: null,
          overseasFairsThisYear: null,
        },
      });
      const activity = await this.tx.em.findOneOrFail(ProjectActivity, {
        where: { projectId: id, description: a.description },
      });
      outputs.push({ activityId: activity.id, actualQuantity: a.actual ?? a.quantity });
      for (const b of a.budget) {
        await addBudgetLine(this.as(spec.by), {
          projectId: id,
          version: await this.version(id),
          input: {
            activityId: activity.id,
            facilityId: b.facility ? this.facility(b.facility) : null,
            costItem: b.item,
            cost: b.cost,
            requestedSupport: b.support,
          },
        });
        if (b.acceptedCost !== undefined) {
          const line = await this.tx.em.findOneOrFail(BudgetLine, {
            where: { projectId: id, activityId: activity.id, costItem: b.item },
          });
          acceptedCosts.push({ budgetLineId: line.id, acceptedCost: b.acceptedCost });
        }
      }
    }
    await this.restamp("projects", this.clock);
    for (const step of spec.steps) await this.step(id, step, { outputs, acceptedCosts });
  }

  private async step(
    projectId: string,
    step: DemoStep,
    acceptance: {
      outputs: { activityId: string; actualQuantity: number }[];
      acceptedCosts: { budgetLineId: string; acceptedCost: number }[];
    },
  ): Promise<void> {
    const transition = async (by: UserKey, request: Record<string, unknown>) => {
      const when = this.tick(step.date);
      await transitionProject(this.as(by), {
        projectId,
        version: await this.version(projectId),
        ...request,
      } as Parameters<typeof transitionProject>[1]);
      await this.restamp("projects", when);
    };
    switch (step.do) {
      case "SUBMIT":
      case "START":
      case "CLOSE":
        return transition(step.by, { action: step.do });
      case "RETURN":
      case "REJECT":
      case "STOP":
      case "REQUEST_ADJUSTMENT":
        return transition(step.by, { action: step.do, reason: step.reason });
      case "APPRAISE":
        return transition(step.by, {
          action: step.do,
          appraisal: { date: step.date, opinion: step.opinion },
        });
      case "APPROVE":
      case "APPROVE_ADJUSTMENT":
        return transition(step.by, { action: step.do, decision: { number: step.number, date: step.date } });
      case "SIGN_CONTRACT":
        return transition(step.by, { action: step.do, contract: { number: step.number, date: step.date } });
      case "ACCEPT":
        return transition(step.by, {
          action: step.do,
          acceptance: { date: step.date, outputs: acceptance.outputs, costs: acceptance.acceptedCosts },
        });
      case "SETTLE":
        return transition(step.by, { action: step.do, settlement: { date: step.date } });
      case "ADVANCE": {
        const amount = await this.advanceMaximum(projectId, step.progress);
        const request = await this.request(step.by, projectId, "ADVANCE", amount, step.progress, step.date);
        if (step.refused) {
          await refuseRequest(this.as("treasury"), { id: request, reason: step.refused });
          await this.restamp("projects", this.tick(undefined));
        } else if (step.paidOn) {
          await this.pay(request, step.paidOn);
        }
        return;
      }
      case "PAYMENT":
      case "FINAL": {
        const project = await this.tx.em.findOneByOrFail(Project, { id: projectId });
        const paid = await paidTotals(this.tx, projectId);
        const amount =
          step.do === "FINAL"
            ? (project.finalPayment ?? 0) - paid.final
            : (project.approvedSupport ?? 0) - paid.advance - paid.payment - paid.pending;
        if (amount <= 0) return;
        const request = await this.request(step.by, projectId, step.do, amount, null, step.date);
        if (step.paidOn) await this.pay(request, step.paidOn);
        return;
      }
      case "REFUND": {
        const project = await this.tx.em.findOneByOrFail(Project, { id: projectId });
        const amount = (project.refundDue ?? 0) - project.refundReceived;
        const when = this.tick(step.date);
        if (amount > 0)
          await recordRefund(this.as("treasury"), { projectId, version: project.version, amount });
        await this.restamp("projects", when);
        return;
      }
      case "DOCUMENT": {
        const project = await this.tx.em.findOneByOrFail(Project, { id: projectId });
        const content = minimalPdf([
          step.title,
          `${project.code} - ${project.title}`,
          "Tai lieu mau cua che do trinh dien (demo), khong co gia tri phap ly.",
        ]);
        await uploadDocument(this.as(step.by), {
          projectId,
          kind: step.kind,
          fileName: step.fileName,
          contentType: "application/pdf",
          note: "Tài liệu mẫu (chế độ trình diễn)",
          content,
          sha256: createHash("sha256").update(content).digest("hex"),
        });
        await this.restamp("projects", this.tick(step.date, 1));
        return;
      }
    }
  }

  private async request(
    by: UserKey,
    projectId: string,
    kind: "ADVANCE" | "PAYMENT" | "FINAL",
    amount: number,
    progress: number | null,
    date: string | undefined,
  ): Promise<string> {
    const when = this.tick(date);
    const request = await requestPayment(this.as(by), {
      projectId,
      requestKey: `demo-${kind.toLowerCase()}-${++this.requestCount}`,
      kind,
      amount,
      progress,
    });
    await this.restamp("projects", when);
    return request.id;
  }

  private async pay(requestId: string, paidOn: string): Promise<void> {
    const when = this.tick(paidOn);
    await payRequest(this.as("treasury"), {
      id: requestId,
      paidOn,
      treasuryReference: `UNC ${String(++this.voucher).padStart(4, "0")}/KBNN-KVIII`,
    });
    await this.restamp("projects", when);
  }

  /** Moves the story's clock to `date` (or `days` after the last step), never backwards. */
  private tick(date: string | undefined, days = 2): Date {
    const next = date ? storyTime(date) : new Date(this.clock.getTime() + days * DAY);
    this.clock = new Date(Math.max(next.getTime(), this.clock.getTime() + 60_000));
    return this.clock;
  }

  /**
   * The services stamp what they write with the transaction's `now()`, so every row of the demo would
   * carry the minute it was seeded: a payment asked for today and paid in May. This moves the stamps the
   * last call wrote (those still equal to `now()`) to the story's time. Only timestamps move; the
   * records, their dates and amounts are the services' own, and the audit log keeps the true time.
   */
  private async restamp(group: keyof typeof STAMPED, when: Date): Promise<void> {
    for (const [table, column] of STAMPED[group]) {
      await this.tx.em.query(`UPDATE ${table} SET ${column} = $1 WHERE ${column} = now()`, [when]);
    }
  }

  /** The largest advance the domain's rules allow at this progress: what a careful implementer asks. */
  private async advanceMaximum(projectId: string, progress: number): Promise<number> {
    // One after the other: both run on the transaction's single connection.
    const activities = await this.tx.em.findBy(ProjectActivity, { projectId });
    const lines = await this.tx.em.findBy(BudgetLine, { projectId });
    let total = 0;
    for (const activity of activities) {
      const approvedSupport = lines
        .filter((l) => l.activityId === activity.id)
        .reduce((s, l) => s + (l.approvedSupport ?? 0), 0);
      if (approvedSupport === 0) continue;
      total += advanceAllowance({
        activityKind: activity.activityKind,
        approvedSupport,
        progress,
        accepted: false,
      }).maximum;
    }
    return total;
  }

  private async version(projectId: string): Promise<number> {
    return (await this.tx.em.findOneByOrFail(Project, { id: projectId })).version;
  }
}

/** 09:00 in Việt Nam on a `YYYY-MM-DD` date. */
function storyTime(date: string): Date {
  return new Date(`${date}T09:00:00+07:00`);
}

/** The earlier of two `YYYY-MM-DD` dates. */
function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
