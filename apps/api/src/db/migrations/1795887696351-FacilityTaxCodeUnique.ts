import type { MigrationInterface, QueryRunner } from "typeorm";

export class FacilityTaxCodeUnique1795887696351 implements MigrationInterface {
  name = "FacilityTaxCodeUnique1795887696351";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_facility_tax_code" ON "facility" ("tax_code")
            WHERE "tax_code" IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."UQ_facility_tax_code"
        `);
  }
}
