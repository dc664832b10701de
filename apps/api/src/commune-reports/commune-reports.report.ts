import {
  COMMUNE_KIND_LABELS,
  COMMUNE_REPORT_SENT_STATUSES,
  COMMUNE_REPORT_STATUS_LABELS,
  COMMUNE_REPORT_TRANSITIONS,
  calendarDateInVietnam,
  formatCalendarDate,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import { type Report, type ReportRow, type ReportTable, row } from "../reports/report-table.js";
import { communeReportStandings } from "./commune-report.service.js";

/*
 * The year's commune reports consolidated for the department (issue 13 §3: "department consolidates;
 * .xlsx"): per target line, the year's target and what the communes reported — accepted reports, and
 * all sent ones (accepted or awaiting review) — then who has reported, then every reported line. The
 * same Report model as the other downloads (reports/report-table.ts), so the .xlsx and .csv agree.
 */

interface LineFigures {
  groupCode: string;
  groupName: string;
  code: string;
  name: string;
  unit: string;
  target: number | null;
  accepted: string;
  sent: string;
  communes: number;
}

export async function communeReportsReport(ctx: Ctx, year: number): Promise<Report> {
  const programme = await programmeForYear(ctx, year);
  const sent = [...COMMUNE_REPORT_SENT_STATUSES];
  const lines: LineFigures[] = await ctx.em.query(
    `SELECT line.group_code AS "groupCode", grp.name AS "groupName", line.code, line.name, line.unit,
            ty.target,
            COALESCE(SUM(rl.achieved) FILTER (WHERE r.status = $4), 0)::bigint AS accepted,
            COALESCE(SUM(rl.achieved), 0)::bigint AS sent,
            COUNT(DISTINCT r.commune_code)::int AS communes
       FROM target_line line
       JOIN content_group grp ON grp.programme_code = line.programme_code AND grp.code = line.group_code
       LEFT JOIN target_line_year ty ON ty.target_line_id = line.id AND ty.year = $2
       LEFT JOIN commune_report r ON r.year = $2 AND r.status = ANY($3) AND r.programme_code = line.programme_code
       LEFT JOIN commune_report_line rl ON rl.report_id = r.id AND rl.target_line_id = line.id
      WHERE line.programme_code = $1
      GROUP BY grp.position, line.position, line.group_code, grp.name, line.code, line.name, line.unit, ty.target
      ORDER BY grp.position, line.position`,
    [programme.code, year, sent, COMMUNE_REPORT_TRANSITIONS.ACCEPT.to],
  );
  const details: {
    commune: string;
    kind: keyof typeof COMMUNE_KIND_LABELS;
    status: keyof typeof COMMUNE_REPORT_STATUS_LABELS;
    code: string;
    name: string;
    unit: string;
    achieved: number;
    note: string | null;
  }[] = await ctx.em.query(
    `SELECT c.name AS commune, c.kind, r.status, line.code, line.name, line.unit, rl.achieved, rl.note
       FROM commune_report r
       JOIN commune c ON c.code = r.commune_code
       JOIN commune_report_line rl ON rl.report_id = r.id
       JOIN target_line line ON line.id = rl.target_line_id
       JOIN content_group grp ON grp.programme_code = line.programme_code AND grp.code = line.group_code
      WHERE r.year = $1 AND r.status = ANY($2)
      ORDER BY c.name, grp.position, line.position`,
    [year, sent],
  );
  const standings = await communeReportStandings(ctx, year);

  const summaryRows: ReportRow[] = [];
  let group: string | null = null;
  for (const line of lines) {
    if (line.groupCode !== group) {
      group = line.groupCode;
      summaryRows.push(row("group", line.groupCode, line.groupName, null, null, null, null, null));
    }
    summaryRows.push(
      row(
        "line",
        line.code,
        line.name,
        line.unit,
        line.target,
        Number(line.accepted),
        Number(line.sent),
        line.communes,
      ),
    );
  }
  const summary: ReportTable = {
    sheetName: "Tổng hợp",
    title: [
      `Tổng hợp báo cáo năm ${year} của các xã, phường, đặc khu`,
      `Chương trình khuyến công thành phố Hải Phòng — ${programme.name}`,
    ],
    columns: [
      { header: "TT", width: 8 },
      { header: "Nội dung", width: 60 },
      { header: "ĐVT", width: 12 },
      { header: `Chỉ tiêu năm ${year}`, width: 14, format: "integer" },
      { header: "Kết quả (báo cáo đã tiếp nhận)", width: 18, format: "integer" },
      { header: "Kết quả (kể cả báo cáo chờ tiếp nhận)", width: 18, format: "integer" },
      { header: "Số xã có báo cáo", width: 12, format: "integer" },
    ],
    rows: summaryRows,
    frozenColumns: 3,
    notes: [
      "Số liệu do các xã tự báo cáo (Quyết định phê duyệt Chương trình, Điều 2 khoản 6 điểm c); Sở Công Thương tiếp nhận hoặc trả lại để bổ sung.",
    ],
  };

  const sentCount = standings.filter((s) => s.sent).length;
  const standingTable: ReportTable = {
    sheetName: "Tình hình báo cáo",
    title: [
      `Tình hình gửi báo cáo năm ${year}`,
      `${sentCount}/${standings.length} xã, phường, đặc khu đã gửi; hạn ${formatCalendarDate(standings[0]?.dueOn ?? `${year}-12-15`)}`,
    ],
    columns: [
      { header: "Xã, phường, đặc khu", width: 30 },
      { header: "Trạng thái", width: 24 },
      { header: "Ngày gửi", width: 14 },
      { header: "Quá hạn", width: 10 },
    ],
    rows: standings.map((s) =>
      row(
        "line",
        `${COMMUNE_KIND_LABELS[s.commune.kind]} ${s.commune.name}`,
        s.report ? COMMUNE_REPORT_STATUS_LABELS[s.report.status] : "Chưa lập",
        s.report?.submittedAt ? formatCalendarDate(calendarDateInVietnam(s.report.submittedAt)) : null,
        s.overdue ? "Quá hạn" : null,
      ),
    ),
  };

  const detail: ReportTable = {
    sheetName: "Chi tiết",
    title: [`Chi tiết báo cáo năm ${year} của từng xã (đã gửi)`],
    columns: [
      { header: "Xã, phường, đặc khu", width: 30 },
      { header: "Trạng thái", width: 22 },
      { header: "TT", width: 8 },
      { header: "Nội dung", width: 50 },
      { header: "ĐVT", width: 12 },
      { header: "Kết quả", width: 12, format: "integer" },
      { header: "Ghi chú", width: 40 },
    ],
    rows: details.map((d) =>
      row(
        "line",
        `${COMMUNE_KIND_LABELS[d.kind]} ${d.commune}`,
        COMMUNE_REPORT_STATUS_LABELS[d.status],
        d.code,
        d.name,
        d.unit,
        d.achieved,
        d.note,
      ),
    ),
    frozenColumns: 1,
  };

  return {
    fileName: `Tổng hợp báo cáo năm ${year} của các xã`,
    tables: [summary, standingTable, detail],
    main: summary,
  };
}
