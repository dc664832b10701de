import { Alert, Badge, Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ReactNode, useState } from "react";
import { type CombinedError, useClient } from "urql";
import { errorCode, errorMessage } from "../../../lib/client";
import { useT } from "../../../lib/i18n";

/**
 * Sends one change of the đề án and reports its refusal. Every change carries the version the screen
 * last read; the caller reloads the đề án after a success.
 */
export function useSend() {
  const client = useClient();
  const [state, setState] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const send = async <D, V extends Record<string, unknown>>(
    document: TypedDocumentNode<D, V>,
    variables: V,
  ): Promise<{ data?: D; error?: CombinedError }> => {
    setState({ fetching: true });
    const res = await client.mutation(document, variables).toPromise();
    setState({ fetching: false, ...(res.error ? { error: res.error } : {}) });
    return { ...(res.data ? { data: res.data } : {}), ...(res.error ? { error: res.error } : {}) };
  };
  return { ...state, send, clear: () => setState({ fetching: false }) };
}

/** The server's refusal as it wrote it; a stale version says to reload and offers the button. */
export function EditError({ error, onReload }: { error?: CombinedError; onReload: () => void }) {
  const t = useT();
  if (!error) return null;
  const stale = errorCode(error) === "STALE_VERSION";
  return (
    <Alert
      color={stale ? "yellow" : "red"}
      role="alert"
      title={
        stale
          ? t("Đề án vừa được người khác thay đổi", "Someone else changed this project")
          : t("Không thực hiện được", "Refused")
      }
    >
      <Stack gap="xs">
        <Text size="sm">{errorMessage(error)}</Text>
        {stale && (
          <Group>
            <Text size="sm">
              {t(
                "Tải lại đề án để xem bản mới nhất rồi làm lại thao tác.",
                "Reload the project to see the latest version, then try again.",
              )}
            </Text>
            <Button size="xs" variant="light" onClick={onReload}>
              {t("Tải lại đề án", "Reload the project")}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** A legal citation with how far it was verified. */
export function Citation({ citation }: { citation: { text: string; status: string } | null | undefined }) {
  const t = useT();
  if (!citation) return null;
  return (
    <Text size="xs" c="dimmed" component="span">
      {citation.text}
      {citation.status === "UNVERIFIED" && (
        <Badge ml={4} size="xs" color="orange" variant="light" style={{ textTransform: "none" }}>
          {t("chưa xác minh", "unverified")}
        </Badge>
      )}
    </Text>
  );
}

/** Asks before a destructive action; shows the server's refusal in the dialog. */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<CombinedError | undefined>;
  onClose: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <Stack>
        <EditError
          error={error}
          onReload={() => {
            setError(undefined);
            props.onReload();
          }}
        />
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              const e = await props.onConfirm();
              setBusy(false);
              if (e) setError(e);
              else props.onClose();
            }}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Props every section of the detail page gets. */
export interface SectionProps {
  /** The đề án may be changed by this user now (a draft they prepare). */
  editable: boolean;
  /** Reads the đề án again from the server. */
  reload: () => void;
}
