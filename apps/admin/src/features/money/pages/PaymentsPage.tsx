import {
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
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { PendingPaymentsQuery } from "../../../gql/graphql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { useCan } from "../../../lib/me";
import { needsCapability, ReasonNote } from "../../../ui/Forbidden";
import { saveCsv, toCsv } from "../../../lib/csv";
import { formatDate, money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { PAYMENT_KIND_NAME } from "../payment-labels";
import { QueryState } from "../../../ui/QueryState";

const PENDING = graphql(`
  query PendingPayments {
    pendingPaymentRequests { id kind amount progress requestedAt project { id code title } }
  }
`);
const PAY = graphql(`
  mutation PayPaymentRequest($id: ID!, $paidOn: CalendarDate!, $ref: String!) {
    payPaymentRequest(id: $id, paidOn: $paidOn, treasuryReference: $ref) { id status }
  }
`);
const REFUSE = graphql(`
  mutation RefusePaymentRequest($id: ID!, $reason: String!) {
    refusePaymentRequest(id: $id, reason: $reason) { id status }
  }
`);

type Request = PendingPaymentsQuery["pendingPaymentRequests"][number];

const KIND_EN: Record<string, string> = { ADVANCE: "Advance", PAYMENT: "Payment", FINAL: "Final payment" };

/** The Treasury's desk: requests waiting for control, each paid once or refused with a reason. */
export function PaymentsPage() {
  const t = useT();
  const kindName = (kind: string) => t(PAYMENT_KIND_NAME[kind] ?? kind, KIND_EN[kind] ?? kind);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PENDING,
    requestPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<{ request: Request; mode: "pay" | "refuse" } | null>(null);
  // Only the Treasury pays or refuses; who settles follows the queue here without the buttons.
  const pays = useCan()("PayRequests");
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {t("Đề nghị tạm ứng, thanh toán chờ Kho bạc", "Payment requests waiting for the Treasury")}
        </Title>
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
            {t("Xuất CSV", "Export CSV")}
          </Button>
        )}
      </Group>
      {!pays && (
        <ReasonNote>
          {t(
            "Bạn xem hàng chờ; Kho bạc chi trả hoặc từ chối đề nghị.",
            "You follow the queue; the Treasury pays or refuses the requests.",
          )}{" "}
          {needsCapability(t, "PayRequests")}
        </ReasonNote>
      )}
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("đề nghị thanh toán", "payment requests")} />
      ) : data.pendingPaymentRequests.length === 0 ? (
        <Text c="dimmed">{t("Không có đề nghị nào đang chờ.", "No request is waiting.")}</Text>
      ) : (
        <Table
          withTableBorder
          striped
          aria-label={t("Đề nghị chờ Kho bạc", "Requests waiting for the Treasury")}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Ngày đề nghị", "Requested on")}</Table.Th>
              <Table.Th>{t("Đề án", "Đề án")}</Table.Th>
              <Table.Th>{t("Loại", "Kind")}</Table.Th>
              <Table.Th ta="right">{t("Số tiền", "Amount")}</Table.Th>
              {pays && (
                <Table.Th>
                  <VisuallyHidden>{t("Thao tác", "Actions")}</VisuallyHidden>
                </Table.Th>
              )}
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
                <Table.Td>{kindName(r.kind)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(r.amount)}
                </Table.Td>
                {pays && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" onClick={() => setOpen({ request: r, mode: "pay" })}>
                        {t("Thanh toán", "Pay")}
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="outline"
                        onClick={() => setOpen({ request: r, mode: "refuse" })}
                      >
                        {t("Từ chối", "Refuse")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <DecisionModal
          request={open.request}
          mode={open.mode}
          kindName={kindName(open.request.kind)}
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
  kindName: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [paidOn, setPaidOn] = useState("");
  const [ref, setRef] = useState("");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const isPay = props.mode === "pay";
  const sending = useMutationForm({
    fields: { treasuryReference: "ref" },
    shown: isPay ? ["paidOn", "ref"] : ["reason"],
  });
  const submit = async () => {
    if (isPay ? !paidOn || !ref.trim() : !reason.trim()) {
      setMissing(true);
      return;
    }
    const res = isPay
      ? await sending.send(PAY, { id: props.request.id, paidOn, ref: ref.trim() })
      : await sending.send(REFUSE, { id: props.request.id, reason: reason.trim() });
    if (!res.error) props.onDone();
  };
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("Đóng", "Close") }}
      opened
      onClose={props.onClose}
      title={isPay ? t("Thanh toán đề nghị", "Pay the request") : t("Từ chối đề nghị", "Refuse the request")}
    >
      <Stack>
        <Text size="sm">
          {props.request.project.code}: {props.kindName} {money(props.request.amount)}
        </Text>
        <MutationError form={sending} record={{ vi: "đề nghị", en: "request" }} onReload={props.onDone} />
        {isPay ? (
          <>
            <DateField
              label={t("Ngày thanh toán", "Payment date")}
              required
              value={paidOn}
              onChange={setPaidOn}
              error={
                missing && !paidOn
                  ? t("Vui lòng nhập ngày thanh toán (dd/mm/yyyy)", "Enter the payment date (dd/mm/yyyy)")
                  : sending.fieldErrors.paidOn
              }
            />
            <TextInput
              label={t("Số chứng từ", "Voucher number")}
              required
              value={ref}
              onChange={(e) => setRef(e.currentTarget.value)}
              error={
                missing && !ref.trim()
                  ? t("Vui lòng nhập số chứng từ", "Enter the voucher number")
                  : sending.fieldErrors.ref
              }
            />
          </>
        ) : (
          <Textarea
            label={t("Lý do từ chối", "Reason for refusal")}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={
              missing && !reason.trim()
                ? t("Vui lòng nhập lý do", "Enter the reason")
                : sending.fieldErrors.reason
            }
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button color={isPay ? "blue" : "red"} loading={sending.fetching} onClick={submit}>
            {isPay ? t("Xác nhận thanh toán", "Confirm payment") : t("Từ chối", "Refuse")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
