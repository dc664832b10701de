import { VERIFICATION_STATUS_LABELS, type VerificationStatus } from "@khuyencong/domain";
import { Badge, Stack, Text } from "@mantine/core";
import { useT } from "../lib/i18n";
import { needsVerification } from "../features/norms/norms";

/** The parts of a legal citation the API gives. */
export interface CitationData {
  document: string;
  article?: string | null;
  clause?: string | null;
  point?: string | null;
  note?: string | null;
  status: string;
}

const STATUS_EN: Record<VerificationStatus, string> = {
  VERIFIED: "Verified",
  VERIFIED_SUPERSEDED: "Verified (text since replaced)",
  PARTLY_VERIFIED: "Partly verified",
  UNVERIFIED: "Not verified",
};

/**
 * How far a norm was checked: green when read in the text, orange (partly) or red (not verified) otherwise,
 * so that an appraiser never takes an unchecked figure for the law's.
 */
export function VerificationBadge({ status }: { status: string }) {
  const t = useT();
  const s = status as VerificationStatus;
  const color =
    s === "VERIFIED"
      ? "green"
      : s === "VERIFIED_SUPERSEDED"
        ? "gray"
        : s === "PARTLY_VERIFIED"
          ? "orange"
          : "red";
  return (
    <Badge
      color={color}
      variant={needsVerification(status) ? "filled" : "light"}
      styles={{
        root: { height: "auto", paddingBlock: 2, maxWidth: "100%" },
        label: { whiteSpace: "normal", overflow: "visible", textAlign: "center", lineHeight: 1.3 },
      }}
    >
      {needsVerification(status) ? "⚠ " : ""}
      {t(VERIFICATION_STATUS_LABELS[s] ?? status, STATUS_EN[s] ?? status)}
    </Badge>
  );
}

/** `Điều 8, khoản 4` from the parts given; empty when none. */
export function citationPlace(c: CitationData): string {
  return [c.article, c.clause, c.point].filter(Boolean).join(", ");
}

/** A citation as the law reads: the document, then article, clause and point, then what was not checked. */
export function CitationBlock({ citation, compact }: { citation: CitationData; compact?: boolean }) {
  const place = citationPlace(citation);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {citation.document}
      </Text>
      {place && (
        <Text size="sm" c="dimmed">
          {place}
        </Text>
      )}
      {citation.note && (
        <Text
          size="xs"
          c="dimmed"
          fs="italic"
          lineClamp={compact ? 2 : undefined}
          title={compact ? citation.note : undefined}
        >
          {citation.note}
        </Text>
      )}
    </Stack>
  );
}
