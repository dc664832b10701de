import { useEffect, useState } from "react";
import { type CombinedError, type OperationResult, useClient } from "urql";
import type { PlanRegistrationsPageQuery, PlanRegistrationsPageQueryVariables } from "../../../gql/graphql";
import { PLAN_REGISTRATIONS_QUERY } from "./documents";

export type Registration = NonNullable<
  PlanRegistrationsPageQuery["annualPlan"]
>["registrations"]["nodes"][number];

type PlanRegistrationsPage = NonNullable<PlanRegistrationsPageQuery["annualPlan"]>["registrations"];

/** A plan has a few hundred registrations at most; beyond this the screen stops and says so. */
const MAX_PAGES = 20;

export interface RegistrationsState {
  registrations: Registration[] | null;
  totalCount: number;
  fetching: boolean;
  error?: CombinedError;
  /** True when more exist than were fetched (more than MAX_PAGES pages). */
  truncated: boolean;
}

/**
 * Every registration of the year the viewer may see, fetched 100 at a time: grouping by commune and
 * unit needs them all, and a group split across pages would show a wrong subtotal. `reloadKey` fetches
 * again from the server (after a change).
 */
export function useAllRegistrations(year: number, reloadKey: number, pause = false): RegistrationsState {
  const client = useClient();
  const [state, setState] = useState<RegistrationsState & { year: number }>({
    year,
    registrations: null,
    totalCount: 0,
    fetching: !pause,
    truncated: false,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the signal to fetch again
  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    // Another year's list is not shown while this year's loads; the same year's stays until replaced.
    setState((s) => ({
      ...s,
      ...(s.year === year ? {} : { registrations: null }),
      year,
      fetching: true,
      error: undefined,
    }));
    // Errors come back in each result (urql's toPromise does not reject), so nothing awaits this loop.
    void (async () => {
      const all: Registration[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < MAX_PAGES; page++) {
        const res: OperationResult<PlanRegistrationsPageQuery, PlanRegistrationsPageQueryVariables> =
          await client
            .query(PLAN_REGISTRATIONS_QUERY, { year, after }, { requestPolicy: "network-only" })
            .toPromise();
        if (cancelled) return;
        if (res.error || !res.data) {
          setState({
            year,
            registrations: null,
            totalCount: 0,
            fetching: false,
            error: res.error,
            truncated: false,
          });
          return;
        }
        const connection: PlanRegistrationsPage = res.data.annualPlan.registrations;
        all.push(...connection.nodes);
        totalCount = connection.totalCount;
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      setState({ year, registrations: all, totalCount, fetching: false, truncated: all.length < totalCount });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, year, reloadKey, pause]);
  return state.year === year ? state : { ...state, registrations: null, fetching: true };
}
