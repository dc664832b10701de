import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import type { CombinedError } from "urql";
import { useT } from "../lib/i18n";
import { MutationError, type RecordName, refusal } from "./useMutationForm";

/**
 * Asks before a destructive action; the action runs only on the explicit button. `onConfirm` returns the
 * server's refusal, shown in the dialog (which stays open), or nothing when done (the dialog closes).
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<CombinedError | undefined>;
  onClose: () => void;
  /** What the action changes, named in the stale-version banner. */
  record?: RecordName;
  /** Reads the record again, offered when it was changed meanwhile. */
  onReload?: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("Đóng", "Close") }}
      opened
      onClose={props.onClose}
      title={props.title}
    >
      <Stack>
        {typeof props.children === "string" ? <Text size="sm">{props.children}</Text> : props.children}
        <MutationError
          form={refusal(error)}
          record={props.record ?? { vi: "dữ liệu", en: "record" }}
          {...(props.onReload
            ? {
                onReload: () => {
                  setError(undefined);
                  props.onReload?.();
                },
              }
            : {})}
        />
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
