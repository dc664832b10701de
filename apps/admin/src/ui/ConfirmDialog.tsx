import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

/** Asks before a destructive action; the action runs only on the explicit button. */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("Đóng", "Close") }}
      opened
      onClose={props.onClose}
      title={props.title}
    >
      <Stack>
        <Text size="sm">{props.children}</Text>
        {props.error}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button color="red" loading={props.loading} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
