/**
 * The requests of issue 11's goal table, as the admin app and docs/analytics.md send them, each with the
 * hand-written SQL "floor" that returns the same JSON in one statement (where one is meaningful: the
 * lists, the detail, the money aggregates, the searches). The documents are copied from apps/admin/src
 * (DashboardPage, ProjectsPage, project/queries.ts, ProgrammePage, FacilitiesPage) and docs/analytics.md.
 */

export type Role = "department" | "commune" | "analyst";

export interface BenchRequest {
  name: string;
  role: Role;
  /** A GraphQL document and its variables, or a GET path (the report downloads). */
  graphql?: { query: string; variables?: Record<string, unknown> };
  get?: string;
  /** One SQL statement returning the same JSON as text, and its parameters. */
  floor?: { sql: string; params: unknown[] };
  /** Count the SQL statements the API sends for one request (list and detail). */
  countStatements?: boolean;
}

export interface BenchContext {
  year: number;
  communeCode: string;
  projectId: string;
  /** The schema of this tree has `project.search_text` (issue 11's trigram search). */
  projectSearchColumn: boolean;
  /**
   * The schema has issue 11's money figures per đề án (`project_money`, `project_group_money`): the
   * floors then read them too, so that the ratio compares the API with the best SQL on the same schema.
   */
  moneyFigures?: boolean;
}

const DASHBOARD = `
  query Dashboard($year: Int!, $years: [Int!]!) {
    progress: programmeProgress(asOfYear: $year) {
      attainment attainmentToDate linesWithTarget linesAchieved linesOnTrack linesBehind
    }
    attainment(groupBy: GROUP, years: $years) {
      year groupCode groupName attainment attainmentToDate linesAchieved linesOnTrack linesBehind
    }
    byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) {
      coversAllProjects
      rows { fundSource projectCount approved advanced paid finalSupport }
      total { projectCount approved advanced paid finalSupport }
    }
    byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) {
      rows { state projectCount }
    }
  }`;

const ENVELOPES = `
  query DashboardEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { id fundSource amount allocated available } }`;

const PROJECTS = `
  query Projects(
    $first: Int!
    $after: String
    $year: Int
    $states: [ProjectState!]
    $search: String
    $communeCode: String
    $targetLineId: ID
    $fundSource: FundSource
  ) {
    projects(
      first: $first
      after: $after
      year: $year
      states: $states
      search: $search
      communeCode: $communeCode
      targetLineId: $targetLineId
      fundSource: $fundSource
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code title year state stateLabel commune { displayName } totals { requestedSupport } }
    }
  }`;

const PROJECT_DETAIL = `
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id code title year state stateLabel version proposedOn objective fundSource communeCode implementingUnitId
      plannedStart plannedEnd appraisedOn acceptedOn settledOn
      decisionNumber decisionDate contractNumber contractDate appraisalOpinion lastReason
      approvedSupport finalSupport finalPayment refundDue refundReceived settlementDossierPath
      commune { displayName }
      implementingUnit { name }
      beneficiaries { id name legalForm productionCommune { displayName } }
      activities {
        id activityKind description plannedQuantity actualQuantity
        machineryIsNew machineryImproves demonstrationSuperior overseasFairsThisYear
        targetLineId targetLine { id code name unit }
      }
      budgetLines {
        id activityId facilityId costItem cost requestedSupport counterpartFunds allowedSupport approvedSupport
        acceptedCost boundBy normExplanation
        facility { name }
        norm { id label rate cap capBasis citation { text status } }
      }
      totals { cost requestedSupport counterpartFunds }
      paid { total pending advance payment final }
      paymentRequests { id kind amount status paidOn refusalReason requestedAt treasuryReference }
      documents {
        id kind kindLabel fileName sizeBytes note uploadedAt downloadPath canDownload canDelete
        uploadedBy { fullName }
      }
      doubleSupportFindings { message }
      history { id action fromState toState at reason actor { fullName } }
      availableActions
    }
  }`;

const PROGRESS = `
  query ProgrammeProgress($asOf: Int!) {
    programmeProgress(asOfYear: $asOf) {
      asOfYear approvedPlanYears
      groups {
        groupCode attainment attainmentToDate
        lines {
          targetLineId total cumulativeAchieved cumulativeTarget rate status
          years { year target planned achieved rate }
        }
      }
    }
  }`;

