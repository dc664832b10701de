import type { FundSource } from "@khuyencong/domain";
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { money } from "../../../lib/format";
import { useLang, useT } from "../../../lib/i18n";
import {
  type DraftErrors,
  REGISTRATION,
  REGISTRATION_FORM,
  emptyDraft,
  fundSourceOptions,
  type RegistrationDraft,
  validateRegistration,
  wholeNumber,
} from "../plans";
import { PLAN_REGISTRANTS_QUERY, REGISTER_ACTIVITY, UPDATE_REGISTRATION } from "../graphql/documents";
import type { Registration } from "../graphql/useAllRegistrations";

/** A target line as the form offers it, with its target for the plan's year. */
export interface LineOption {
  id: string;
  code: string;
  name: string;
  unit: string;
  groupCode: string;
  target: number | null;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The field named by the API's error, if any (`extensions.field`). */
/**
 * Registers a planned activity, or changes one (with the version read). The department names the
 * commune or unit it registers for; a commune officer or a unit registers for itself (`registrantName`).
 * Checked before sending; the server's refusal is shown on its field or above the form.
 */
export function RegistrationForm(props: {
  year: number;
  registration?: Registration;
  chooseRegistrant: boolean;
  registrantName: string | null;
  lines: readonly LineOption[];
  groups: readonly { code: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const editing = props.registration;
  const [draft, setDraft] = useState<RegistrationDraft>(() =>
    editing
      ? {
          ...emptyDraft(),
          targetLineId: editing.targetLineId,
          quantity: editing.quantity,
          estimatedCost: editing.estimatedCost,
          fundSource: editing.fundSource,
          note: editing.note ?? "",
        }
      : emptyDraft(),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const save = useMutationForm(REGISTRATION_FORM);
  const [registrants] = useQuery({
    query: PLAN_REGISTRANTS_QUERY,
    pause: !props.chooseRegistrant || !!editing,
  });
  const sending = save.fetching;

  const set = <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const lineData = useMemo(
    () =>
      props.groups
        .map((g) => ({
          group: shorten(`${g.code}. ${g.name}`, 90),
          items: props.lines
            .filter((l) => l.groupCode === g.code)
            .map((l) => ({ value: l.id, label: `${l.code} · ${shorten(l.name, 110)}` })),
        }))
        .filter((g) => g.items.length > 0),
    [props.groups, props.lines],
  );
  const line = props.lines.find((l) => l.id === draft.targetLineId);

  const submit = async () => {
    save.clear();
    const found = validateRegistration(draft, { chooseRegistrant: props.chooseRegistrant && !editing }, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const quantity = wholeNumber(draft.quantity) ?? 0;
    const estimatedCost = wholeNumber(draft.estimatedCost) ?? 0;
    const fundSource = draft.fundSource as FundSource;
    const note = draft.note.trim() || null;
    const res = editing
      ? await save.send(UPDATE_REGISTRATION, {
          id: editing.id,
          version: editing.version,
          targetLineId: draft.targetLineId,
          quantity,
          estimatedCost,
          fundSource,
          note,
        })
      : await save.send(REGISTER_ACTIVITY, {
          year: props.year,
          targetLineId: draft.targetLineId,
          quantity,
          estimatedCost,
          fundSource,
          note,
          communeCode:
            props.chooseRegistrant && draft.registrantKind === "COMMUNE" ? draft.communeCode : null,
          unitId: props.chooseRegistrant && draft.registrantKind === "UNIT" ? draft.unitId : null,
        });
    if (!res.error) props.onSaved();
  };

  const title = editing
    ? t(`Sửa đăng ký kế hoạch năm ${props.year}`, `Change a ${props.year} registration`)
    : t(`Đăng ký hoạt động kế hoạch năm ${props.year}`, `Register an activity for ${props.year}`);

  return (
    <Modal opened onClose={props.onClose} title={title} size="lg">
      <Stack>
        <MutationError form={save} record={REGISTRATION} onReload={props.onSaved} />
        {props.chooseRegistrant && !editing ? (
          <Stack gap={6}>
            <SegmentedControl
              value={draft.registrantKind}
              onChange={(v) => set("registrantKind", v as RegistrationDraft["registrantKind"])}
              data={[
                { value: "COMMUNE", label: t("Xã, phường, đặc khu", "Commune") },
                { value: "UNIT", label: t("Đơn vị thực hiện", "Implementing unit") },
              ]}
              aria-label={t("Loại đơn vị đăng ký", "Kind of registrant")}
            />
            {draft.registrantKind === "COMMUNE" ? (
              <Select
                label={t("Xã, phường, đặc khu đăng ký", "Registering commune")}
                required
                searchable
                data={(registrants.data?.communes ?? []).map((c) => ({
                  value: c.code,
                  label: c.displayName,
                }))}
                value={draft.communeCode || null}
                onChange={(v) => set("communeCode", v ?? "")}
                error={errors.registrant ?? save.fieldErrors.registrant}
                nothingFoundMessage={t("Không có xã phù hợp", "No matching commune")}
              />
            ) : (
              <Select
                label={t("Đơn vị thực hiện đăng ký", "Registering unit")}
                required
                searchable
                data={(registrants.data?.implementingUnits ?? []).map((u) => ({
                  value: u.id,
                  label: u.name,
                }))}
                value={draft.unitId || null}
                onChange={(v) => set("unitId", v ?? "")}
                error={errors.registrant ?? save.fieldErrors.registrant}
                nothingFoundMessage={t("Chưa có đơn vị thực hiện", "No implementing unit")}
              />
            )}
          </Stack>
        ) : (
          props.registrantName && (
            <Text size="sm">
              {t("Đơn vị đăng ký", "Registrant")}: <b>{props.registrantName}</b>
            </Text>
          )
        )}
        <Select
          label={t("Dòng chỉ tiêu (nội dung)", "Target line")}
          required
          searchable
          data={lineData}
          value={draft.targetLineId || null}
          onChange={(v) => set("targetLineId", v ?? "")}
          error={errors.targetLineId ?? save.fieldErrors.targetLineId}
          description={
            line
              ? t(
                  `Đơn vị tính: ${line.unit}. Chỉ tiêu năm ${props.year} của thành phố: ${line.target ?? "không có"}${line.target !== null ? ` ${line.unit}` : ""}.`,
                  `Unit: ${line.unit}. City target for ${props.year}: ${line.target ?? "none"}${line.target !== null ? ` ${line.unit}` : ""}.`,
                )
              : t(
                  "Gõ mã (ví dụ I.2) hoặc vài chữ của nội dung",
                  "Type a code (e.g. I.2) or words of the line",
                )
          }
          nothingFoundMessage={t("Không có dòng phù hợp", "No matching line")}
          maxDropdownHeight={320}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t("Số lượng", "Quantity")}
            required
            value={draft.quantity}
            onChange={(v) => set("quantity", v)}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            rightSection={
              line ? (
                <Text size="xs" c="dimmed" pr="xs">
                  {line.unit}
                </Text>
              ) : undefined
            }
            rightSectionWidth={line ? 90 : undefined}
            error={errors.quantity ?? save.fieldErrors.quantity}
          />
          <NumberInput
            label={t("Kinh phí dự kiến (đồng)", "Estimated cost (đồng)")}
            required
            value={draft.estimatedCost}
            onChange={(v) => set("estimatedCost", v)}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            description={
              wholeNumber(draft.estimatedCost) !== null ? money(wholeNumber(draft.estimatedCost)) : undefined
            }
            error={errors.estimatedCost ?? save.fieldErrors.estimatedCost}
          />
        </Group>
        <Select
          label={t("Nguồn kinh phí", "Fund source")}
          required
          data={fundSourceOptions(lang)}
          value={draft.fundSource || null}
          onChange={(v) => set("fundSource", v ?? "")}
          error={errors.fundSource ?? save.fieldErrors.fundSource}
          allowDeselect={false}
        />
        <Textarea
          label={t("Ghi chú", "Note")}
          description={t("Hoạt động gì, ở đâu, cho ai", "What, where, for whom")}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(e) => set("note", e.currentTarget.value)}
          error={errors.note ?? save.fieldErrors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={sending} onClick={submit}>
            {editing ? t("Lưu thay đổi", "Save changes") : t("Gửi đăng ký", "Register")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
