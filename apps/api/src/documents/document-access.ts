import {
  type Capability,
  can,
  EVIDENCE_WITHDRAWABLE_STATES,
  FILE_CLOSED_STATES,
  type ProjectState,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import type { Project } from "../projects/project.entity.js";
import { assertCanPrepare } from "../projects/project-scope.js";
import type { ProjectDocument } from "./project-document.entity.js";

/*
 * Who may do what with a đề án's evidence documents. Reading the đề án (`applyProjectReadScope`) is always
 * required first, and its absence is NOT_FOUND; these rules come after it.
 */

/**
 * What each plain HTTP route of documents requires, for the authorisation matrix's listing; the checks
 * below ask the same capabilities. Deleting asks UploadEvidence for one's own, ManageEvidence for any.
 */
export const DOCUMENT_ROUTE_CAPABILITIES = {
  "POST /projects/{id}/documents": "UploadEvidence",
  "GET /documents/{id}": "DownloadEvidence",
} as const satisfies Readonly<Record<string, Capability>>;

/** A đề án in these states takes no more evidence, except from who manages all evidence (the department). */
const CLOSED_TO_UPLOADS: readonly ProjectState[] = FILE_CLOSED_STATES;

/** The uploader may take back their file while the đề án is being drafted or carried out. */
const UPLOADER_MAY_DELETE_IN: readonly ProjectState[] = EVIDENCE_WITHDRAWABLE_STATES;

type ProjectFacts = Pick<Project, "communeCode" | "implementingUnitId" | "state">;

export function uploadRefusal(ctx: Ctx, project: ProjectFacts): AppError | null {
  const user = ctx.user;
  if (!user) return AppError.unauthenticated();
  // Those who prepare a đề án somewhere (UploadEvidence), within their scope, add evidence.
  if (!can(user.role, "UploadEvidence")) {
    return AppError.forbidden(
      "Chỉ Sở Công Thương, cán bộ xã và đơn vị thực hiện của đề án được tải tài liệu lên.",
    );
  }
  const prepare = refusalOf(() => assertCanPrepare(ctx, project));
  if (prepare) return prepare;
  if (!can(user.role, "ManageEvidence") && CLOSED_TO_UPLOADS.includes(project.state)) {
    return AppError.forbidden(
      "Đề án đã thanh lý hoặc không được phê duyệt: chỉ Sở Công Thương được bổ sung tài liệu.",
    );
  }
  return null;
}

export function assertCanUpload(ctx: Ctx, project: ProjectFacts): void {
  const refusal = uploadRefusal(ctx, project);
  if (refusal) throw refusal;
}

export function downloadRefusal(ctx: Ctx): AppError | null {
  const user = ctx.user;
  if (!user) return AppError.unauthenticated();
  // The bytes of a đề án the user can read (DownloadEvidence). Analysts and administrators see the list of
  // documents but not their content: attendance lists carry names and signatures, invoices personal data,
  // and neither job needs them. Kho bạc and Sở Tài chính control payment and settlement on them.
  if (!can(user.role, "DownloadEvidence")) {
    return AppError.forbidden(
      "Tài khoản của bạn xem được danh mục tài liệu nhưng không tải được nội dung (có thể chứa dữ liệu cá nhân).",
    );
  }
  return null;
}

export function assertCanDownload(ctx: Ctx): void {
  const refusal = downloadRefusal(ctx);
  if (refusal) throw refusal;
}

/**
 * Who manages all evidence (the department) may delete any document; the uploader their own, while the
 * đề án is a draft or in progress and they may still prepare it. Later, the evidence is what acceptance and settlement relied on.
 */
export function deleteRefusal(
  ctx: Ctx,
  project: ProjectFacts,
  document: Pick<ProjectDocument, "uploadedById">,
): AppError | null {
  const user = ctx.user;
  if (!user) return AppError.unauthenticated();
  if (can(user.role, "ManageEvidence")) return null;
  if (document.uploadedById !== user.id) {
    return AppError.forbidden("Chỉ người đã tải tài liệu lên hoặc Sở Công Thương được xoá tài liệu này.");
  }
  if (!UPLOADER_MAY_DELETE_IN.includes(project.state)) {
    return AppError.forbidden(
      "Chỉ xoá được tài liệu khi đề án đang lập hoặc đang thực hiện; sau đó, đề nghị Sở Công Thương.",
    );
  }
  return uploadRefusal(ctx, project);
}

export function assertCanDelete(
  ctx: Ctx,
  project: ProjectFacts,
  document: Pick<ProjectDocument, "uploadedById">,
): void {
  const refusal = deleteRefusal(ctx, project, document);
  if (refusal) throw refusal;
}

function refusalOf(check: () => void): AppError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}