const FACILITIES = `
  query Facilities(
    $first: Int!
    $after: String
    $search: String
    $communeCode: String
    $legalForm: LegalForm
    $sector: Sector
    $withEligibility: Boolean!
    $kind: ActivityKind!
    $date: CalendarDate!
  ) {
    facilities(
      first: $first
      after: $after
      search: $search
      communeCode: $communeCode
      legalForm: $legalForm
      sector: $sector
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name taxCode legalForm sector averageInsuredWorkers
        productionCommune { displayName }
        eligibility(activityKind: $kind, date: $date) @include(if: $withEligibility) { eligible }
      }
    }
  }`;

const ANALYTICS: Record<string, string> = {
  a1: `query ApprovedPerCommune2026 {
  moneyBreakdown(groupBy: [COMMUNE], filter: { years: [2026] }) {
    rows { communeCode communeName projectCount approved }
    total { projectCount approved }
  }
}`,
  a2: `query PaidVsApprovedPerFund {
  moneyBreakdown(groupBy: [FUND_SOURCE]) {
    rows { fundSource approved paid }
    total { approved paid }
  }
}`,
  a3: `query MoneyPerYearAndState {
  moneyBreakdown(groupBy: [YEAR, STATE]) {
    rows { year state projectCount requested approved paid finalSupport }
  }
}`,
  a4: `query SupportPerContentGroup {
  moneyBreakdown(groupBy: [CONTENT_GROUP], filter: { states: [APPROVED, CONTRACTED, ADVANCED, IN_PROGRESS, ADJUSTING, ACCEPTED, SETTLED, CLOSED] }) {
    rows { contentGroupCode contentGroupName projectCount requested approved }
  }
}`,
  a7: `query WomenOwnedBySector {
  supportedFacilities(groupBy: [WOMEN_OWNED, SECTOR]) {
    rows { womenOwned sector facilityCount }
    total { facilityCount }
  }
}`,
  a8: `query FacilitiesBySize {
  supportedFacilities(groupBy: [SIZE, LEGAL_FORM], filter: { years: [2026] }) {
    rows { size legalForm facilityCount projectCount }
  }
}`,
  a9: `query FacilitiesPerCommune {
  supportedFacilities(groupBy: [COMMUNE]) {
    rows { communeCode communeName facilityCount projectCount }
  }
}`,
};

const DISPLAY = (c: string) =>
  `(CASE ${c}.kind WHEN 'XA' THEN 'Xã ' WHEN 'PHUONG' THEN 'Phường ' ELSE 'Đặc khu ' END || ${c}.name)`;
const DECIDED = `('APPROVED','CONTRACTED','ADVANCED','IN_PROGRESS','ADJUSTING','ACCEPTED','SETTLED','CLOSED')`;
const SUPPORTED = `('APPROVED','CONTRACTED','ADVANCED','IN_PROGRESS','ADJUSTING','ACCEPTED','SETTLED','CLOSED','STOPPED')`;
const STATE_LABEL = `(CASE p.state WHEN 'DRAFT' THEN 'Dự thảo' WHEN 'SUBMITTED' THEN 'Đã nộp' WHEN 'APPRAISED' THEN 'Đã thẩm định'
  WHEN 'APPROVED' THEN 'Đã phê duyệt' WHEN 'CONTRACTED' THEN 'Đã ký hợp đồng' WHEN 'ADVANCED' THEN 'Đã tạm ứng'
  WHEN 'IN_PROGRESS' THEN 'Đang thực hiện' WHEN 'ADJUSTING' THEN 'Đang điều chỉnh' WHEN 'ACCEPTED' THEN 'Đã nghiệm thu'
  WHEN 'SETTLED' THEN 'Đã quyết toán' WHEN 'CLOSED' THEN 'Đã thanh lý' WHEN 'REJECTED' THEN 'Không phê duyệt' ELSE 'Đã dừng' END)`;

