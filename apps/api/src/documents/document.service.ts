import { createHash } from "node:crypto";
import { calendarDateInVietnam, formatCalendarDate } from "@khuyencong/domain";
import { QueryFailedError } from "typeorm";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { textRefusal } from "../graphql/input-hygiene.js";
import { Project } from "../projects/project.entity.js";
import { scopedProjects } from "../projects/project.service.js";
import { applyProjectReadScope } from "../projects/project-scope.js";
import {
  assertCanDelete,
  assertCanDownload,
  assertCanUpload,
  deleteRefusal,
  downloadRefusal,
} from "./document-access.js";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind, isDocumentKind } from "./document-kind.js";
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_NOTE_MAX_LENGTH,
  documentView,
  FILE_NAME_MAX_LENGTH,
  ProjectDocument,
} from "./project-document.entity.js";

const WHAT = "tài liệu";
const DEFAULT_CONTENT_TYPE = "application/octet-stream";
/** `type/subtype`, RFC 9110 tokens; parameters are dropped, so nothing odd is echoed in a header later. */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,63}\/[a-z0-9!#$&^_.+-]{1,63}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f\\/]/;

/** What an upload says about its file, checked before a byte of it is read. */
export interface UploadMeta {
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  note: string | null;
}

/** The body of an upload, hashed while it was read. */
export interface ReceivedFile {
  content: Buffer;
  sha256: string;
}

/** The stored bytes differ from their checksum: never served. The message is for the server log. */
export class DocumentIntegrityError extends Error {
  override readonly name = "DocumentIntegrityError";
}

export function parseUploadMeta(raw: {
  kind: string | null;
  fileName: string | null;
  note: string | null;
  contentType: string | undefined;
}): UploadMeta {
  const kind = raw.kind?.trim() ?? "";
  if (!kind) throw AppError.badInput("Vui lòng chọn loại tài liệu (tham số kind)", "kind");
  if (!isDocumentKind(kind)) {
    throw AppError.badInput(
      `Loại tài liệu "${kind}" không hợp lệ; chọn một trong: ${DOCUMENT_KINDS.map((k) => `${k} (${DOCUMENT_KIND_LABELS[k]})`).join(", ")}`,
      "kind",
    );
  }

  // macOS sends decomposed Vietnamese (NFD); stored and compared composed, as users type it.
  const fileName = (raw.fileName ?? "").normalize("NFC").trim();
  if (!fileName) throw AppError.badInput("Vui lòng cho biết tên tệp (tham số fileName)", "fileName");
  if ([...fileName].length > FILE_NAME_MAX_LENGTH) {
    throw AppError.badInput(`Tên tệp có tối đa ${FILE_NAME_MAX_LENGTH} ký tự`, "fileName");
  }
  if (FORBIDDEN_IN_NAME.test(fileName) || /^\.+$/.test(fileName)) {
    throw AppError.badInput(
      "Tên tệp không được chứa dấu / hoặc \\ hay ký tự điều khiển; chỉ gửi tên tệp, không gửi đường dẫn",
      "fileName",
    );
  }

  const declared = raw.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const contentType = declared || DEFAULT_CONTENT_TYPE;
  if (!MEDIA_TYPE.test(contentType)) {
    throw AppError.badInput(
      "Kiểu nội dung (header content-type) không hợp lệ, ví dụ đúng: application/pdf",
      "contentType",
    );
  }

  const note = raw.note?.normalize("NFC").trim() || null;
  // The query string is not GraphQL: the same NUL/surrogate rule as every GraphQL string, applied here.
  const noteRefusal = note ? textRefusal(note, "note") : null;
  if (noteRefusal) throw AppError.badInput(noteRefusal, "note");
  if (note && [...note].length > DOCUMENT_NOTE_MAX_LENGTH) {
    throw AppError.badInput(`Ghi chú có tối đa ${DOCUMENT_NOTE_MAX_LENGTH} ký tự`, "note");
  }
  return { kind, fileName, contentType, note };
}

/**
 * Answers, before the body is read, whether the user could upload to this đề án at all: NOT_FOUND outside
 * their scope, FORBIDDEN for a role or state that may not. `uploadDocument` checks again under a lock.
 */
export async function assertUploadAllowed(ctx: Ctx, projectId: string): Promise<void> {
  assertCanUpload(ctx, await readableProject(ctx, projectId));
}

/**
 * Stores one evidence document and its audit row in one transaction. The đề án's row is read FOR SHARE,
 * so that a transition (closing it, say) cannot commit between the check and the insert.
 */
export async function uploadDocument(
  ctx: Ctx,
  input: UploadMeta & ReceivedFile & { projectId: string },
): Promise<ProjectDocument> {
  if (input.content.length === 0) {
    throw AppError.badInput("Tệp rỗng: không có nội dung để lưu", "file");
  }
  if (input.content.length > DOCUMENT_MAX_BYTES) throw payloadTooLarge();
  try {
    return await inTransaction(ctx, async (tx) => {
      const user = tx.user;
      if (!user) throw AppError.unauthenticated();
      const project = await readableProject(tx, input.projectId, { lock: true });
      assertCanUpload(tx, project);
      const existing = await tx.em.findOneBy(ProjectDocument, {
        projectId: project.id,
        sha256: input.sha256,
      });
      if (existing) throw duplicate(existing);

      const { identifiers } = await tx.em.insert(ProjectDocument, {
        projectId: project.id,
        kind: input.kind,
        fileName: input.fileName,
        contentType: input.contentType,
        sizeBytes: input.content.length,
        sha256: input.sha256,
        content: input.content,
        uploadedById: user.id,
        note: input.note,
      });
      const document = await tx.em.findOneByOrFail(ProjectDocument, { id: identifiers[0]?.id });
      await recordAudit(tx, {
        action: "document.upload",
        entityType: "ProjectDocument",
        entityId: document.id,
        after: documentView(document),
      });
      return document;
    });
  } catch (error) {
    // Two identical uploads at once: both passed the check, the unique index let one through.
    if (isUniqueViolation(error, "UQ_project_document_sha256")) {
      throw AppError.conflict("Tệp có nội dung giống hệt đã được tải lên cho đề án này", "file");
    }
    throw error;
  }
}

/**
 * The document with its bytes, for a user who may read its đề án (NOT_FOUND otherwise, whether it exists
 * or not) and whose role may download (FORBIDDEN). The bytes are hashed again: a mismatch is logged and
 * refused, never served.
 */
export async function readDocument(
  ctx: Ctx,
  id: string,
): Promise<{ document: ProjectDocument; content: Buffer }> {
  if (!ctx.user) throw AppError.unauthenticated();
  const document = await scopedDocuments(ctx)
    .addSelect("document.content")
    .andWhere("document.id = :id", { id })
    .getOne();
  if (!document?.content) throw AppError.notFound(WHAT);
  assertCanDownload(ctx);

  const content = document.content;
  const actual = createHash("sha256").update(content).digest("hex");
  if (actual !== document.sha256 || content.length !== document.sizeBytes) {
    ctx.log.error(`Evidence document ${document.id} is corrupted: refusing to serve it`, {
      projectId: document.projectId,
      expectedSha256: document.sha256,
      actualSha256: actual,
      expectedBytes: document.sizeBytes,
      actualBytes: content.length,
    });
    throw new DocumentIntegrityError(`document ${document.id}: sha256 ${actual} ≠ stored ${document.sha256}`);
  }
  document.content = undefined;
  return { document, content };
}

/** Deletes a document (the audit row keeps its metadata) and returns its đề án. */
export function deleteDocument(ctx: Ctx, id: string): Promise<Project> {
  return inTransaction(ctx, async (tx) => {
    const document = await scopedDocuments(tx).andWhere("document.id = :id", { id }).getOne();
    if (!document) throw AppError.notFound(WHAT);
    const project = await readableProject(tx, document.projectId, { lock: true });
    assertCanDelete(tx, project, document);
    const result = await tx.em.delete(ProjectDocument, { id: document.id });
    if (!result.affected) throw AppError.notFound(WHAT);
    await recordAudit(tx, {
      action: "document.delete",
      entityType: "ProjectDocument",
      entityId: document.id,
      before: documentView(document),
    });
    return project;
  });
}

/** For the `canDelete` field: the đề án was already read in scope, through the field's parent. */
export async function mayDelete(ctx: Ctx, document: ProjectDocument): Promise<boolean> {
  const project = await ctx.loaders.projectById.load(document.projectId);
  return project !== null && deleteRefusal(ctx, project, document) === null;
}

export function mayDownload(ctx: Ctx): boolean {
  return downloadRefusal(ctx) === null;
}

export function payloadTooLarge(): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `Tệp quá lớn: tối đa ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB. Hãy nén hoặc chia nhỏ tệp rồi tải lên lại.`,
    "file",
  );
}

/** Documents whose đề án the user may read. */
function scopedDocuments(ctx: Ctx) {
  const query = ctx.em
    .createQueryBuilder(ProjectDocument, "document")
    .innerJoin(Project, "project", "project.id = document.projectId");
  return applyProjectReadScope(ctx, query, "project");
}

async function readableProject(ctx: Ctx, id: string, options: { lock?: boolean } = {}): Promise<Project> {
  const query = scopedProjects(ctx).andWhere("project.id = :id", { id });
  if (options.lock) query.setLock("pessimistic_read");
  const project = await query.getOne();
  if (!project) throw AppError.notFound("đề án");
  return project;
}

function duplicate(existing: ProjectDocument): AppError {
  const date = formatCalendarDate(calendarDateInVietnam(existing.uploadedAt));
  return AppError.conflict(
    `Tệp có nội dung giống hệt "${existing.fileName}" (${DOCUMENT_KIND_LABELS[existing.kind]}), đã tải lên ngày ${date}, nên không lưu lại lần nữa.`,
    "file",
  );
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === "23505" && driverError.constraint === constraint;
}
