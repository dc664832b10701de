import { normLevelOf } from "@khuyencong/domain";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";
import { MoneyField } from "../../../ui/MoneyField";
import type { ActivityKind } from "../../../gql/graphql";
import { money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import {
  type ActivityValues,
  activityInput,
  asksDemonstration,
  asksMachinery,
  asksOverseasFairs,
  type BudgetLineValues,
  type FieldErrors,
  validateActivity,
  validateBudgetLine,
} from "../forms/project-forms";
import { Citation } from "../../../ui/Citation";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT, type SectionProps } from "./section";
import { activityKindLabel, activityKindOptions, boundByLabel } from "../labels";
import {
  type Activity,
  ADD_ACTIVITY,
  ADD_BUDGET_LINE,
  type BudgetLineRow,
  type ProjectDetail,
  REMOVE_ACTIVITY,
  REMOVE_BUDGET_LINE,
  SUPPORT_PREVIEW,
  TARGET_LINES,
  UPDATE_ACTIVITY,
  UPDATE_BUDGET_LINE,
} from "../graphql/queries";

type Props = SectionProps & { project: ProjectDetail };

const nowrap = { whiteSpace: "nowrap" } as const;

function activityName(t: (vi: string, en: string) => string, a: Activity): string {
  return `${a.targetLine.code} · ${a.description || activityKindLabel(t, a.activityKind)}`;
}

