import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { DateField } from "../../../ui/DateField";
import { type ActionForm, mutationVariables, validate } from "../actions";
import { useT } from "../../../lib/i18n";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT } from "../components/section";
import type { Activity } from "../graphql/queries";

/** The form of one transition: what it needs, checked before sending; destructive ones are confirmed. */
export function ActionModal(props: {
  form: ActionForm;
  projectId: string;
  version: number;
  activities: Activity[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { form } = props;
  const label = t(form.label, form.labelEn);
  const [values, setValues] = useState<Record<string, string>>({});
  const [outputs, setOutputs] = useState<Record<string, number>>(
    Object.fromEntries(props.activities.map((a) => [a.id, a.plannedQuantity])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const run = useMutationForm({ shown: form.fields.map((f) => f.name) });
  const set = (name: string, value: string) => {
    setValues({ ...values, [name]: value });
    setConfirming(false);
  };
  const submit = async () => {
    const found = validate(form, values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (form.danger && !confirming) {
      setConfirming(true);
      return;
    }
    const variables = mutationVariables(
      form,
      props.projectId,
      props.version,
      values,
      Object.entries(outputs).map(([activityId, actualQuantity]) => ({ activityId, actualQuantity })),
    );
    const res = await run.send(form.document, variables);
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={label} size="lg">
      <Stack>
        <MutationError form={run} record={PROJECT} onReload={props.onDone} />
        {form.fields.map((f) => {
          const fieldLabel = t(f.label, f.labelEn);
          if (f.kind === "textarea")
            return (
              <Textarea
                key={f.name}
                label={fieldLabel}
                required={f.required}
                autosize
                minRows={3}
                value={values[f.name] ?? ""}
                error={errors[f.name] ?? run.fieldErrors[f.name]}
                onChange={(e) => set(f.name, e.currentTarget.value)}
              />
            );
          if (f.kind === "date")
            return (
              <DateField
                key={f.name}
                label={fieldLabel}
                required={f.required}
                value={values[f.name] ?? ""}
                error={errors[f.name] ?? run.fieldErrors[f.name]}
                onChange={(v) => set(f.name, v)}
              />
            );
          return (
            <TextInput
              key={f.name}
              label={fieldLabel}
              required={f.required}
              value={values[f.name] ?? ""}
              error={errors[f.name] ?? run.fieldErrors[f.name]}
              onChange={(e) => set(f.name, e.currentTarget.value)}
            />
          );
        })}
        {form.outputs &&
          props.activities.map((a) => (
            <NumberInput
              key={a.id}
              label={t(
                `Kết quả thực hiện: ${a.description || a.activityKind} (dòng ${a.targetLine.code}, ${a.targetLine.unit})`,
                `Actual output: ${a.description || a.activityKind} (line ${a.targetLine.code}, ${a.targetLine.unit})`,
              )}
              min={0}
              allowDecimal={false}
              value={outputs[a.id] ?? 0}
              onChange={(v) => setOutputs({ ...outputs, [a.id]: Number(v) || 0 })}
            />
          ))}
        {form.fields.length === 0 && !form.outputs && (
          <Text>{t(`Xác nhận thực hiện thao tác “${form.label}”?`, `Confirm “${form.labelEn}”?`)}</Text>
        )}
        {confirming && (
          <Alert color="red" title={t("Xác nhận", "Please confirm")}>
            {t(
              `Thao tác “${form.label}” không hoàn tác được. Bấm lần nữa để xác nhận.`,
              `“${form.labelEn}” cannot be undone. Press again to confirm.`,
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button color={form.danger ? "red" : "blue"} loading={run.fetching} onClick={submit}>
            {confirming ? t(`Xác nhận: ${form.label}`, `Confirm: ${form.labelEn}`) : label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
