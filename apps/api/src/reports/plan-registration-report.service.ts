import {
  COMMUNE_KIND_LABELS,
  type CommuneKind,
  FUND_SOURCE_LABELS,
  FUND_SOURCES,
  type FundSource,
  APPROVED_PLAN_STATUS,
  PLAN_STATUS_LABELS,
} from "@khuyencong/domain";
import { Commune } from "../communes/commune.entity.js";
import type { Ctx } from "../context.js";
import { bigintToNumber } from "../db/columns.js";
import { getPlan, programmeForYear } from "../plans/annual-plan.service.js";
import { registrationScope, scopeSql } from "../plans/plan-scope.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";
import { type Report, type ReportRow, type ReportTable, row } from "./report-table.js";

/*
 * The registrations of a year's annual plan, per registrant: communes first (section A), then
 * implementing units (section B), each with its lines — per target line and fund source, the quantity,
 * the estimated cost and the number of registrations — and its subtotal; a grand total at the end.
 * One GROUP BY GROUPING SETS in PostgreSQL gives the detail, the subtotals and the total together.
 * The viewer's scope applies (plan-scope.ts): a commune officer gets their commune's, a unit its own;
 * the title then says so. No quantity is summed across lines: they count different things.
 */

interface Figures {
  registrant: "COMMUNE" | "UNIT" | null;
  registrantKey: string | null;
  communeKind: CommuneKind | null;
  registrantName: string | null;
  lineCode: string | null;
  lineName: string | null;
  unit: string | null;
  fundSource: FundSource | null;
  quantity: number | null;
  estimatedCost: string;
  registrationCount: number;
  /** GROUPING(registrant, registrant_key, line_code): 0 a line, 1 a registrant's subtotal, 7 the total. */
  level: number;
}

export async function registrationFigures(ctx: Ctx, planId: string): Promise<Figures[]> {
  const params: unknown[] = [planId, [...FUND_SOURCES]];
  const scope = scopeSql(registrationScope(ctx), "registration", params);
  return ctx.em.query(
    `WITH rows AS (
       SELECT CASE WHEN registration.commune_code IS NOT NULL THEN 'COMMUNE' ELSE 'UNIT' END AS registrant,
              COALESCE(registration.commune_code, registration.unit_id::text) AS registrant_key,
              commune.kind AS commune_kind,
              COALESCE(commune.name, unit.name) AS registrant_name,
              grp.position AS group_position, line.position AS line_position,
              line.code AS line_code, line.name AS line_name, line.unit,
              registration.fund_source, registration.quantity, registration.estimated_cost
         FROM plan_registration registration
         JOIN target_line line ON line.id = registration.target_line_id
         JOIN content_group grp ON grp.programme_code = line.programme_code AND grp.code = line.group_code
         LEFT JOIN commune ON commune.code = registration.commune_code
         LEFT JOIN implementing_unit unit ON unit.id = registration.unit_id
        WHERE registration.plan_id = $1 AND ${scope}
     )
     SELECT registrant AS "registrant", registrant_key AS "registrantKey",
            MIN(commune_kind) AS "communeKind", MIN(registrant_name) AS "registrantName",
            line_code AS "lineCode", MIN(line_name) AS "lineName", MIN(unit) AS "unit",
            fund_source AS "fundSource",
            CASE WHEN GROUPING(line_code) = 0 THEN SUM(quantity)::int END AS "quantity",
            SUM(estimated_cost)::bigint AS "estimatedCost",
            COUNT(*)::int AS "registrationCount",
            GROUPING(registrant, registrant_key, line_code) AS "level"
       FROM rows
      GROUP BY GROUPING SETS (
        (registrant, registrant_key, line_code, fund_source),
        (registrant, registrant_key),
        ()
      )
      ORDER BY GROUPING(registrant) , registrant, MIN(commune_kind), MIN(registrant_name), registrant_key,
               GROUPING(line_code), MIN(group_position), MIN(line_position), array_position($2::varchar[], fund_source)`,
    params,
  );
}

