import { Badge, Group, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { useQuery } from "urql";
import { QueryState } from "./common";

const PROGRAMME = `query Programme { programme { name years
  findings { severity code rowCode message }
  groups { code name lines { id code name unit printedTotal sumOfYears yearlyTargets { year target } } }
} }`;

interface Line {
  id: string;
  code: string;
  name: string;
  unit: string;
  printedTotal: number | null;
  sumOfYears: number;
  yearlyTargets: { year: number; target: number | null }[];
}
interface Data {
  programme: {
    name: string;
    years: number[];
    findings: { severity: string; code: string; rowCode: string; message: string }[];
    groups: { code: string; name: string; lines: Line[] }[];
  };
}

const SEVERITY_COLOR: Record<string, string> = { ERROR: "red", WARNING: "orange", INFO: "gray" };
const SEVERITY_LABEL: Record<string, string> = { ERROR: "Lỗi", WARNING: "Cần xem", INFO: "Ghi chú" };

/** The appendix table as the decision prints it, with the audit's findings marked on their rows. */
export function ProgrammePage() {
  const [{ data, fetching, error }] = useQuery<Data>({ query: PROGRAMME });
  if (!data) return <QueryState fetching={fetching} error={error} what="chương trình" />;
  const p = data.programme;
  const findingsOf = (code: string) => p.findings.filter((f) => f.rowCode === code);
  const errors = p.findings.filter((f) => f.severity === "ERROR").length;
  return (
    <Stack>
      <Title order={2}>{p.name}</Title>
      <Text c="dimmed">
        Bảng chỉ tiêu theo Phụ lục của Quyết định. Kiểm tra tự động phát hiện {errors} chỗ mâu thuẫn và{" "}
        {p.findings.length - errors} điểm cần xem lại; rê chuột lên nhãn để xem chi tiết.
      </Text>
      <Table
        striped
        withTableBorder
        withColumnBorders
        stickyHeader
        fz="sm"
        aria-label="Bảng chỉ tiêu Chương trình"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>TT</Table.Th>
            <Table.Th>Nội dung</Table.Th>
            <Table.Th>ĐVT</Table.Th>
            {p.years.map((y) => (
              <Table.Th key={y} ta="right">
                {y}
              </Table.Th>
            ))}
            <Table.Th ta="right">Tổng</Table.Th>
            <Table.Th miw={96}>Kiểm tra</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.groups.map((g) => [
            <Table.Tr key={g.code} bg="blue.0">
              <Table.Td fw={700}>{g.code}</Table.Td>
              <Table.Td fw={700} colSpan={p.years.length + 3}>
                {g.name}
              </Table.Td>
              <Table.Td>
                <Findings findings={findingsOf(g.code)} />
              </Table.Td>
            </Table.Tr>,
            ...g.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.code}</Table.Td>
                <Table.Td>{l.name}</Table.Td>
                <Table.Td>{l.unit}</Table.Td>
                {p.years.map((y) => (
                  <Table.Td key={y} ta="right">
                    {l.yearlyTargets.find((t) => t.year === y)?.target ?? ""}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {l.printedTotal ?? ""}
                </Table.Td>
                <Table.Td>
                  <Findings findings={findingsOf(l.code)} />
                </Table.Td>
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Findings({ findings }: { findings: { severity: string; code: string; message: string }[] }) {
  return (
    <Group gap={4}>
      {findings.map((f) => (
        <Tooltip key={f.code + f.message} label={f.message} multiline w={360} withArrow>
          <Badge color={SEVERITY_COLOR[f.severity]} variant="light" tabIndex={0} aria-label={f.message}>
            {SEVERITY_LABEL[f.severity]}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