/** The page of đề án, newest first, with its count, as `projects(first: n)` answers it. */
function listFloor(where: string, first: number, moneyFigures = false): string {
  const requested = moneyFigures
    ? "(SELECT m.requested FROM project_money m WHERE m.project_id = pg.id)"
    : "(SELECT coalesce(sum(b.requested_support), 0) FROM budget_line b WHERE b.project_id = pg.id)";
  return `
    WITH page AS (
      SELECT p.id, p.code, p.title, p.year, p.state, p.commune_code, p.created_at, ${STATE_LABEL} AS state_label
        FROM project p ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT ${first + 1})
    SELECT json_build_object(
      'totalCount', (SELECT count(*) FROM project p ${where}),
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > ${first},
                                    'endCursor', (SELECT id FROM page ORDER BY created_at DESC, id DESC OFFSET ${first - 1} LIMIT 1)),
      'nodes', (SELECT coalesce(json_agg(json_build_object(
          'id', pg.id, 'code', pg.code, 'title', pg.title, 'year', pg.year, 'state', pg.state, 'stateLabel', pg.state_label,
          'commune', json_build_object('displayName', ${DISPLAY("c")}),
          'totals', json_build_object('requestedSupport', ${requested}))
          ORDER BY pg.created_at DESC, pg.id DESC), '[]')
        FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT ${first}) pg
        JOIN commune c ON c.code = pg.commune_code))::text AS json`;
}

const DETAIL_FLOOR = `
  SELECT json_build_object(
    'id', p.id, 'code', p.code, 'title', p.title, 'year', p.year, 'state', p.state, 'stateLabel', ${STATE_LABEL},
    'version', p.version, 'proposedOn', p.proposed_on, 'objective', p.objective, 'fundSource', p.fund_source,
    'communeCode', p.commune_code, 'implementingUnitId', p.implementing_unit_id, 'plannedStart', p.planned_start,
    'plannedEnd', p.planned_end, 'appraisedOn', p.appraised_on, 'acceptedOn', p.accepted_on, 'settledOn', p.settled_on,
    'decisionNumber', p.decision_number, 'decisionDate', p.decision_date, 'contractNumber', p.contract_number,
    'contractDate', p.contract_date, 'appraisalOpinion', p.appraisal_opinion, 'lastReason', p.last_reason,
    'approvedSupport', p.approved_support, 'finalSupport', p.final_support, 'finalPayment', p.final_payment,
    'refundDue', p.refund_due, 'refundReceived', p.refund_received,
    'settlementDossierPath', CASE WHEN p.state IN ('SETTLED', 'CLOSED') THEN '/projects/' || p.id || '/settlement-dossier' END,
    'commune', (SELECT json_build_object('displayName', ${DISPLAY("c")}) FROM commune c WHERE c.code = p.commune_code),
    'implementingUnit', (SELECT json_build_object('name', u.name) FROM implementing_unit u WHERE u.id = p.implementing_unit_id),
    'beneficiaries', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'legalForm', f.legal_form,
        'productionCommune', json_build_object('displayName', ${DISPLAY("c")})) ORDER BY f.name), '[]')
      FROM project_beneficiary pb JOIN facility f ON f.id = pb.facility_id JOIN commune c ON c.code = f.production_commune_code
      WHERE pb.project_id = p.id),
    'activities', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'activityKind', a.activity_kind,
        'description', a.description, 'plannedQuantity', a.planned_quantity, 'actualQuantity', a.actual_quantity,
        'machineryIsNew', a.machinery_is_new, 'machineryImproves', a.machinery_improves,
        'demonstrationSuperior', a.demonstration_superior, 'overseasFairsThisYear', a.overseas_fairs_this_year,
        'targetLineId', a.target_line_id,
        'targetLine', json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'unit', t.unit)) ORDER BY a.id), '[]')
      FROM project_activity a JOIN target_line t ON t.id = a.target_line_id WHERE a.project_id = p.id),
    'budgetLines', (SELECT coalesce(json_agg(json_build_object('id', b.id, 'activityId', b.activity_id,
        'facilityId', b.facility_id, 'costItem', b.cost_item, 'cost', b.cost, 'requestedSupport', b.requested_support,
        'counterpartFunds', b.counterpart_funds, 'allowedSupport', b.allowed_support, 'approvedSupport', b.approved_support,
        'acceptedCost', b.accepted_cost, 'boundBy', b.bound_by, 'normExplanation', b.norm_explanation,
        'facility', CASE WHEN f.id IS NOT NULL THEN json_build_object('name', f.name) END,
        'norm', CASE WHEN n.id IS NOT NULL THEN json_build_object('id', n.id, 'label', n.label, 'rate', n.rate,
          'cap', n.cap, 'capBasis', n.cap_basis, 'citation', json_build_object('text', n.citation_data->>'text',
          'status', n.citation_data->>'status')) END) ORDER BY b.id), '[]')
      FROM budget_line b LEFT JOIN facility f ON f.id = b.facility_id LEFT JOIN norm n ON n.id = b.norm_id
      WHERE b.project_id = p.id),
    'totals', (SELECT json_build_object('cost', coalesce(sum(cost), 0), 'requestedSupport', coalesce(sum(requested_support), 0),
        'counterpartFunds', coalesce(sum(counterpart_funds), 0)) FROM budget_line WHERE project_id = p.id),
    'paid', (SELECT json_build_object(
        'total', coalesce(sum(amount) FILTER (WHERE status = 'PAID'), 0),
        'pending', coalesce(sum(amount) FILTER (WHERE status = 'PENDING'), 0),
        'advance', coalesce(sum(amount) FILTER (WHERE status = 'PAID' AND kind = 'ADVANCE'), 0),
        'payment', coalesce(sum(amount) FILTER (WHERE status = 'PAID' AND kind = 'PAYMENT'), 0),
        'final', coalesce(sum(amount) FILTER (WHERE status = 'PAID' AND kind = 'FINAL'), 0))
      FROM payment_request WHERE project_id = p.id),
    'paymentRequests', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'amount', r.amount,
        'status', r.status, 'paidOn', r.paid_on, 'refusalReason', r.refusal_reason, 'requestedAt', r.requested_at,
        'treasuryReference', r.treasury_reference) ORDER BY r.requested_at), '[]')
      FROM payment_request r WHERE r.project_id = p.id),
    'documents', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'fileName', d.file_name,
        'sizeBytes', d.size_bytes, 'note', d.note, 'uploadedAt', d.uploaded_at,
        'uploadedBy', json_build_object('fullName', u.full_name)) ORDER BY d.uploaded_at), '[]')
      FROM project_document d JOIN app_user u ON u.id = d.uploaded_by_id WHERE d.project_id = p.id),
    'doubleSupportFindings', (SELECT coalesce(json_agg(json_build_object('message',
        'Cơ sở ' || f.name || ' đã được hỗ trợ ' || o.cost_item || ' trong đề án ' || op.code)), '[]')
      FROM budget_line b JOIN project_activity a ON a.id = b.activity_id
      JOIN budget_line o ON o.facility_id = b.facility_id AND o.project_id <> b.project_id
      JOIN project_activity oa ON oa.id = o.activity_id AND oa.activity_kind = a.activity_kind
      JOIN project op ON op.id = o.project_id AND op.state IN ${DECIDED}
      JOIN facility f ON f.id = b.facility_id
      WHERE b.project_id = p.id),
    'history', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'action', e.action, 'fromState', e.from_state,
        'toState', e.to_state, 'at', e.at, 'reason', e.reason, 'actor', json_build_object('fullName', u.full_name))
        ORDER BY e.id), '[]')
      FROM project_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.project_id = p.id)
  )::text AS json
  FROM project p WHERE p.id = $1`;

