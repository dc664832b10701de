import { Anchor, Box, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { useId } from "react";
import { Link } from "wouter";
import { compactDong } from "../dashboard";
import { money } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";

/** A titled part of the dashboard; the title names the region for screen readers. */
export function Section({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          {note && (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * A chart is a picture of the table next to it: it is announced as one image with its title, and the
 * numbers are read (and printed) from the table.
 */
export function ChartBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="img" aria-label={label}>
      {children}
    </Box>
  );
}

/** A figure that opens the list behind it. */
export function FigureLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Anchor component={Link} href={href} aria-label={label} fw={600}>
      {children}
    </Anchor>
  );
}

/** A sum in đồng, in tỷ/triệu when big, the exact figure in the tooltip (and in the title for print). */
export function Dong({ amount, exact }: { amount: number | null | undefined; exact?: boolean }) {
  const { lang } = useLang();
  if (exact || amount === null || amount === undefined || Math.abs(amount) < 1e6) return <>{money(amount)}</>;
  return (
    <Tooltip label={money(amount)} withArrow>
      <span>{compactDong(amount, lang)}</span>
    </Tooltip>
  );
}

/** What an empty part says, so that a fresh database looks deliberate, not broken. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper bg="gray.0" p="lg" radius="sm" ta="center">
      <Text fw={600}>{title}</Text>
      {children && (
        <Text size="sm" c="dimmed" mt={4}>
          {children}
        </Text>
      )}
    </Paper>
  );
}
