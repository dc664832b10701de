import { NumberInput } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * An amount in whole đồng, typed with dots between thousands as Vietnamese officers write it
 * (`1.234.567`); no decimals, no negative amounts. `value` is null while the field is empty.
 */
export function MoneyField({
  label,
  value,
  onChange,
  required,
  error,
  description,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  required?: boolean;
  error?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <NumberInput
      label={label}
      value={value ?? ""}
      onChange={(v) => onChange(typeof v === "number" && Number.isFinite(v) ? v : null)}
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      max={Number.MAX_SAFE_INTEGER}
      clampBehavior="strict"
      hideControls
      rightSection="₫"
      required={required}
      error={error}
      description={description}
    />
  );
}
