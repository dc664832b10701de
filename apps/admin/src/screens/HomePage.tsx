import { type ProjectState, type Role, PROJECT_STATE_LABELS } from "@khuyencong/domain";
import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { Link } from "wouter";
import { useMe } from "../lib/me";
import { QueryState } from "./common";

/** What waits for each role: the states in which its next step is due. */
const WAITING: Record<Role, { state: ProjectState; todo: string }[]> = {
  DEPARTMENT: [
    { state: "SUBMITTED", todo: "Chờ thẩm định" },
    { state: "APPRAISED", todo: "Chờ ghi quyết định phê duyệt" },
    { state: "APPROVED", todo: "Chờ ký hợp đồng" },
    { state: "IN_PROGRESS", todo: "Chờ nghiệm thu" },
    { state: "ADJUSTING", todo: "Chờ xử lý đề nghị điều chỉnh" },
    { state: "ACCEPTED", todo: "Chờ quyết toán" },
  ],
  COMMUNE_OFFICER: [
    { state: "DRAFT", todo: "Đang lập hoặc bị trả lại để bổ sung" },
    { state: "CONTRACTED", todo: "Đã ký hợp đồng, chờ triển khai" },
  ],
  IMPLEMENTING_UNIT: [
    { state: "DRAFT", todo: "Đang lập hoặc bị trả lại để bổ sung" },
    { state: "CONTRACTED", todo: "Đã ký hợp đồng, chờ triển khai" },
  ],
  FINANCE: [{ state: "ACCEPTED", todo: "Chờ quyết toán" }],
  TREASURY: [{ state: "CONTRACTED", todo: "Đã ký hợp đồng, có thể đề nghị tạm ứng" }],
  ANALYST: [],
  ADMIN: [],
};

/** One request for every card: an aliased count per state (`s0`, `s1`…), not one request per card. */
function countsQuery(states: readonly ProjectState[]): string {
  const fields = states
    .map((state, i) => `s${i}: projects(first: 1, states: [${state}]) { totalCount }`)
    .join(" ");
  // A role with nothing waiting still needs a valid document for the (paused) hook.
  return `query Waiting { ${fields || "__typename"} }`;
}

export function HomePage() {
  const me = useMe();
  const waiting = WAITING[me.role];
  const [{ data, fetching, error }] = useQuery<Record<string, { totalCount: number }>>({
    query: countsQuery(waiting.map((w) => w.state)),
    pause: waiting.length === 0,
  });
  return (
    <Stack>
      <Title order={2}>Việc cần xử lý</Title>
      {waiting.length === 0 ? (
        <Text c="dimmed">Vai trò của bạn không có việc chờ xử lý trên đề án.</Text>
      ) : !data ? (
        <QueryState fetching={fetching} error={error} what="việc cần xử lý" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {waiting.map((w, i) => (
            <Card key={w.state} withBorder>
              <Text size="sm" c="dimmed">
                {PROJECT_STATE_LABELS[w.state]}
              </Text>
              <Text fz={32} fw={700}>
                {data[`s${i}`]?.totalCount ?? 0}
              </Text>
              <Anchor component={Link} href="/de-an" size="sm">
                {w.todo}
              </Anchor>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
