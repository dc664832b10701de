import { createHash, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_MAX_BYTES } from "../src/documents/project-document.entity.js";
import { createProject, must, projectMutation, readyDraft } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer, type TestUser } from "./harness.js";

let t: TestServer;
let officer: TestUser; // xã An Hưng
let colleague: TestUser; // also xã An Hưng, not the uploader
let otherOfficer: TestUser; // xã Kiến Thụy
let department: TestUser;
let unitUser: TestUser;
let treasury: TestUser;
let finance: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  colleague = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  otherOfficer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
  department = await t.createUser("DEPARTMENT");
  unitUser = await t.createUser("IMPLEMENTING_UNIT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  analyst = await t.createUser("ANALYST");
});
afterAll(() => t?.close());

const VIETNAMESE_NAME = "Biên bản nghiệm thu đợt 1 (bản ký) – Đồ Sơn.pdf";

interface HttpError {
  error: { code: string; message: string; field?: string };
}

interface UploadParams {
  kind?: string;
  fileName?: string;
  note?: string;
}

/** `POST /projects/:id/documents` as a client would send it: the raw file as the body. */
async function upload(
  token: string | null,
  projectId: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  params: UploadParams = { kind: "INVOICE", fileName: "hoa-don.pdf" },
  headers: Record<string, string> = {},
) {
  const url = new URL(`${t.url}/projects/${projectId}/documents`);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/pdf",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON loosely
  const json = (await response.json()) as any;
  return { status: response.status, headers: response.headers, json };
}

async function uploaded(token: string, projectId: string, body: Uint8Array, params?: UploadParams) {
  const res = await upload(token, projectId, body, params);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.document as { id: string; sha256: string; downloadPath: string; fileName: string };
}

