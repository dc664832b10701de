import { DateInput, DatesProvider } from "@mantine/dates";
import "dayjs/locale/vi";
import type { ReactNode } from "react";
import { useLang } from "../lib/i18n";

/** Calendars in the user's language, weeks from Monday, as in Vietnamese office calendars. */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/**
 * A calendar date typed or picked as `dd/mm/yyyy`, whatever the browser's locale; the value is the API's
 * `YYYY-MM-DD` (or "" when empty).
 */
export function DateField({
  label,
  value,
  onChange,
  required,
  error,
  description,
  minDate,
  maxDate,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: ReactNode;
  description?: ReactNode;
  minDate?: string;
  maxDate?: string;
}) {
  return (
    <DateInput
      label={label}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
      valueFormat="DD/MM/YYYY"
      dateParser={parseDayMonthYear}
      placeholder="dd/mm/yyyy"
      required={required}
      error={error}
      description={description}
      minDate={minDate}
      maxDate={maxDate}
      clearable={!required}
    />
  );
}

/** `20/4/2026` or `20/04/2026` → `2026-04-20`; null when it is not a real date. */
export function parseDayMonthYear(input: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
