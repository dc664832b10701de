import { FUND_SOURCES, PROGRAMME_YEARS } from "@khuyencong/domain";
import type { FundSource } from "@khuyencong/domain";
import {
  Alert,
  Button,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import { MoneyField } from "../../../ui/MoneyField";
import { graphql } from "../../../gql";
import type { EnvelopesQuery } from "../../../gql/graphql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { formatDate, money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { fundSourceLabel, fundSourceOptions } from "../../../lib/labels";
import { useCan } from "../../../lib/me";
import { currentProgrammeYear } from "../../dashboard/dashboard";
import { RequireCapability } from "../../../ui/Refused";
import { QueryState } from "../../../ui/QueryState";
import { FormActions } from "../../../ui/FormActions";

const ENVELOPES = graphql(`
  query Envelopes($year: Int) {
    budgetEnvelopes(year: $year) {
      id
      year
      fundSource
      amount
      allocated
      available
      decisionNumber
      decisionDate
      version
    }
  }
`);

const CREATE = graphql(`
  mutation CreateEnvelope(
    $year: Int!
    $fundSource: FundSource!
    $amount: Dong!
    $decisionNumber: String
    $decisionDate: CalendarDate
  ) {
    createBudgetEnvelope(
      year: $year
      fundSource: $fundSource
      amount: $amount
      decisionNumber: $decisionNumber
      decisionDate: $decisionDate
    ) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateEnvelope($id: ID!, $version: Int!, $amount: Dong!, $decisionNumber: String, $decisionDate: CalendarDate) {
    updateBudgetEnvelope(
      id: $id
      version: $version
      amount: $amount
      decisionNumber: $decisionNumber
      decisionDate: $decisionDate
    ) {
      id
      version
    }
  }
`);

type Envelope = EnvelopesQuery["budgetEnvelopes"][number];

/**
 * The money assigned to the programme per year and fund source, what đề án have committed and what is
 * left: approval of a đề án is refused when its fund has no envelope or not enough left.
 */
export function EnvelopesPage() {
  const t = useT();
  return (
    <RequireCapability needs="ReadEnvelopes" title={t("Dự toán kinh phí khuyến công", "Budget envelopes")}>
      <Envelopes />
    </RequireCapability>
  );
}

function Envelopes() {
  const t = useT();
  // Who assigns the year's money per fund source: Sở Tài chính, or the department on its behalf.
  const canEdit = useCan()("ManageEnvelopes");
  const [year, setYear] = useState(() => String(currentProgrammeYear()));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ENVELOPES,
    variables: { year: Number(year) },
    requestPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState<Envelope | "new" | null>(null);
  // In the decision's order of the fund sources, as the dashboard lists them.
  const rows = [...(data?.budgetEnvelopes ?? [])].sort(
    (a, b) =>
      FUND_SOURCES.indexOf(a.fundSource as FundSource) - FUND_SOURCES.indexOf(b.fundSource as FundSource),
  );
  const total = rows.reduce(
    (s, e) => ({
      amount: s.amount + e.amount,
      allocated: s.allocated + e.allocated,
      available: s.available + e.available,
    }),
    { amount: 0, allocated: 0, available: 0 },
  );
  return (
    <Stack>
      <Title order={2}>{t("Dự toán kinh phí khuyến công", "Budget envelopes")}</Title>
      <Text c="dimmed" size="sm" maw={820}>
        {t(
          "Kinh phí được giao cho Chương trình theo năm và nguồn vốn. Đề án chỉ được phê duyệt khi nguồn vốn của năm còn đủ kinh phí. “Còn cam kết” là hỗ trợ đã phê duyệt của các đề án, theo số quyết toán khi đã quyết toán và chỉ phần đã chi khi dừng thực hiện; vì vậy có thể thấp hơn “Đã phê duyệt” ở Bảng điều khiển.",
          "Money assigned to the programme per year and fund source. A đề án can be approved only while its fund still has enough left. “Still committed” is the approved support of the đề án, the final support once settled and only what was paid once stopped; it may therefore be below “Approved” on the Dashboard.",
        )}
      </Text>
      <Group align="end">
        <Select
          label={t("Năm", "Year")}
          data={PROGRAMME_YEARS.map(String)}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={120}
        />
        {canEdit && (
          <Button onClick={() => setEditing("new")}>{t("Giao dự toán", "Assign an envelope")}</Button>
        )}
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("dự toán kinh phí", "budget envelopes")} />
      ) : rows.length === 0 ? (
        <Alert color="gray" title={t(`Chưa giao dự toán năm ${year}`, `No envelope for ${year} yet`)}>
          {canEdit
            ? t(
                "Giao dự toán cho từng nguồn vốn để các đề án của năm có thể được phê duyệt.",
                "Assign an envelope per fund source so that the year's đề án can be approved.",
              )
            : t(
                "Sở Tài chính chưa ghi kinh phí giao cho năm này.",
                "The Department of Finance has not recorded this year's money yet.",
              )}
        </Alert>
      ) : (
        <Table
          withTableBorder
          striped
          aria-label={t("Dự toán kinh phí theo nguồn vốn", "Envelopes by fund source")}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Nguồn vốn", "Fund source")}</Table.Th>
              <Table.Th>{t("Quyết định giao", "Decision")}</Table.Th>
              <Table.Th ta="right">{t("Được giao", "Assigned")}</Table.Th>
              <Table.Th ta="right">{t("Còn cam kết", "Still committed")}</Table.Th>
              <Table.Th ta="right">{t("Còn lại", "Left")}</Table.Th>
              <Table.Th w={160}>{t("Tỷ lệ cam kết", "Committed share")}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => {
              const share = e.amount > 0 ? Math.round((e.allocated * 1000) / e.amount) / 10 : 0;
              return (
                <Table.Tr key={e.id}>
                  <Table.Td>{fundSourceLabel(t, e.fundSource as FundSource)}</Table.Td>
                  <Table.Td>
                    {e.decisionNumber ?? "—"}
                    {e.decisionDate ? ` (${formatDate(e.decisionDate)})` : ""}
                  </Table.Td>
                  <Table.Td ta="right">{money(e.amount)}</Table.Td>
                  <Table.Td ta="right">{money(e.allocated)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(e.available)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress
                        value={Math.min(share, 100)}
                        w={90}
                        color={share >= 90 ? "orange" : "blue"}
                        aria-label={t(`Còn cam kết ${share}%`, `${share}% committed`)}
                      />
                      <Text size="xs">{share.toLocaleString("vi-VN")}%</Text>
                    </Group>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(e)}>
                        {t("Điều chỉnh", "Adjust")}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t("Cộng", "Total")}</Table.Th>
              <Table.Th ta="right">{money(total.amount)}</Table.Th>
              <Table.Th ta="right">{money(total.allocated)}</Table.Th>
              <Table.Th ta="right">{money(total.available)}</Table.Th>
              <Table.Th colSpan={canEdit ? 2 : 1} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {editing && (
        <EnvelopeForm
          year={Number(year)}
          envelope={editing === "new" ? null : editing}
          taken={rows.map((r) => r.fundSource as FundSource)}
          onClose={(saved) => {
            setEditing(null);
            if (saved) refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Stack>
  );
}

function EnvelopeForm({
  year,
  envelope,
  taken,
  onClose,
}: {
  year: number;
  envelope: Envelope | null;
  taken: FundSource[];
  onClose: (saved: boolean) => void;
}) {
  const t = useT();
  const [fund, setFund] = useState<FundSource | null>(
    (envelope?.fundSource as FundSource | undefined) ?? null,
  );
  const [amount, setAmount] = useState<number | null>(envelope?.amount ?? null);
  const [decisionNumber, setDecisionNumber] = useState(envelope?.decisionNumber ?? "");
  const [decisionDate, setDecisionDate] = useState(envelope?.decisionDate ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A field's message goes as soon as the user changes that field.
  const saving = useMutationForm({ shown: ["fundSource", "amount", "decisionNumber", "decisionDate"] });
  const clear = (field: string) => {
    setErrors(({ [field]: _, ...rest }) => rest);
    saving.clear();
  };

  async function submit() {
    const local: Record<string, string> = {};
    if (!fund) local.fundSource = t("Vui lòng chọn nguồn vốn.", "Choose a fund source.");
    if (amount === null || amount <= 0)
      local.amount = t("Vui lòng nhập số tiền được giao (đồng).", "Enter the amount assigned (đồng).");
    else if (envelope && amount < envelope.allocated)
      local.amount = t(
        `Không thể thấp hơn số còn cam kết cho đề án (${money(envelope.allocated)}).`,
        `Cannot be below what đề án have committed (${money(envelope.allocated)}).`,
      );
    setErrors(local);
    saving.clear();
    if (Object.keys(local).length > 0 || !fund || amount === null) return;
    const common = {
      amount,
      decisionNumber: decisionNumber.trim() || null,
      decisionDate: decisionDate || null,
    };
    const result = envelope
      ? await saving.send(UPDATE, { id: envelope.id, version: envelope.version, ...common })
      : await saving.send(CREATE, { year, fundSource: fund, ...common });
    if (!result.error) onClose(true);
  }

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={
        envelope
          ? t(`Điều chỉnh dự toán năm ${year}`, `Adjust the ${year} envelope`)
          : t(`Giao dự toán năm ${year}`, `Assign a ${year} envelope`)
      }
    >
      <Stack>
        <Select
          label={t("Nguồn vốn", "Fund source")}
          data={fundSourceOptions(t).map((o) => ({
            ...o,
            disabled: !envelope && taken.includes(o.value),
          }))}
          value={fund}
          onChange={(v) => {
            setFund(v as FundSource | null);
            clear("fundSource");
          }}
          disabled={Boolean(envelope)}
          error={errors.fundSource ?? saving.fieldErrors.fundSource}
          required
        />
        <MoneyField
          label={t("Số tiền được giao (đồng)", "Amount assigned (đồng)")}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            clear("amount");
          }}
          error={errors.amount ?? saving.fieldErrors.amount}
          required
        />
        <TextInput
          label={t("Số quyết định giao", "Decision number")}
          value={decisionNumber}
          onChange={(e) => setDecisionNumber(e.currentTarget.value)}
          error={errors.decisionNumber ?? saving.fieldErrors.decisionNumber}
          placeholder="123/QĐ-UBND"
        />
        <DateField
          label={t("Ngày quyết định", "Decision date")}
          value={decisionDate}
          onChange={setDecisionDate}
          error={errors.decisionDate ?? saving.fieldErrors.decisionDate}
        />
        <MutationError form={saving} record={{ vi: "dự toán", en: "envelope" }} />
        <FormActions
          confirmLabel={t("Ghi dự toán", "Save")}
          loading={saving.fetching}
          onConfirm={submit}
          onCancel={() => onClose(false)}
        />
      </Stack>
    </Modal>
  );
}
