import { Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { saveCsv, toCsv } from "../lib/csv";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { QueryState } from "./common";

const FACILITIES = graphql(`
  query Facilities($search: String) {
    facilities(first: 50, search: $search) {
      totalCount
      nodes { id name legalForm sector productionCommune { displayName } }
    }
  }
`);

export function FacilitiesPage() {
  const [search, setSearch] = useState("");
  const [{ data, fetching, error }] = useQuery({
    query: FACILITIES,
    variables: { search: search.trim() || null },
  });
  return (
    <Stack>
      <Title order={2}>Cơ sở công nghiệp nông thôn</Title>
      <Group align="end">
        <TextInput
          label="Tìm theo tên hoặc mã số thuế (không cần dấu)"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={360}
        />
        {data && data.facilities.totalCount > 0 && (
          <Button
            variant="subtle"
            onClick={() =>
              saveCsv(
                "co-so.csv",
                toCsv(
                  ["Tên cơ sở", "Nơi sản xuất"],
                  data.facilities.nodes.map((f) => [f.name, f.productionCommune.displayName]),
                ),
              )
            }
          >
            Xuất CSV
          </Button>
        )}
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what="danh sách cơ sở" />
      ) : data.facilities.totalCount === 0 ? (
        <Text c="dimmed">Chưa có cơ sở nào phù hợp.</Text>
      ) : (
        <Table striped withTableBorder aria-label="Danh sách cơ sở">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tên cơ sở</Table.Th>
              <Table.Th>Nơi sản xuất</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.facilities.nodes.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{f.productionCommune.displayName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
