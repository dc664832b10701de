import type { ActivityKind, FundLevel } from "@khuyencong/domain";
import { formatRate, todayInVietnam } from "@khuyencong/domain";
import { Alert, Badge, Button, Group, Paper, Select, Grid, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { type CombinedError, useClient } from "urql";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { SupportCalculationQuery } from "../../../gql/graphql";
import { formatDate, money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { parseDongInput } from "../../../ui/dong-input";
import { QueryState } from "../../../ui/QueryState";
import { Citation, VerificationBadge } from "../../../ui/Citation";
import { DongField, dongProblem } from "../../../ui/DongField";
import { activityKindOptions } from "../../../lib/labels";
import { fundOptions } from "./NormsTable";

const CALCULATE = graphql(`
  query SupportCalculation(
    $activityKind: ActivityKind!
    $fundLevel: FundLevel!
    $date: CalendarDate!
    $eligibleCost: Dong!
    $requested: Dong
  ) {
    supportCalculation(
      activityKind: $activityKind
      fundLevel: $fundLevel
      date: $date
      eligibleCost: $eligibleCost
      requested: $requested
    ) {
      allowed boundBy cap eligibleCost excess explanation rateLimit requested
      norm { id label rate cap capBasis validFrom validTo status }
      citation { document article clause point note status text }
    }
  }
`);

type Result = SupportCalculationQuery["supportCalculation"];

interface Asked {
  activityKind: ActivityKind;
  fundLevel: FundLevel;
  date: string;
  eligibleCost: number;
  requested: number | null;
}

/** The norm calculator: the maximum support the API computes for a cost, with the rule and its citation. */
export function SupportCalculator() {
  const t = useT();
  const [activityKind, setActivityKind] = useState<string | null>("MACHINERY");
  const [fundLevel, setFundLevel] = useState<string | null>("LOCAL");
  const [date, setDate] = useState(todayInVietnam);
  const [cost, setCost] = useState("");
  const [requested, setRequested] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asked, setAsked] = useState<Asked | null>(null);
  const [answer, setAnswer] = useState<{ fetching: boolean; data?: Result; error?: CombinedError }>({
    fetching: false,
  });
  const client = useClient();
  const ask = async (variables: Asked) => {
    setAsked(variables);
    setAnswer({ fetching: true });
    const res = await client.query(CALCULATE, variables, { requestPolicy: "network-only" }).toPromise();
    setAnswer({
      fetching: false,
      ...(res.data ? { data: res.data.supportCalculation } : {}),
      ...(res.error ? { error: res.error } : {}),
    });
  };
  const { data, fetching, error } = answer;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!activityKind) next.activityKind = t("Vui lòng chọn nội dung hỗ trợ", "Choose an activity");
    if (!fundLevel) next.fundLevel = t("Vui lòng chọn nguồn kinh phí", "Choose a fund");
    if (!date) next.date = t("Vui lòng nhập ngày (dd/mm/yyyy)", "Enter a date (dd/mm/yyyy)");
    const c = parseDongInput(cost);
    if (!c.ok) next.cost = dongProblem(t, c.problem);
    const r = requested.trim() ? parseDongInput(requested) : null;
    if (r && !r.ok) next.requested = dongProblem(t, r.problem);
    setErrors(next);
    if (Object.keys(next).length > 0 || !c.ok || (r && !r.ok)) return;
    await ask({
      activityKind: activityKind as ActivityKind,
      fundLevel: fundLevel as FundLevel,
      date,
      eligibleCost: c.value,
      requested: r?.ok ? r.value : null,
    });
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t("Tính mức hỗ trợ tối đa", "Support calculator")}</Title>
        <form onSubmit={submit} noValidate aria-label={t("Tính mức hỗ trợ", "Calculate support")}>
          <Stack>
            <Grid>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Select
                  label={t("Nội dung hỗ trợ", "Activity")}
                  searchable
                  required
                  allowDeselect={false}
                  data={activityKindOptions(t)}
                  value={activityKind}
                  onChange={setActivityKind}
                  error={errors.activityKind}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Select
                  label={t("Nguồn kinh phí", "Fund")}
                  required
                  data={fundOptions(t)}
                  value={fundLevel}
                  onChange={setFundLevel}
                  error={errors.fundLevel}
                  allowDeselect={false}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <DateField
                  label={t("Ngày áp dụng định mức", "Date the norm is taken at")}
                  value={date}
                  onChange={setDate}
                  required
                  error={errors.date}
                  description={t("Ngày của đề án", "The đề án's date")}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <DongField
                  label={t("Chi phí hợp lệ (đồng)", "Eligible cost (đồng)")}
                  value={cost}
                  onChange={setCost}
                  required
                  error={errors.cost}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <DongField
                  label={t("Số tiền đề nghị hỗ trợ (đồng)", "Support requested (đồng)")}
                  value={requested}
                  onChange={setRequested}
                  error={errors.requested}
                  description={t("Không bắt buộc; để biết phần vượt", "Optional; gives the excess")}
                />
              </Grid.Col>
            </Grid>
            <Group>
              <Button type="submit" loading={fetching}>
                {t("Tính mức hỗ trợ", "Calculate")}
              </Button>
            </Group>
          </Stack>
        </form>
        {asked &&
          (data && !fetching ? (
            <CalculationResult result={data} date={asked.date} />
          ) : (
            <QueryState fetching={fetching} error={error} what={t("kết quả tính", "the result")} />
          ))}
      </Stack>
    </Paper>
  );
}

