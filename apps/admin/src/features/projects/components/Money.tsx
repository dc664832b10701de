import type { PaymentKind } from "@khuyencong/domain";
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { FormActions } from "../../../ui/FormActions";
import { MoneyField } from "../../../ui/MoneyField";
import { downloadFile } from "../../../lib/download";
import { formatDate, money } from "../../../lib/format";
import { type Translate, useT } from "../../../lib/i18n";
import { paymentKindName, paymentStatusName } from "../../money/payment-labels";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT, type SectionProps } from "./section";
import { useCan } from "../../../lib/me";
import { type ProjectDetail, RECORD_REFUND, REQUEST_PAYMENT } from "../graphql/queries";

export const paymentRequestLabel = (t: Translate, kind: PaymentKind) =>
  ({
    ADVANCE: t("Đề nghị tạm ứng", "Request an advance"),
    PAYMENT: t("Đề nghị thanh toán", "Request a payment"),
    FINAL: t("Đề nghị thanh toán sau quyết toán", "Request the final payment"),
  })[kind];

const nowrap = { whiteSpace: "nowrap" } as const;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} style={nowrap}>
        {value}
      </Text>
    </Group>
  );
}

export function Money({ project: p, reload }: SectionProps & { project: ProjectDetail }) {
  const t = useT();
  const can = useCan();
  const [failure, setFailure] = useState<string | null>(null);
  const [refunding, setRefunding] = useState(false);
  // After settlement, money paid above the final support comes back to the budget; the Treasury records it.
  const refundOutstanding = Math.max(0, (p.refundDue ?? 0) - (p.refundReceived ?? 0));
  return (
    <Stack gap="sm">
      <Title order={3}>{t("Kinh phí", "Money")}</Title>
      {failure && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t("Dự toán", "Estimate")}
          </Text>
          <Figure label={t("Tổng chi phí", "Total cost")} value={money(p.totals.cost)} />
          <Figure label={t("Đề nghị hỗ trợ", "Support asked")} value={money(p.totals.requestedSupport)} />
          <Figure label={t("Vốn đối ứng", "Counterpart funds")} value={money(p.totals.counterpartFunds)} />
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t("Được duyệt và đã chi", "Approved and paid")}
          </Text>
          <Figure label={t("Hỗ trợ được duyệt", "Approved support")} value={money(p.approvedSupport)} />
          <Figure label={t("Đã tạm ứng", "Advances paid")} value={money(p.paid.advance)} />
          <Figure label={t("Đã thanh toán", "Paid in total")} value={money(p.paid.total)} />
          <Figure label={t("Chờ Kho bạc", "Awaiting the Treasury")} value={money(p.paid.pending)} />
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            {t("Quyết toán", "Settlement")}
          </Text>
          {p.finalSupport === null ? (
            <Text size="sm" c="dimmed">
              {t("Chưa quyết toán.", "Not settled yet.")}
            </Text>
          ) : (
            <>
              <Figure label={t("Ngày quyết toán", "Settled on")} value={formatDate(p.settledOn)} />
              <Figure label={t("Hỗ trợ quyết toán", "Final support")} value={money(p.finalSupport)} />
              <Figure label={t("Còn phải thanh toán", "Still to pay")} value={money(p.finalPayment)} />
              <Figure label={t("Phải thu hồi", "To refund")} value={money(p.refundDue)} />
              <Figure label={t("Đã thu hồi", "Refunded")} value={money(p.refundReceived)} />
              {can("PayRequests") && refundOutstanding > 0 && (
                <Button mt="xs" size="xs" onClick={() => setRefunding(true)}>
                  {t("Ghi nhận khoản thu hồi", "Record the refund")}
                </Button>
              )}
            </>
          )}
          {p.settlementDossierPath && (
            <Button
              mt="xs"
              size="xs"
              variant="light"
              onClick={() =>
                downloadFile(p.settlementDossierPath as string, `ho-so-quyet-toan-${p.code}.xlsx`).catch(
                  (e) => setFailure(String(e.message)),
                )
              }
            >
              {t("Tải hồ sơ quyết toán (Excel)", "Download the settlement dossier (Excel)")}
            </Button>
          )}
        </Card>
      </SimpleGrid>
      {refunding && (
        <RefundModal
          project={p}
          outstanding={refundOutstanding}
          onClose={() => setRefunding(false)}
          onDone={() => {
            setRefunding(false);
            reload();
          }}
        />
      )}
      {p.paymentRequests.length === 0 ? (
        <Text c="dimmed">{t("Chưa có đề nghị tạm ứng, thanh toán.", "No payment request yet.")}</Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label={t("Đề nghị tạm ứng, thanh toán", "Payment requests")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Loại", "Kind")}</Table.Th>
              <Table.Th>{t("Ngày đề nghị", "Requested")}</Table.Th>
              <Table.Th ta="right">{t("Số tiền", "Amount")}</Table.Th>
              <Table.Th>{t("Tình trạng", "Status")}</Table.Th>
              <Table.Th>{t("Kho bạc", "Treasury")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.paymentRequests.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{paymentKindName(t, r.kind)}</Table.Td>
                <Table.Td>{formatDate(r.requestedAt)}</Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {money(r.amount)}
                </Table.Td>
                <Table.Td>{paymentStatusName(t, r.status)}</Table.Td>
                <Table.Td>
                  {r.paidOn
                    ? `${formatDate(r.paidOn)}${r.treasuryReference ? ` · ${r.treasuryReference}` : ""}`
                    : (r.refusalReason ?? "")}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function PaymentRequestModal(props: {
  projectId: string;
  kind: PaymentKind;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  // One key per opened form: pressing the button twice sends one request.
  const [key] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState<number | null>(null);
  const [progress, setProgress] = useState<number | string>("");
  const [missing, setMissing] = useState(false);
  const req = useMutationForm();
  const advance = props.kind === "ADVANCE";
  const submit = async () => {
    if (!(amount && amount > 0) || (advance && progress === "")) {
      setMissing(true);
      return;
    }
    const res = await req.send(REQUEST_PAYMENT, {
      projectId: props.projectId,
      key,
      kind: props.kind,
      amount,
      progress: advance ? Math.round(Number(progress) * 100) : null,
    });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={paymentRequestLabel(t, props.kind)}>
      <Stack>
        <MutationError form={req} record={PROJECT} onReload={props.onDone} />
        <MoneyField
          label={t("Số tiền (đồng)", "Amount (VND)")}
          required
          value={amount}
          onChange={setAmount}
          error={missing && !(amount && amount > 0) ? t("Vui lòng nhập số tiền", "Enter the amount") : null}
        />
        {advance && (
          <NumberInput
            label={t(
              "Tỷ lệ giá trị đã đầu tư hoặc khối lượng đã thực hiện (%)",
              "Share of the cost invested or works done (%)",
            )}
            required
            min={0}
            max={100}
            value={progress}
            onChange={setProgress}
            error={
              missing && progress === ""
                ? t("Vui lòng nhập tỷ lệ đã thực hiện", "Enter the share done")
                : null
            }
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={req.fetching} onClick={submit}>
            {t("Gửi đề nghị", "Send the request")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The Treasury records money returned after settlement; the đề án can be closed once nothing is owed. */
function RefundModal(props: {
  project: ProjectDetail;
  outstanding: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [amount, setAmount] = useState<number | null>(props.outstanding);
  const [problem, setProblem] = useState<string | null>(null);
  const req = useMutationForm();
  const submit = async () => {
    if (!(amount && amount > 0)) {
      setProblem(t("Vui lòng nhập số tiền đã thu hồi", "Enter the amount returned"));
      return;
    }
    if (amount > props.outstanding) {
      setProblem(
        t(
          `Không được lớn hơn số còn phải thu hồi (${money(props.outstanding)}).`,
          `Cannot exceed what is still owed (${money(props.outstanding)}).`,
        ),
      );
      return;
    }
    const res = await req.send(RECORD_REFUND, {
      projectId: props.project.id,
      version: props.project.version,
      amount,
    });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={t("Ghi nhận khoản thu hồi", "Record the refund")}>
      <Stack>
        <Text size="sm">
          {t(
            `Còn phải thu hồi: ${money(props.outstanding)}.`,
            `Still owed to the budget: ${money(props.outstanding)}.`,
          )}
        </Text>
        <MutationError form={req} record={PROJECT} onReload={props.onDone} />
        <MoneyField
          label={t("Số tiền đã thu hồi (đồng)", "Amount returned (VND)")}
          required
          value={amount}
          onChange={(v) => {
            setAmount(v);
            setProblem(null);
          }}
          error={problem}
        />
        <FormActions
          confirmLabel={t("Ghi nhận", "Record")}
          loading={req.fetching}
          onConfirm={submit}
          onCancel={props.onClose}
        />
      </Stack>
    </Modal>
  );
}
