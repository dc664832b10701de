import { Alert, Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

/** The foot of a form in a dialog: the refusal, if any, above "Cancel" and the form's own action. */
export function FormActions({
  failure,
  confirmLabel,
  loading,
  onConfirm,
  onCancel,
}: {
  failure?: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t("Huỷ", "Cancel")}
        </Button>
        <Button onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}
