import {
  type ActivityDetails,
  type ActivityKind,
  checkEligibility,
  dataScopeOf,
  type EligibilityResult,
} from "@khuyencong/domain";
import { QueryFailedError } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { assertCommuneExists, loadDomainCommunes } from "../communes/commune.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { containsPattern, foldForSearch } from "../db/search-text.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError, type FieldError } from "../errors.js";
import { type Page, paginate } from "../graphql/pagination.js";
import type { FacilityInput, FacilityListArgs, UpdateFacilityArgs } from "./facility.args.js";
import { Facility, toDomainFacility } from "./facility.entity.js";
import { applyFacilityReadScope, assertCanWriteFacility } from "./facility-scope.js";

const WHAT = "cơ sở";

function scopedQuery(ctx: Ctx) {
  return applyFacilityReadScope(ctx, ctx.em.createQueryBuilder(Facility, "facility"), "facility");
}

export function listFacilities(ctx: Ctx, args: FacilityListArgs): Promise<Page<Facility>> {
  // The folded name sorts as a Vietnamese reader expects (Đ with D) on any server collation.
  const query = scopedQuery(ctx).orderBy("facility.searchText", "ASC").addOrderBy("facility.id", "ASC");
  if (args.communeCode)
    query.andWhere("facility.productionCommuneCode = :commune", { commune: args.communeCode });
  if (args.sector) query.andWhere("facility.sector = :sector", { sector: args.sector });
  if (args.legalForm) query.andWhere("facility.legalForm = :legalForm", { legalForm: args.legalForm });
  if (args.search?.trim()) {
    // pg_trgm GIN index IX_facility_search_trgm (3+ characters).
    query.andWhere("facility.searchText LIKE :search", { search: containsPattern(args.search) });
    return paginate(query, args, {
      matchFirst: [
        ["facility.searchText", "ASC"],
        ["facility.id", "ASC"],
      ],
    });
  }
  return paginate(query, args);
}

/** A facility the user may read; NOT_FOUND otherwise, whether it exists or not. */
export async function getFacility(ctx: Ctx, id: string): Promise<Facility> {
  const facility = await scopedQuery(ctx).andWhere("facility.id = :id", { id }).getOne();
  if (!facility) throw AppError.notFound(WHAT);
  return facility;
}

export function createFacility(ctx: Ctx, input: FacilityInput): Promise<Facility> {
  return inTransaction(ctx, async (tx) => {
    const data = await validInput(tx, input);
    assertCanWriteFacility(tx, null, data.productionCommuneCode);
    await assertTaxCodeFree(tx, data.taxCode, null);
    const facility = await saveOrTaxCodeConflict(data.taxCode, () =>
      tx.em.save(
        tx.em.create(Facility, {
          ...data,
          createdById: tx.user?.id ?? null,
          createdByUnitId: tx.user && dataScopeOf(tx.user.role) === "UNIT" ? tx.user.unitId : null,
        }),
      ),
    );
    await recordAudit(tx, {
      action: "facility.create",
      entityType: "Facility",
      entityId: facility.id,
      after: facility,
    });
    return facility;
  });
}

export function updateFacility(ctx: Ctx, args: UpdateFacilityArgs): Promise<Facility> {
  return inTransaction(ctx, async (tx) => {
    const before = await getFacility(tx, args.id);
    const data = await validInput(tx, args.input);
    assertCanWriteFacility(tx, before, data.productionCommuneCode);
    await assertTaxCodeFree(tx, data.taxCode, before.id);
    const change = await saveOrTaxCodeConflict(data.taxCode, () =>
      updateVersioned(tx.em, Facility, { id: before.id, version: args.version }, data, WHAT),
    );
    await recordAudit(tx, {
      action: "facility.update",
      entityType: "Facility",
      entityId: before.id,
      ...change,
    });
    return change.after;
  });
}

/** Eligibility of a facility the user may read, with every criterion explained. */
export async function facilityEligibility(
  ctx: Ctx,
  facility: Facility,
  activityKind: ActivityKind,
  date: string,
  details?: ActivityDetails,
): Promise<EligibilityResult> {
  const communes = await loadDomainCommunes(ctx);
  try {
    return checkEligibility(
      { facility: toDomainFacility(facility), activityKind, date, ...(details ? { details } : {}) },
      { communes },
    );
  } catch (error) {
    if (error instanceof RangeError) throw AppError.badInput(error.message, "date");
    throw error;
  }
}

