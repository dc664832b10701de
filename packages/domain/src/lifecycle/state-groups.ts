import type { ProjectState } from "./project-lifecycle.js";

/*
 * Named groups of lifecycle states, stated once: every screen, aggregate and report that asks "which
 * đề án count" reads one of these (issue 12: the envelopes screen and the dashboard had two lists).
 */

/**
 * Decided by the city: an approval decision is recorded and not withdrawn — approved or later, stopped
 * ones included (they were supported until the stop). Their beneficiaries count as supported; their
 * approved support counts as approved.
 */
export const DECIDED_STATES = [
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
  "ACCEPTED",
  "SETTLED",
  "CLOSED",
  "STOPPED",
] as const satisfies readonly ProjectState[];

/** Decided and accepted (nghiệm thu recorded): their actual output counts as achieved in programme progress. */
export const ACHIEVED_STATES = ["ACCEPTED", "SETTLED", "CLOSED"] as const satisfies readonly ProjectState[];

/**
 * Decided but not yet accepted: their planned output is the pipeline of programme progress. Drafts and
 * đề án under appraisal are not decided, and rejected or stopped ones will deliver nothing: they count nowhere.
 */
export const PIPELINE_STATES = [
  "APPROVED",
  "CONTRACTED",
  "ADVANCED",
  "IN_PROGRESS",
  "ADJUSTING",
] as const satisfies readonly ProjectState[];

/** Decided and still live (not stopped): the pipeline and what is achieved. */
export const LIVE_DECIDED_STATES = [...PIPELINE_STATES, ...ACHIEVED_STATES] as const;

/** Not yet decided: being prepared, appraised or awaiting the decision. */
export const UNDECIDED_STATES = [
  "DRAFT",
  "SUBMITTED",
  "APPRAISED",
] as const satisfies readonly ProjectState[];

/** Refused by the city: nothing was ever committed. */
export const REFUSED_STATES = ["REJECTED"] as const satisfies readonly ProjectState[];

/**
 * Decided but stopped (the national procedure's "dừng thực hiện" on a violation, TT 36/2013): what was paid stays
 * committed, the rest of the approved support goes back to the envelope.
 */
export const STOPPED_STATES = ["STOPPED"] as const satisfies readonly ProjectState[];

/** The state a new đề án starts in: being prepared by its proposer. */
export const INITIAL_STATE = "DRAFT" satisfies ProjectState;

/**
 * States in which the đề án's content (header, activities, beneficiaries, budget lines) may be edited:
 * only while it is prepared. Once sent, appraisal judges a fixed text; a change after the decision goes
 * through the adjustment (REQUEST_ADJUSTMENT), not an edit.
 */
export const EDITABLE_STATES = [INITIAL_STATE] as const satisfies readonly ProjectState[];

/**
 * The file is closed (thanh lý) or was never approved: evidence is added only by the department (to
 * complete the archive), not by the proposer.
 */
export const FILE_CLOSED_STATES = ["CLOSED", "REJECTED"] as const satisfies readonly ProjectState[];

/**
 * While the đề án is drafted or carried out (an adjustment included), its uploader may take a file back;
 * from appraisal to the decision, and after acceptance, the file is what was judged and stays.
 */
export const EVIDENCE_WITHDRAWABLE_STATES = [
  INITIAL_STATE,
  "IN_PROGRESS",
  "ADJUSTING",
] as const satisfies readonly ProjectState[];

/** True when `state` is one of `group` (typed for the `as const` groups above). */
export function inStateGroup(state: ProjectState, group: readonly ProjectState[]): boolean {
  return group.includes(state);
}

/** The state group of a state: every state is in exactly one of UNDECIDED, DECIDED, REFUSED. */
export type StateGroup = "UNDECIDED" | "DECIDED" | "REFUSED";

export function stateGroupOf(state: ProjectState): StateGroup {
  if ((DECIDED_STATES as readonly ProjectState[]).includes(state)) return "DECIDED";
  if ((REFUSED_STATES as readonly ProjectState[]).includes(state)) return "REFUSED";
  return "UNDECIDED";
}

/**
 * What a đề án commits against its year's envelope (dự toán): nothing until decided or when refused; a
 * stopped one only what the Treasury paid; a settled one its final support; otherwise its approved support.
 * The API's SQL (`project_money.committed`) computes the same.
 */
export function committedSupport(p: {
  state: ProjectState;
  approvedSupport: number | null;
  finalSupport: number | null;
  paid: number;
}): number {
  if (p.approvedSupport === null || stateGroupOf(p.state) !== "DECIDED") return 0;
  if (inStateGroup(p.state, STOPPED_STATES)) return p.paid;
  return p.finalSupport ?? p.approvedSupport;
}

/** The groups with their states, for SQL that needs them all. */
export const STATE_GROUPS: Readonly<Record<StateGroup, readonly ProjectState[]>> = {
  UNDECIDED: UNDECIDED_STATES,
  DECIDED: DECIDED_STATES,
  REFUSED: REFUSED_STATES,
};
