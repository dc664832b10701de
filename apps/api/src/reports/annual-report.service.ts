import {
  COMMUNE_KIND_LABELS,
  type CommuneKind,
  FUND_SOURCE_LABELS,
  type FundSource,
  PROJECT_FUND_SOURCES,
  PROJECT_STATE_LABELS,
  DECIDED_STATES,
  todayInVietnam,
  PROJECT_STATES,
  type ProjectState,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { bigintToNumber } from "../db/columns.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import { programmeProgress } from "../progress/progress.service.js";
import type { ProgressRollUp } from "../progress/progress.types.js";
import { type Report, type ReportTable, row } from "./report-table.js";
import { readTogether } from "../db/read-together.js";
import { supportedByCommuneOfYear } from "../analytics/supported-counts.js";

/*
 * Sở Công Thương's yearly report to the Ministry and the city on the programme (decision, Điều 2 mục 1
 * điểm đ). The Ministry's official form was not retrieved: the layout is ours (docs/decisions.md,
 * "Reports"). A cover, then four tables:
 * 1. results per content group: the progress roll-ups of programmeProgress, unchanged;
 * 2. money per fund source: the year's envelope, what đề án of the year were approved, paid, settled;
 * 3. đề án of the year per lifecycle state;
 * 4. facilities supported per commune (the facility's production site).
 * "Of the year" is the đề án's plan year (`project.year`), as in progress, not the date of a payment.
 * Every sum is a GROUP BY in PostgreSQL over the money figures (one row per đề án, src/money/money-figures.ts);
 * the code renames columns and reads bigint sums as numbers.
 */

const money = (value: string | null | undefined): number => bigintToNumber.from(value ?? "0") ?? 0;

export interface FundMoney {
  fundSource: FundSource;
  envelope: number;
  projectCount: number;
  cost: number;
  approvedSupport: number;
  counterpartFunds: number;
  paid: number;
  settled: number;
  refundReceived: number;
}

/** Per fund source, then the total (fundSource null): one statement over the money figures, ROLLUP for the total. */
export async function moneyByFund(
  ctx: Ctx,
  year: number,
): Promise<(FundMoney | (Omit<FundMoney, "fundSource"> & { fundSource: null }))[]> {
  const rows: Record<string, string | number | null>[] = await ctx.em.query(
    `WITH funds AS (
       SELECT code, position FROM unnest($2::varchar[]) WITH ORDINALITY AS f(code, position)
     ), figures AS (
       SELECT m.fund_source,
              COUNT(*) FILTER (WHERE m.state = ANY($3) AND m.approved_support IS NOT NULL) AS count,
              SUM(m.cost) FILTER (WHERE m.state = ANY($3) AND m.approved_support IS NOT NULL) AS cost,
              SUM(m.counterpart) FILTER (WHERE m.state = ANY($3) AND m.approved_support IS NOT NULL) AS counterpart,
              SUM(m.approved_support) FILTER (WHERE m.state = ANY($3)) AS approved_support,
              SUM(m.final_support) FILTER (WHERE m.state = ANY($3) AND m.approved_support IS NOT NULL) AS settled,
              SUM(m.refund_received) FILTER (WHERE m.state = ANY($3) AND m.approved_support IS NOT NULL) AS refund_received,
              SUM(m.paid) AS paid
         FROM project_money m
        WHERE m.year = $1
        GROUP BY m.fund_source
     )
     SELECT funds.code AS "fundSource",
            COALESCE(SUM(envelope.amount), 0)::bigint AS "envelope",
            COALESCE(SUM(figures.count), 0)::int AS "projectCount",
            COALESCE(SUM(figures.cost), 0)::bigint AS "cost",
            COALESCE(SUM(figures.approved_support), 0)::bigint AS "approvedSupport",
            COALESCE(SUM(figures.counterpart), 0)::bigint AS "counterpartFunds",
            COALESCE(SUM(figures.paid), 0)::bigint AS "paid",
            COALESCE(SUM(figures.settled), 0)::bigint AS "settled",
            COALESCE(SUM(figures.refund_received), 0)::bigint AS "refundReceived"
       FROM funds
       LEFT JOIN budget_envelope envelope ON envelope.fund_source = funds.code AND envelope.year = $1
       LEFT JOIN figures ON figures.fund_source = funds.code
      GROUP BY ROLLUP((funds.code, funds.position))
      ORDER BY GROUPING(funds.code), MIN(funds.position)`,
    [year, [...PROJECT_FUND_SOURCES], [...DECIDED_STATES]],
  );
  return rows.map((r) => ({
    fundSource: (r.fundSource as FundSource | null) ?? null,
    envelope: money(r.envelope as string),
    projectCount: r.projectCount as number,
    cost: money(r.cost as string),
    approvedSupport: money(r.approvedSupport as string),
    counterpartFunds: money(r.counterpartFunds as string),
    paid: money(r.paid as string),
    settled: money(r.settled as string),
    refundReceived: money(r.refundReceived as string),
  })) as (FundMoney | (Omit<FundMoney, "fundSource"> & { fundSource: null }))[];
}

export interface StateCount {
  state: ProjectState | null;
  projectCount: number;
  requestedSupport: number;
  approvedSupport: number;
}

/** Every state in the lifecycle's order (0 where none), then the total (state null). */
export async function projectsByState(ctx: Ctx, year: number): Promise<StateCount[]> {
  const rows: {
    state: ProjectState | null;
    projectCount: number;
    requestedSupport: string;
    approvedSupport: string;
  }[] = await ctx.em.query(
    `WITH states AS (
         SELECT code, position FROM unnest($2::varchar[]) WITH ORDINALITY AS s(code, position)
       ), figures AS (
         SELECT m.state, COUNT(*) AS count, SUM(m.requested) AS requested, SUM(m.approved_support) AS approved
           FROM project_money m WHERE m.year = $1 GROUP BY m.state
       )
       SELECT states.code AS "state",
              COALESCE(SUM(figures.count), 0)::int AS "projectCount",
              COALESCE(SUM(figures.requested), 0)::bigint AS "requestedSupport",
              COALESCE(SUM(figures.approved), 0)::bigint AS "approvedSupport"
         FROM states
         LEFT JOIN figures ON figures.state = states.code
        GROUP BY ROLLUP((states.code, states.position))
        ORDER BY GROUPING(states.code), MIN(states.position)`,
    [year, [...PROJECT_STATES]],
  );
  return rows.map((r) => ({
    state: r.state,
    projectCount: r.projectCount,
    requestedSupport: money(r.requestedSupport),
    approvedSupport: money(r.approvedSupport),
  }));
}

export interface CommuneSupport {
  /** null on the total row. */
  communeCode: string | null;
  communeName: string | null;
  facilityCount: number;
  projectCount: number;
  approvedSupport: number;
}

/**
 * Facilities supported by approved đề án of the year, by the facility's production commune: how many
 * facilities, how many đề án, and the support approved on their budget lines. The total row counts
 * distinct facilities and đề án (a đề án with beneficiaries in two communes counts once).
 */
export async function facilitiesByCommune(ctx: Ctx, year: number): Promise<CommuneSupport[]> {
  // The counters kept per commune (analytics/supported-counts.ts): a few thousand rows, not every link.
  const rows = await supportedByCommuneOfYear(ctx.em, year);
  return rows.map((r) => ({
    communeCode: r.communeCode,
    communeName: r.communeCode && r.kind ? `${COMMUNE_KIND_LABELS[r.kind as CommuneKind]} ${r.name}` : null,
    facilityCount: r.facilityCount,
    projectCount: r.projectCount,
    approvedSupport: money(r.approvedSupport),
  }));
}

/** Today in Việt Nam (the domain's todayInVietnam) as day, month and year, for "ngày … tháng … năm …". */
function todayParts(): { day: string; month: string; year: string } {
  const [year, month, day] = todayInVietnam().split("-") as [string, string, string];
  return { day, month, year };
}

function resultsTable(
  year: number,
  progress: {
    groups: (ProgressRollUp & { groupCode: string; name: string; lines: unknown[] })[];
  } & ProgressRollUp,
): ReportTable {
  const rollUp = (r: ProgressRollUp) => [
    r.linesWithTarget,
    r.linesAchieved,
    r.linesOnTrack,
    r.linesBehind,
    r.linesWithoutTarget,
    r.attainmentToDate,
    r.attainment,
  ];
  return {
    sheetName: "1. Kết quả theo nội dung",
    title: [
      `KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CỦA CHƯƠNG TRÌNH KHUYẾN CÔNG ĐẾN NĂM ${year}`,
      "(Mức độ hoàn thành theo nhóm nội dung I–VI của Phụ lục)",
    ],
    columns: [
      { header: "TT", width: 6 },
      { header: "Nhóm nội dung", width: 60 },
      { header: "Số nội dung", width: 10, format: "integer" },
      { header: "Có chỉ tiêu giai đoạn", width: 11, format: "integer" },
      { header: "Đã đạt chỉ tiêu giai đoạn", width: 11, format: "integer" },
      { header: "Đúng tiến độ", width: 10, format: "integer" },
      { header: "Chậm tiến độ", width: 10, format: "integer" },
      { header: "Không có chỉ tiêu", width: 10, format: "integer" },
      { header: `Mức hoàn thành chỉ tiêu lũy kế đến năm ${year} (%)`, width: 14, format: "percent" },
      { header: "Mức hoàn thành chỉ tiêu giai đoạn (%)", width: 14, format: "percent" },
    ],
    rows: [
      ...progress.groups.map((g) => row("line", g.groupCode, g.name, g.lines.length, ...rollUp(g))),
      row(
        "total",
        null,
        "Toàn Chương trình",
        progress.groups.reduce((s, g) => s + g.lines.length, 0),
        ...rollUp(progress),
      ),
    ],
    notes: [
      "Mức hoàn thành: bình quân theo các nội dung có chỉ tiêu của tỷ lệ thực hiện / chỉ tiêu (mỗi nội dung tính tối đa 100%); không cộng số lượng vì các nội dung có đơn vị tính khác nhau.",
      "Đúng tiến độ: lũy kế thực hiện không thấp hơn lũy kế chỉ tiêu các năm đến năm báo cáo.",
    ],
  };
}

export async function annualReport(ctx: Ctx, year: number): Promise<Report> {
  const programme = await programmeForYear(ctx, year, "year");
  // Together outside a transaction; one after the other inside the download's read-only transaction.
  const [progress, funds, states, communes] = await readTogether(ctx.em, [
    () => programmeProgress(ctx, { asOfYear: year }),
    () => moneyByFund(ctx, year),
    () => projectsByState(ctx, year),
    () => facilitiesByCommune(ctx, year),
  ]);
  const today = todayParts();
  const results = resultsTable(year, progress);

  const moneyTable: ReportTable = {
    sheetName: "2. Kinh phí",
    title: [
      `KINH PHÍ THỰC HIỆN CÁC ĐỀ ÁN KHUYẾN CÔNG NĂM ${year}`,
      "(Đơn vị tính: đồng; đề án thuộc kế hoạch năm, đã được phê duyệt)",
    ],
    columns: [
      { header: "TT", width: 5 },
      { header: "Nguồn kinh phí", width: 36 },
      { header: "Dự toán được giao", width: 17, format: "money" },
      { header: "Số đề án được phê duyệt", width: 10, format: "integer" },
      { header: "Tổng chi phí đề án", width: 17, format: "money" },
      { header: "Kinh phí hỗ trợ được duyệt", width: 17, format: "money" },
      { header: "Vốn đối ứng của cơ sở", width: 17, format: "money" },
      { header: "Đã tạm ứng, thanh toán qua Kho bạc", width: 17, format: "money" },
      { header: "Kinh phí hỗ trợ quyết toán", width: 17, format: "money" },
      { header: "Đã nộp trả ngân sách", width: 15, format: "money" },
      { header: "Tỷ lệ giải ngân (%)", width: 10, format: "percent" },
    ],
    rows: funds.map((f, i) =>
      row(
        f.fundSource ? "line" : "total",
        f.fundSource ? i + 1 : null,
        f.fundSource ? FUND_SOURCE_LABELS[f.fundSource] : "Tổng cộng",
        f.envelope,
        f.projectCount,
        f.cost,
        f.approvedSupport,
        f.counterpartFunds,
        f.paid,
        f.settled,
        f.refundReceived,
        f.approvedSupport > 0 ? f.paid / f.approvedSupport : null,
      ),
    ),
    notes: [
      "Đề án được phê duyệt: đề án của kế hoạch năm đã có quyết định phê duyệt (kể cả đề án đã dừng). Tổng chi phí và vốn đối ứng: theo dự toán của các đề án đó.",
      "Đã tạm ứng, thanh toán: các đề nghị Kho bạc đã chi (tạm ứng, thanh toán, thanh toán sau quyết toán). Tỷ lệ giải ngân = đã tạm ứng, thanh toán / kinh phí hỗ trợ được duyệt.",
    ],
  };

  const stateTable: ReportTable = {
    sheetName: "3. Đề án theo trạng thái",
    title: [`TÌNH HÌNH CÁC ĐỀ ÁN KHUYẾN CÔNG NĂM ${year} THEO TRẠNG THÁI`, "(Đơn vị tính: đồng)"],
    columns: [
      { header: "TT", width: 5 },
      { header: "Trạng thái", width: 36 },
      { header: "Số đề án", width: 10, format: "integer" },
      { header: "Kinh phí hỗ trợ đề nghị", width: 18, format: "money" },
      { header: "Kinh phí hỗ trợ được duyệt", width: 18, format: "money" },
    ],
    rows: states.map((s, i) =>
      row(
        s.state ? "line" : "total",
        s.state ? i + 1 : null,
        s.state ? PROJECT_STATE_LABELS[s.state] : "Tổng cộng",
        s.projectCount,
        s.requestedSupport,
        s.approvedSupport,
      ),
    ),
  };

  const communeTable: ReportTable = {
    sheetName: "4. Cơ sở theo xã",
    title: [
      `CƠ SỞ CÔNG NGHIỆP NÔNG THÔN ĐƯỢC HỖ TRỢ NĂM ${year} THEO XÃ, PHƯỜNG, ĐẶC KHU`,
      "(Theo địa điểm sản xuất của cơ sở; đơn vị tính kinh phí: đồng)",
    ],
    columns: [
      { header: "TT", width: 5 },
      { header: "Xã, phường, đặc khu", width: 36 },
      { header: "Số cơ sở được hỗ trợ", width: 12, format: "integer" },
      { header: "Số đề án", width: 10, format: "integer" },
      { header: "Kinh phí hỗ trợ được duyệt", width: 18, format: "money" },
    ],
    rows: communes.map((c, i) =>
      row(
        c.communeCode ? "line" : "total",
        c.communeCode ? i + 1 : null,
        c.communeName ?? "Tổng cộng",
        c.facilityCount,
        c.projectCount,
        c.approvedSupport,
      ),
    ),
  };

  return {
    fileName: `Báo cáo kết quả thực hiện Chương trình khuyến công năm ${year}`,
    cover: [
      `BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM ${year}`,
      `Chương trình khuyến công thành phố Hải Phòng giai đoạn ${programme.firstYear} – ${programme.lastYear}`,
      "",
      "Cơ quan báo cáo: Sở Công Thương thành phố Hải Phòng",
      "Kính gửi: Bộ Công Thương; Ủy ban nhân dân thành phố Hải Phòng",
      `Hải Phòng, ngày ${today.day} tháng ${today.month} năm ${today.year}`,
      "",
      "Nội dung: 1. Kết quả theo nội dung; 2. Kinh phí; 3. Đề án theo trạng thái; 4. Cơ sở được hỗ trợ theo xã, phường, đặc khu.",
      "Số liệu lập tự động từ hệ thống quản lý khuyến công tại ngày lập báo cáo. Mẫu biểu do hệ thống thiết kế; chưa đối chiếu với mẫu báo cáo chính thức của Bộ Công Thương.",
    ],
    tables: [results, moneyTable, stateTable, communeTable],
    main: results,
  };
}