/** Checks what the validators cannot (cross-field rules, the commune) and normalises the text. */
/**
 * A tax code identifies one establishment: a second registration under it would let the same facility be
 * supported twice under two names. The message does not name the other facility, which may be outside the
 * user's scope.
 */
export function taxCodeTakenMessage(taxCode: string): string {
  return `Mã số thuế ${taxCode} đã có cơ sở đăng ký trong hệ thống.`;
}

async function assertTaxCodeFree(ctx: Ctx, taxCode: string | null, exceptId: string | null): Promise<void> {
  if (!taxCode) return;
  const other = await ctx.em.findOne(Facility, { select: { id: true }, where: { taxCode } });
  if (other && other.id !== exceptId) throw AppError.conflict(taxCodeTakenMessage(taxCode), "input.taxCode");
}

/** Two registrations racing past the check meet the unique index; the loser gets the same message. */
async function saveOrTaxCodeConflict<T>(taxCode: string | null, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    const driverError =
      error instanceof QueryFailedError
        ? (error.driverError as { code?: string; constraint?: string })
        : null;
    if (taxCode && driverError?.code === "23505" && driverError.constraint === "UQ_facility_tax_code") {
      throw AppError.conflict(taxCodeTakenMessage(taxCode), "input.taxCode");
    }
    throw error;
  }
}

async function validInput(ctx: Ctx, input: FacilityInput) {
  await assertCommuneExists(ctx, input.productionCommuneCode.trim(), "input.productionCommuneCode");
  const [problem] = facilityInputProblems(input);
  if (problem) throw AppError.badInput(problem.message, `input.${problem.field}`);
  return normalisedFacilityData(input);
}

/** The cross-field rules of a facility's data, every one that fails (field names are FacilityInput's). */
export function facilityInputProblems(input: FacilityInput): FieldError[] {
  const problems: FieldError[] = [];
  const text = (v: string | null | undefined) => v?.trim() || null;
  const hasSize = input.businessField != null || input.averageInsuredWorkers != null;
  if (hasSize && (input.businessField == null || input.averageInsuredWorkers == null)) {
    problems.push({
      field: input.businessField == null ? "businessField" : "averageInsuredWorkers",
      message:
        "Khi kê khai quy mô doanh nghiệp cần nhập cả lĩnh vực hoạt động và số lao động tham gia BHXH bình quân năm",
    });
  }
  if (input.artisanTitle == null && text(input.artisanCraft)) {
    problems.push({
      field: "artisanCraft",
      message: "Chỉ ghi nghề của nghệ nhân khi cơ sở có danh hiệu nghệ nhân",
    });
  }
  if (input.craftVillageRecognised && !text(input.craftVillageName)) {
    problems.push({ field: "craftVillageName", message: "Vui lòng nhập tên làng nghề được công nhận" });
  }
  return problems;
}

/** The row to store: text trimmed (blank → null), flags that depend on another field cleared with it. */
export function normalisedFacilityData(input: FacilityInput) {
  const text = (v: string | null | undefined) => v?.trim() || null;
  const productionCommuneCode = input.productionCommuneCode.trim();
  const name = input.name.trim();
  const taxCode = text(input.taxCode);
  return {
    name,
    legalForm: input.legalForm,
    taxCode,
    representative: text(input.representative),
    phone: text(input.phone),
    hqAddress: text(input.hqAddress),
    productionCommuneCode,
    productionAddress: text(input.productionAddress),
    craftVillageName: text(input.craftVillageName),
    craftVillageRecognised: Boolean(text(input.craftVillageName)) && input.craftVillageRecognised,
    sector: input.sector,
    clayBrickKiln: input.clayBrickKiln ?? null,
    businessField: input.businessField ?? null,
    averageInsuredWorkers: input.averageInsuredWorkers ?? null,
    priorYearRevenue: input.priorYearRevenue ?? null,
    totalCapital: input.totalCapital ?? null,
    appliesCleanerProduction: input.appliesCleanerProduction,
    isClusterInfrastructureInvestor: input.isClusterInfrastructureInvestor,
    artisanTitle: input.artisanTitle ?? null,
    artisanCraft: input.artisanTitle ? text(input.artisanCraft) : null,
    artisanIsHandicraft: Boolean(input.artisanTitle) && input.artisanIsHandicraft,
    inDisadvantagedArea: input.inDisadvantagedArea,
    womenOwned: input.womenOwned,
    employsEthnicMinorities: input.employsEthnicMinorities,
    searchText: foldForSearch(`${name} ${taxCode ?? ""}`),
  };
}
