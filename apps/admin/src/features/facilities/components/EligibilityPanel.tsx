import { todayInVietnam } from "@khuyencong/domain";
import { Alert, Card, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { ActivityKind } from "../../../gql/graphql";
import { beneficiaryActivityOptions, DEFAULT_ACTIVITY, verdict } from "../facility-labels";
import { useT } from "../../../lib/i18n";
import { QueryState } from "../../../ui/QueryState";

const ELIGIBILITY = graphql(`
  query FacilityEligibility($id: ID!, $kind: ActivityKind!, $date: CalendarDate!) {
    facility(id: $id) {
      id
      eligibility(activityKind: $kind, date: $date) {
        eligible
        assessedAsLabel
        criteria { code label passed reason citation { text status note } }
      }
    }
  }
`);

const VERIFIED = new Set(["VERIFIED"]);

/**
 * Whether the facility may benefit from an activity on a date, criterion by criterion, as the API's rules
 * judge it: verdict, reason and legal citation (with a warning where the text was not verified).
 * urql's cache refetches it when the facility changes (a mutation returning a Facility).
 */
export function EligibilityPanel({ facilityId }: { facilityId: string }) {
  const t = useT();
  const [kind, setKind] = useState<ActivityKind>(DEFAULT_ACTIVITY);
  const [date, setDate] = useState(todayInVietnam());
  const [{ data, fetching, error }] = useQuery({
    query: ELIGIBILITY,
    variables: { id: facilityId, kind, date: date || todayInVietnam() },
    requestPolicy: "cache-and-network",
  });
  const answer = data?.facility.eligibility;
  // Text rather than a badge: a badge truncates its label in a narrow table column.
  const verdictText = (passed: boolean | null | undefined) => {
    const v = verdict(passed);
    return (
      <Text size="sm" fw={600} c={v === "pass" ? "green.8" : v === "fail" ? "red.8" : "gray.7"}>
        {v === "pass"
          ? `✓ ${t("Đạt", "Passed")}`
          : v === "fail"
            ? `✗ ${t("Không đạt", "Failed")}`
            : `• ${t("Lưu ý", "Note")}`}
      </Text>
    );
  };
  return (
    <Card withBorder component="section" aria-label={t("Điều kiện được hỗ trợ", "Eligibility")}>
      <Stack gap="sm">
        <Title order={3}>{t("Điều kiện được hỗ trợ", "Eligibility")}</Title>
        <Group align="end">
          <Select
            label={t("Hoạt động khuyến công", "Activity")}
            data={beneficiaryActivityOptions(t)}
            value={kind}
            onChange={(v) => v && setKind(v as ActivityKind)}
            allowDeselect={false}
            searchable
            w={480}
          />
          <DateField label={t("Xét tại ngày", "As of")} value={date} onChange={setDate} />
        </Group>
        {!answer ? (
          <QueryState fetching={fetching} error={error} what={t("điều kiện hỗ trợ", "eligibility")} />
        ) : (
          <>
            <Alert
              color={answer.eligible ? "green" : "red"}
              title={
                answer.eligible
                  ? t("Đủ điều kiện hưởng hỗ trợ", "Eligible for support")
                  : t("Chưa đủ điều kiện hưởng hỗ trợ", "Not eligible for support")
              }
            >
              {answer.assessedAsLabel
                ? `${t("Xét với tư cách", "Assessed as")}: ${answer.assessedAsLabel}`
                : t(
                    "Không thuộc đối tượng hưởng hỗ trợ của hoạt động này.",
                    "Not a beneficiary of this activity.",
                  )}
            </Alert>
            <Table
              withTableBorder
              verticalSpacing="xs"
              aria-label={t("Các tiêu chí xét điều kiện", "Eligibility criteria")}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("Tiêu chí", "Criterion")}</Table.Th>
                  <Table.Th>{t("Lý do", "Reason")}</Table.Th>
                  <Table.Th>{t("Căn cứ", "Legal basis")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {answer.criteria.map((c) => (
                  <Table.Tr
                    key={c.code}
                    bg={c.passed === false ? "var(--mantine-color-red-light)" : undefined}
                  >
                    <Table.Td w={150}>
                      <Text size="sm" fw={500}>
                        {c.label}
                      </Text>
                      {verdictText(c.passed)}
                    </Table.Td>
                    <Table.Td>{c.reason}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.citation.text}</Text>
                      {!VERIFIED.has(c.citation.status) && (
                        <Text size="xs" c="orange.8">
                          {c.citation.note ??
                            t("Văn bản chưa được đối chiếu đầy đủ.", "Text not fully verified.")}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              {t(
                "“Lưu ý”: tiêu chí không quyết định kết quả (không áp dụng, hoặc cần kiểm tra khi thẩm định). Chữ màu cam: văn bản chưa được đối chiếu đầy đủ.",
                "“Note”: the criterion does not decide (not applicable, or to check at appraisal). Orange: the legal text was not fully verified.",
              )}
            </Text>
            {error && (
              <QueryState fetching={false} error={error} what={t("điều kiện hỗ trợ", "eligibility")} />
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
