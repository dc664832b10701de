import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Programme progress is the city's figure, the same for every role (progress.test): its "planned" column
 * sums the registrations of every commune in the year's approved plan. Under row-level security a commune
 * officer's request sees only their own commune's registrations, so the sum is read through this function,
 * which runs as the owner and returns only sums per target line and year — an approved plan's totals are
 * published with the plan; no registration row leaves it.
 */
export class CityWidePlannedFigures1796500000001 implements MigrationInterface {
  name = "CityWidePlannedFigures1796500000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION kc_planned_figures(p_programme_code text, p_plan_status text)
        RETURNS TABLE (target_line_id uuid, year integer, planned bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT registration.target_line_id, plan.year, SUM(registration.quantity)
          FROM plan_registration registration
          JOIN annual_plan plan ON plan.id = registration.plan_id
         WHERE plan.programme_code = p_programme_code AND plan.status = p_plan_status
         GROUP BY registration.target_line_id, plan.year
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION kc_planned_figures(text, text)`);
  }
}
