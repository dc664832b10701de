import { todayInVietnam } from "@khuyencong/domain";
import { dataScopeOf } from "@khuyencong/domain";
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../../gql";
import type { ActivityKind, LegalForm, Sector } from "../../../gql/graphql";
import { saveCsv, toCsv } from "../../../lib/csv";
import { beneficiaryActivityOptions } from "../facility-labels";
import { legalForms, sectors } from "../../../lib/labels";
import { useT } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/me";
import { QueryState } from "../../../ui/QueryState";
import { useCommuneOptions } from "../forms/FacilityFormFields";
import { PagerButtons, useCursorPages } from "../../../ui/Pager";

/*
 * The eligibility column is asked for only when the user picks an activity (`@include`). It costs no
 * query per row: the API judges each facility in memory against the communes it loads once per request.
 */
const FACILITIES = graphql(`
  query Facilities(
    $first: Int!
    $after: String
    $search: String
    $communeCode: String
    $legalForm: LegalForm
    $sector: Sector
    $withEligibility: Boolean!
    $kind: ActivityKind!
    $date: CalendarDate!
  ) {
    facilities(
      first: $first
      after: $after
      search: $search
      communeCode: $communeCode
      legalForm: $legalForm
      sector: $sector
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name taxCode legalForm sector averageInsuredWorkers
        productionCommune { displayName }
        eligibility(activityKind: $kind, date: $date) @include(if: $withEligibility) { eligible }
      }
    }
  }
`);

const PAGE = 20;

