import { APPROVED_PLAN_STATUS, todayInVietnam } from "@khuyencong/domain";
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import type { PlanOverviewQuery } from "../../../gql/graphql";
import { downloadFile } from "../../../lib/download";
import { formatDate, money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { PLAN, validateApproval, validateReason } from "../plans";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { APPROVE_PLAN, CONSOLIDATE_PLAN, PLAN_REPORTS_QUERY, REOPEN_PLAN } from "../graphql/documents";

type Plan = PlanOverviewQuery["annualPlan"];

const STATUS_COLOR: Record<Plan["status"], string> = {
  OPEN: "blue",
  CONSOLIDATED: "orange",
  APPROVED: "green",
};

/** The plan's state and decision, the department's transitions, and the registration summary to download. */
export function PlanHeader(props: { plan: Plan; manages: boolean; onChanged: () => void }) {
  const t = useT();
  const { plan } = props;
  const [dialog, setDialog] = useState<"consolidate" | "approve" | "reopen" | null>(null);
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    props.onChanged();
  };
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{t(`Kế hoạch năm ${plan.year}`, `${plan.year} plan`)}</Text>
            <Badge color={STATUS_COLOR[plan.status]} size="lg" variant="light">
              {plan.statusLabel}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {plan.programme.name}
          </Text>
          <Text size="sm">
            {t(
              `Mở nhận đăng ký ngày ${formatDate(plan.createdAt)}`,
              `Opened on ${formatDate(plan.createdAt)}`,
            )}
            {plan.consolidatedAt &&
              t(
                ` · Tổng hợp ngày ${formatDate(plan.consolidatedAt)}${plan.consolidatedBy ? ` (${plan.consolidatedBy.fullName})` : ""}`,
                ` · Consolidated on ${formatDate(plan.consolidatedAt)}${plan.consolidatedBy ? ` (${plan.consolidatedBy.fullName})` : ""}`,
              )}
          </Text>
          {plan.status === APPROVED_PLAN_STATUS && plan.decisionNumber && (
            <Text size="sm" fw={600}>
              {t(
                `Phê duyệt theo Quyết định số ${plan.decisionNumber} ngày ${formatDate(plan.decisionDate)}`,
                `Approved by decision ${plan.decisionNumber} of ${formatDate(plan.decisionDate)}`,
              )}
              {plan.approvedBy && (
                <Text span size="sm" fw={400} c="dimmed">
                  {t(
                    ` (ghi nhận bởi ${plan.approvedBy.fullName}, ${formatDate(plan.approvedAt)})`,
                    ` (recorded by ${plan.approvedBy.fullName}, ${formatDate(plan.approvedAt)})`,
                  )}
                </Text>
              )}
            </Text>
          )}
        </Stack>
        {props.manages && (
          <Group gap="xs">
            {plan.status === "OPEN" && (
              <Button onClick={() => setDialog("consolidate")}>{t("Tổng hợp", "Consolidate")}</Button>
            )}
            {plan.status === "CONSOLIDATED" && (
              <>
                <Button onClick={() => setDialog("approve")}>{t("Phê duyệt", "Approve")}</Button>
                <Button variant="default" onClick={() => setDialog("reopen")}>
                  {t("Mở lại", "Reopen")}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      {plan.status === "CONSOLIDATED" && props.manages && (
        <Text size="sm" c="dimmed" mt="xs">
          {t(
            "Đã tổng hợp: ghi quyết định phê duyệt của UBND thành phố khi đã ký, hoặc mở lại để các xã, đơn vị sửa đăng ký.",
            "Consolidated: record the city's approving decision once signed, or reopen it for changes.",
          )}
        </Text>
      )}
      <ReportLinks year={plan.year} />
      {dialog === "consolidate" && <ConsolidateModal plan={plan} onClose={close} onDone={done} />}
      {dialog === "approve" && <ApproveModal plan={plan} onClose={close} onDone={done} />}
      {dialog === "reopen" && <ReopenModal plan={plan} onClose={close} onDone={done} />}
    </Card>
  );
}

/** The registration summary (xlsx and CSV) from the reports module, when the user's role has it. */
function ReportLinks({ year }: { year: number }) {
  const t = useT();
  const [{ data }] = useQuery({ query: PLAN_REPORTS_QUERY, variables: { year } });
  const [failure, setFailure] = useState<string | null>(null);
  const report = data?.reportDownloads.find((r) => r.kind === "plan-registrations");
  if (!report) return null;
  const get = (path: string, name: string) => {
    setFailure(null);
    downloadFile(path, name).catch((e: Error) => setFailure(e.message));
  };
  return (
    <Stack gap="xs" mt="sm">
      <Group gap="xs">
        <Text size="sm">{t("Bảng tổng hợp đăng ký:", "Registration summary:")}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => get(report.xlsxPath, `dang-ky-ke-hoach-${year}.xlsx`)}
        >
          {t("Tải Excel", "Download Excel")}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => get(report.csvPath, `dang-ky-ke-hoach-${year}.csv`)}
        >
          {t("Tải CSV", "Download CSV")}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}

function ConsolidateModal(props: { plan: Plan; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { plan } = props;
  const state = useMutationForm();
  const total = plan.comparison.total;
  const submit = async () => {
    const res = await state.send(CONSOLIDATE_PLAN, { year: plan.year, version: plan.version });
    if (!res.error) props.onDone();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(`Tổng hợp kế hoạch năm ${plan.year}`, `Consolidate the ${plan.year} plan`)}
    >
      <Stack>
        <MutationError form={state} record={PLAN} onReload={props.onDone} />
        <Text size="sm">
          {t(
            `Tổng hợp ${total.registrationCount} đăng ký, kinh phí dự kiến ${money(total.estimatedCost)}. Sau khi tổng hợp, các xã và đơn vị không thể đăng ký thêm, sửa hay rút đăng ký; muốn thay đổi phải mở lại kế hoạch.`,
            `Consolidate ${total.registrationCount} registrations, estimated cost ${money(total.estimatedCost)}. Afterwards nobody can add, change or withdraw a registration unless the plan is reopened.`,
          )}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={state.fetching} onClick={submit}>
            {t("Xác nhận tổng hợp", "Consolidate")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ApproveModal(props: { plan: Plan; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { plan } = props;
  const state = useMutationForm({ shown: ["decisionNumber", "decisionDate"] });
  const [draft, setDraft] = useState({ decisionNumber: "", decisionDate: "" });
  const [errors, setErrors] = useState<Partial<Record<"decisionNumber" | "decisionDate", string>>>({});
  const today = todayInVietnam();
  const submit = async () => {
    state.clear();
    const found = validateApproval(draft, today, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const res = await state.send(APPROVE_PLAN, {
      year: plan.year,
      version: plan.version,
      decisionNumber: draft.decisionNumber.trim(),
      decisionDate: draft.decisionDate,
    });
    if (!res.error) props.onDone();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(`Phê duyệt kế hoạch năm ${plan.year}`, `Approve the ${plan.year} plan`)}
    >
      <Stack>
        <MutationError form={state} record={PLAN} onReload={props.onDone} />
        <Text size="sm">
          {t(
            "Ghi số và ngày quyết định phê duyệt của Chủ tịch UBND thành phố (NĐ 45/2012/NĐ-CP Điều 2 khoản 2). Sau khi phê duyệt, kế hoạch bị khóa.",
            "Record the number and date of the city chairman's approving decision. Once approved, the plan is locked.",
          )}
        </Text>
        <TextInput
          label={t("Số quyết định", "Decision number")}
          placeholder="123/QĐ-UBND"
          required
          value={draft.decisionNumber}
          onChange={(e) => {
            const decisionNumber = e.currentTarget.value;
            setDraft((d) => ({ ...d, decisionNumber }));
          }}
          error={errors.decisionNumber ?? state.fieldErrors.decisionNumber}
        />
        <DateField
          label={t("Ngày quyết định", "Decision date")}
          required
          value={draft.decisionDate}
          onChange={(decisionDate) => setDraft((d) => ({ ...d, decisionDate }))}
          maxDate={today}
          error={errors.decisionDate ?? state.fieldErrors.decisionDate}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={state.fetching} onClick={submit}>
            {t("Ghi quyết định phê duyệt", "Record the approval")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReopenModal(props: { plan: Plan; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { plan } = props;
  const state = useMutationForm({ shown: ["reason"] });
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const submit = async () => {
    state.clear();
    const problem = validateReason(reason, t);
    setInvalid(problem);
    if (problem) return;
    const res = await state.send(REOPEN_PLAN, {
      year: plan.year,
      version: plan.version,
      reason: reason.trim(),
    });
    if (!res.error) props.onDone();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(`Mở lại kế hoạch năm ${plan.year}`, `Reopen the ${plan.year} plan`)}
    >
      <Stack>
        <MutationError form={state} record={PLAN} onReload={props.onDone} />
        <Text size="sm">
          {t(
            "Kế hoạch trở lại trạng thái nhận đăng ký; cần tổng hợp lại trước khi phê duyệt. Lý do được lưu trong nhật ký thao tác.",
            "The plan takes registrations again and must be consolidated again before approval. The reason is kept in the audit log.",
          )}
        </Text>
        <Textarea
          label={t("Lý do mở lại", "Reason for reopening")}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={invalid ?? state.fieldErrors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button color="orange" loading={state.fetching} onClick={submit}>
            {t("Xác nhận mở lại", "Reopen")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