const fullName = (f: Figures) =>
  f.registrant === "COMMUNE" && f.communeKind
    ? `${COMMUNE_KIND_LABELS[f.communeKind]} ${f.registrantName}`
    : (f.registrantName ?? "");

export async function planRegistrationReport(ctx: Ctx, year: number): Promise<Report> {
  await programmeForYear(ctx, year, "year");
  const plan = await getPlan(ctx, year);
  const scope = registrationScope(ctx);
  const figures = await registrationFigures(ctx, plan.id);
  const rows: ReportRow[] = [];
  const sections = { COMMUNE: "A", UNIT: "B" } as const;
  const sectionTitles = { COMMUNE: "XÃ, PHƯỜNG, ĐẶC KHU", UNIT: "ĐƠN VỊ THỰC HIỆN" } as const;
  const blank = [null, null, null, null, null, null] as const;
  let section: Figures["registrant"] = null;
  let registrantKey: string | null = null;
  let registrantNo = 0;
  let lineNo = 0;
  for (const f of figures) {
    const cost = bigintToNumber.from(f.estimatedCost) ?? 0;
    if (f.level === 0 && f.registrant) {
      if (f.registrant !== section) {
        section = f.registrant;
        registrantNo = 0;
        rows.push(row("group", sections[section], sectionTitles[section], ...blank));
      }
      if (f.registrantKey !== registrantKey) {
        registrantKey = f.registrantKey;
        registrantNo += 1;
        lineNo = 0;
        rows.push(row("group", String(registrantNo), fullName(f), ...blank));
      }
      lineNo += 1;
      rows.push(
        row(
          "line",
          `${registrantNo}.${lineNo}`,
          f.lineName,
          f.lineCode,
          f.unit,
          f.quantity,
          cost,
          f.fundSource ? FUND_SOURCE_LABELS[f.fundSource] : null,
          f.registrationCount,
        ),
      );
    } else if (f.level === 1) {
      rows.push(
        row("subtotal", null, `Cộng ${fullName(f)}`, null, null, null, cost, null, f.registrationCount),
      );
    } else {
      rows.push(row("total", null, "TỔNG CỘNG", null, null, null, cost, null, f.registrationCount));
    }
  }
  const who =
    scope.kind === "ALL"
      ? "Toàn thành phố"
      : scope.kind === "COMMUNE"
        ? `Phạm vi: ${(await ctx.em.findOneBy(Commune, { code: scope.communeCode }))?.displayName ?? scope.communeCode}`
        : `Phạm vi: ${(await ctx.em.findOneBy(ImplementingUnit, { id: scope.unitId }))?.name ?? "đơn vị thực hiện"}`;
  const decision =
    plan.status === APPROVED_PLAN_STATUS && plan.decisionNumber
      ? `, Quyết định số ${plan.decisionNumber}`
      : "";
  const table: ReportTable = {
    sheetName: `Đăng ký kế hoạch ${year}`,
    title: [
      `TỔNG HỢP ĐĂNG KÝ KẾ HOẠCH KHUYẾN CÔNG NĂM ${year}`,
      `${who} — Trạng thái kế hoạch: ${PLAN_STATUS_LABELS[plan.status]}${decision}`,
    ],
    columns: [
      { header: "TT", width: 7 },
      { header: "Nội dung đăng ký", width: 60 },
      { header: "Mã nội dung", width: 9 },
      { header: "ĐVT", width: 12 },
      { header: "Số lượng", width: 10, format: "integer" },
      { header: "Kinh phí dự kiến (đồng)", width: 18, format: "money" },
      { header: "Nguồn kinh phí", width: 30 },
      { header: "Số lượt đăng ký", width: 10, format: "integer" },
    ],
    rows,
    notes: [
      'Số lượng tính theo đơn vị tính của từng nội dung; không cộng số lượng giữa các nội dung. Dòng "Cộng" và "TỔNG CỘNG" cộng kinh phí dự kiến và số lượt đăng ký.',
      "Đơn vị thực hiện đăng ký riêng, không gộp vào xã nơi đơn vị đặt trụ sở.",
    ],
  };
  return { fileName: `Tổng hợp đăng ký kế hoạch khuyến công năm ${year}`, tables: [table], main: table };
}
