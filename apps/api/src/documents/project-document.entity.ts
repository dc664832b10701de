import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Project } from "../projects/project.entity.js";
import { User } from "../users/user.entity.js";
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS_SQL,
  type DocumentKind,
  DocumentKindEnum,
} from "./document-kind.js";

/**
 * Largest file accepted: 20 MiB. A scanned biên bản or a phone photo is well under it; a larger file is
 * refused with 413 rather than stored, because each upload and download holds the file in memory once
 * and PostgreSQL's backups grow with it. The same figure is a CHECK in the database.
 */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const FILE_NAME_MAX_LENGTH = 255;
export const DOCUMENT_NOTE_MAX_LENGTH = 2_000;

/**
 * An evidence document of a đề án (hồ sơ nghiệm thu, chứng từ): the file itself lives in `content`, in
 * PostgreSQL, so that backups and transactions cover it with the row that describes it. `content` is
 * never selected unless asked for (`select: false`): lists and GraphQL read only the metadata.
 */
@Entity({ name: "project_document" })
@Check("CHK_project_document_kind", `"kind" IN (${DOCUMENT_KINDS_SQL})`)
@Check("CHK_project_document_sha256", `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check("CHK_project_document_size", `"size_bytes" BETWEEN 1 AND ${DOCUMENT_MAX_BYTES}`)
// Identical evidence twice on one đề án is a mistake (or a second claim on one invoice): refused.
@Index("UQ_project_document_sha256", ["projectId", "sha256"], { unique: true })
@ObjectType({
  description:
    "An evidence document of a đề án (biên bản nghiệm thu, hoá đơn…): its metadata; the bytes are downloaded from `downloadPath`.",
})
export class ProjectDocument {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "The đề án it belongs to." })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: Project;

  @Column({ type: "varchar", length: 32 })
  @Field(() => DocumentKindEnum, { description: "What the document proves." })
  kind: DocumentKind;

  @Column({ type: "varchar", length: FILE_NAME_MAX_LENGTH })
  @Field(() => String, {
    description: "File name as uploaded (Unicode NFC), e.g. `Biên bản nghiệm thu.pdf`.",
  })
  fileName: string;

  @Column({ type: "varchar", length: 127 })
  @Field(() => String, { description: "Media type declared at upload, e.g. `application/pdf`." })
  contentType: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: `Size in bytes (at most ${DOCUMENT_MAX_BYTES}).` })
  sizeBytes: number;

  @Column({ type: "char", length: 64 })
  @Field(() => String, {
    description: "SHA-256 of the content, 64 lowercase hex digits; checked again at every download.",
  })
  sha256: string;

  @Column({ type: "bytea", select: false })
  content?: Buffer;

  @Column({ type: "uuid" })
  @Field(() => ID, { description: "Id of the user who uploaded it." })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "uploaded_by_id" })
  uploadedBy?: User;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was uploaded." })
  uploadedAt: Date;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What the uploader wrote about it, if anything." })
  note: string | null;

  @Field(() => String, { description: "Vietnamese name of the kind." })
  get kindLabel(): string {
    return DOCUMENT_KIND_LABELS[this.kind];
  }

  @Field(() => String, {
    description:
      "Where to download the bytes, relative to the API's origin: `GET` it with `authorization: Bearer …`.",
  })
  get downloadPath(): string {
    return documentPath(this.id);
  }
}

export function documentPath(id: string): string {
  return `/documents/${id}`;
}

/** The metadata, as the upload answers it and the audit log records it (never the content). */
export function documentView(document: ProjectDocument): Record<string, unknown> {
  return {
    id: document.id,
    projectId: document.projectId,
    kind: document.kind,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedById: document.uploadedById,
    uploadedAt: document.uploadedAt.toISOString(),
    note: document.note,
    downloadPath: documentPath(document.id),
  };
}