/** The detail's totals and payments read from the đề án's money figures instead of its lines. */
function detailFloorOnFigures(): string {
  const totalsStart = DETAIL_FLOOR.indexOf("'totals', (SELECT");
  const requestsStart = DETAIL_FLOOR.indexOf("'paymentRequests'");
  return `${DETAIL_FLOOR.slice(0, totalsStart)}'totals', json_build_object('cost', m.cost, 'requestedSupport', m.requested,
        'counterpartFunds', m.counterpart),
    'paid', json_build_object('total', m.paid, 'pending', m.pending, 'advance', m.advanced,
        'payment', (SELECT coalesce(sum(amount), 0) FROM payment_request WHERE project_id = p.id AND status = 'PAID' AND kind = 'PAYMENT'),
        'final', (SELECT coalesce(sum(amount), 0) FROM payment_request WHERE project_id = p.id AND status = 'PAID' AND kind = 'FINAL')),
    ${DETAIL_FLOOR.slice(requestsStart).replace("FROM project p WHERE p.id = $1", "FROM project p JOIN project_money m ON m.project_id = p.id WHERE p.id = $1")}`;
}

const rowsAndTotal = (rows: string, total: string | null, from: string, order: string) => `
  SELECT json_build_object('rows', coalesce(json_agg(${rows} ORDER BY ${order}), '[]')${total ? `, 'total', ${total}` : ""})::text AS json
  FROM (${from}) r`;

