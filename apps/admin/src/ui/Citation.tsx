import { VERIFICATION_STATUS_LABELS, type VerificationStatus } from "@khuyencong/domain";
import { Badge, Stack, Text } from "@mantine/core";
import { useT } from "../lib/i18n";

/** True when a norm's values were not fully checked against a text in force: the table flags it. */
export function needsVerification(status: string): boolean {
  return status !== "VERIFIED" && status !== "VERIFIED_SUPERSEDED";
}

/**
 * The parts of a legal citation the API gives. A screen that asks only for `text` (the API's one-line
 * form) and `status` shows the citation inline; one that asks for the parts shows them as a block.
 */
export interface CitationData {
  text?: string | null;
  document?: string | null;
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

/**
 * The one citation block: as the law reads (the document, then article, clause and point, then what was
 * not checked) when the parts were asked for; otherwise the API's one line, marked when not verified.
 */
export function Citation({
  citation,
  compact,
}: {
  citation: CitationData | null | undefined;
  compact?: boolean;
}) {
  const t = useT();
  if (!citation) return null;
  if (!citation.document) {
    return (
      <Text size="xs" c="dimmed" component="span">
        {citation.text}
        {needsVerification(citation.status) && (
          <Badge ml={4} size="xs" color="orange" variant="light" style={{ textTransform: "none" }}>
            {t(
              (
                VERIFICATION_STATUS_LABELS[citation.status as VerificationStatus] ?? citation.status
              ).toLowerCase(),
              (STATUS_EN[citation.status as VerificationStatus] ?? citation.status).toLowerCase(),
            )}
          </Badge>
        )}
      </Text>
    );
  }
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
