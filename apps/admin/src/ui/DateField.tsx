import { calendarDateFromDayMonthYear } from "@khuyencong/domain";
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
      dateParser={calendarDateFromDayMonthYear}
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
