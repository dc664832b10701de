import { PROGRAMME_YEARS } from "@khuyencong/domain";
import { currentProgrammeYear } from "../../dashboard/dashboard";
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { downloadFile } from "../../../lib/download";
import { useT } from "../../../lib/i18n";
import { QueryState } from "../../../ui/QueryState";

const REPORTS = graphql(`
  query Reports($year: Int!) {
    reportDownloads(year: $year) { kind title xlsxPath csvPath }
  }
`);

const YEARS = PROGRAMME_YEARS.map(String);

/** Choose a year, download each report the role may have, as Excel or CSV. Titles are the API's words. */
export function ReportsPage() {
  const t = useT();
  const [year, setYear] = useState(() => String(currentProgrammeYear()));
  const [failure, setFailure] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: REPORTS, variables: { year: Number(year) } });
  const get = (path: string, name: string) => {
    setFailure(null);
    downloadFile(path, name).catch((e: Error) => setFailure(e.message));
  };
  return (
    <Stack>
      <Title order={2}>{t("Báo cáo", "Reports")}</Title>
      <Select
        label={t("Năm báo cáo", "Report year")}
        data={YEARS}
        value={year}
        onChange={(v) => v && setYear(v)}
        w={160}
        allowDeselect={false}
      />
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("danh sách báo cáo", "the reports")} />
      ) : data.reportDownloads.length === 0 ? (
        <Text c="dimmed">
          {t(
            "Chưa có báo cáo nào vai trò của bạn được tải cho năm này.",
            "Your role has no report to download for this year.",
          )}
        </Text>
      ) : (
        data.reportDownloads.map((r) => (
          <Card key={r.kind} withBorder>
            <Group justify="space-between">
              <Text fw={600}>{r.title}</Text>
              <Group gap="xs">
                <Button size="xs" onClick={() => get(r.xlsxPath, `${r.kind}-${year}.xlsx`)}>
                  {t("Tải Excel", "Download Excel")}
                </Button>
                <Button size="xs" variant="default" onClick={() => get(r.csvPath, `${r.kind}-${year}.csv`)}>
                  {t("Tải CSV", "Download CSV")}
                </Button>
              </Group>
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
