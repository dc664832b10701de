import "@mantine/charts/styles.css";
import { Alert, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../../gql";
import {
  currentProgrammeYear,
  formatCount,
  formatRate,
  fundRows,
  projectsHref,
  stateCounts,
  yearsUpTo,
} from "../dashboard";
import { useLang, useT } from "../../../lib/i18n";
import { useCan } from "../../../lib/me";
import { QueryState } from "../../../ui/QueryState";
import { AttainmentSection } from "../components/AttainmentSection";
import { MoneySection } from "../components/MoneySection";
import { Dong } from "../components/parts";
import { StateSection } from "../components/StateSection";

const PROGRAMME_YEARS = graphql(`
  query DashboardProgramme { programme { code name years } }
`);

const DASHBOARD = graphql(`
  query Dashboard($year: Int!, $years: [Int!]!) {
    progress: programmeProgress(asOfYear: $year) {
      attainment attainmentToDate linesWithTarget linesAchieved linesOnTrack linesBehind
    }
    attainment(groupBy: GROUP, years: $years) {
      year groupCode groupName attainment attainmentToDate linesAchieved linesOnTrack linesBehind
    }
    byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) {
      coversAllProjects
      rows { fundSource projectCount approved committed advanced paid finalSupport }
      total { projectCount approved committed advanced paid finalSupport }
    }
    byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) {
      rows { state projectCount }
    }
  }
`);

const ENVELOPES = graphql(`
  query DashboardEnvelopes($year: Int!) { budgetEnvelopes(year: $year) { id fundSource amount allocated available } }
`);

/**
 * The programme at a glance for a year: attainment of the targets per content group, money per fund
 * source, đề án per state. Every figure opens the list or the table behind it; every chart has its table.
 */
export function DashboardPage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: PROGRAMME_YEARS });
  if (!data)
    return <QueryState fetching={fetching} error={error} what={t("bảng điều khiển", "the dashboard")} />;
  return <Dashboard years={data.programme.years} />;
}

function Dashboard({ years }: { years: number[] }) {
  const t = useT();
  const { lang } = useLang();
  const [year, setYear] = useState(() => currentProgrammeYear(years));
  const upTo = yearsUpTo(years, year);
  const [{ data, fetching, error }] = useQuery({
    query: DASHBOARD,
    variables: { year, years: upTo },
    requestPolicy: "cache-and-network",
  });
  const showEnvelope = useCan()("ReadEnvelopes");
  const [envelopes] = useQuery({ query: ENVELOPES, variables: { year }, pause: !showEnvelope });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("Bảng điều khiển", "Dashboard")}</Title>
        <Stack gap={2}>
          <Text size="sm" fw={500} id="dashboard-year">
            {t("Năm", "Year")}
          </Text>
          <SegmentedControl
            aria-labelledby="dashboard-year"
            value={String(year)}
            onChange={(v) => setYear(Number(v))}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        </Stack>
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("số liệu", "the figures")} />
      ) : (
        <>
          {!data.byFund.coversAllProjects && (
            <Alert color="blue" variant="light">
              {t(
                "Số liệu kinh phí và đề án chỉ gồm các đề án bạn được xem (của xã hoặc đơn vị bạn); tiến độ chỉ tiêu là của toàn thành phố.",
                "Money and project figures cover only the projects you may see (your commune's or unit's); attainment is city-wide.",
              )}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
            <Stat
              href={projectsHref({ year })}
              caption={t(`Đề án năm ${year}`, `Projects of ${year}`)}
              figure={formatCount(data.byFund.total.projectCount, lang)}
            />
            <Stat
              href={projectsHref({ year })}
              caption={t("Kinh phí đã phê duyệt", "Support approved")}
              figure={<Dong amount={data.byFund.total.approved} />}
            />
            <Stat
              href={projectsHref({ year })}
              caption={t("Kho bạc đã chi trả", "Paid by the Treasury")}
              figure={<Dong amount={data.byFund.total.paid ?? 0} />}
            />
            <Stat
              href="/chuong-trinh"
              caption={t(`Tiến độ chỉ tiêu đến hết năm ${year}`, `Attainment to end of ${year}`)}
              figure={formatRate(data.progress.attainmentToDate ?? 0, lang)}
              detail={t(
                `${data.progress.linesBehind}/${data.progress.linesWithTarget} nội dung chậm tiến độ`,
                `${data.progress.linesBehind}/${data.progress.linesWithTarget} lines behind`,
              )}
            />
          </SimpleGrid>
          <AttainmentSection rows={data.attainment} years={upTo} year={year} programme={data.progress} />
          {showEnvelope && envelopes.error && (
            <QueryState fetching={false} error={envelopes.error} what={t("dự toán", "the envelopes")} />
          )}
          <MoneySection
            rows={fundRows(showEnvelope ? (envelopes.data?.budgetEnvelopes ?? []) : null, data.byFund.rows)}
            total={data.byFund.total}
            year={year}
            showEnvelope={showEnvelope}
          />
          <StateSection counts={stateCounts(data.byState.rows)} year={year} />
        </>
      )}
    </Stack>
  );
}

/** A headline figure; the whole card opens the list behind it. */
function Stat({
  href,
  caption,
  figure,
  detail,
}: {
  href: string;
  caption: string;
  figure: ReactNode;
  detail?: string;
}) {
  return (
    <Card withBorder padding="md" component={Link} href={href}>
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      <Text fz={28} fw={700} c="blue.8">
        {figure}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}
