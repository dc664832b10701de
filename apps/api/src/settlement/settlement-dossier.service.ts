import {
  ACHIEVED_STATES,
  ACTIVITY_KIND_INFO,
  type ActivityKind,
  COMMUNE_KIND_LABELS,
  FUND_SOURCE_LABELS,
  inStateGroup,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { PaymentRequest } from "../money/payment-request.entity.js";
import type { Project } from "../projects/project.entity.js";
import { getProject } from "../projects/project.service.js";
import { readTogether } from "../db/read-together.js";

/** One budget line as the settlement tables show it. */
export interface DossierLine {
  activity: string;
  costItem: string;
  beneficiary: string;
  cost: number;
  requestedSupport: number;
  counterpartFunds: number;
  approvedSupport: number;
  acceptedCost: number;
}

export interface DossierPayment {
  kind: string;
  paidOn: string;
  treasuryReference: string;
  amount: number;
}

/** Everything the settlement dossier prints, read once. */
export interface SettlementDossier {
  project: Project;
  communeName: string;
  unitName: string;
  fundSourceLabel: string;
  lines: DossierLine[];
  payments: DossierPayment[];
  outputs: { activity: string; targetLine: string; unit: string; planned: number; actual: number | null }[];
}

const KIND_LABEL: Record<string, string> = {
  ADVANCE: "Tạm ứng",
  PAYMENT: "Thanh toán",
  FINAL: "Thanh toán sau quyết toán",
};

/**
 * The data of a đề án's settlement dossier, for a user who may read the đề án (NOT_FOUND otherwise).
 * Available from acceptance on: before settlement it is the draft the settlement will be checked against.
 */
export async function loadSettlementDossier(ctx: Ctx, projectId: string): Promise<SettlementDossier> {
  const project = await getProject(ctx, projectId);
  // From acceptance on: the domain's ACHIEVED_STATES.
  if (!inStateGroup(project.state, ACHIEVED_STATES)) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Hồ sơ quyết toán có sau khi nghiệm thu; đề án đang ở trạng thái "${project.stateLabel}".`,
    );
  }
  // Together outside a transaction; one after the other inside the download's read-only transaction.
  const [commune, unit, lines, outputs, payments] = await readTogether(ctx.em, [
    () => ctx.loaders.communeByCode.load(project.communeCode),
    () =>
      project.implementingUnitId
        ? ctx.loaders.unitById.load(project.implementingUnitId)
        : Promise.resolve(null),
    () =>
      ctx.em.query(
        `SELECT a.activity_kind, b.cost_item, coalesce(f.name, '') AS beneficiary, b.cost, b.requested_support,
              b.counterpart_funds, coalesce(b.approved_support, 0) AS approved_support, coalesce(b.accepted_cost, b.cost) AS accepted_cost
         FROM budget_line b JOIN project_activity a ON a.id = b.activity_id LEFT JOIN facility f ON f.id = b.facility_id
        WHERE b.project_id = $1 ORDER BY a.id, b.id`,
        [project.id],
      ),
    () =>
      ctx.em.query(
        `SELECT a.activity_kind, t.code, t.unit, a.planned_quantity, a.actual_quantity
         FROM project_activity a JOIN target_line t ON t.id = a.target_line_id WHERE a.project_id = $1 ORDER BY a.id`,
        [project.id],
      ),
    () =>
      ctx.em.find(PaymentRequest, {
        where: { projectId: project.id, status: "PAID" },
        order: { paidOn: "ASC", requestedAt: "ASC" },
      }),
  ]);
  const activity = (kind: string) => ACTIVITY_KIND_INFO[kind as ActivityKind]?.label ?? kind;
  return {
    project,
    communeName: commune ? `${COMMUNE_KIND_LABELS[commune.kind]} ${commune.name}` : project.communeCode,
    unitName: unit?.name ?? "",
    fundSourceLabel: FUND_SOURCE_LABELS[project.fundSource],
    lines: lines.map((l: Record<string, string>) => ({
      activity: activity(l.activity_kind as string),
      costItem: l.cost_item as string,
      beneficiary: l.beneficiary as string,
      cost: Number(l.cost),
      requestedSupport: Number(l.requested_support),
      counterpartFunds: Number(l.counterpart_funds),
      approvedSupport: Number(l.approved_support),
      acceptedCost: Number(l.accepted_cost),
    })),
    payments: payments.map((p) => ({
      kind: KIND_LABEL[p.kind] ?? p.kind,
      paidOn: p.paidOn ?? "",
      treasuryReference: p.treasuryReference ?? "",
      amount: p.amount,
    })),
    outputs: outputs.map((o: Record<string, unknown>) => ({
      activity: activity(o.activity_kind as string),
      targetLine: o.code as string,
      unit: o.unit as string,
      planned: Number(o.planned_quantity),
      actual: o.actual_quantity === null ? null : Number(o.actual_quantity),
    })),
  };
}
