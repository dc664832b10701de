import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { type CombinedError, useClient, useQuery } from "urql";
import { Link } from "wouter";
import { errorMessage } from "../lib/client";
import { saveCsv, toCsv } from "../lib/csv";
import { formatDate, money } from "../lib/format";
import { PAYMENT_KIND_NAME } from "../lib/payment-labels";
import { QueryState } from "./common";

const PENDING = `query Pending { pendingPaymentRequests { id kind amount progress requestedAt project { id code title } } }`;
const PAY = `mutation Pay($id: ID!, $paidOn: String!, $ref: String!) { payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: $ref) { id status } }`;
const REFUSE = `mutation Refuse($id: ID!, $reason: String!) { refusePaymentRequest(id: $id, reason: $reason) { id status } }`;

interface Request {
  id: string;
  kind: string;
  amount: number;
  progress: number | null;
  requestedAt: string;
  project: { id: string; code: string; title: string };
}

/** The Treasury's desk: requests waiting for control, each paid once or refused with a reason. */
export function PaymentsPage() {
  const [{ data, fetching, error }, refetch] = useQuery<{ pendingPaymentRequests: Request[] }>({
    query: PENDING,
    requestPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<{ request: Request; mode: "pay" | "refuse" } | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Đề nghị tạm ứng, thanh toán chờ Kho bạc</Title>
        {data && data.pendingPaymentRequests.length > 0 && (
          <Button
            variant="subtle"
            onClick={() =>
              saveCsv(
                "de-nghi-cho-kho-bac.csv",
                toCsv(
                  ["Ngày đề nghị", "Mã đề án", "Tên đề án", "Loại", "Số tiền (đồng)"],
                  data.pendingPaymentRequests.map((r) => [
                    formatDate(r.requestedAt),
                    r.project.code,
                    r.project.title,
                    PAYMENT_KIND_NAME[r.kind] ?? r.kind,
                    r.amount,
                  ]),
                ),
              )
            }
          >
            Xuất CSV
          </Button>
        )}
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what="đề nghị thanh toán" />
      ) : data.pendingPaymentRequests.length === 0 ? (
        <Text c="dimmed">Không có đề nghị nào đang chờ.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Đề nghị chờ Kho bạc">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ngày đề nghị</Table.Th>
              <Table.Th>Đề án</Table.Th>
              <Table.Th>Loại</Table.Th>
              <Table.Th ta="right">Số tiền</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.pendingPaymentRequests.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.requestedAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/de-an/${r.project.id}`}>
                    {r.project.code}
                  </Anchor>{" "}
                  {r.project.title}
                </Table.Td>
                <Table.Td>{PAYMENT_KIND_NAME[r.kind] ?? r.kind}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(r.amount)}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button size="xs" onClick={() => setOpen({ request: r, mode: "pay" })}>
                      Thanh toán
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="outline"
                      onClick={() => setOpen({ request: r, mode: "refuse" })}
                    >
                      Từ chối
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <DecisionModal
          request={open.request}
          mode={open.mode}
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

function DecisionModal(props: {
  request: Request;
  mode: "pay" | "refuse";
  onClose: () => void;
  onDone: () => void;
}) {
  const client = useClient();
  const [paidOn, setPaidOn] = useState("");
  const [ref, setRef] = useState("");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [state, setState] = useState<{ fetching: boolean; error?: CombinedError }>({ fetching: false });
  const pay = props.mode === "pay";
  const submit = async () => {
    if (pay ? !/^\d{4}-\d{2}-\d{2}$/.test(paidOn) || !ref.trim() : !reason.trim()) {
      setMissing(true);
      return;
    }
    setState({ fetching: true });
    const res = pay
      ? await client.mutation(PAY, { id: props.request.id, paidOn, ref: ref.trim() }).toPromise()
      : await client.mutation(REFUSE, { id: props.request.id, reason: reason.trim() }).toPromise();
    setState({ fetching: false, ...(res.error ? { error: res.error } : {}) });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={pay ? "Thanh toán đề nghị" : "Từ chối đề nghị"}>
      <Stack>
        <Text size="sm">
          {props.request.project.code}: {PAYMENT_KIND_NAME[props.request.kind]} {money(props.request.amount)}
        </Text>
        {state.error && (
          <Alert color="red" role="alert">
            {errorMessage(state.error)}
          </Alert>
        )}
        {pay ? (
          <>
            <TextInput
              label="Ngày thanh toán"
              type="date"
              required
              value={paidOn}
              onChange={(e) => setPaidOn(e.currentTarget.value)}
              error={missing && !paidOn ? "Vui lòng nhập ngày thanh toán" : null}
            />
            <TextInput
              label="Số chứng từ"
              required
              value={ref}
              onChange={(e) => setRef(e.currentTarget.value)}
              error={missing && !ref.trim() ? "Vui lòng nhập số chứng từ" : null}
            />
          </>
        ) : (
          <Textarea
            label="Lý do từ chối"
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing && !reason.trim() ? "Vui lòng nhập lý do" : null}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Huỷ
          </Button>
          <Button color={pay ? "blue" : "red"} loading={state.fetching} onClick={submit}>
            {pay ? "Xác nhận thanh toán" : "Từ chối"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
