import {
  PROJECT_STATE_LABELS,
  type ProjectAction,
  type ProjectState,
  TRANSITION_RULES,
} from "@khuyencong/domain";
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { type CombinedError, useClient, useQuery } from "urql";
import { type ActionForm, actionForms, buildMutation, validate } from "../lib/actions";
import { errorMessage } from "../lib/client";
import { formatDate, money } from "../lib/format";
import { QueryState } from "./common";

const DETAIL = `query Project($id: ID!) { project(id: $id) {
  id code title year state stateLabel version proposedOn objective fundSource
  decisionNumber decisionDate contractNumber contractDate appraisalOpinion lastReason
  approvedSupport finalSupport finalPayment refundDue
  commune { displayName } implementingUnit { name }
  beneficiaries { id name productionCommune { displayName } }
  activities { id activityKind description plannedQuantity actualQuantity targetLine { code unit } }
  budgetLines { id costItem cost requestedSupport counterpartFunds allowedSupport boundBy normExplanation facility { name } }
  totals { cost requestedSupport counterpartFunds }
  paid { total pending }
  doubleSupportFindings { message }
  history { id action fromState toState at reason actor { fullName } }
  availableActions
} }`;

interface Activity {
  id: string;
  activityKind: string;
  description: string;
  plannedQuantity: number;
  actualQuantity: number | null;
  targetLine: { code: string; unit: string };
}

// biome-ignore lint/suspicious/noExplicitAny: the detail is read field by field below
type Project = any;

