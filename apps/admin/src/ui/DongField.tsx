import { TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../lib/i18n";
import { formatDongInput, parseDongInput } from "./dong-input";

/**
 * An amount of đồng typed as text (`600.000.000` or `600000000`), shown with thousands dots once the
 * field is left; the form parses it with `parseDongInput` before sending.
 */
export function DongField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  required?: boolean;
  description?: ReactNode;
}) {
  const t = useT();
  return (
    <TextInput
      label={props.label}
      value={props.value}
      inputMode="numeric"
      required={props.required}
      error={props.error}
      description={
        props.description ?? t("Số nguyên đồng, ví dụ 600.000.000", "Whole đồng, e.g. 600.000.000")
      }
      rightSection="₫"
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onBlur={() => {
        const parsed = parseDongInput(props.value);
        if (parsed.ok) props.onChange(formatDongInput(parsed.value));
      }}
    />
  );
}

/** The message for a refused amount, in the user's language. */
export function dongProblem(
  t: (vi: string, en: string) => string,
  problem: "empty" | "notInteger" | "negative" | "tooLarge",
): string {
  switch (problem) {
    case "empty":
      return t("Vui lòng nhập số tiền", "Enter an amount");
    case "notInteger":
      return t(
        "Số tiền phải là số nguyên đồng (không có phần thập phân); dấu chấm chỉ để ngăn cách hàng nghìn",
        "Amounts are whole đồng (no decimals); dots only separate thousands",
      );
    case "negative":
      return t("Số tiền không được âm", "The amount cannot be negative");
    case "tooLarge":
      return t("Số tiền quá lớn", "The amount is too large");
  }
}
