import {
  ACHIEVED_STATES,
  INITIAL_STATE,
  inStateGroup,
  REFUSED_STATES,
  STOPPED_STATES,
  UNDECIDED_STATES,
} from "@khuyencong/domain";
import { PROGRAMME_YEARS } from "@khuyencong/domain";
import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { Link, useLocation, useSearch } from "wouter";
import { graphql } from "../../../gql";
import type { FundSource, ProjectState } from "../../../gql/graphql";
import { saveCsv, toCsv } from "../../../lib/csv";
import { money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { fundSourceOptions } from "../../../lib/labels";
import { useCan, useScope } from "../../../lib/me";
import {
  type ProjectFilters,
  parseProjectFilters,
  projectQueryVariables,
  serializeProjectFilters,
  withFilter,
} from "../project-filters";
import { QueryState } from "../../../ui/QueryState";
import { stateLabel, stateOptions } from "../labels";

const PROJECTS = graphql(`
  query Projects(
    $first: Int!
    $after: String
    $year: Int
    $states: [ProjectState!]
    $search: String
    $communeCode: String
    $targetLineId: ID
    $fundSource: FundSource
  ) {
    projects(
      first: $first
      after: $after
      year: $year
      states: $states
      search: $search
      communeCode: $communeCode
      targetLineId: $targetLineId
      fundSource: $fundSource
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code title year state stateLabel commune { displayName } totals { requestedSupport } }
    }
  }
`);

const PROJECT_FILTER_OPTIONS = graphql(`
  query ProjectFilterOptions {
    communes { code displayName }
    programme { targetLines { id code name } }
  }
`);

/** Roles that may propose a đề án (Mutation.createProject). */

const PAGE = 20;

export function ProjectsPage() {
  const t = useT();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = parseProjectFilters(search);
  const setFilters = (next: ProjectFilters) => {
    const qs = serializeProjectFilters(next);
    navigate(qs ? `/de-an?${qs}` : "/de-an", { replace: true });
  };
  const change = (c: Parameters<typeof withFilter>[1]) => {
    setFilters(withFilter(filters, c));
    setPrevious([]);
  };
  // Cursors of the pages before this one, for "Trang trước" (the address keeps only the current page's).
  const [previous, setPrevious] = useState<(string | null)[]>([]);
  const [text, setText] = useState(filters.q);
  const [debounced] = useDebouncedValue(text, 350);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text writes the search
  useEffect(() => {
    if (debounced !== filters.q) change({ q: debounced });
  }, [debounced]);
  // An address that changes the search (a link, "clear the filters", the browser's back) shows in the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the address's search writes the box
  useEffect(() => {
    if (filters.q !== debounced) setText(filters.q);
  }, [filters.q]);

  const communeOfficer = useScope() === "COMMUNE";
  const can = useCan();
  const [options] = useQuery({ query: PROJECT_FILTER_OPTIONS });
  const [{ data, fetching, error }] = useQuery({
    query: PROJECTS,
    variables: projectQueryVariables(filters, PAGE),
  });
  const lines = options.data?.programme.targetLines ?? [];
  const communes = options.data?.communes ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("Đề án khuyến công", "Industrial-extension projects")}</Title>
        {can("PrepareProject") && (
          <Button component={Link} href="/de-an/moi">
            {t("Lập đề án mới", "New project")}
          </Button>
        )}
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput
          label={t("Tìm theo mã hoặc tên", "Search by code or title")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t("Năm", "Year")}
          placeholder={t("Tất cả", "All")}
          clearable
          data={PROGRAMME_YEARS.map(String)}
          value={filters.year === null ? null : String(filters.year)}
          onChange={(v) => change({ year: v ? Number(v) : null })}
          w={110}
        />
        <MultiSelect
          label={t("Trạng thái", "State")}
          placeholder={filters.states.length ? undefined : t("Tất cả", "All")}
          clearable
          data={stateOptions(t)}
          value={filters.states}
          onChange={(v) => change({ states: v as ProjectState[] })}
          w={300}
        />
        {!communeOfficer && (
          <Select
            label={t("Địa bàn (xã, phường)", "Commune")}
            placeholder={t("Tất cả", "All")}
            clearable
            searchable
            nothingFoundMessage={t("Không có xã, phường phù hợp", "No such commune")}
            data={communes.map((c) => ({ value: c.code, label: c.displayName }))}
            value={filters.commune}
            onChange={(v) => change({ commune: v })}
            w={220}
          />
        )}
        <Select
          label={t("Dòng chỉ tiêu", "Target line")}
          placeholder={t("Tất cả", "All")}
          clearable
          searchable
          data={lines.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          value={filters.line}
          onChange={(v) => change({ line: v })}
          w={260}
          comboboxProps={{ width: 520, position: "bottom-start" }}
        />
        <Select
          label={t("Nguồn kinh phí", "Fund source")}
          placeholder={t("Tất cả", "All")}
          clearable
          data={fundSourceOptions(t)}
          value={filters.fund}
          onChange={(v) => change({ fund: (v as FundSource | null) ?? null })}
          w={250}
        />
        {search && (
          <Button
            variant="subtle"
            onClick={() => {
              setText("");
              setPrevious([]);
              setFilters(parseProjectFilters(""));
            }}
          >
            {t("Bỏ lọc", "Clear filters")}
          </Button>
        )}
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("danh sách đề án", "the projects")} />
      ) : data.projects.totalCount === 0 ? (
        <Text c="dimmed">
          {search
            ? t("Chưa có đề án nào phù hợp với bộ lọc.", "No project matches these filters.")
            : t("Chưa có đề án nào.", "No projects yet.")}
        </Text>
      ) : (
        <>
          <Table striped highlightOnHover withTableBorder aria-label={t("Danh sách đề án", "Projects")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Mã", "Code")}</Table.Th>
                <Table.Th>{t("Tên đề án", "Title")}</Table.Th>
                <Table.Th>{t("Năm", "Year")}</Table.Th>
                <Table.Th>{t("Địa bàn", "Commune")}</Table.Th>
                <Table.Th>{t("Trạng thái", "State")}</Table.Th>
                <Table.Th ta="right">{t("Đề nghị hỗ trợ", "Support asked")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.projects.nodes.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Anchor component={Link} href={`/de-an/${p.id}`}>
                      {p.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>{p.commune.displayName}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {/* max-content: a shrunk badge clips its label with "…"; the state must be read whole. */}
                    <Badge
                      variant="light"
                      color={stateColor(p.state)}
                      style={{ textTransform: "none", minWidth: "max-content" }}
                    >
                      {stateLabel(t, p.state)}
                    </Badge>
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
              {t(`${data.projects.totalCount} đề án`, `${data.projects.totalCount} projects`)}
            </Text>
            <Group>
              <Button
                variant="subtle"
                onClick={() =>
                  saveCsv(
                    "de-an.csv",
                    toCsv(
                      [
                        t("Mã", "Code"),
                        t("Tên đề án", "Title"),
                        t("Năm", "Year"),
                        t("Địa bàn", "Commune"),
                        t("Trạng thái", "State"),
                        t("Đề nghị hỗ trợ (đồng)", "Support asked (VND)"),
                      ],
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
                {t("Xuất CSV trang này", "Export this page as CSV")}
              </Button>
              <Button
                variant="default"
                disabled={!filters.after}
                onClick={() => {
                  setFilters({ ...filters, after: previous[previous.length - 1] ?? null });
                  setPrevious(previous.slice(0, -1));
                }}
              >
                {t("Trang trước", "Previous page")}
              </Button>
              <Button
                variant="default"
                disabled={!data.projects.pageInfo.hasNextPage}
                onClick={() => {
                  setPrevious([...previous, filters.after]);
                  setFilters({ ...filters, after: data.projects.pageInfo.endCursor ?? null });
                }}
              >
                {t("Trang sau", "Next page")}
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}

/**
 * By the domain's state groups: being prepared grey; waiting for a decision (appraisal, approval, an
 * adjustment asked for) orange; achieved green; refused or stopped red; under way blue.
 */
export function stateColor(state: string): string {
  const s = state as ProjectState;
  if (s === INITIAL_STATE) return "gray";
  if (inStateGroup(s, ACHIEVED_STATES)) return "green";
  if (inStateGroup(s, REFUSED_STATES) || inStateGroup(s, STOPPED_STATES)) return "red";
  if (inStateGroup(s, UNDECIDED_STATES) || s === "ADJUSTING") return "orange";
  return "blue";
}