export function FacilitiesPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const communes = useCommuneOptions();
  const [search, setSearch] = useState("");
  const [commune, setCommune] = useState<string | null>(null);
  const [legalForm, setLegalForm] = useState<LegalForm | null>(null);
  const [sector, setSector] = useState<Sector | null>(null);
  const [activity, setActivity] = useState<ActivityKind | null>(null);
  const pager = useCursorPages();
  const after = pager.after;
  const [{ data, fetching, error }] = useQuery({
    query: FACILITIES,
    variables: {
      first: PAGE,
      after,
      search: search.trim() || null,
      communeCode: commune,
      legalForm,
      sector,
      withEligibility: activity !== null,
      kind: activity ?? "MACHINERY",
      date: todayInVietnam(),
    },
  });
  const reset = () => pager.reset();
  const canWrite = can("WriteFacilities");
  const oneCommune = dataScopeOf(me.role) === "COMMUNE";
  const verdict = (eligible: boolean | undefined) =>
    eligible === undefined
      ? null
      : eligible
        ? t("Đủ điều kiện", "Eligible")
        : t("Chưa đủ điều kiện", "Not eligible");

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Stack gap={2}>
          <Title order={2}>{t("Cơ sở công nghiệp nông thôn", "Rural industrial establishments")}</Title>
          {oneCommune && (
            <Text size="sm" c="dimmed">
              {t("Cơ sở sản xuất trên địa bàn", "Establishments producing in")} {me.commune?.displayName}
            </Text>
          )}
        </Stack>
        {canWrite && (
          <Group>
            <Button component={Link} href="/co-so/moi">
              {t("Thêm cơ sở", "Add establishment")}
            </Button>
            <Button variant="default" component={Link} href="/co-so/nhap-excel">
              {t("Nhập từ Excel", "Import from Excel")}
            </Button>
          </Group>
        )}
      </Group>
      <Group align="end">
        <TextInput
          label={t("Tìm theo tên, mã số thuế", "Search name, tax code")}
          placeholder={t("Không cần gõ dấu", "Accents optional")}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            reset();
          }}
          w={300}
        />
        {!oneCommune && (
          <Select
            label={t("Xã, phường, đặc khu", "Commune")}
            placeholder={t("Tất cả", "All")}
            data={communes}
            value={commune}
            onChange={(v) => {
              setCommune(v);
              reset();
            }}
            searchable
            clearable
            nothingFoundMessage={t("Không tìm thấy", "Nothing found")}
            w={220}
          />
        )}
        <Select
          label={t("Loại hình", "Legal form")}
          placeholder={t("Tất cả", "All")}
          data={legalForms.options(t)}
          value={legalForm}
          onChange={(v) => {
            setLegalForm(v as LegalForm | null);
            reset();
          }}
          clearable
          w={190}
        />
        <Select
          label={t("Ngành nghề", "Sector")}
          placeholder={t("Tất cả", "All")}
          data={sectors.options(t)}
          value={sector}
          onChange={(v) => {
            setSector(v as Sector | null);
            reset();
          }}
          clearable
          searchable
          w={260}
          comboboxProps={{ width: 480 }}
        />
        <Select
          label={t("Xét điều kiện cho hoạt động", "Check eligibility for")}
          placeholder={t("Không xét", "Do not check")}
          data={beneficiaryActivityOptions(t)}
          value={activity}
          onChange={(v) => setActivity(v as ActivityKind | null)}
          clearable
          searchable
          w={260}
          comboboxProps={{ width: 420 }}
        />
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("danh sách cơ sở", "the establishments")} />
      ) : data.facilities.totalCount === 0 ? (
        <Text c="dimmed">
          {search || commune || legalForm || sector
            ? t("Không có cơ sở nào phù hợp với điều kiện lọc.", "No establishment matches the filters.")
            : t("Chưa có cơ sở nào.", "No establishments yet.")}
        </Text>
      ) : (
        <>
          <Table striped highlightOnHover withTableBorder aria-label={t("Danh sách cơ sở", "Establishments")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Tên cơ sở", "Name")}</Table.Th>
                <Table.Th>{t("Loại hình", "Legal form")}</Table.Th>
                <Table.Th>{t("Ngành nghề", "Sector")}</Table.Th>
                <Table.Th>{t("Nơi sản xuất", "Production site")}</Table.Th>
                <Table.Th ta="right">{t("Lao động BHXH", "Insured workers")}</Table.Th>
                {activity && <Table.Th>{t("Điều kiện hỗ trợ", "Eligibility")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.facilities.nodes.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/co-so/${f.id}`}>
                      {f.name}
                    </Anchor>
                    {f.taxCode && (
                      <Text size="xs" c="dimmed">
                        {t("MST", "Tax code")} {f.taxCode}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{legalForms.label(t, f.legalForm)}</Table.Td>
                  <Table.Td maw={320}>{sectors.label(t, f.sector)}</Table.Td>
                  <Table.Td>{f.productionCommune.displayName}</Table.Td>
                  <Table.Td ta="right">
                    {f.averageInsuredWorkers == null
                      ? "—"
                      : String(f.averageInsuredWorkers).replace(".", ",")}
                  </Table.Td>
                  {activity && (
                    <Table.Td>
                      {f.eligibility && (
                        <Text size="sm" fw={600} c={f.eligibility.eligible ? "green.8" : "red.8"}>
                          {f.eligibility.eligible ? "✓ " : "✗ "}
                          {verdict(f.eligibility.eligible)}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {data.facilities.totalCount} {t("cơ sở", "establishments")}
            </Text>
            <Group>
              <Button
                variant="subtle"
                onClick={() =>
                  saveCsv(
                    "co-so.csv",
                    toCsv(
                      [
                        t("Tên cơ sở", "Name"),
                        t("Mã số thuế", "Tax code"),
                        t("Loại hình", "Legal form"),
                        t("Ngành nghề", "Sector"),
                        t("Nơi sản xuất", "Production site"),
                        t("Lao động BHXH bình quân", "Average insured workers"),
                        ...(activity ? [t("Điều kiện hỗ trợ", "Eligibility")] : []),
                      ],
                      data.facilities.nodes.map((f) => [
                        f.name,
                        f.taxCode,
                        legalForms.label(t, f.legalForm),
                        sectors.label(t, f.sector),
                        f.productionCommune.displayName,
                        f.averageInsuredWorkers,
                        ...(activity ? [verdict(f.eligibility?.eligible)] : []),
                      ]),
                    ),
                  )
                }
              >
                {t("Xuất CSV trang này", "Export this page as CSV")}
              </Button>
              <PagerButtons pages={pager} pageInfo={data.facilities.pageInfo} />
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
