import { Alert, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { downloadFile } from "../lib/download";
import { QueryState } from "./common";

const REPORTS = `query Reports($year: Int!) { reportDownloads(year: $year) { kind title xlsxPath csvPath } }`;

interface Report {
  kind: string;
  title: string;
  xlsxPath: string;
  csvPath: string;
}

/** Choose a year, download each report the role may have, as Excel or CSV. */
export function ReportsPage() {
  const [year, setYear] = useState<string>("2026");
  const [failure, setFailure] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery<{ reportDownloads: Report[] }>({
    query: REPORTS,
    variables: { year: Number(year) },
  });
  const get = (path: string, name: string) => {
    setFailure(null);
    downloadFile(path, name).catch((e: Error) => setFailure(e.message));
  };
  return (
    <Stack>
      <Title order={2}>Báo cáo</Title>
      <Select
        label="Năm báo cáo"
        data={["2026", "2027", "2028", "2029", "2030"]}
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
        <QueryState fetching={fetching} error={error} what="danh sách báo cáo" />
      ) : data.reportDownloads.length === 0 ? (
        <Text c="dimmed">Vai trò của bạn không có báo cáo để tải.</Text>
      ) : (
        data.reportDownloads.map((r) => (
          <Card key={r.kind} withBorder>
            <Group justify="space-between">
              <Text fw={600}>{r.title}</Text>
              <Group gap="xs">
                <Button size="xs" onClick={() => get(r.xlsxPath, `${r.kind}-${year}.xlsx`)}>
                  Tải Excel
                </Button>
                <Button size="xs" variant="default" onClick={() => get(r.csvPath, `${r.kind}-${year}.csv`)}>
                  Tải CSV
                </Button>
              </Group>
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