async function download(token: string | null, path: string, method = "GET") {
  const response = await fetch(`${t.url}${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = Buffer.from(await response.arrayBuffer());
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: isJson && body.length ? (JSON.parse(body.toString("utf8")) as HttpError) : null,
  };
}

/** A binary body that starts like a PDF and carries NUL bytes, as real scans do. */
function binaryFile(size = 70_000): Buffer {
  return Buffer.concat([
    Buffer.from("%PDF-1.7\n"),
    Buffer.from([0, 1, 0, 0, 255, 254, 0]),
    randomBytes(size),
  ]);
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

async function documentCount(projectId: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    "SELECT count(*)::int AS n FROM project_document WHERE project_id = $1",
    [projectId],
  );
  return n;
}

async function documentAuditCount(): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    "SELECT count(*)::int AS n FROM audit_entry WHERE action LIKE 'document.%'",
  );
  return n;
}

function expectError(res: { status: number; json: unknown }, status: number, code: string, field?: string) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const body = res.json as HttpError;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[àáảãạâăđèéêìíòóôơùúưỳý]/i);
  if (field) expect(body.error.field).toBe(field);
}

describe("upload and download", () => {
  it("serves back exactly the bytes uploaded, with the checksum, the Vietnamese name and safe headers", async () => {
    const project = await createProject(t, officer.token);
    const file = binaryFile();
    const res = await upload(officer.token, project.id, file, {
      kind: "ACCEPTANCE_MINUTES",
      fileName: VIETNAMESE_NAME,
      note: "Bản scan có chữ ký của hội đồng nghiệm thu",
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const document = res.json.document;
    expect(document).toEqual({
      id: expect.any(String),
      projectId: project.id,
      kind: "ACCEPTANCE_MINUTES",
      kindLabel: "Biên bản nghiệm thu",
      fileName: VIETNAMESE_NAME,
      contentType: "application/pdf",
      sizeBytes: file.length,
      sha256: sha256(file),
      uploadedById: officer.id,
      uploadedAt: expect.any(String),
      note: "Bản scan có chữ ký của hội đồng nghiệm thu",
      downloadPath: `/documents/${document.id}`,
    });
    expect(res.headers.get("location")).toBe(document.downloadPath);

    const got = await download(officer.token, document.downloadPath);
    expect(got.status).toBe(200);
    expect(got.body.equals(file)).toBe(true);
    expect(sha256(got.body)).toBe(document.sha256);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("content-length")).toBe(String(file.length));
    expect(got.headers.get("x-content-sha256")).toBe(document.sha256);
    expect(got.headers.get("repr-digest")).toBe(
      `sha-256=:${createHash("sha256").update(file).digest("base64")}:`,
    );
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("cache-control")).toBe("private, no-store");
    const disposition = got.headers.get("content-disposition") ?? "";
    expect(disposition).toBe(
      `attachment; filename="Bien ban nghiem thu dot 1 (ban ky) _ Do Son.pdf"; filename*=UTF-8''${"Bi%C3%AAn%20b%E1%BA%A3n%20nghi%E1%BB%87m%20thu%20%C4%91%E1%BB%A3t%201%20%28b%E1%BA%A3n%20k%C3%BD%29%20%E2%80%93%20%C4%90%E1%BB%93%20S%C6%A1n.pdf"}`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe(VIETNAMESE_NAME);

    const head = await download(officer.token, document.downloadPath, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("x-content-sha256")).toBe(document.sha256);
    expect(head.body.length).toBe(0);
  });

  it("writes one audit row per upload, with the metadata and without the content", async () => {
    const project = await createProject(t, officer.token);
    const document = await uploaded(officer.token, project.id, binaryFile(50_000));
    const rows = await t.dataSource.query(
      "SELECT action, entity_type, user_id, after, length(after::text) AS size FROM audit_entry WHERE entity_id = $1",
      [document.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "document.upload",
      entity_type: "ProjectDocument",
      user_id: officer.id,
      after: { projectId: project.id, kind: "INVOICE", sha256: document.sha256, sizeBytes: 50_016 },
    });
    expect(rows[0].after).not.toHaveProperty("content");
    expect(rows[0].size).toBeLessThan(1_000);
  });

  it("stores a decomposed (macOS) file name composed, and accepts any media type, defaulting to octet-stream", async () => {
    const project = await createProject(t, officer.token);
    const res = await upload(
      officer.token,
      project.id,
      Buffer.from("tên,chữ ký\n"),
      { kind: "ATTENDANCE_LIST", fileName: "Danh sách học viên.csv".normalize("NFD") },
      { "content-type": "text/csv; charset=utf-8" },
    );
    expect(res.status).toBe(201);
    expect(res.json.document).toMatchObject({ fileName: "Danh sách học viên.csv", contentType: "text/csv" });
    const bare = await fetch(
      `${t.url}/projects/${project.id}/documents?kind=PHOTO&fileName=${encodeURIComponent("ảnh.jpg")}`,
      { method: "POST", headers: { authorization: `Bearer ${officer.token}` }, body: randomBytes(100) },
    );
    // fetch sends a Uint8Array without a content-type.
    expect(bare.status).toBe(201);
    expect(((await bare.json()) as { document: { contentType: string } }).document.contentType).toBe(
      "application/octet-stream",
    );
  });
});

describe("who may upload and download", () => {
  it("answers 404 to a commune officer of another commune, on download and on upload, and stores nothing", async () => {
    const project = await createProject(t, officer.token);
    const document = await uploaded(officer.token, project.id, binaryFile());
    const audits = await documentAuditCount();

    const read = await download(otherOfficer.token, document.downloadPath);
    expectError(read, 404, "NOT_FOUND");
    // The same answer as for a document that does not exist: nothing is disclosed.
    const missing = await download(otherOfficer.token, `/documents/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(read.json);
    expect(read.body.toString()).not.toContain(document.sha256);

    expectError(await upload(otherOfficer.token, project.id, binaryFile()), 404, "NOT_FOUND");
    expect(await documentCount(project.id)).toBe(1);
    expect(await documentAuditCount()).toBe(audits);

    // An implementing unit sees only its own đề án.
    expectError(await download(unitUser.token, document.downloadPath), 404, "NOT_FOUND");
    const own = await createProject(t, unitUser.token, { communeCode: "xa-tien-lang" });
    expect((await upload(unitUser.token, own.id, binaryFile())).status).toBe(201);
    expectError(await upload(unitUser.token, project.id, binaryFile()), 404, "NOT_FOUND");
  });

  it("lets the Treasury and Sở Tài chính download but not upload; analysts and administrators neither", async () => {
    const project = await createProject(t, officer.token);
    const file = binaryFile();
    const document = await uploaded(officer.token, project.id, file);
    for (const user of [treasury, finance]) {
      const got = await download(user.token, document.downloadPath);
      expect(got.status).toBe(200);
      expect(got.body.equals(file)).toBe(true);
      expectError(await upload(user.token, project.id, binaryFile()), 403, "FORBIDDEN");
    }
    for (const token of [analyst.token, t.adminToken]) {
      expectError(await download(token, document.downloadPath), 403, "FORBIDDEN");
      expectError(await upload(token, project.id, binaryFile()), 403, "FORBIDDEN");
    }
    // The department may add evidence to any đề án.
    expect((await upload(department.token, project.id, binaryFile())).status).toBe(201);
    expect(await documentCount(project.id)).toBe(2);
  });

  it("answers 401 without a valid token, before looking at anything else", async () => {
    const project = await createProject(t, officer.token);
    const document = await uploaded(officer.token, project.id, binaryFile());
    for (const token of [null, "not-a-real-token-but-long-enough-1234567890"]) {
      const read = await download(token, document.downloadPath);
      expectError(read, 401, "UNAUTHENTICATED");
      expect(read.headers.get("www-authenticate")).toBe("Bearer");
      expectError(await download(token, "/documents/not-a-uuid"), 401, "UNAUTHENTICATED");
      expectError(await upload(token, project.id, binaryFile()), 401, "UNAUTHENTICATED");
      // A "simple" cross-site form post carries no token either.
      expectError(
        await upload(token, project.id, Buffer.from("x=1"), undefined, {
          "content-type": "application/x-www-form-urlencoded",
        }),
        401,
        "UNAUTHENTICATED",
      );
    }
    expect(await documentCount(project.id)).toBe(1);
  });

  it("closes a rejected đề án to commune uploads, not to the department's", async () => {
    const { project } = await readyDraft(t, officer.token);
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    await must(
      projectMutation(
        t,
        department.token,
        "rejectProject",
        project.id,
        { reason: "Không đủ điều kiện" },
        { reason: "String!" },
      ),
    );
    const refused = await upload(officer.token, project.id, binaryFile());
    expectError(refused, 403, "FORBIDDEN");
    expect(refused.json.error.message).toContain("Sở Công Thương");
    expect((await upload(department.token, project.id, binaryFile())).status).toBe(201);
    expect(await documentCount(project.id)).toBe(1);
  });

  it("answers 404 for an unknown đề án or document and 405 for another method", async () => {
    expectError(await upload(officer.token, randomUUID(), binaryFile()), 404, "NOT_FOUND");
    expectError(await upload(officer.token, "khong-phai-uuid", binaryFile()), 404, "NOT_FOUND");
    expectError(await download(officer.token, "/documents/khong-phai-uuid"), 404, "NOT_FOUND");
    const project = await createProject(t, officer.token);
    const wrong = await download(officer.token, `/projects/${project.id}/documents`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    const post = await fetch(`${t.url}/documents/${randomUUID()}`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("refused uploads store nothing", () => {
  it("refuses a missing or unknown kind, a missing or path-like file name, a bad media type and an empty file", async () => {
    const project = await createProject(t, officer.token);
    const audits = await documentAuditCount();
    const cases: [UploadParams, Record<string, string>, Uint8Array, string][] = [
      [{ fileName: "a.pdf" }, {}, binaryFile(), "kind"],
      [{ kind: "HOA_DON", fileName: "a.pdf" }, {}, binaryFile(), "kind"],
      [{ kind: "INVOICE" }, {}, binaryFile(), "fileName"],
      [{ kind: "INVOICE", fileName: "   " }, {}, binaryFile(), "fileName"],
      [{ kind: "INVOICE", fileName: "../../etc/passwd" }, {}, binaryFile(), "fileName"],
      [{ kind: "INVOICE", fileName: "a\u0000.pdf" }, {}, binaryFile(), "fileName"],
      [{ kind: "INVOICE", fileName: `${"a".repeat(256)}.pdf` }, {}, binaryFile(), "fileName"],
      [{ kind: "INVOICE", fileName: "a.pdf", note: "x".repeat(2_001) }, {}, binaryFile(), "note"],
      [{ kind: "INVOICE", fileName: "a.pdf" }, { "content-type": "pdf" }, binaryFile(), "contentType"],
      [{ kind: "INVOICE", fileName: "rỗng.pdf" }, {}, new Uint8Array(0), "file"],
    ];
    for (const [params, headers, body, field] of cases) {
      const res = await upload(officer.token, project.id, body, params, headers);
      expectError(res, 400, "BAD_USER_INPUT", field);
    }
    expect(await documentCount(project.id)).toBe(0);
    expect(await documentAuditCount()).toBe(audits);
  });

  it("refuses a file over 20 MB with 413, announced or streamed, and accepts one of exactly 20 MB", async () => {
    const project = await createProject(t, officer.token);
    const audits = await documentAuditCount();

    const tooLarge = Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 7);
    const announced = await upload(officer.token, project.id, tooLarge);
    expectError(announced, 413, "PAYLOAD_TOO_LARGE", "file");
    expect(announced.json.error.message).toContain("20 MB");

    // Chunked, with no content-length: cut off while it streams.
    const chunk = new Uint8Array(1024 * 1024).fill(9);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > DOCUMENT_MAX_BYTES + 2 * chunk.length) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    expectError(await upload(officer.token, project.id, stream), 413, "PAYLOAD_TOO_LARGE", "file");
    expect(await documentCount(project.id)).toBe(0);
    expect(await documentAuditCount()).toBe(audits);

    const exactly = Buffer.alloc(DOCUMENT_MAX_BYTES, 3);
    const res = await upload(officer.token, project.id, exactly);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.document.sizeBytes).toBe(DOCUMENT_MAX_BYTES);
    const got = await download(officer.token, res.json.document.downloadPath);
    expect(got.body.equals(exactly)).toBe(true);
  });

  it("refuses identical content on the same đề án as CONFLICT, even when two arrive at once", async () => {
    const project = await createProject(t, officer.token);
    const file = binaryFile();
    await uploaded(officer.token, project.id, file, { kind: "INVOICE", fileName: "Hoá đơn số 15.pdf" });
    const again = await upload(officer.token, project.id, file, { kind: "OTHER", fileName: "bản sao.pdf" });
    expectError(again, 409, "CONFLICT", "file");
    expect(again.json.error.message).toContain("Hoá đơn số 15.pdf");
    expect(await documentCount(project.id)).toBe(1);

    // The same paper may be evidence of another đề án.
    const other = await createProject(t, officer.token);
    expect((await upload(officer.token, other.id, file)).status).toBe(201);

    const racing = await createProject(t, officer.token);
    const twin = binaryFile();
    const statuses = (await Promise.all([1, 2].map(() => upload(officer.token, racing.id, twin))))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([201, 409]);
    expect(await documentCount(racing.id)).toBe(1);
  });

  it("refuses to serve a file whose bytes no longer match their checksum: 500, logged, no bytes", async () => {
    const project = await createProject(t, officer.token);
    const document = await uploaded(officer.token, project.id, binaryFile());
    await t.dataSource.query(
      "UPDATE project_document SET content = overlay(content placing '\\xff'::bytea from 20) WHERE id = $1",
      [document.id],
    );
    const got = await download(officer.token, document.downloadPath);
    expectError(got, 500, "INTERNAL_SERVER_ERROR");
    expect(got.json?.error.message).toContain("SHA-256");
    expect(got.body.toString()).not.toMatch(/%PDF|stack|\.ts:\d|node_modules/);
    const logged = t.logs.find((line) => line.level === "error" && line.message.includes(document.id));
    expect(logged?.detail).toMatchObject({ expectedSha256: document.sha256 });
  });
});

const DOCUMENTS = graphql(`query DocumentsProject($id: ID!) { project(id: $id) { documents {
  id kind kindLabel fileName contentType sizeBytes sha256 downloadPath note uploadedAt
  uploadedBy { email } canDelete canDownload
} } }`);

const DELETE = graphql(
  `mutation DocumentsDeleteProjectDocument($id: ID!) { deleteProjectDocument(id: $id) { id documents { id } } }`,
);

describe("the documents of a đề án in GraphQL", () => {
  it("lists their metadata, oldest first, with what the user may do", async () => {
    const project = await createProject(t, officer.token);
    const first = await uploaded(officer.token, project.id, binaryFile(), {
      kind: "INVOICE",
      fileName: "Hoá đơn.pdf",
    });
    const second = await uploaded(department.token, project.id, binaryFile(), {
      kind: "PHOTO",
      fileName: "Ảnh máy.jpg",
    });
    const asOfficer = await t.gql(DOCUMENTS, { id: project.id }, officer.token);
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!.project.documents).toEqual([
      expect.objectContaining({
        id: first.id,
        kind: "INVOICE",
        kindLabel: "Hoá đơn, chứng từ",
        fileName: "Hoá đơn.pdf",
        sha256: first.sha256,
        downloadPath: `/documents/${first.id}`,
        uploadedBy: { email: officer.email },
        canDelete: true,
        canDownload: true,
      }),
      expect.objectContaining({ id: second.id, kind: "PHOTO", canDelete: false, canDownload: true }),
    ]);
    const asAnalyst = await t.gql(DOCUMENTS, { id: project.id }, analyst.token);
    expect(
      asAnalyst.data!.project.documents.map((d: { canDownload: boolean; canDelete: boolean }) => [
        d.canDownload,
        d.canDelete,
      ]),
    ).toEqual([
      [false, false],
      [false, false],
    ]);
    const asDepartment = await t.gql(DOCUMENTS, { id: project.id }, department.token);
    expect(asDepartment.data!.project.documents.every((d: { canDelete: boolean }) => d.canDelete)).toBe(true);
  });

  it("costs the same number of statements for a page of 5 and of 30 đề án with their documents", async () => {
    for (let i = 0; i < 30; i++) {
      const project = await createProject(t, department.token, { title: `Đề án có hồ sơ ${i}` });
      await uploaded(department.token, project.id, binaryFile(1_000));
      if (i % 2 === 0) await uploaded(officer.token, project.id, binaryFile(1_000));
    }
    const PAGE = graphql(`query DocumentsProjects($first: Int!) { projects(first: $first) { nodes {
      code documents { fileName sizeBytes downloadPath uploadedBy { email } canDelete canDownload }
    } } }`);
    const small = await t.recordQueries(async () =>
      expect((await t.gql(PAGE, { first: 5 }, department.token)).errors).toBeUndefined(),
    );
    const large = await t.recordQueries(async () => {
      const res = await t.gql(PAGE, { first: 30 }, department.token);
      expect(res.data!.projects.nodes).toHaveLength(30);
      expect(res.data!.projects.nodes.flatMap((p: { documents: unknown[] }) => p.documents).length).toBe(45);
    });
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(6);
    // The list never reads the bytes.
    expect(large.some((sql) => /"content"|\.content\b/.test(sql))).toBe(false);
  });
});

