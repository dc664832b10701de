import ExcelJS from "exceljs";
import type { SettlementDossier } from "./settlement-dossier.service.js";

/*
 * The settlement dossier as a civil servant prints it: one sheet per table of the quyết toán file
 * (TT 36/2013: Mẫu 7 biểu quyết toán, Mẫu 8a/8b bảng kê, Mẫu 10 bảng đối chiếu — their exact layouts
 * were not retrieved, so the columns follow what each form must show), A4, headers repeated, money in
 * whole đồng with thousands separators.
 */

const MONEY = "#,##0";
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const vnDate = (iso: string | null | undefined) => (iso ? iso.split("-").reverse().join("/") : "");

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  d: SettlementDossier,
  columns: { header: string; width: number; money?: boolean }[],
) {
  const ws = book.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = `Đề án ${d.project.code}: ${d.project.title}`;
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  ws.mergeCells(3, 1, 3, last);
  ws.getCell(3, 1).value =
    `Đơn vị thực hiện: ${d.unitName || "—"} · Địa bàn: ${d.communeName} · Nguồn kinh phí: ${d.fundSourceLabel}`;
  ws.getCell(3, 1).alignment = { horizontal: "center" };
  const header = ws.getRow(5);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });
  header.height = 36;
  ws.views = [{ state: "frozen", ySplit: 5 }];
  ws.pageSetup.printTitlesRow = "5:5";
  return {
    ws,
    add(values: (string | number | null)[], bold = false) {
      const row = ws.addRow(values);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = BORDER;
        if (columns[col - 1]?.money) cell.numFmt = MONEY;
        if (bold) cell.font = { bold: true };
        cell.alignment = { vertical: "top", wrapText: typeof cell.value === "string" };
      });
      return row;
    },
  };
}

/** Writes the dossier workbook; returns the .xlsx bytes. */
export async function writeSettlementDossier(d: SettlementDossier): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Khuyến công Hải Phòng";
  book.created = new Date();
  const p = d.project;
  const sum = (pick: (l: SettlementDossier["lines"][number]) => number) =>
    d.lines.reduce((s, l) => s + pick(l), 0);
  const paid = d.payments.reduce((s, x) => s + x.amount, 0);

  const info = sheet(book, "Thông tin đề án", "THÔNG TIN ĐỀ ÁN KHUYẾN CÔNG", d, [
    { header: "Nội dung", width: 40 },
    { header: "Thông tin", width: 70 },
  ]);
  for (const [k, v] of [
    ["Mã đề án", p.code],
    ["Tên đề án", p.title],
    ["Năm kế hoạch", String(p.year)],
    ["Quyết định phê duyệt", p.decisionNumber ? `${p.decisionNumber} ngày ${vnDate(p.decisionDate)}` : ""],
    [
      "Hợp đồng / giao nhiệm vụ",
      p.contractNumber ? `${p.contractNumber} ngày ${vnDate(p.contractDate)}` : "",
    ],
    ["Ngày nghiệm thu", vnDate(p.acceptedOn)],
    ["Ngày quyết toán", vnDate(p.settledOn)],
    ["Trạng thái", p.stateLabel],
  ] as const) {
    info.add([k, v]);
  }
  info.add(["Kết quả nghiệm thu", ""], true);
  for (const o of d.outputs)
    info.add([
      `${o.activity} (dòng ${o.targetLine})`,
      `Kế hoạch ${o.planned} ${o.unit}; thực hiện ${o.actual ?? "—"} ${o.unit}`,
    ]);

  const m7 = sheet(book, "Mẫu 7 - Quyết toán", "BIỂU QUYẾT TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG", d, [
    { header: "STT", width: 6 },
    { header: "Nội dung chi", width: 40 },
    { header: "Cơ sở thụ hưởng", width: 30 },
    { header: "Dự toán được duyệt (đồng)", width: 18, money: true },
    { header: "Kinh phí hỗ trợ được duyệt (đồng)", width: 18, money: true },
    { header: "Chi phí nghiệm thu (đồng)", width: 18, money: true },
  ]);
  for (const [i, l] of d.lines.entries())
    m7.add([
      i + 1,
      `${l.costItem} (${l.activity})`,
      l.beneficiary,
      l.cost,
      l.approvedSupport,
      l.acceptedCost,
    ]);
  m7.add(
    ["", "Tổng cộng", "", sum((l) => l.cost), sum((l) => l.approvedSupport), sum((l) => l.acceptedCost)],
    true,
  );
  m7.ws.addRow([]);
  m7.add(["", "Kinh phí hỗ trợ quyết toán", "", null, p.finalSupport ?? null, null], true);

  const m8a = sheet(book, "Mẫu 8a - Bảng kê chứng từ", "BẢNG KÊ CHỨNG TỪ THANH TOÁN QUA KHO BẠC", d, [
    { header: "STT", width: 6 },
    { header: "Ngày", width: 14 },
    { header: "Số chứng từ", width: 20 },
    { header: "Nội dung", width: 36 },
    { header: "Số tiền (đồng)", width: 20, money: true },
  ]);
  for (const [i, x] of d.payments.entries())
    m8a.add([i + 1, vnDate(x.paidOn), x.treasuryReference, x.kind, x.amount]);
  m8a.add(["", "", "", "Tổng cộng", paid], true);

  const m8b = sheet(book, "Mẫu 8b - Vốn đối ứng", "BẢNG KÊ KINH PHÍ HỖ TRỢ VÀ VỐN ĐỐI ỨNG", d, [
    { header: "STT", width: 6 },
    { header: "Nội dung chi", width: 40 },
    { header: "Tổng chi phí (đồng)", width: 18, money: true },
    { header: "Ngân sách nhà nước hỗ trợ (đồng)", width: 20, money: true },
    { header: "Vốn đối ứng của cơ sở (đồng)", width: 20, money: true },
  ]);
  for (const [i, l] of d.lines.entries())
    m8b.add([i + 1, l.costItem, l.cost, l.requestedSupport, l.counterpartFunds]);
  m8b.add(
    ["", "Tổng cộng", sum((l) => l.cost), sum((l) => l.requestedSupport), sum((l) => l.counterpartFunds)],
    true,
  );

  const m10 = sheet(book, "Mẫu 10 - Đối chiếu", "BẢNG ĐỐI CHIẾU TẠM ỨNG, THANH TOÁN VÀ QUYẾT TOÁN", d, [
    { header: "Nội dung", width: 50 },
    { header: "Số tiền (đồng)", width: 22, money: true },
  ]);
  m10.add(["Kinh phí hỗ trợ được duyệt", p.approvedSupport ?? 0]);
  m10.add(["Đã tạm ứng, thanh toán qua Kho bạc", paid]);
  m10.add(["Kinh phí hỗ trợ quyết toán", p.finalSupport ?? null]);
  m10.add(["Số còn được thanh toán", p.finalPayment ?? null]);
  m10.add(["Số phải nộp trả ngân sách", p.refundDue ?? null]);
  m10.add(["Số đã nộp trả", p.refundReceived]);

  return Buffer.from(await book.xlsx.writeBuffer());
}
