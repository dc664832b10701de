import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ctx } from "../context.js";
import {
  assertUploadAllowed,
  DocumentIntegrityError,
  parseUploadMeta,
  payloadTooLarge,
  readDocument,
  uploadDocument,
} from "../documents/document.service.js";
import { DOCUMENT_MAX_BYTES, documentView } from "../documents/project-document.entity.js";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import { attachmentDisposition } from "./content-disposition.js";
import { BodyTooLargeError, declaredLength, readUpload } from "./read-upload.js";
import { sendError } from "./send-error.js";
import { sendJson } from "./send-json.js";

/*
 * Evidence documents over plain HTTP, since GraphQL carries no files:
 *
 *   POST /projects/{projectId}/documents?kind=INVOICE&fileName=…[&note=…]   body = the file's bytes
 *   GET  /documents/{id}                                                     (HEAD too)
 *
 * Both need `authorization: Bearer …`. That header is also the CSRF defence, as Apollo's preflight rule
 * is for /graphql: the API sets no cookie, a browser never attaches the token by itself, and a page on
 * another origin cannot add it without a CORS preflight, which this server never approves. So any
 * `content-type` may be uploaded — a "simple" one (text/plain) included — and still only by the
 * token's holder.
 */

export type DocumentRoute = { kind: "upload"; projectId: string } | { kind: "download"; id: string };

export interface DocumentRouteDeps {
  /** Builds the request's Ctx: `user` is null without a valid Bearer token. */
  context(req: IncomingMessage): Promise<Ctx>;
  log: Logger;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function matchDocumentRoute(path: string): DocumentRoute | null {
  const upload = /^\/projects\/([^/]+)\/documents$/.exec(path);
  if (upload?.[1]) return { kind: "upload", projectId: upload[1] };
  const download = /^\/documents\/([^/]+)$/.exec(path);
  if (download?.[1]) return { kind: "download", id: download[1] };
  return null;
}

export function handleDocumentRoute(
  req: IncomingMessage,
  res: ServerResponse,
  route: DocumentRoute,
  deps: DocumentRouteDeps,
): Promise<void> {
  return route.kind === "upload"
    ? handleUpload(req, res, route.projectId, deps)
    : handleDownload(req, res, route.id, deps);
}

/**
 * Everything that can be refused without the body (token, parameters, scope, role, state, announced
 * size) is refused before a byte is read; the body is then hashed as it streams in and cut off past the
 * limit. Answers 201 `{ "document": { … } }` with `location` = the download path.
 */
async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  projectId: string,
  deps: DocumentRouteDeps,
): Promise<void> {
  if (req.method !== "POST") {
    methodNotAllowed(res, "POST", unreadBodyHeaders(req));
    return;
  }
  try {
    const ctx = await deps.context(req);
    if (!ctx.user) throw AppError.unauthenticated();
    const params = new URL(req.url ?? "/", "http://localhost").searchParams;
    const meta = parseUploadMeta({
      kind: params.get("kind"),
      fileName: params.get("fileName"),
      note: params.get("note"),
      contentType: req.headers["content-type"],
    });
    if (!UUID.test(projectId)) throw AppError.notFound("đề án");
    await assertUploadAllowed(ctx, projectId);
    const announced = declaredLength(req);
    if (announced !== null && announced > DOCUMENT_MAX_BYTES) throw payloadTooLarge();

    let file: Awaited<ReturnType<typeof readUpload>>;
    try {
      file = await readUpload(req, DOCUMENT_MAX_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw payloadTooLarge();
      throw error;
    }
    const document = await uploadDocument(ctx, { projectId, ...meta, ...file });
    sendJson(
      res,
      201,
      { document: documentView(document) },
      { location: document.downloadPath, "cache-control": "no-store" },
    );
  } catch (error) {
    if (req.destroyed && !req.complete) {
      deps.log.debug("Upload abandoned by the client", error);
      return;
    }
    sendError(res, error, deps.log, { headers: unreadBodyHeaders(req) });
  }
}

/**
 * Sends the bytes to a user who may read the đề án (404 otherwise, so that its existence is not
 * disclosed) and whose role may download (403). A file whose bytes no longer match their checksum is
 * refused with 500 and logged: corruption is never served silently.
 */
async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  deps: DocumentRouteDeps,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    methodNotAllowed(res, "GET, HEAD", unreadBodyHeaders(req));
    return;
  }
  try {
    const ctx = await deps.context(req);
    if (!ctx.user) throw AppError.unauthenticated();
    if (!UUID.test(id)) throw AppError.notFound("tài liệu");
    const { document, content } = await readDocument(ctx, id);
    res.writeHead(200, {
      "content-type": document.contentType,
      "content-length": content.length,
      "content-disposition": attachmentDisposition(document.fileName),
      "x-content-sha256": document.sha256,
      // RFC 9530's standard form of the same digest, for clients that check it.
      "repr-digest": `sha-256=:${Buffer.from(document.sha256, "hex").toString("base64")}:`,
      "x-content-type-options": "nosniff",
      // Should a browser still render it (an HTML or SVG "evidence"), it runs nothing and loads nothing.
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    });
    res.end(req.method === "HEAD" ? undefined : content);
  } catch (error) {
    sendError(res, error, deps.log, {
      clientMessage:
        error instanceof DocumentIntegrityError
          ? "Tệp đã lưu không còn nguyên vẹn (sai mã kiểm tra SHA-256) nên không được tải về. Vui lòng báo quản trị viên."
          : undefined,
    });
  }
}

function methodNotAllowed(res: ServerResponse, allow: string, headers: Record<string, string>): void {
  sendJson(
    res,
    405,
    { error: { code: "METHOD_NOT_ALLOWED", message: `Địa chỉ này chỉ nhận phương thức ${allow}.` } },
    { allow, ...headers },
  );
}

/**
 * When an answer goes out before the body was read: Node then reads and discards the rest to reuse the
 * connection, which is fine for what fits the limit; for a larger or unannounced body, the connection
 * is closed instead of draining it.
 */
function unreadBodyHeaders(req: IncomingMessage): Record<string, string> {
  if (req.complete) return {};
  const announced = declaredLength(req);
  return announced !== null && announced <= DOCUMENT_MAX_BYTES ? {} : { connection: "close" };
}
