import type { ActivityKind } from "@khuyencong/domain";
import { Modal, NumberInput, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { MoneyField } from "../../../ui/MoneyField";
import { graphql } from "../../../gql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { beneficiaryActivityOptions } from "../facility-labels";
import { useT } from "../../../lib/i18n";
import { FormActions } from "../../../ui/FormActions";

const RECORD_PRIOR_SUPPORT = graphql(`
  mutation RecordPriorSupport(
    $facilityId: ID!
    $activityKind: ActivityKind!
    $costItem: String!
    $source: String!
    $year: Int!
    $amount: Dong
  ) {
    recordPriorSupport(
      facilityId: $facilityId
      activityKind: $activityKind
      costItem: $costItem
      source: $source
      year: $year
      amount: $amount
    ) {
      id
    }
  }
`);

/**
 * The department records support a facility received from another programme, so that the double-support
 * check sees it when a đề án asks for the same item again.
 */
export function PriorSupportForm({
  facilityId,
  onClose,
}: {
  facilityId: string;
  onClose: (saved: boolean) => void;
}) {
  const t = useT();
  const [activityKind, setActivityKind] = useState<string | null>(null);
  const [costItem, setCostItem] = useState("");
  const [source, setSource] = useState("");
  const [year, setYear] = useState<number | string>("");
  const [amount, setAmount] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const state = useMutationForm({ shown: ["activityKind", "costItem", "source", "year", "amount"] });

  async function submit() {
    const local: Record<string, string> = {};
    if (!activityKind) local.activityKind = t("Vui lòng chọn nội dung hỗ trợ", "Choose what was supported");
    if (!costItem.trim())
      local.costItem = t("Vui lòng nhập hạng mục được hỗ trợ", "Enter the item supported");
    if (!source.trim())
      local.source = t("Vui lòng ghi chương trình hoặc quyết định hỗ trợ", "Enter the programme or decision");
    if (typeof year !== "number") local.year = t("Vui lòng nhập năm được hỗ trợ", "Enter the year");
    setErrors(local);
    state.clear();
    if (Object.keys(local).length > 0 || !activityKind || typeof year !== "number") return;
    const result = await state.send(RECORD_PRIOR_SUPPORT, {
      facilityId,
      activityKind: activityKind as ActivityKind,
      costItem: costItem.trim(),
      source: source.trim(),
      year,
      amount,
    });
    if (!result.error) onClose(true);
  }

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t("Ghi nhận hỗ trợ từ nguồn khác", "Record support from another source")}
    >
      <Stack>
        <Select
          label={t("Nội dung hỗ trợ", "What was supported")}
          data={beneficiaryActivityOptions(t)}
          value={activityKind}
          onChange={setActivityKind}
          error={errors.activityKind ?? state.fieldErrors.activityKind}
          searchable
          required
        />
        <TextInput
          label={t("Hạng mục được hỗ trợ", "Item supported")}
          placeholder={t("vd. Máy sấy vải thiều", "e.g. Lychee dryer")}
          value={costItem}
          onChange={(e) => setCostItem(e.currentTarget.value)}
          error={errors.costItem ?? state.fieldErrors.costItem}
          required
        />
        <TextInput
          label={t("Chương trình, quyết định hỗ trợ", "Programme or decision")}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source ?? state.fieldErrors.source}
          required
        />
        <NumberInput
          label={t("Năm được hỗ trợ", "Year")}
          value={year}
          onChange={setYear}
          min={2000}
          max={2100}
          allowDecimal={false}
          error={errors.year ?? state.fieldErrors.year}
          required
        />
        <MoneyField
          label={t("Số tiền được hỗ trợ (đồng), nếu biết", "Amount (đồng), if known")}
          value={amount}
          onChange={setAmount}
          error={errors.amount ?? state.fieldErrors.amount}
        />
        <MutationError form={state} record={{ vi: "cơ sở", en: "establishment" }} />
        <FormActions
          confirmLabel={t("Ghi nhận", "Record")}
          loading={state.fetching}
          onConfirm={submit}
          onCancel={() => onClose(false)}
        />
      </Stack>
    </Modal>
  );
}