describe("deleting a document", () => {
  it("lets the uploader delete their file from a draft, with an audit row, and the file is gone", async () => {
    const project = await createProject(t, officer.token);
    const file = binaryFile();
    const document = await uploaded(officer.token, project.id, file);
    const res = await t.gql(DELETE, { id: document.id }, officer.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteProjectDocument).toEqual({ id: project.id, documents: [] });
    expect(await documentCount(project.id)).toBe(0);
    expectError(await download(officer.token, document.downloadPath), 404, "NOT_FOUND");
    const [row] = await t.dataSource.query(
      "SELECT action, user_id, before, after FROM audit_entry WHERE entity_id = $1 AND action = 'document.delete'",
      [document.id],
    );
    expect(row).toMatchObject({
      action: "document.delete",
      user_id: officer.id,
      before: { projectId: project.id, sha256: document.sha256, fileName: "hoa-don.pdf" },
      after: null,
    });
    expect(errorCode(await t.gql(DELETE, { id: document.id }, officer.token))).toBe("NOT_FOUND");
    // Once deleted, the same file is no duplicate: it may be uploaded again.
    expect((await upload(officer.token, project.id, file)).status).toBe(201);
  });

  it("refuses others: a colleague, another commune, the Treasury, anonymous; and changes nothing", async () => {
    const project = await createProject(t, officer.token);
    const document = await uploaded(officer.token, project.id, binaryFile());
    const audits = await documentAuditCount();
    expect(errorCode(await t.gql(DELETE, { id: document.id }, colleague.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(DELETE, { id: document.id }, otherOfficer.token))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(DELETE, { id: document.id }, treasury.token))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(DELETE, { id: document.id }))).toBe("UNAUTHENTICATED");
    const bad = await t.gql(DELETE, { id: "khong-phai-uuid" }, officer.token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect(await documentCount(project.id)).toBe(1);
    expect(await documentAuditCount()).toBe(audits);
  });

  it("lets the uploader delete only while the đề án is a draft or in progress; the department always", async () => {
    const { project } = await readyDraft(t, officer.token);
    const a = await uploaded(officer.token, project.id, binaryFile());
    const b = await uploaded(officer.token, project.id, binaryFile());
    const c = await uploaded(officer.token, project.id, binaryFile());
    await must(projectMutation(t, officer.token, "submitProject", project.id));
    const refused = await t.gql(DELETE, { id: a.id }, officer.token);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toContain("đang lập hoặc đang thực hiện");
    expect(
      (await t.gql(DOCUMENTS, { id: project.id }, officer.token)).data!.project!.documents[0]?.canDelete,
    ).toBe(false);
    expect((await t.gql(DELETE, { id: a.id }, department.token)).errors).toBeUndefined();

    // Getting to IN_PROGRESS takes six transitions by four people (projects.test.ts walks them); here the
    // state is set directly, since the rule under test reads only the state.
    await t.dataSource.query("UPDATE project SET state = 'IN_PROGRESS' WHERE id = $1", [project.id]);
    expect((await t.gql(DELETE, { id: b.id }, officer.token)).errors).toBeUndefined();
    await t.dataSource.query("UPDATE project SET state = 'CLOSED' WHERE id = $1", [project.id]);
    expect(errorCode(await t.gql(DELETE, { id: c.id }, officer.token))).toBe("FORBIDDEN");
    expect((await t.gql(DELETE, { id: c.id }, department.token)).errors).toBeUndefined();
    expect(await documentCount(project.id)).toBe(0);
  });
});
