import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useCallback, useState } from "react";
import { type CombinedError, useClient } from "urql";
import { errorCode, errorMessage, serverFieldErrors } from "../lib/client";
import { useT } from "../lib/i18n";

export interface MutationFormOptions {
  /** The form's fields: the API's refusal of one of them is shown under it; any other goes to the alert. */
  shown?: readonly string[];
  /** API argument names that the form calls otherwise (`newPassword` → `password`, `communeCode` → `registrant`). */
  fields?: Readonly<Record<string, string>>;
}

export interface MutationForm {
  fetching: boolean;
  error?: CombinedError;
  /** Sends one mutation; the refusal is kept for the form, and returned to the caller too. */
  send: <D, V extends Record<string, unknown>>(
    document: TypedDocumentNode<D, V>,
    variables: V,
  ) => Promise<{ data?: D; error?: CombinedError }>;
  /** Forgets the last refusal (the form was changed or closed). */
  clear: () => void;
  /** The server's messages by the form's field names, shown under the fields. */
  fieldErrors: Record<string, string>;
  /** The record was changed by someone else since it was read (STALE_VERSION): reload, then redo. */
  stale: boolean;
  /** What the alert above the buttons says: messages about no field of the form, or no connection. */
  formError: string | null;
}

/**
 * The one way a form sends a change and shows its refusal: every mutation of the app goes through it, so
 * that a field named by the API (`extensions.field`, `extensions.fieldErrors`) is marked under that field,
 * anything else is said once above the buttons, and a stale version offers to reload instead of an error.
 */
export function useMutationForm(options: MutationFormOptions = {}): MutationForm {
  const client = useClient();
  const [state, setState] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const send = useCallback(
    async <D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>, variables: V) => {
      setState({ fetching: true });
      const res = await client.mutation(document, variables).toPromise();
      setState({ fetching: false, ...(res.error ? { error: res.error } : {}) });
      return { ...(res.data ? { data: res.data } : {}), ...(res.error ? { error: res.error } : {}) };
    },
    [client],
  );
  const clear = useCallback(() => setState({ fetching: false }), []);
  return { ...state, send, clear, ...refusal(state.error, options) };
}

/** Splits a refusal into the stale-version case, the messages under the form's fields and the rest. */
export function refusal(
  error: CombinedError | undefined,
  { shown = [], fields = {} }: MutationFormOptions = {},
): { stale: boolean; fieldErrors: Record<string, string>; formError: string | null } {
  if (!error) return { stale: false, fieldErrors: {}, formError: null };
  if (errorCode(error) === "STALE_VERSION")
    return { stale: true, fieldErrors: {}, formError: errorMessage(error) };
  const split = serverFieldErrors(error, fields, shown);
  const other = split.other.join(" ");
  return {
    stale: false,
    fieldErrors: split.byField,
    formError: other || (Object.keys(split.byField).length > 0 ? null : errorMessage(error)),
  };
}

/** The thing a stale banner names, in both languages: `{ vi: "đề án", en: "project" }`. */
export interface RecordName {
  vi: string;
  en: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The refusal of a form's mutation: the stale-version banner (yellow, with a reload button when the page
 * can reload) or the server's message (red). Field messages are not repeated here; `marked` says, next to
 * the button, that a field far above carries one.
 */
export function MutationError({
  form,
  record,
  onReload,
  marked,
  title,
}: {
  form: Pick<MutationForm, "stale" | "formError" | "fieldErrors">;
  record: RecordName;
  onReload?: () => void;
  /** Said when the only messages are under fields, e.g. "Vui lòng sửa các ô được đánh dấu." */
  marked?: string;
  /** The red alert's title, when "Không thực hiện được" says too little ("Không tạo được đề án"). */
  title?: string;
}) {
  const t = useT();
  if (form.stale) {
    return (
      <Alert
        color="yellow"
        role="alert"
        title={t(
          `${capitalise(record.vi)} vừa được người khác thay đổi`,
          `Someone else changed this ${record.en}`,
        )}
      >
        <Stack gap="xs">
          {form.formError && <Text size="sm">{form.formError}</Text>}
          <Group>
            <Text size="sm">
              {onReload
                ? t(
                    `Tải lại ${record.vi} để xem bản mới nhất rồi làm lại thao tác.`,
                    `Reload the ${record.en} to see the latest version, then try again.`,
                  )
                : t(
                    `Đóng cửa sổ, tải lại ${record.vi} rồi làm lại thao tác.`,
                    `Close, reload the ${record.en} and try again.`,
                  )}
            </Text>
            {onReload && (
              <Button size="xs" variant="light" onClick={onReload}>
                {t(`Tải lại ${record.vi}`, `Reload the ${record.en}`)}
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    );
  }
  const text = form.formError ?? (Object.keys(form.fieldErrors).length > 0 ? (marked ?? null) : null);
  if (!text) return null;
  return (
    <Alert color="red" role="alert" title={title ?? t("Không thực hiện được", "Refused")}>
      {text}
    </Alert>
  );
}
