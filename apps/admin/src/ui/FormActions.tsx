import { Button, Group } from "@mantine/core";
import { useT } from "../lib/i18n";

/**
 * The foot of a form in a dialog: "Cancel" and the form's own action. The refusal is shown above it by
 * the form's {@link MutationError}.
 */
export function FormActions({
  confirmLabel,
  loading,
  onConfirm,
  onCancel,
}: {
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("Huỷ", "Cancel")}
      </Button>
      <Button onClick={onConfirm} loading={loading}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
