import type { RecordName } from "../../../ui/useMutationForm";

/** Props every section of the detail page gets. */
export interface SectionProps {
  /** The đề án may be changed by this user now (a draft they prepare). */
  editable: boolean;
  /** Reads the đề án again from the server. */
  reload: () => void;
}

/** The đề án, as the stale-version banner names it. */
export const PROJECT: RecordName = { vi: "đề án", en: "project" };
