import { Button } from "@mantine/core";
import { useCallback, useState } from "react";
import { useT } from "../lib/i18n";

/**
 * Pages of a GraphQL connection (`first/after`): the cursors of the pages opened so far, so that "previous"
 * goes back exactly where the user was. `reset()` when a filter changes.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after: cursors[cursors.length - 1] ?? null, page: cursors.length, next, previous, reset };
}

/** "Previous page" and "Next page" for a connection's `pageInfo`. */
export function PagerButtons({
  pages,
  pageInfo,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}) {
  const t = useT();
  return (
    <>
      <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>
        {t("Trang trước", "Previous page")}
      </Button>
      <Button
        variant="default"
        disabled={!pageInfo.hasNextPage}
        onClick={() => pages.next(pageInfo.endCursor)}
      >
        {t("Trang sau", "Next page")}
      </Button>
    </>
  );
}
