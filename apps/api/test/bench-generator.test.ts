/**
 * The national-scale generator (bench/national/generate.ts), at its "small" scale: what it writes is what
 * the services would have written. The API's own queries — the admin app's lists, detail, dashboard,
 * progress, searches, the analytics of docs/analytics.md and a report download — answer without error on
 * it, and the money holds together: nothing paid beyond the approved support, no envelope overdrawn,
 * states consistent with their dates, money and payments.
 */
import { PROJECT_STATES } from "@khuyencong/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BENCH_EMAILS,
  BENCH_PASSWORD,
  type DatasetReport,
  generateDataset,
  officerEmail,
} from "../bench/national/generate.js";
import { benchRequests, type Role } from "../bench/national/requests.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
let report: DatasetReport;
const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  t.dataSource.query(sql, params) as Promise<T[]>;

beforeAll(async () => {
  t = await startTestServer();
  report = await t.dataSource.transaction((em) => generateDataset(em, { scale: "small", seed: 11 }));
}, 180_000);
afterAll(() => t?.close());

describe("the generated dataset", () => {
  it("has the small scale's volumes, every lifecycle state and the derived money figures", async () => {
    expect(report.rows).toMatchObject({ project: 200, facility: 800 });
    expect(report.rows.budget_line).toBeGreaterThan(1_500);
    expect(report.rows.payment_request).toBeGreaterThan(200);
    expect(report.rows.audit_entry).toBeGreaterThan(1_000);
    const states = (await query<{ state: string }>("SELECT DISTINCT state FROM project")).map((r) => r.state);
    expect(new Set(states)).toEqual(new Set(PROJECT_STATES));
    const [communes] = await query<{ count: number }>("SELECT count(*)::int AS count FROM commune");
    expect(communes?.count).toBe(160);
  });

  it("is deterministic: the same seed writes the same rows", async () => {
    const fingerprint = async () =>
      (
        await query<{ md5: string }>(
          `SELECT md5(string_agg(code || state || coalesce(approved_support::text, '-'), ',' ORDER BY code)) FROM project`,
        )
      )[0]?.md5;
    const first = await fingerprint();
    // A second run into a throw-away transaction (rolled back), on a database emptied of đề án inside it.
    const second = await t.dataSource
      .transaction(async (em) => {
        await em.query(
          "TRUNCATE project, project_activity, budget_line, project_beneficiary, project_event, payment_request, plan_registration, annual_plan, budget_envelope CASCADE",
        );
        await em.query("DELETE FROM audit_entry");
        await em.query("DELETE FROM facility");
        await em.query("DELETE FROM app_user WHERE email LIKE '%@bench.local'");
        await em.query("DELETE FROM implementing_unit WHERE name LIKE '%số %'");
        await em.query(
          "DELETE FROM commune WHERE name_note = 'Đơn vị hành chính sinh cho bộ dữ liệu quy mô quốc gia'",
        );
        await generateDataset(em, { scale: "small", seed: 11 });
        const [row] = await em.query(
          `SELECT md5(string_agg(code || state || coalesce(approved_support::text, '-'), ',' ORDER BY code)) FROM project`,
        );
        throw Object.assign(new Error("rollback"), { md5: row.md5 });
      })
      .catch((error: { md5?: string }) => error.md5);
    expect(second).toBe(first);
  });

  it("never pays beyond the approved support (or the settled support once settled)", async () => {
    const overpaid = await query(
      `SELECT p.code FROM project p
        WHERE (SELECT coalesce(sum(amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PAID')
              > coalesce(p.approved_support, 0)
           OR (SELECT coalesce(sum(amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PAID')
              - p.refund_due > coalesce(p.final_support, p.approved_support, 0)`,
    );
    expect(overpaid).toEqual([]);
  });

  it("keeps states consistent with their dates, money and payments", async () => {
    const inconsistent = await query(
      `SELECT p.code, p.state FROM project p
        WHERE (p.approved_support IS NOT NULL) <> (p.state NOT IN ('DRAFT', 'SUBMITTED', 'APPRAISED', 'REJECTED'))
           OR (p.decision_date IS NOT NULL) <> (p.approved_support IS NOT NULL)
           OR (p.accepted_on IS NOT NULL) <> (p.state IN ('ACCEPTED', 'SETTLED', 'CLOSED'))
           OR (p.final_support IS NOT NULL) <> (p.state IN ('SETTLED', 'CLOSED'))
           OR p.approved_support <> (SELECT sum(approved_support) FROM budget_line b WHERE b.project_id = p.id)
           OR p.appraised_on < p.proposed_on OR p.decision_date < p.appraised_on
           OR p.contract_date < p.decision_date OR p.accepted_on < p.contract_date OR p.settled_on < p.accepted_on
           OR (p.state = 'CLOSED' AND (p.refund_received <> p.refund_due OR p.final_payment <>
                (SELECT coalesce(sum(amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.kind = 'FINAL' AND r.status = 'PAID')))
           OR EXISTS (SELECT 1 FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PENDING' AND NOT (
                (r.kind = 'ADVANCE' AND p.state IN ('CONTRACTED', 'ADVANCED', 'IN_PROGRESS', 'ADJUSTING'))
                OR (r.kind = 'PAYMENT' AND p.state = 'ACCEPTED') OR (r.kind = 'FINAL' AND p.state = 'SETTLED')))
           OR EXISTS (SELECT 1 FROM budget_line b WHERE b.project_id = p.id
                        AND (b.requested_support > b.cost OR (b.allowed_support IS NOT NULL AND b.requested_support > b.allowed_support)))`,
    );
    expect(inconsistent).toEqual([]);
    const events = await query(
      `SELECT p.code FROM project p
        WHERE (SELECT to_state FROM project_event e WHERE e.project_id = p.id ORDER BY e.id DESC LIMIT 1) <> p.state`,
    );
    expect(events).toEqual([]);
  });

  it("answers the API's own queries without error, and no envelope is overdrawn", async () => {
    const [busiest] = await query<{ commune_code: string }>(
      "SELECT commune_code FROM project GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
    );
    const [closed] = await query<{ id: string }>(
      "SELECT id FROM project WHERE state = 'CLOSED' ORDER BY code LIMIT 1",
    );
    const communeCode = busiest?.commune_code as string;
    const projectId = closed?.id as string;
    const tokens: Record<Role, string> = {
      department: await t.login(BENCH_EMAILS.department, BENCH_PASSWORD),
      commune: await t.login(officerEmail(communeCode), BENCH_PASSWORD),
      analyst: await t.login(BENCH_EMAILS.analyst, BENCH_PASSWORD),
    };
    const [figures] = await query<{ exists: boolean }>(
      "SELECT to_regclass('project_money') IS NOT NULL AS exists",
    );
    const requests = [false, figures?.exists === true].flatMap((moneyFigures, i) =>
      benchRequests({ year: 2030, communeCode, projectId, projectSearchColumn: true, moneyFigures }).filter(
        (r) => i === 0 || r.floor,
      ),
    );
    expect(requests.length).toBeGreaterThanOrEqual(17);
    for (const request of requests) {
      if (request.get) {
        const response = await fetch(`${t.url}${request.get}`, {
          headers: { authorization: `Bearer ${tokens[request.role]}` },
        });
        expect(response.status, request.name).toBe(200);
        expect((await response.arrayBuffer()).byteLength, request.name).toBeGreaterThan(1_000);
        continue;
      }
      const res = await t.gql(
        request.graphql?.query as string,
        request.graphql?.variables,
        tokens[request.role],
      );
      expect(res.errors, `${request.name}: ${res.text.slice(0, 300)}`).toBeUndefined();
      expect(res.status).toBe(200);
      if (request.floor) {
        const [row] = await query<{ json: string }>(request.floor.sql, request.floor.params);
        expect(typeof row?.json, `floor of ${request.name}`).toBe("string");
      }
    }

    const list = await t.gql(
      graphql(`query BenchGeneratorProjects { projects(first: 50) { totalCount nodes { id } } }`),
      undefined,
      tokens.department,
    );
    expect(list.data!.projects).toMatchObject({ totalCount: 200 });
    expect(list.data!.projects.nodes).toHaveLength(50);
    const searched = await t.gql(
      graphql(
        `query BenchGeneratorProjects2 { projects(first: 20, search: "banh da") { totalCount nodes { title } } }`,
      ),
      undefined,
      tokens.department,
    );
    expect(searched.data!.projects.totalCount).toBeGreaterThan(0);
    for (const node of searched.data!.projects.nodes) expect(node.title.toLowerCase()).toContain("bánh đa");

    const detail = await t.gql(
      graphql(
        `query BenchGeneratorProject($id: ID!) { project(id: $id) { approvedSupport finalSupport paid { total pending } } }`,
      ),
      { id: projectId },
      tokens.department,
    );
    expect(detail.data!.project.paid.total).toBeLessThanOrEqual(
      detail.data!.project!.approvedSupport as number,
    );
    expect(detail.data!.project.paid.pending).toBe(0);

    // The aggregates (read from the derived money figures where the tree has them) equal the base rows,
    // and the bulk load left no trigger switched off.
    const totals = await t.gql(
      graphql(
        `query BenchGeneratorMoneyBreakdown { moneyBreakdown(groupBy: [FUND_SOURCE]) { total { projectCount requested approved paid } } }`,
      ),
      undefined,
      tokens.analyst,
    );
    const [base] = await query<{ requested: string; approved: string; paid: string }>(
      `SELECT (SELECT sum(requested_support) FROM budget_line) AS requested,
              (SELECT sum(approved_support) FROM budget_line) AS approved,
              (SELECT sum(amount) FROM payment_request WHERE status = 'PAID') AS paid`,
    );
    expect(totals.data!.moneyBreakdown.total).toEqual({
      projectCount: 200,
      requested: Number(base?.requested),
      approved: Number(base?.approved),
      paid: Number(base?.paid),
    });
    expect(await query("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")).toEqual(
      [],
    );

    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      const envelopes = await t.gql(
        graphql(
          `query BenchGeneratorBudgetEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { fundSource amount allocated available } }`,
        ),
        { year },
        tokens.department,
      );
      expect(envelopes.errors).toBeUndefined();
      expect(envelopes.data!.budgetEnvelopes).toHaveLength(2);
      for (const envelope of envelopes.data!.budgetEnvelopes) {
        expect(envelope.allocated, `${year} ${envelope.fundSource}`).toBeLessThanOrEqual(envelope.amount);
        expect(envelope.available).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
