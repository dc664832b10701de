import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProjectDocuments1795877164179 implements MigrationInterface {
  name = "ProjectDocuments1795877164179";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "project_document" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(127) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "content" bytea NOT NULL,
                "uploaded_by_id" uuid NOT NULL,
                "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "note" text,
                CONSTRAINT "CHK_project_document_size" CHECK (
                    "size_bytes" BETWEEN 1 AND 20971520
                ),
                CONSTRAINT "CHK_project_document_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "CHK_project_document_kind" CHECK (
                    "kind" IN (
                        'ACCEPTANCE_MINUTES',
                        'INVOICE',
                        'ATTENDANCE_LIST',
                        'MACHINERY_CONTRACT',
                        'CERTIFICATE',
                        'PHOTO',
                        'OTHER'
                    )
                ),
                CONSTRAINT "PK_e4aab0d22ce621e3dff35e57fa7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_project_document_sha256" ON "project_document" ("project_id", "sha256")
        `);
    await queryRunner.query(`
            ALTER TABLE "project_document"
            ADD CONSTRAINT "FK_1f28dd14d683a26b6f1ad62584e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_document"
            ADD CONSTRAINT "FK_54b286f628810506764e9a3be48" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "project_document" DROP CONSTRAINT "FK_54b286f628810506764e9a3be48"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_document" DROP CONSTRAINT "FK_1f28dd14d683a26b6f1ad62584e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_project_document_sha256"
        `);
    await queryRunner.query(`
            DROP TABLE "project_document"
        `);
  }
}