export function ActivitiesBudget({ project: p, editable, reload }: Props) {
  const t = useT();
  const [activityForm, setActivityForm] = useState<Activity | "new" | null>(null);
  const [lineForm, setLineForm] = useState<BudgetLineRow | "new" | null>(null);
  const [removeActivity, setRemoveActivity] = useState<Activity | null>(null);
  const [removeLine, setRemoveLine] = useState<BudgetLineRow | null>(null);
  const remove = useMutationForm();
  const fundLevel = normLevelOf(p.fundSource);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t("Nội dung hoạt động", "Activities")}</Title>
        {editable && (
          <Button variant="light" onClick={() => setActivityForm("new")}>
            {t("Thêm nội dung hoạt động", "Add an activity")}
          </Button>
        )}
      </Group>
      {p.activities.length === 0 ? (
        <Text c="dimmed">{t("Chưa có nội dung hoạt động.", "No activity yet.")}</Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label={t("Nội dung hoạt động", "Activities")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Hoạt động", "Activity")}</Table.Th>
              <Table.Th>{t("Dòng chỉ tiêu", "Target line")}</Table.Th>
              <Table.Th ta="right">{t("Dự kiến", "Planned")}</Table.Th>
              <Table.Th>{t("Mô tả", "Description")}</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.activities.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{activityKindLabel(t, a.activityKind)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {a.targetLine.code}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {a.targetLine.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {a.plannedQuantity} {a.targetLine.unit}
                </Table.Td>
                <Table.Td>
                  {a.description}
                  <ActivityFlags a={a} />
                </Table.Td>
                {editable && (
                  <Table.Td style={nowrap}>
                    <Button size="xs" variant="subtle" onClick={() => setActivityForm(a)}>
                      {t("Sửa", "Edit")}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoveActivity(a)}>
                      {t("Xoá", "Delete")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group justify="space-between" mt="md">
        <Title order={3}>{t("Dự toán và kiểm tra định mức", "Estimate and norm check")}</Title>
        {editable && (
          <Button variant="light" disabled={p.activities.length === 0} onClick={() => setLineForm("new")}>
            {t("Thêm dòng dự toán", "Add a budget line")}
          </Button>
        )}
      </Group>
      {!fundLevel && (
        <Alert color="yellow">
          {t(
            "Nguồn kinh phí này không có định mức khuyến công; dự toán không được kiểm tra định mức.",
            "This fund source has no norm; the estimate is not checked against norms.",
          )}
        </Alert>
      )}
      {p.budgetLines.length === 0 ? (
        <Text c="dimmed">
          {p.activities.length === 0
            ? t(
                "Chưa có dòng dự toán. Thêm nội dung hoạt động trước.",
                "No budget line yet. Add an activity first.",
              )
            : t("Chưa có dòng dự toán.", "No budget line yet.")}
        </Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label={t("Dự toán", "Estimate")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Hạng mục", "Cost item")}</Table.Th>
              <Table.Th>{t("Cơ sở thụ hưởng", "Beneficiary")}</Table.Th>
              <Table.Th ta="right">{t("Chi phí", "Cost")}</Table.Th>
              <Table.Th ta="right">{t("Đề nghị hỗ trợ", "Support asked")}</Table.Th>
              <Table.Th ta="right">{t("Vốn đối ứng", "Counterpart")}</Table.Th>
              <Table.Th ta="right">{t("Hỗ trợ tối đa theo định mức", "Maximum under the norm")}</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          {p.budgetLines.map((l) => {
            const activity = p.activities.find((a) => a.id === l.activityId);
            return (
              <Table.Tbody key={l.id}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {l.costItem}
                    </Text>
                    {activity && (
                      <Text size="xs" c="dimmed">
                        {activityName(t, activity)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{l.facility?.name ?? "—"}</Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {money(l.cost)}
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {money(l.requestedSupport)}
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {money(l.counterpartFunds)}
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    <Text size="sm" fw={600}>
                      {money(l.allowedSupport)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {boundByLabel(t, l.boundBy)}
                    </Text>
                  </Table.Td>
                  {editable && (
                    <Table.Td style={nowrap} ta="right">
                      <Button size="xs" variant="subtle" onClick={() => setLineForm(l)}>
                        {t("Sửa", "Edit")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRemoveLine(l)}>
                        {t("Xoá", "Delete")}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
                <Table.Tr bg="blue.0">
                  <Table.Td colSpan={editable ? 7 : 6} py={6}>
                    <NormCheck line={l} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            );
          })}
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td colSpan={2}>{t("Cộng", "Total")}</Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(p.totals.cost)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(p.totals.requestedSupport)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(p.totals.counterpartFunds)}
              </Table.Td>
              <Table.Td colSpan={editable ? 2 : 1} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}

      {activityForm && (
        <ActivityModal
          project={p}
          activity={activityForm === "new" ? null : activityForm}
          onClose={() => setActivityForm(null)}
          reload={reload}
        />
      )}
      {lineForm && (
        <BudgetLineModal
          project={p}
          line={lineForm === "new" ? null : lineForm}
          onClose={() => setLineForm(null)}
          reload={reload}
        />
      )}
      {removeActivity && (
        <ConfirmDialog
          title={t("Xoá nội dung hoạt động", "Delete an activity")}
          confirmLabel={t("Xoá", "Delete")}
          onClose={() => setRemoveActivity(null)}
          onReload={reload}
          record={PROJECT}
          onConfirm={async () => {
            const res = await remove.send(REMOVE_ACTIVITY, {
              projectId: p.id,
              version: p.version,
              activityId: removeActivity.id,
            });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Text>
            {t(
              `Xoá “${activityName(t, removeActivity)}” và mọi dòng dự toán của nó?`,
              `Delete “${activityName(t, removeActivity)}” and all its budget lines?`,
            )}
          </Text>
        </ConfirmDialog>
      )}
      {removeLine && (
        <ConfirmDialog
          title={t("Xoá dòng dự toán", "Delete a budget line")}
          confirmLabel={t("Xoá", "Delete")}
          onClose={() => setRemoveLine(null)}
          onReload={reload}
          record={PROJECT}
          onConfirm={async () => {
            const res = await remove.send(REMOVE_BUDGET_LINE, {
              projectId: p.id,
              version: p.version,
              budgetLineId: removeLine.id,
            });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Text>
            {t(
              `Xoá dòng “${removeLine.costItem}” (${money(removeLine.cost)})?`,
              `Delete the line “${removeLine.costItem}” (${money(removeLine.cost)})?`,
            )}
          </Text>
        </ConfirmDialog>
      )}
    </Stack>
  );
}

/** The norm check of one line: the rule, its rate and cap, the computed maximum and the legal source. */
function NormCheck({ line: l }: { line: BudgetLineRow }) {
  const t = useT();
  const terms = l.norm
    ? [
        l.norm.rate !== null && l.norm.rate !== undefined
          ? `${t("tỷ lệ", "rate")} ${l.norm.rate / 100}%`
          : null,
        l.norm.cap !== null && l.norm.cap !== undefined
          ? `${t("tối đa", "cap")} ${money(l.norm.cap)} ${l.norm.capBasis}`
          : null,
      ].filter(Boolean)
    : [];
  return (
    <Stack gap={2}>
      <Text size="xs">
        <Text span size="xs" fw={600}>
          {t("Kiểm tra định mức", "Norm check")}:{" "}
        </Text>
        {l.norm
          ? `${l.norm.label}${terms.length ? ` (${terms.join(", ")})` : ""}.`
          : t("Không có định mức áp dụng.", "No norm applies.")}
      </Text>
      {l.normExplanation && <Text size="xs">{l.normExplanation}</Text>}
      {l.norm && (
        <Text size="xs">
          <Text span size="xs" c="dimmed">
            {t("Căn cứ", "Legal basis")}:{" "}
          </Text>
          <Citation citation={l.norm.citation} />
        </Text>
      )}
    </Stack>
  );
}

function ActivityFlags({ a }: { a: Activity }) {
  const t = useT();
  const flags: string[] = [];
  if (a.machineryIsNew) flags.push(t("máy mới", "new machinery"));
  if (a.machineryImproves) flags.push(t("nâng cao năng suất / giảm ô nhiễm", "improves output or pollution"));
  if (a.demonstrationSuperior)
    flags.push(t("công nghệ tiên tiến hơn địa phương", "superior to local technology"));
  if (a.overseasFairsThisYear !== null && a.overseasFairsThisYear !== undefined)
    flags.push(
      t(
        `đã hỗ trợ ${a.overseasFairsThisYear} hội chợ nước ngoài năm nay`,
        `${a.overseasFairsThisYear} overseas fairs this year`,
      ),
    );
  return flags.length ? (
    <Text size="xs" c="dimmed">
      {flags.join(" · ")}
    </Text>
  ) : null;
}

function ActivityModal(props: {
  project: ProjectDetail;
  activity: Activity | null;
  onClose: () => void;
  reload: () => void;
}) {
  const t = useT();
  const { project: p, activity: a } = props;
  const [{ data }] = useQuery({ query: TARGET_LINES });
  const lines = data?.programme.targetLines ?? [];
  const [v, setV] = useState<ActivityValues>({
    activityKind: (a?.activityKind as ActivityKind | undefined) ?? null,
    targetLineId: a?.targetLineId ?? null,
    plannedQuantity: a?.plannedQuantity ?? 1,
    description: a?.description ?? "",
    machineryIsNew: a?.machineryIsNew ?? false,
    machineryImproves: a?.machineryImproves ?? false,
    demonstrationSuperior: a?.demonstrationSuperior ?? false,
    overseasFairsThisYear: a?.overseasFairsThisYear ?? null,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  // The server's refusal is read whole above the form: it states the norm's rule and its citation.
  const save = useMutationForm();
  const line = lines.find((l) => l.id === v.targetLineId);
  const set = (patch: Partial<ActivityValues>) => setV({ ...v, ...patch });
  const submit = async () => {
    const found = validateActivity(t, v);
    setErrors(found);
    if (Object.keys(found).length) return;
    const input = activityInput(v);
    const res = a
      ? await save.send(UPDATE_ACTIVITY, { projectId: p.id, version: p.version, activityId: a.id, input })
      : await save.send(ADD_ACTIVITY, { projectId: p.id, version: p.version, input });
    if (!res.error) {
      props.reload();
      props.onClose();
    }
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={
        a ? t("Sửa nội dung hoạt động", "Edit an activity") : t("Thêm nội dung hoạt động", "Add an activity")
      }
    >
      <Stack>
        <MutationError
          form={save}
          record={PROJECT}
          onReload={() => {
            save.clear();
            props.reload();
          }}
        />
        <Select
          label={t("Dòng chỉ tiêu của Chương trình", "Programme target line")}
          required
          allowDeselect={false}
          searchable
          data={lines.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          value={v.targetLineId}
          error={errors.targetLineId}
          onChange={(id) => {
            const next = lines.find((l) => l.id === id);
            const kinds = next?.activityKinds ?? [];
            set({
              targetLineId: id,
              activityKind:
                v.activityKind && kinds.includes(v.activityKind)
                  ? v.activityKind
                  : (kinds[0] ?? v.activityKind),
            });
          }}
        />
        <Select
          label={t("Loại hoạt động", "Kind of activity")}
          required
          allowDeselect={false}
          searchable
          data={activityKindOptions(t, line?.activityKinds)}
          value={v.activityKind}
          error={errors.activityKind}
          onChange={(k) => set({ activityKind: (k as ActivityKind | null) ?? null })}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t(
              `Số lượng dự kiến${line ? ` (${line.unit})` : ""}`,
              `Planned quantity${line ? ` (${line.unit})` : ""}`,
            )}
            required
            min={1}
            allowDecimal={false}
            value={v.plannedQuantity ?? ""}
            error={errors.plannedQuantity}
            onChange={(q) => set({ plannedQuantity: typeof q === "number" ? q : null })}
          />
          {asksOverseasFairs(v.activityKind) && (
            <NumberInput
              label={t(
                "Số hội chợ nước ngoài đã được hỗ trợ trong năm",
                "Overseas fairs already supported this year",
              )}
              min={0}
              allowDecimal={false}
              value={v.overseasFairsThisYear ?? ""}
              error={errors.overseasFairsThisYear}
              onChange={(q) => set({ overseasFairsThisYear: typeof q === "number" ? q : null })}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t("Mô tả", "Description")}
          autosize
          minRows={2}
          value={v.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
        />
        {asksMachinery(v.activityKind) && (
          <Stack gap="xs">
            <Checkbox
              label={t("Máy móc, thiết bị mới 100%", "The machinery is new")}
              checked={v.machineryIsNew}
              onChange={(e) => set({ machineryIsNew: e.currentTarget.checked })}
            />
            <Checkbox
              label={t(
                "Nâng cao năng suất, chất lượng hoặc giảm ô nhiễm môi trường",
                "Raises output or quality, or reduces pollution",
              )}
              checked={v.machineryImproves}
              onChange={(e) => set({ machineryImproves: e.currentTarget.checked })}
            />
          </Stack>
        )}
        {asksDemonstration(v.activityKind) && (
          <Checkbox
            label={t(
              "Công nghệ tiên tiến hơn so với địa phương",
              "Technology superior to what is used locally",
            )}
            checked={v.demonstrationSuperior}
            onChange={(e) => set({ demonstrationSuperior: e.currentTarget.checked })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={save.fetching} onClick={submit}>
            {a ? t("Lưu", "Save") : t("Thêm hoạt động", "Add the activity")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BudgetLineModal(props: {
  project: ProjectDetail;
  line: BudgetLineRow | null;
  onClose: () => void;
  reload: () => void;
}) {
  const t = useT();
  const { project: p, line: l } = props;
  const [v, setV] = useState<BudgetLineValues>({
    activityId: l?.activityId ?? (p.activities.length === 1 ? (p.activities[0]?.id ?? null) : null),
    facilityId: l?.facilityId ?? (p.beneficiaries.length === 1 ? (p.beneficiaries[0]?.id ?? null) : null),
    costItem: l?.costItem ?? "",
    cost: l?.cost ?? null,
    requestedSupport: l?.requestedSupport ?? null,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  // The server's refusal is read whole above the form: it states the norm's rule and its citation.
  const save = useMutationForm();
  const set = (patch: Partial<BudgetLineValues>) => {
    setV({ ...v, ...patch });
    save.clear();
  };
  const activity = p.activities.find((a) => a.id === v.activityId);
  const fundLevel = normLevelOf(p.fundSource);
  const [cost] = useDebouncedValue(v.cost, 300);
  const [requested] = useDebouncedValue(v.requestedSupport, 300);
  const previewable = Boolean(activity && fundLevel && cost && cost > 0);
  const [preview] = useQuery({
    query: SUPPORT_PREVIEW,
    variables: {
      activityKind: (activity?.activityKind ?? "MACHINERY") as ActivityKind,
      date: p.proposedOn,
      eligibleCost: cost ?? 0,
      fundLevel: fundLevel ?? "LOCAL",
      requested: requested ?? null,
    },
    pause: !previewable,
  });
  const calc = previewable ? preview.data?.supportCalculation : undefined;
  const submit = async () => {
    const found = validateBudgetLine(t, v);
    setErrors(found);
    if (Object.keys(found).length) return;
    const input = {
      activityId: v.activityId as string,
      facilityId: v.facilityId,
      costItem: v.costItem.trim(),
      cost: v.cost as number,
      requestedSupport: v.requestedSupport as number,
    };
    const res = l
      ? await save.send(UPDATE_BUDGET_LINE, {
          projectId: p.id,
          version: p.version,
          budgetLineId: l.id,
          input,
        })
      : await save.send(ADD_BUDGET_LINE, { projectId: p.id, version: p.version, input });
    if (!res.error) {
      props.reload();
      props.onClose();
    }
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={l ? t("Sửa dòng dự toán", "Edit a budget line") : t("Thêm dòng dự toán", "Add a budget line")}
    >
      <Stack>
        <MutationError
          form={save}
          record={PROJECT}
          onReload={() => {
            save.clear();
            props.reload();
          }}
        />
        <Select
          label={t("Nội dung hoạt động", "Activity")}
          required
          allowDeselect={false}
          data={p.activities.map((a) => ({ value: a.id, label: activityName(t, a) }))}
          value={v.activityId}
          error={errors.activityId}
          onChange={(id) => set({ activityId: id })}
        />
        <Select
          label={t("Cơ sở thụ hưởng", "Beneficiary")}
          placeholder={t("Không gắn với cơ sở nào", "Not for one facility")}
          clearable
          data={p.beneficiaries.map((b) => ({ value: b.id, label: b.name }))}
          value={v.facilityId}
          onChange={(id) => set({ facilityId: id })}
        />
        <TextInput
          label={t("Hạng mục chi", "Cost item")}
          required
          value={v.costItem}
          error={errors.costItem}
          onChange={(e) => set({ costItem: e.currentTarget.value })}
        />
        <SimpleGrid cols={2}>
          <MoneyField
            label={t("Chi phí (đồng)", "Cost (VND)")}
            required
            value={v.cost}
            error={errors.cost}
            onChange={(c) => set({ cost: c })}
          />
          <MoneyField
            label={t("Kinh phí đề nghị hỗ trợ (đồng)", "Support asked (VND)")}
            required
            value={v.requestedSupport}
            error={errors.requestedSupport}
            description={
              v.cost !== null && v.requestedSupport !== null && v.requestedSupport <= v.cost
                ? t(
                    `Vốn đối ứng: ${money(v.cost - v.requestedSupport)}`,
                    `Counterpart: ${money(v.cost - v.requestedSupport)}`,
                  )
                : undefined
            }
            onChange={(r) => set({ requestedSupport: r })}
          />
        </SimpleGrid>
        {calc && (
          <Alert
            color={calc.excess > 0 ? "orange" : "blue"}
            title={t(
              `Mức hỗ trợ tối đa theo định mức: ${money(calc.allowed)}`,
              `Maximum support under the norm: ${money(calc.allowed)}`,
            )}
          >
            <Text size="sm">{calc.explanation}</Text>
            {calc.excess > 0 && (
              <Text size="sm" fw={600} mt={4}>
                {t(`Vượt định mức ${money(calc.excess)}.`, `Exceeds the norm by ${money(calc.excess)}.`)}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {t(
                "Tính cho riêng dòng này; khi lưu, các dòng cùng hoạt động và cùng cơ sở được cộng lại để so với mức trần.",
                "For this line alone; on saving, lines of the same activity and facility are added up against the cap.",
              )}
            </Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={save.fetching} onClick={submit}>
            {l ? t("Lưu", "Save") : t("Thêm dòng", "Add the line")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
