import { dataScopeOf } from "@khuyencong/domain";
import { Alert, Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { Link } from "wouter";
import { graphql } from "../../../gql";
import { hasWaiting, returnedDrafts, type TaskCard, taskCards, waitingVariables } from "../dashboard-tasks";
import { useT } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/me";
import { QueryState } from "../../../ui/QueryState";
import { stateLabel } from "../../projects/labels";

/**
 * One request for every card: aliased counts per state, each part asked only by the roles it concerns
 * (`@include`), so that a role never asks for what it may not read.
 */
const WAITING = graphql(`
  query Waiting($department: Boolean!, $settles: Boolean!, $proposer: Boolean!, $treasury: Boolean!) {
    drafts: projects(first: 100, states: [DRAFT]) @include(if: $proposer) {
      totalCount
      nodes { id code title lastReason }
    }
    submitted: projects(first: 1, states: [SUBMITTED]) @include(if: $department) { totalCount }
    appraised: projects(first: 1, states: [APPRAISED]) @include(if: $department) { totalCount }
    approved: projects(first: 1, states: [APPROVED]) @include(if: $department) { totalCount }
    contracted: projects(first: 1, states: [CONTRACTED]) @include(if: $proposer) { totalCount }
    advanced: projects(first: 1, states: [ADVANCED]) @include(if: $proposer) { totalCount }
    inProgress: projects(first: 1, states: [IN_PROGRESS]) @include(if: $department) { totalCount }
    adjusting: projects(first: 1, states: [ADJUSTING]) @include(if: $department) { totalCount }
    accepted: projects(first: 1, states: [ACCEPTED]) @include(if: $settles) { totalCount }
    settled: projects(first: 1, states: [SETTLED]) @include(if: $department) { totalCount }
    toPay: projects(first: 1, states: [ACCEPTED]) @include(if: $proposer) { totalCount }
    toPayFinal: projects(first: 1, states: [SETTLED]) @include(if: $proposer) { totalCount }
    pending: pendingPaymentRequests @include(if: $treasury) { id kind }
    plans: annualPlans @include(if: $department) { year status }
  }
`);

export function HomePage() {
  const me = useMe();
  const t = useT();
  const variables = waitingVariables(useCan(), dataScopeOf(me.role));
  const any = hasWaiting(variables);
  const [{ data, fetching, error }] = useQuery({
    query: WAITING,
    variables,
    pause: !any,
    requestPolicy: "cache-and-network",
  });
  const cards = data ? taskCards(data) : [];
  const returned = data ? returnedDrafts(data) : [];
  const nothing = cards.every((c) => c.count === 0);
  return (
    <Stack>
      <Title order={2}>{t("Việc cần xử lý", "My tasks")}</Title>
      {!any ? (
        <Text c="dimmed">
          {t(
            "Vai trò của bạn không có bước nào phải làm trên đề án. Số liệu chung ở Bảng điều khiển.",
            "Your role has no step to take on projects. The overall figures are on the Dashboard.",
          )}
        </Text>
      ) : !data ? (
        <QueryState fetching={fetching} error={error} what={t("việc cần xử lý", "your tasks")} />
      ) : (
        <>
          {nothing && (
            <Text c="dimmed">{t("Hiện không có việc nào chờ bạn.", "Nothing is waiting for you now.")}</Text>
          )}
          {returned.length > 0 && (
            <Alert color="orange" title={t("Đề án bị trả lại, cần bổ sung", "Projects returned to you")}>
              <List size="sm" spacing={4}>
                {returned.map((p) => (
                  <List.Item key={p.id}>
                    <Anchor component={Link} href={`/de-an/${p.id}`}>
                      {p.code}
                    </Anchor>{" "}
                    {p.title}:{" "}
                    <Text span fs="italic">
                      {p.lastReason}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {cards.map((c) => (
              <Task key={c.key} card={c} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function Task({ card }: { card: TaskCard }) {
  const t = useT();
  const caption = card.caption ? t(...card.caption) : card.state ? stateLabel(t, card.state) : "";
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={32} fw={700} c={card.count === 0 ? "dimmed" : undefined}>
          {card.figure ?? card.count}
        </Text>
        {card.detail && (
          <Text size="sm" c="dimmed">
            {t(...card.detail)}
          </Text>
        )}
      </Group>
      <Anchor component={Link} href={card.href} size="sm">
        {t(...card.todo)}
      </Anchor>
    </Card>
  );
}
