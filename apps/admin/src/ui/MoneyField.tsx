import { type ReactNode, useEffect, useState } from "react";
import { formatDongInput, parseDongInput } from "./dong-input";
import { useT } from "../lib/i18n";
import { DongField, dongProblem } from "./DongField";

/**
 * An amount in whole đồng for forms that hold a number: the text field of `DongField` (typed
 * `600.000.000` or `600000000`, decimals refused rather than guessed), read into `value` as the user
 * types. `value` is null while the text is empty or not an amount; the field then says what is wrong,
 * which takes precedence over the form's own `error`.
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
  const t = useT();
  const [text, setText] = useState(value === null ? "" : formatDongInput(value));
  // A value set from outside (a reset, a loaded record) replaces what is typed unless it already says it.
  useEffect(() => {
    setText((current) => {
      const read = parseDongInput(current);
      if (value === null) return read.ok ? "" : current;
      return read.ok && read.value === value ? current : formatDongInput(value);
    });
  }, [value]);
  const read = parseDongInput(text);
  const problem = !read.ok && read.problem !== "empty" ? dongProblem(t, read.problem) : null;
  return (
    <DongField
      label={label}
      value={text}
      onChange={(next) => {
        setText(next);
        const r = parseDongInput(next);
        onChange(r.ok ? r.value : null);
      }}
      required={required}
      error={problem ?? error}
      description={description}
    />
  );
}