function boundByText(t: (vi: string, en: string) => string, boundBy: string): string {
  switch (boundBy) {
    case "RATE":
      return t("Giới hạn bởi tỷ lệ hỗ trợ", "Bound by the rate");
    case "CAP":
      return t("Giới hạn bởi mức trần", "Bound by the cap");
    case "RATE_AND_CAP":
      return t("Tỷ lệ và mức trần cho cùng kết quả", "Rate and cap give the same figure");
    case "COST":
      return t("Giới hạn bởi chi phí (không có tỷ lệ)", "Bound by the cost (no rate)");
    case "NO_NORM":
      return t("Không có định mức có hiệu lực", "No norm in force");
    default:
      return boundBy;
  }
}

function CalculationResult({ result, date }: { result: Result; date: string }) {
  const t = useT();
  const norm = result.norm;
  const rateBinds = result.boundBy === "RATE" || result.boundBy === "RATE_AND_CAP";
  const capBinds = result.boundBy === "CAP" || result.boundBy === "RATE_AND_CAP";
  return (
    <Stack gap="sm" aria-live="polite">
      {!norm ? (
        <Alert color="yellow" role="alert" title={t("Không có định mức", "No norm")}>
          {t(
            `Không có định mức nào có hiệu lực ngày ${formatDate(date)} cho nội dung và nguồn kinh phí này: không được hỗ trợ theo định mức.`,
            `No norm is in force on ${formatDate(date)} for this activity and fund: no support under a norm.`,
          )}{" "}
          {result.explanation}
        </Alert>
      ) : (
        <>
          <Group align="baseline" gap="sm">
            <Text size="sm" c="dimmed">
              {t("Mức hỗ trợ tối đa", "Maximum support")}
            </Text>
            <Text fz={28} fw={700}>
              {money(result.allowed)}
            </Text>
            <Badge variant="light">{boundByText(t, result.boundBy)}</Badge>
          </Group>
          <Table withTableBorder aria-label={t("Cách tính mức hỗ trợ", "How the support was computed")}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w="40%">{t("Chi phí hợp lệ", "Eligible cost")}</Table.Th>
                <Table.Td ta="right">{money(result.eligibleCost)}</Table.Td>
              </Table.Tr>
              <Table.Tr fw={rateBinds ? 700 : undefined}>
                <Table.Th>
                  {norm.rate != null
                    ? t(`Tỷ lệ ${formatRate(norm.rate)} × chi phí`, `Rate ${formatRate(norm.rate)} × cost`)
                    : t("Tỷ lệ", "Rate")}
                </Table.Th>
                <Table.Td ta="right">
                  {result.rateLimit != null ? money(result.rateLimit) : t("không quy định tỷ lệ", "no rate")}
                </Table.Td>
              </Table.Tr>
              <Table.Tr fw={capBinds ? 700 : undefined}>
                <Table.Th>{t(`Mức trần (${norm.capBasis})`, `Cap (${norm.capBasis})`)}</Table.Th>
                <Table.Td ta="right">
                  {result.cap != null ? money(result.cap) : t("không có", "none")}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("Mức hỗ trợ tối đa", "Maximum support")}</Table.Th>
                <Table.Td ta="right" fw={700}>
                  {money(result.allowed)}
                </Table.Td>
              </Table.Tr>
              {result.requested != null && (
                <>
                  <Table.Tr>
                    <Table.Th>{t("Số tiền đề nghị", "Requested")}</Table.Th>
                    <Table.Td ta="right">{money(result.requested)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t("Phần vượt định mức", "Excess over the norm")}</Table.Th>
                    <Table.Td ta="right" c={result.excess > 0 ? "red" : "green"} fw={700}>
                      {result.excess > 0 ? money(result.excess) : t("Không vượt", "Within the norm")}
                    </Table.Td>
                  </Table.Tr>
                </>
              )}
            </Table.Tbody>
          </Table>
          <Text size="sm">{result.explanation}</Text>
          <Group align="start" gap="md">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t("Định mức áp dụng", "Norm applied")}:{" "}
                <Text span ff="monospace">
                  {norm.id}
                </Text>{" "}
                ({t("từ", "from")} {formatDate(norm.validFrom)}
                {norm.validTo ? ` ${t("đến", "to")} ${formatDate(norm.validTo)}` : ""})
              </Text>
              <Citation citation={result.citation} />
            </Stack>
            <VerificationBadge status={norm.status} />
          </Group>
        </>
      )}
    </Stack>
  );
}
