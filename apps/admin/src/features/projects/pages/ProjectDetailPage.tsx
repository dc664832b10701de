import { ACHIEVED_STATES, EDITABLE_STATES, type ProjectState, paymentKindForState } from "@khuyencong/domain";
import { Alert, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { type ActionForm, lifecycleFor } from "../actions";
import { formatDate } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { fundSourceLabel } from "../../../lib/labels";
import { useCan, useMe } from "../../../lib/me";
import { ReasonNote, WithReason } from "../../../ui/Forbidden";
import { QueryState } from "../../../ui/QueryState";
import { stateColor } from "./ProjectsPage";
import { ActionModal } from "../forms/ActionModal";
import { ActivitiesBudget } from "../components/ActivitiesBudget";
import { Beneficiaries } from "../components/Beneficiaries";
import { Documents } from "../components/Documents";
import { EditHeader } from "../forms/EditHeader";
import { History } from "../components/History";
import { Money, PaymentRequestModal, paymentRequestLabel } from "../components/Money";
import { stateLabel } from "../labels";
import { Outputs } from "../components/Outputs";
import { PROJECT_DETAIL } from "../graphql/queries";

export function ProjectDetailPage({ id }: { id: string }) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PROJECT_DETAIL,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<ActionForm | null>(null);
  const [asking, setAsking] = useState(false);
  const [editing, setEditing] = useState(false);
  if (!data) return <QueryState fetching={fetching} error={error} what={t("đề án", "project")} />;
  const p = data.project;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const state = p.state as ProjectState;
  const lifecycle = lifecycleFor(
    {
      state,
      activityCount: p.activities.length,
      budgetLineCount: p.budgetLines.length,
      appraisedBy: p.appraisedBy?.id ?? null,
      hasAcceptance: p.acceptedOn != null,
    },
    { userId: me.id, role: me.role },
    can,
  );
  const paymentKind = can("RequestPayment") ? (paymentKindForState(state) ?? undefined) : undefined;
  const editable = (EDITABLE_STATES as readonly ProjectState[]).includes(state) && can("PrepareProject");
  const section = { project: p, editable, reload };
  return (
    <Stack>
      <Text size="sm">
        <Link href="/de-an">{t("← Danh sách đề án", "← Projects")}</Link>
      </Text>
      <Group justify="space-between" align="start" wrap="nowrap">
        <div>
          <Text c="dimmed" size="sm">
            {p.code} · {t("Năm", "Year")} {p.year} · {p.commune.displayName}
          </Text>
          <Title order={2}>{p.title}</Title>
        </div>
        <Badge
          size="lg"
          variant="filled"
          color={stateColor(p.state)}
          aria-label={t("Trạng thái đề án", "Project state")}
          style={{ textTransform: "none", flexShrink: 0 }}
        >
          {stateLabel(t, p.state)}
        </Badge>
      </Group>
      {p.lastReason && (
        <Alert color="yellow" title={t("Lý do gần nhất", "Latest reason")}>
          {p.lastReason}
        </Alert>
      )}
      {p.doubleSupportFindings.length > 0 && (
        <Alert color="orange" title={t("Cảnh báo hỗ trợ trùng", "Double-support warning")}>
          {p.doubleSupportFindings.map((f) => f.message).join(" ")}
        </Alert>
      )}
      {editable && (
        <Alert color="blue" variant="light">
          {t(
            "Đề án đang lập: thêm cơ sở thụ hưởng, nội dung hoạt động và dự toán bên dưới, rồi bấm “Gửi thẩm định”.",
            "Draft: add beneficiaries, activities and the estimate below, then press “Submit for appraisal”.",
          )}
        </Alert>
      )}
      {(lifecycle.buttons.length > 0 || paymentKind) && (
        <Group aria-label={t("Thao tác", "Actions")}>
          {paymentKind && (
            <Button variant="light" onClick={() => setAsking(true)}>
              {paymentRequestLabel(t, paymentKind)}
            </Button>
          )}
          {lifecycle.buttons.map(({ form: f, blocked }) => (
            <WithReason key={f.action} reason={blocked}>
              <Button
                color={f.danger ? "red" : "blue"}
                variant={f.danger ? "outline" : "filled"}
                onClick={() => setOpen(f)}
              >
                {t(f.label, f.labelEn)}
              </Button>
            </WithReason>
          ))}
        </Group>
      )}
      {lifecycle.buttons
        .filter((b) => b.blocked)
        .map(({ form: f, blocked }) => (
          <ReasonNote key={f.action}>
            {t(f.label, f.labelEn)}: {blocked}
          </ReasonNote>
        ))}
      {lifecycle.others.length > 0 && (
        <ReasonNote>
          {t("Bước tiếp theo do người khác thực hiện", "Next steps, by others")}:{" "}
          {lifecycle.others.map((o) => `${o.labels.join(", ")} — ${o.who}`).join("; ")}.
        </ReasonNote>
      )}
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t("Thông tin chung", "General information")}</Text>
          {editable && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t("Sửa thông tin chung", "Edit the header")}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          <Info label={t("Ngày đề án", "Project date")} value={formatDate(p.proposedOn)} />
          <Info label={t("Nguồn kinh phí", "Fund source")} value={fundSourceLabel(t, p.fundSource)} />
          <Info label={t("Địa bàn", "Commune")} value={p.commune.displayName} />
          <Info label={t("Đơn vị thực hiện", "Implementing unit")} value={p.implementingUnit?.name ?? "—"} />
          {(p.plannedStart || p.plannedEnd) && (
            <Info
              label={t("Thời gian dự kiến", "Planned period")}
              value={`${formatDate(p.plannedStart) || "…"} – ${formatDate(p.plannedEnd) || "…"}`}
            />
          )}
          {p.appraisedOn && (
            <Info
              label={t("Thẩm định", "Appraisal")}
              value={`${formatDate(p.appraisedOn)}: ${p.appraisalOpinion ?? ""}`}
            />
          )}
          {p.decisionNumber && (
            <Info
              label={t("Quyết định phê duyệt", "Approving decision")}
              value={`${p.decisionNumber} ${t("ngày", "of")} ${formatDate(p.decisionDate)}`}
            />
          )}
          {p.contractNumber && (
            <Info
              label={t("Hợp đồng", "Contract")}
              value={`${p.contractNumber} ${t("ngày", "of")} ${formatDate(p.contractDate)}`}
            />
          )}
        </SimpleGrid>
        {p.objective && (
          <Text size="sm" mt="xs">
            <Text span c="dimmed" size="sm">
              {t("Mục tiêu", "Objective")}:{" "}
            </Text>
            {p.objective}
          </Text>
        )}
      </Card>
      <Beneficiaries {...section} />
      <Divider />
      <ActivitiesBudget {...section} />
      <Divider />
      <Money {...section} />
      {(ACHIEVED_STATES as readonly ProjectState[]).includes(state) && (
        <>
          <Divider />
          <Outputs project={p} />
        </>
      )}
      <Divider />
      <Documents {...section} />
      <Divider />
      <History project={p} />
      {editing && <EditHeader project={p} onClose={() => setEditing(false)} reload={reload} />}
      {asking && paymentKind && (
        <PaymentRequestModal
          projectId={p.id}
          kind={paymentKind}
          onClose={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            reload();
          }}
        />
      )}
      {open && (
        <ActionModal
          form={open}
          projectId={p.id}
          version={p.version}
          activities={p.activities}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{" "}
      </Text>
      {value}
    </Text>
  );
}