const PAID_PER_PROJECT = `(SELECT project_id, sum(amount) FILTER (WHERE kind = 'ADVANCE') AS advanced, sum(amount) AS paid
  FROM payment_request WHERE status = 'PAID' GROUP BY project_id)`;
const REQUESTED_PER_PROJECT = `(SELECT project_id, sum(requested_support) AS requested FROM budget_line GROUP BY project_id)`;

/** The same answers read from the money figures per đề án (project_money, project_group_money). */
const FIGURE_FLOORS: Record<string, string> = {
  a1: rowsAndTotal(
    "json_build_object('communeCode', r.commune_code, 'communeName', r.name, 'projectCount', r.n, 'approved', r.approved)",
    "json_build_object('projectCount', coalesce(sum(r.n), 0), 'approved', coalesce(sum(r.approved), 0))",
    `SELECT m.commune_code, c.name, count(*) AS n, sum(m.line_approved) AS approved
       FROM project_money m JOIN commune c ON c.code = m.commune_code WHERE m.year = 2026 GROUP BY 1, 2`,
    "r.commune_code",
  ),
  a2: rowsAndTotal(
    "json_build_object('fundSource', r.fund_source, 'approved', r.approved, 'paid', r.paid)",
    "json_build_object('approved', coalesce(sum(r.approved), 0), 'paid', coalesce(sum(r.paid), 0))",
    "SELECT m.fund_source, sum(m.line_approved) AS approved, sum(m.paid) AS paid FROM project_money m GROUP BY 1",
    "r.fund_source",
  ),
  a3: rowsAndTotal(
    `json_build_object('year', r.year, 'state', r.state, 'projectCount', r.n, 'requested', r.requested,
       'approved', r.approved, 'paid', r.paid, 'finalSupport', r.final_support)`,
    null,
    `SELECT m.year, m.state, count(*) AS n, sum(m.requested) AS requested, sum(m.line_approved) AS approved,
            sum(m.paid) AS paid, coalesce(sum(m.final_support), 0) AS final_support
       FROM project_money m GROUP BY 1, 2`,
    "r.year, r.state",
  ),
  a4: rowsAndTotal(
    `json_build_object('contentGroupCode', r.group_code, 'contentGroupName', r.name, 'projectCount', r.n,
       'requested', r.requested, 'approved', r.approved)`,
    null,
    `SELECT g.group_code, cg.name, count(*) AS n, sum(g.requested) AS requested, sum(g.approved) AS approved
       FROM project_group_money g JOIN project_money m ON m.project_id = g.project_id AND m.state IN ${DECIDED}
       JOIN content_group cg ON cg.code = g.group_code AND cg.programme_code = g.programme_code
      GROUP BY 1, 2`,
    "r.group_code",
  ),
};

