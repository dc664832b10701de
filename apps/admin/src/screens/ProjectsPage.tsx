import { PROJECT_STATE_LABELS, PROJECT_STATES } from "@khuyencong/domain";
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { saveCsv, toCsv } from "../lib/csv";
import { money } from "../lib/format";
import { QueryState } from "./common";

const PROJECTS = `query Projects($first: Int!, $after: String, $year: Int, $states: [ProjectState!], $search: String) {
  projects(first: $first, after: $after, year: $year, states: $states, search: $search) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id code title year state stateLabel commune { displayName } totals { requestedSupport } }
  }
}`;

interface Row {
  id: string;
  code: string;
  title: string;
  year: number;
  state: string;
  stateLabel: string;
  commune: { displayName: string };
  totals: { requestedSupport: number };
}

const PAGE = 20;

export function ProjectsPage() {
  const [year, setYear] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, fetching, error }] = useQuery<{
    projects: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Row[];
    };
  }>({
    query: PROJECTS,
    variables: {
      first: PAGE,
      after,
      year: year ? Number(year) : null,
      states: state ? [state] : null,
      search: search.trim() || null,
    },
  });
  const reset = () => setCursors([null]);
  return (
    <Stack>
      <Title order={2}>Đề án khuyến công</Title>
      <Group align="end">
        <Select
          label="Năm"
          placeholder="Tất cả"
          clearable
          data={["2026", "2027", "2028", "2029", "2030"]}
          value={year}
          onChange={(v) => {
            setYear(v);
            reset();
          }}
          w={120}
        />
        <Select
          label="Trạng thái"
          placeholder="Tất cả"
          clearable
          data={PROJECT_STATES.map((s) => ({ value: s, label: PROJECT_STATE_LABELS[s] }))}
          value={state}
          onChange={(v) => {
            setState(v);
            reset();
          }}
          w={220}
        />
        <TextInput
          label="Tìm theo mã hoặc tên"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            reset();
          }}
          w={280}
        />
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what="danh sách đề án" />
      ) : data.projects.totalCount === 0 ? (
        <Text c="dimmed">Chưa có đề án nào phù hợp.</Text>
      ) : (
        <>
          <Table striped highlightOnHover withTableBorder aria-label="Danh sách đề án">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Mã</Table.Th>
                <Table.Th>Tên đề án</Table.Th>
                <Table.Th>Năm</Table.Th>
                <Table.Th>Địa bàn</Table.Th>
                <Table.Th>Trạng thái</Table.Th>
                <Table.Th ta="right">Đề nghị hỗ trợ</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.projects.nodes.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/de-an/${p.id}`}>
                      {p.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>{p.commune.displayName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{p.stateLabel}</Badge>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {money(p.totals.requestedSupport)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {data.projects.totalCount} đề án
            </Text>
            <Group>
              <Button
                variant="subtle"
                onClick={() =>
                  saveCsv(
                    "de-an.csv",
                    toCsv(
                      ["Mã", "Tên đề án", "Năm", "Địa bàn", "Trạng thái", "Đề nghị hỗ trợ (đồng)"],
                      data.projects.nodes.map((p) => [
                        p.code,
                        p.title,
                        p.year,
                        p.commune.displayName,
                        p.stateLabel,
                        p.totals.requestedSupport,
                      ]),
                    ),
                  )
                }
              >
                Xuất CSV trang này
              </Button>
              <Button
                variant="default"
                disabled={cursors.length === 1}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                Trang trước
              </Button>
              <Button
                variant="default"
                disabled={!data.projects.pageInfo.hasNextPage}
                onClick={() => setCursors([...cursors, data.projects.pageInfo.endCursor])}
              >
                Trang sau
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
