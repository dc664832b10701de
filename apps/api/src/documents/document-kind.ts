import { domainEnum, sqlList } from "../graphql/enums.js";

/**
 * What an evidence document proves. A small, stable set: the acceptance (nghiệm thu) and the settlement
 * (quyết toán) ask for these papers; anything else is OTHER with a note. Renaming a code is a breaking
 * change (it is stored and it is an enum of the API); adding one needs a migration of the CHECK.
 */
export const DOCUMENT_KINDS = [
  "ACCEPTANCE_MINUTES",
  "INVOICE",
  "ATTENDANCE_LIST",
  "MACHINERY_CONTRACT",
  "CERTIFICATE",
  "PHOTO",
  "OTHER",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  ACCEPTANCE_MINUTES: "Biên bản nghiệm thu",
  INVOICE: "Hoá đơn, chứng từ",
  ATTENDANCE_LIST: "Danh sách học viên có chữ ký",
  MACHINERY_CONTRACT: "Hợp đồng, thanh lý hợp đồng mua máy móc thiết bị",
  CERTIFICATE: "Giấy chứng nhận (nhãn hiệu, sản phẩm tiêu biểu…)",
  PHOTO: "Ảnh chụp hiện trường, sản phẩm",
  OTHER: "Tài liệu khác",
};

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export const DocumentKindEnum = domainEnum(
  "DocumentKind",
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  "What an evidence document of a đề án proves (biên bản nghiệm thu, hoá đơn…).",
);

/** For the CHECK constraint on `project_document.kind`. */
export const DOCUMENT_KINDS_SQL = sqlList(DOCUMENT_KINDS);