const FLOORS: Record<string, string> = {
  a1: rowsAndTotal(
    "json_build_object('communeCode', r.commune_code, 'communeName', r.name, 'projectCount', r.n, 'approved', r.approved)",
    "json_build_object('projectCount', coalesce(sum(r.n), 0), 'approved', coalesce(sum(r.approved), 0))",
    `SELECT p.commune_code, c.name, count(*) AS n, coalesce(sum(p.approved_support), 0) AS approved
       FROM project p JOIN commune c ON c.code = p.commune_code WHERE p.year = 2026 GROUP BY 1, 2`,
    "r.commune_code",
  ),
  a2: rowsAndTotal(
    "json_build_object('fundSource', r.fund_source, 'approved', r.approved, 'paid', r.paid)",
    "json_build_object('approved', coalesce(sum(r.approved), 0), 'paid', coalesce(sum(r.paid), 0))",
    `SELECT p.fund_source, coalesce(sum(p.approved_support), 0) AS approved, coalesce(sum(m.paid), 0) AS paid
       FROM project p LEFT JOIN ${PAID_PER_PROJECT} m ON m.project_id = p.id GROUP BY 1`,
    "r.fund_source",
  ),
  a3: rowsAndTotal(
    `json_build_object('year', r.year, 'state', r.state, 'projectCount', r.n, 'requested', r.requested,
       'approved', r.approved, 'paid', r.paid, 'finalSupport', r.final_support)`,
    null,
    `SELECT p.year, p.state, count(*) AS n, coalesce(sum(q.requested), 0) AS requested,
            coalesce(sum(p.approved_support), 0) AS approved, coalesce(sum(m.paid), 0) AS paid,
            coalesce(sum(p.final_support), 0) AS final_support
       FROM project p LEFT JOIN ${REQUESTED_PER_PROJECT} q ON q.project_id = p.id
       LEFT JOIN ${PAID_PER_PROJECT} m ON m.project_id = p.id GROUP BY 1, 2`,
    "r.year, r.state",
  ),
  a4: rowsAndTotal(
    `json_build_object('contentGroupCode', r.group_code, 'contentGroupName', r.name, 'projectCount', r.n,
       'requested', r.requested, 'approved', r.approved)`,
    null,
    `SELECT t.group_code, g.name, count(DISTINCT b.project_id) AS n, sum(b.requested_support) AS requested,
            coalesce(sum(b.approved_support), 0) AS approved
       FROM budget_line b JOIN project p ON p.id = b.project_id AND p.state IN ${DECIDED}
       JOIN project_activity a ON a.id = b.activity_id JOIN target_line t ON t.id = a.target_line_id
       JOIN content_group g ON g.code = t.group_code AND g.programme_code = t.programme_code
      GROUP BY 1, 2`,
    "r.group_code",
  ),
  a7: rowsAndTotal(
    "json_build_object('womenOwned', r.women_owned, 'sector', r.sector, 'facilityCount', r.n)",
    "json_build_object('facilityCount', coalesce(sum(r.n), 0))",
    `SELECT f.women_owned, f.sector, count(*) AS n FROM facility f
      WHERE EXISTS (SELECT 1 FROM project_beneficiary pb JOIN project p ON p.id = pb.project_id
                     WHERE pb.facility_id = f.id AND p.state IN ${SUPPORTED})
      GROUP BY 1, 2`,
    "r.women_owned, r.sector",
  ),
  a9: rowsAndTotal(
    "json_build_object('communeCode', r.code, 'communeName', r.name, 'facilityCount', r.facilities, 'projectCount', r.projects)",
    null,
    `SELECT c.code, c.name, count(DISTINCT f.id) AS facilities, count(DISTINCT p.id) AS projects
       FROM project_beneficiary pb JOIN project p ON p.id = pb.project_id AND p.state IN ${SUPPORTED}
       JOIN facility f ON f.id = pb.facility_id JOIN commune c ON c.code = f.production_commune_code
      GROUP BY 1, 2`,
    "r.code",
  ),
};

const ENVELOPES_FLOOR = `
  SELECT coalesce(json_agg(json_build_object('id', e.id, 'fundSource', e.fund_source, 'amount', e.amount,
           'allocated', a.allocated, 'available', e.amount - a.allocated) ORDER BY e.fund_source), '[]')::text AS json
    FROM budget_envelope e
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(CASE
               WHEN p.state = 'STOPPED' THEN (SELECT coalesce(sum(r.amount), 0) FROM payment_request r WHERE r.project_id = p.id AND r.status = 'PAID')
               WHEN p.final_support IS NOT NULL THEN p.final_support
               ELSE p.approved_support END), 0)::bigint AS allocated
        FROM project p
       WHERE p.year = e.year AND p.fund_source = e.fund_source AND p.approved_support IS NOT NULL
         AND p.state IN ${SUPPORTED}) a
   WHERE e.year = $1`;

/** The envelopes with what is committed against them, from the money figures per đề án. */
const ENVELOPES_FLOOR_ON_FIGURES = `
  SELECT coalesce(json_agg(json_build_object('id', e.id, 'fundSource', e.fund_source, 'amount', e.amount,
           'allocated', a.allocated, 'available', e.amount - a.allocated) ORDER BY e.fund_source), '[]')::text AS json
    FROM budget_envelope e
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(CASE WHEN m.state = 'STOPPED' THEN m.paid
                               WHEN m.final_support IS NOT NULL THEN m.final_support
                               ELSE m.approved_support END), 0)::bigint AS allocated
        FROM project_money m
       WHERE m.year = e.year AND m.fund_source = e.fund_source AND m.approved_support IS NOT NULL
         AND m.state IN ${SUPPORTED}) a
   WHERE e.year = $1`;

