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
import { useMe } from "../lib/me";
import { PAYMENT_KIND_NAME, PAYMENT_STATUS_NAME } from "../lib/payment-labels";
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
  paymentRequests { id kind amount status paidOn refusalReason }
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

const PROPOSERS: readonly string[] = ["DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT"];
const PAYMENT_KIND_BY_STATE: Record<string, "ADVANCE" | "PAYMENT" | "FINAL"> = {
  CONTRACTED: "ADVANCE",
  ADVANCED: "ADVANCE",
  IN_PROGRESS: "ADVANCE",
  ADJUSTING: "ADVANCE",
  ACCEPTED: "PAYMENT",
  SETTLED: "FINAL",
};
const PAYMENT_KIND_LABEL = {
  ADVANCE: "Đề nghị tạm ứng",
  PAYMENT: "Đề nghị thanh toán",
  FINAL: "Đề nghị thanh toán sau quyết toán",
};

// biome-ignore lint/suspicious/noExplicitAny: the detail is read field by field below
type Project = any;

export function ProjectDetailPage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery<{ project: Project }>({
    query: DETAIL,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<ActionForm | null>(null);
  const [asking, setAsking] = useState(false);
  const me = useMe();
  if (!data) return <QueryState fetching={fetching} error={error} what="đề án" />;
  const p = data.project;
  const forms = actionForms(p.availableActions as ProjectAction[]);
  const paymentKind = PROPOSERS.includes(me.role) ? PAYMENT_KIND_BY_STATE[p.state as string] : undefined;
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
      {(forms.length > 0 || paymentKind) && (
        <Group aria-label="Thao tác">
          {paymentKind && (
            <Button variant="light" onClick={() => setAsking(true)}>
              {PAYMENT_KIND_LABEL[paymentKind]}
            </Button>
          )}
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
      {p.paymentRequests.length > 0 && (
        <>
          <Title order={4}>Tạm ứng, thanh toán</Title>
          <Table withTableBorder fz="sm" aria-label="Đề nghị tạm ứng, thanh toán">
            <Table.Tbody>
              {p.paymentRequests.map(
                (r: {
                  id: string;
                  kind: string;
                  amount: number;
                  status: string;
                  paidOn: string | null;
                  refusalReason: string | null;
                }) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{PAYMENT_KIND_NAME[r.kind] ?? r.kind}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {money(r.amount)}
                    </Table.Td>
                    <Table.Td>{PAYMENT_STATUS_NAME[r.status] ?? r.status}</Table.Td>
                    <Table.Td>{r.paidOn ? formatDate(r.paidOn) : (r.refusalReason ?? "")}</Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </>
      )}
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
      {asking && paymentKind && (
        <PaymentRequestModal
          projectId={p.id}
          kind={paymentKind}
          onClose={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            refetch({ requestPolicy: "network-only" });
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

const REQUEST = `mutation RequestPayment($projectId: ID!, $key: String!, $kind: String!, $amount: Dong!, $progress: Int) {
  requestPayment(projectId: $projectId, requestKey: $key, kind: $kind, amount: $amount, progress: $progress) { id status }
}`;

function PaymentRequestModal(props: {
  projectId: string;
  kind: "ADVANCE" | "PAYMENT" | "FINAL";
  onClose: () => void;
  onDone: () => void;
}) {
  const client = useClient();
  // One key per opened form: pressing the button twice sends one request.
  const [key] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState<number | string>("");
  const [progress, setProgress] = useState<number | string>("");
  const [missing, setMissing] = useState(false);
  const [state, setState] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const advance = props.kind === "ADVANCE";
  const submit = async () => {
    if (!(Number(amount) > 0) || (advance && progress === "")) {
      setMissing(true);
      return;
    }
    setState({ fetching: true });
    const res = await client
      .mutation(REQUEST, {
        projectId: props.projectId,
        key,
        kind: props.kind,
        amount: Number(amount),
        progress: advance ? Math.round(Number(progress) * 100) : null,
      })
      .toPromise();
    setState({ fetching: false, ...(res.error ? { error: res.error } : {}) });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={PAYMENT_KIND_LABEL[props.kind]}>
      <Stack>
        {state.error && (
          <Alert color="red" role="alert">
            {errorMessage(state.error)}
          </Alert>
        )}
        <NumberInput
          label="Số tiền (đồng)"
          required
          min={1}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          value={amount}
          onChange={setAmount}
          error={missing && !(Number(amount) > 0) ? "Vui lòng nhập số tiền" : null}
        />
        {advance && (
          <NumberInput
            label="Tỷ lệ giá trị đã đầu tư hoặc khối lượng đã thực hiện (%)"
            required
            min={0}
            max={100}
            value={progress}
            onChange={setProgress}
            error={missing && progress === "" ? "Vui lòng nhập tỷ lệ đã thực hiện" : null}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Huỷ
          </Button>
          <Button loading={state.fetching} onClick={submit}>
            Gửi đề nghị
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
