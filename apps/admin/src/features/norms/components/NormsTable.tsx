import { type ActivityKind, FUND_LEVEL_LABELS, type FundLevel, formatRate } from "@khuyencong/domain";
import { Badge, Group, Select, Stack, Table, Text } from "@mantine/core";
import { Fragment, useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { NormsTableQuery } from "../../../gql/graphql";
import { formatDate, money } from "../../../lib/format";
import { activityKindLabel, activityKindOptions } from "../../../lib/labels";
import { useT } from "../../../lib/i18n";
import { formatMultiplier, groupNorms } from "../norms";
import { QueryState } from "../../../ui/QueryState";
import { Citation, needsVerification, VerificationBadge } from "../../../ui/Citation";

export const NORMS = graphql(`
  query NormsTable($date: CalendarDate, $activityKind: ActivityKind, $fundLevel: FundLevel) {
    norms(date: $date, activityKind: $activityKind, fundLevel: $fundLevel) {
      id activityKind fundLevel label rate cap capBasis
      capMultiplierOf capMultiplierNumerator capMultiplierDenominator
      validFrom validTo status
      citation { document article clause point note status text }
    }
  }
`);

type Norm = NormsTableQuery["norms"][number];

export const FUND_EN: Record<FundLevel, string> = {
  NATIONAL: "National extension fund",
  LOCAL: "City extension fund",
};

export function fundOptions(t: (vi: string, en: string) => string) {
  return (["LOCAL", "NATIONAL"] as const).map((f) => ({
    value: f,
    label: t(FUND_LEVEL_LABELS[f], FUND_EN[f]),
  }));
}

/** Every norm version, grouped by activity and fund, with its validity, citation and verification. */
export function NormsTable() {
  const t = useT();
  const [date, setDate] = useState("");
  const [activityKind, setActivityKind] = useState<ActivityKind | null>(null);
  const [fundLevel, setFundLevel] = useState<FundLevel | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: NORMS,
    variables: { date: date || null, activityKind, fundLevel },
  });
  const byId = new Map((data?.norms ?? []).map((n) => [n.id, n]));
  const groups = groupNorms(data?.norms ?? []);
  const unverified = (data?.norms ?? []).filter((n) => needsVerification(n.status)).length;
  return (
    <Stack>
      <Group align="end">
        <DateField
          label={t("Có hiệu lực ngày", "In force on")}
          value={date}
          onChange={setDate}
          description={t("Để trống: mọi phiên bản", "Empty: every version")}
        />
        <Select
          label={t("Nội dung hỗ trợ", "Activity")}
          placeholder={t("Tất cả", "All")}
          clearable
          searchable
          data={activityKindOptions(t)}
          value={activityKind}
          onChange={(v) => setActivityKind(v as ActivityKind | null)}
          w={360}
        />
        <Select
          label={t("Nguồn kinh phí", "Fund")}
          placeholder={t("Tất cả", "All")}
          clearable
          data={fundOptions(t)}
          value={fundLevel}
          onChange={(v) => setFundLevel(v as FundLevel | null)}
          w={280}
        />
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("định mức", "norms")} />
      ) : data.norms.length === 0 ? (
        <Text c="dimmed">
          {date
            ? t(
                `Chưa có định mức nào có hiệu lực ngày ${formatDate(date)} phù hợp bộ lọc.`,
                `No norm matching the filter is in force on ${formatDate(date)}.`,
              )
            : t("Chưa có định mức nào phù hợp bộ lọc.", "No norm matches the filter.")}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t(
              `${data.norms.length} phiên bản định mức; ${unverified} chưa được xác minh đầy đủ với văn bản (đánh dấu ⚠): kiểm tra lại trước khi dùng để thẩm định.`,
              `${data.norms.length} norm versions; ${unverified} not fully verified against the text (marked ⚠): check them before relying on them in an appraisal.`,
            )}
          </Text>
          <Table.ScrollContainer minWidth={1000}>
            <Table withTableBorder withColumnBorders aria-label={t("Bảng định mức hỗ trợ", "Support norms")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("Nội dung", "What is supported")}</Table.Th>
                  <Table.Th style={{ minWidth: 120 }}>{t("Hiệu lực", "In force")}</Table.Th>
                  <Table.Th ta="right">{t("Tỷ lệ", "Rate")}</Table.Th>
                  <Table.Th ta="right">{t("Mức trần", "Cap")}</Table.Th>
                  <Table.Th style={{ minWidth: 200 }}>{t("Căn cứ pháp lý", "Legal basis")}</Table.Th>
                  <Table.Th style={{ minWidth: 130 }}>{t("Xác minh", "Verification")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map((g, i) => (
                  <Fragment key={`${g.activityKind}|${g.fundLevel}`}>
                    {groups[i - 1]?.activityKind !== g.activityKind && (
                      <Table.Tr bg="gray.1">
                        <Table.Td colSpan={6}>
                          <Text fw={600} size="sm">
                            {activityKindLabel(t, g.activityKind)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {g.versions.map((n) => (
                      <NormRow
                        key={n.id}
                        norm={n}
                        base={n.capMultiplierOf ? byId.get(n.capMultiplierOf) : undefined}
                      />
                    ))}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

function NormRow({ norm, base }: { norm: Norm; base: Norm | undefined }) {
  const t = useT();
  const flagged = needsVerification(norm.status);
  return (
    <Table.Tr
      bg={flagged ? "yellow.0" : undefined}
      aria-label={`${norm.id}${flagged ? ` (${t("chưa xác minh đầy đủ", "not fully verified")})` : ""}`}
    >
      <Table.Td>
        <Badge variant="outline" size="sm" color={norm.fundLevel === "LOCAL" ? "teal" : "blue"} mb={4}>
          {t(FUND_LEVEL_LABELS[norm.fundLevel], FUND_EN[norm.fundLevel])}
        </Badge>
        <Text size="sm">{norm.label}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {norm.id}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <Text size="sm">
          {t("từ", "from")} {formatDate(norm.validFrom)}
        </Text>
        <Text size="sm" c={norm.validTo ? undefined : "dimmed"}>
          {norm.validTo ? `${t("đến", "to")} ${formatDate(norm.validTo)}` : t("đến nay", "open-ended")}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        {norm.rate === null || norm.rate === undefined ? (
          <Text size="sm" c="dimmed">
            {t("không quy định", "none stated")}
          </Text>
        ) : (
          formatRate(norm.rate)
        )}
      </Table.Td>
      <Table.Td ta="right">
        <CapCell norm={norm} base={base} />
      </Table.Td>
      <Table.Td>
        <Citation citation={norm.citation} compact />
      </Table.Td>
      <Table.Td>
        <VerificationBadge status={norm.status} />
      </Table.Td>
    </Table.Tr>
  );
}

function CapCell({ norm, base }: { norm: Norm; base: Norm | undefined }) {
  const t = useT();
  if (norm.cap !== null && norm.cap !== undefined) {
    return (
      <>
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {money(norm.cap)}
        </Text>
        <Text size="xs" c="dimmed">
          {norm.capBasis}
        </Text>
      </>
    );
  }
  if (norm.capMultiplierOf && norm.capMultiplierNumerator && norm.capMultiplierDenominator) {
    const factor = formatMultiplier(norm.capMultiplierNumerator, norm.capMultiplierDenominator);
    return (
      <>
        <Text size="sm">
          {t(`${factor} × mức trần của`, `${factor} × the cap of`)}{" "}
          <Text span ff="monospace" size="xs">
            {norm.capMultiplierOf}
          </Text>
        </Text>
        {base?.cap != null && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            = {money(Math.floor((base.cap * norm.capMultiplierNumerator) / norm.capMultiplierDenominator))}{" "}
            {norm.capBasis}
          </Text>
        )}
      </>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed">
        {t("không có mức trần cố định", "no fixed cap")}
      </Text>
      <Text size="xs" c="dimmed">
        {norm.capBasis}
      </Text>
    </>
  );
}