const FACILITY_SEARCH_FLOOR = `
  WITH hits AS (SELECT f.id, f.name, f.tax_code, f.legal_form, f.sector, f.average_insured_workers,
                       f.production_commune_code, f.search_text
                  FROM facility f WHERE f.search_text LIKE $1)
  SELECT json_build_object(
    'totalCount', (SELECT count(*) FROM hits),
    'nodes', (SELECT coalesce(json_agg(json_build_object('id', h.id, 'name', h.name, 'taxCode', h.tax_code,
        'legalForm', h.legal_form, 'sector', h.sector, 'averageInsuredWorkers', h.average_insured_workers,
        'productionCommune', json_build_object('displayName', ${DISPLAY("c")})) ORDER BY h.search_text, h.id), '[]')
      FROM (SELECT * FROM hits ORDER BY search_text, id LIMIT 20) h JOIN commune c ON c.code = h.production_commune_code)
  )::text AS json`;

export function benchRequests(ctx: BenchContext): BenchRequest[] {
  const years = [2026, 2027, 2028, 2029, 2030].filter((y) => y <= ctx.year);
  const projectsPage = (first: number, extra: Record<string, unknown> = {}) => ({
    query: PROJECTS,
    variables: { first, ...extra },
  });
  return [
    {
      name: "dashboard (department, 2030)",
      role: "department",
      graphql: { query: DASHBOARD, variables: { year: ctx.year, years } },
    },
    {
      name: "dashboard envelopes (department, 2030)",
      role: "department",
      graphql: { query: ENVELOPES, variables: { year: ctx.year } },
      floor: { sql: ctx.moneyFigures ? ENVELOPES_FLOOR_ON_FIGURES : ENVELOPES_FLOOR, params: [ctx.year] },
    },
    {
      name: "dashboard (commune officer, 2030)",
      role: "commune",
      graphql: { query: DASHBOARD, variables: { year: ctx.year, years } },
    },
    ...(["a1", "a2", "a3", "a4", "a7", "a8", "a9"] as const).map(
      (key): BenchRequest => ({
        name: `analytics ${key}`,
        role: "analyst",
        graphql: { query: ANALYTICS[key] as string },
        ...((ctx.moneyFigures ? (FIGURE_FLOORS[key] ?? FLOORS[key]) : FLOORS[key])
          ? {
              floor: {
                sql: (ctx.moneyFigures ? (FIGURE_FLOORS[key] ?? FLOORS[key]) : FLOORS[key]) as string,
                params: [],
              },
            }
          : {}),
      }),
    ),
    { name: "annual report 2029 .xlsx", role: "department", get: "/reports/annual/2029.xlsx" },
    {
      name: "programme progress (2030)",
      role: "department",
      graphql: { query: PROGRESS, variables: { asOf: ctx.year } },
    },
    {
      name: 'facility search "gom" (department)',
      role: "department",
      graphql: {
        query: FACILITIES,
        variables: {
          first: 20,
          search: "gom",
          withEligibility: false,
          kind: "MACHINERY",
          date: "2030-07-01",
        },
      },
      floor: { sql: FACILITY_SEARCH_FLOOR, params: ["%gom%"] },
    },
    {
      name: 'đề án search "banh da" (department)',
      role: "department",
      graphql: projectsPage(20, { search: "banh da" }),
      ...(ctx.projectSearchColumn
        ? {
            floor: {
              sql: listFloor("WHERE p.search_text LIKE '%banh da%'", 20, ctx.moneyFigures),
              params: [],
            },
          }
        : {}),
    },
    {
      name: "đề án list, 50 rows (department)",
      role: "department",
      graphql: projectsPage(50),
      floor: { sql: listFloor("", 50, ctx.moneyFigures), params: [] },
      countStatements: true,
    },
    {
      name: "đề án list, 50 rows (commune officer)",
      role: "commune",
      graphql: projectsPage(50),
      floor: {
        sql: listFloor(`WHERE p.commune_code = '${ctx.communeCode.replace(/'/g, "''")}'`, 50),
        params: [],
      },
      countStatements: true,
    },
    {
      name: "đề án detail",
      role: "department",
      graphql: { query: PROJECT_DETAIL, variables: { id: ctx.projectId } },
      floor: { sql: ctx.moneyFigures ? detailFloorOnFigures() : DETAIL_FLOOR, params: [ctx.projectId] },
      countStatements: true,
    },
  ];
}