export function ProjectDetailPage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery<{ project: Project }>({
    query: DETAIL,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<ActionForm | null>(null);
  if (!data) return <QueryState fetching={fetching} error={error} what="đề án" />;
  const p = data.project;
  const forms = actionForms(p.availableActions as ProjectAction[]);
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <div>
          <Text c="dimmed" size="sm">
            {p.code} · Năm {p.year} · {p.commune.displayName}
          </Text>
          <Title order={2}>{p.title}</Title>
        </div>
        <Badge size="lg" variant="filled" aria-label="Trạng thái đề án">
          {p.stateLabel}
        </Badge>
      </Group>
      {p.lastReason && (
        <Alert color="yellow" title="Lý do gần nhất">
          {p.lastReason}
        </Alert>
      )}
      {p.doubleSupportFindings.length > 0 && (
        <Alert color="orange" title="Cảnh báo hỗ trợ trùng">
          {p.doubleSupportFindings.map((f: { message: string }) => f.message).join(" ")}
        </Alert>
      )}
      {forms.length > 0 && (
        <Group aria-label="Thao tác">
          {forms.map((f) => (
            <Button
              key={f.action}
              color={f.danger ? "red" : "blue"}
              variant={f.danger ? "outline" : "filled"}
              onClick={() => setOpen(f)}
            >
              {f.label}
            </Button>
          ))}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Text fw={600}>Tổng quan</Text>
          <Text size="sm">Ngày đề án: {formatDate(p.proposedOn)}</Text>
          <Text size="sm">Đơn vị thực hiện: {p.implementingUnit?.name ?? "—"}</Text>
          {p.decisionNumber && (
            <Text size="sm">
              Quyết định phê duyệt: {p.decisionNumber} ngày {formatDate(p.decisionDate)}
            </Text>
          )}
          {p.contractNumber && (
            <Text size="sm">
              Hợp đồng: {p.contractNumber} ngày {formatDate(p.contractDate)}
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Text fw={600}>Dự toán</Text>
          <Text size="sm">Tổng chi phí: {money(p.totals.cost)}</Text>
          <Text size="sm">Đề nghị hỗ trợ: {money(p.totals.requestedSupport)}</Text>
          <Text size="sm">Vốn đối ứng: {money(p.totals.counterpartFunds)}</Text>
        </Card>
        <Card withBorder>
          <Text fw={600}>Kinh phí</Text>
          <Text size="sm">Được duyệt: {money(p.approvedSupport)}</Text>
          <Text size="sm">Đã thanh toán: {money(p.paid.total)}</Text>
          <Text size="sm">Chờ Kho bạc: {money(p.paid.pending)}</Text>
          {p.finalSupport !== null && <Text size="sm">Quyết toán: {money(p.finalSupport)}</Text>}
        </Card>
      </SimpleGrid>
      <Title order={4}>Cơ sở thụ hưởng</Title>
      {p.beneficiaries.length === 0 ? (
        <Text c="dimmed">Chưa có cơ sở thụ hưởng.</Text>
      ) : (
        <Table withTableBorder>
          <Table.Tbody>
            {p.beneficiaries.map(
              (b: { id: string; name: string; productionCommune: { displayName: string } }) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.name}</Table.Td>
                  <Table.Td>{b.productionCommune.displayName}</Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>Dự toán và kiểm tra định mức</Title>
      <Table withTableBorder fz="sm" aria-label="Dự toán">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Hạng mục</Table.Th>
            <Table.Th>Cơ sở</Table.Th>
            <Table.Th ta="right">Chi phí</Table.Th>
            <Table.Th ta="right">Đề nghị hỗ trợ</Table.Th>
            <Table.Th ta="right">Mức tối đa</Table.Th>
            <Table.Th>Căn cứ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.budgetLines.map(
            (l: {
              id: string;
              costItem: string;
              facility: { name: string } | null;
              cost: number;
              requestedSupport: number;
              allowedSupport: number | null;
              normExplanation: string;
            }) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.costItem}</Table.Td>
                <Table.Td>{l.facility?.name ?? ""}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(l.cost)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(l.requestedSupport)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(l.allowedSupport)}
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="xs">{l.normExplanation}</Text>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      <Title order={4}>Lịch sử</Title>
      <Table withTableBorder fz="sm" aria-label="Lịch sử đề án">
        <Table.Tbody>
          {p.history.map(
            (e: {
              id: string;
              action: string;
              toState: string;
              at: string;
              reason: string | null;
              actor: { fullName: string } | null;
            }) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDate(e.at)}</Table.Td>
                <Table.Td>
                  {e.action === "CREATE"
                    ? "Tạo đề án"
                    : (TRANSITION_RULES[e.action as ProjectAction]?.label ?? e.action)}
                </Table.Td>
                <Table.Td>{PROJECT_STATE_LABELS[e.toState as ProjectState] ?? e.toState}</Table.Td>
                <Table.Td>{e.actor?.fullName ?? ""}</Table.Td>
                <Table.Td>{e.reason ?? ""}</Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      {open && (
        <ActionModal
          form={open}
          projectId={p.id}
          version={p.version}
          activities={p.activities}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Stack>
  );
}

function ActionModal(props: {
  form: ActionForm;
  projectId: string;
  version: number;
  activities: Activity[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { form } = props;
  const [values, setValues] = useState<Record<string, string>>({});
  const [outputs, setOutputs] = useState<Record<string, number>>(
    Object.fromEntries(props.activities.map((a) => [a.id, a.plannedQuantity])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The document depends on the fields filled in, so the client is called directly.
  const client = useClient();
  const [result, setResult] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const submit = async () => {
    const found = validate(form, values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const m = buildMutation(
      form,
      props.projectId,
      props.version,
      values,
      Object.entries(outputs).map(([activityId, actualQuantity]) => ({ activityId, actualQuantity })),
    );
    setResult({ fetching: true });
    const res = await client.mutation(m.query, m.variables).toPromise();
    setResult({ fetching: false, ...(res.error ? { error: res.error } : {}) });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={form.label} size="lg">
      <Stack>
        {result.error && (
          <Alert color="red" role="alert">
            {errorMessage(result.error)}
          </Alert>
        )}
        {form.fields.map((f) =>
          f.kind === "textarea" ? (
            <Textarea
              key={f.name}
              label={f.label}
              required={f.required}
              autosize
              minRows={3}
              value={values[f.name] ?? ""}
              error={errors[f.name]}
              onChange={(e) => setValues({ ...values, [f.name]: e.currentTarget.value })}
            />
          ) : (
            <TextInput
              key={f.name}
              label={f.label}
              type={f.kind === "date" ? "date" : "text"}
              required={f.required}
              value={values[f.name] ?? ""}
              error={errors[f.name]}
              onChange={(e) => setValues({ ...values, [f.name]: e.currentTarget.value })}
            />
          ),
        )}
        {form.outputs &&
          props.activities.map((a) => (
            <NumberInput
              key={a.id}
              label={`Kết quả thực hiện: ${a.description || a.activityKind} (dòng ${a.targetLine.code}, ${a.targetLine.unit})`}
              min={0}
              value={outputs[a.id] ?? 0}
              onChange={(v) => setOutputs({ ...outputs, [a.id]: Number(v) || 0 })}
            />
          ))}
        {form.fields.length === 0 && !form.outputs && (
          <Text>Xác nhận thực hiện thao tác “{form.label}”?</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Huỷ
          </Button>
          <Button color={form.danger ? "red" : "blue"} loading={result.fetching} onClick={submit}>
            {form.label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
