import {
  Accordion,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";
import type { ActivityKind } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import { QueryState } from "../../../ui/QueryState";
import { Citation } from "../../../ui/Citation";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT, type SectionProps } from "./section";
import { activityKindLabel, activityKindOptions, hasBeneficiaries } from "../labels";
import {
  ADD_BENEFICIARY,
  FACILITY_ELIGIBILITY,
  FACILITY_PICKER,
  type ProjectDetail,
  REMOVE_BENEFICIARY,
} from "../graphql/queries";

/** The activity kinds of the đề án whose beneficiaries are facilities: eligibility is judged for these. */
function judgedKinds(p: ProjectDetail): ActivityKind[] {
  return [...new Set(p.activities.map((a) => a.activityKind))].filter(hasBeneficiaries);
}

export function Beneficiaries({ project: p, editable, reload }: SectionProps & { project: ProjectDetail }) {
  const t = useT();
  const kinds = judgedKinds(p);
  // With no activity yet, the user picks the activity to judge eligibility for.
  const [previewKind, setPreviewKind] = useState<ActivityKind>("MACHINERY");
  const shownKinds = kinds.length ? kinds : [previewKind];
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const remove = useMutationForm();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("Cơ sở thụ hưởng", "Beneficiaries")}</Title>
      {kinds.length === 0 && (editable || p.beneficiaries.length > 0) && (
        <Select
          label={t("Xét điều kiện hưởng hỗ trợ cho hoạt động", "Judge eligibility for the activity")}
          description={t(
            "Đề án chưa có nội dung hoạt động; chọn hoạt động dự kiến để xem cơ sở có đủ điều kiện không.",
            "The project has no activity yet; choose the intended one to see whether a facility is eligible.",
          )}
          data={activityKindOptions(t).filter((o) => hasBeneficiaries(o.value))}
          value={previewKind}
          onChange={(k) => k && setPreviewKind(k as ActivityKind)}
          maw={520}
        />
      )}
      {p.beneficiaries.length === 0 ? (
        <Text c="dimmed">{t("Chưa có cơ sở thụ hưởng.", "No beneficiary yet.")}</Text>
      ) : (
        <Accordion
          multiple
          variant="separated"
          defaultValue={editable && p.beneficiaries.length <= 2 ? p.beneficiaries.map((b) => b.id) : []}
          aria-label={t("Cơ sở thụ hưởng và điều kiện hưởng hỗ trợ", "Beneficiaries and their eligibility")}
        >
          {p.beneficiaries.map((b) => (
            <Accordion.Item key={b.id} value={b.id}>
              <Group wrap="nowrap" pr="sm">
                <Accordion.Control>
                  <Text fw={600}>{b.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t("Nơi sản xuất", "Produces in")}: {b.productionCommune.displayName}
                  </Text>
                </Accordion.Control>
                {editable && (
                  <Button
                    size="xs"
                    color="red"
                    variant="subtle"
                    onClick={() => setRemoving({ id: b.id, name: b.name })}
                    aria-label={t(`Bỏ cơ sở ${b.name}`, `Remove ${b.name}`)}
                  >
                    {t("Bỏ", "Remove")}
                  </Button>
                )}
              </Group>
              <Accordion.Panel>
                <Stack>
                  {shownKinds.map((k) => (
                    <EligibilityTable key={k} facilityId={b.id} kind={k} date={p.proposedOn} />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {editable && (
        <AddBeneficiary project={p} kind={shownKinds[0] ?? "MACHINERY"} reload={reload} editable={editable} />
      )}
      {removing && (
        <ConfirmDialog
          title={t("Bỏ cơ sở thụ hưởng", "Remove a beneficiary")}
          confirmLabel={t("Bỏ khỏi đề án", "Remove from the project")}
          onClose={() => setRemoving(null)}
          onReload={reload}
          record={PROJECT}
          onConfirm={async () => {
            const res = await remove.send(REMOVE_BENEFICIARY, {
              projectId: p.id,
              version: p.version,
              facilityId: removing.id,
            });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Text>
            {t(
              `Bỏ “${removing.name}” khỏi danh sách thụ hưởng của đề án? Cơ sở vẫn còn trong sổ cơ sở.`,
              `Remove “${removing.name}” from the project's beneficiaries? The facility stays registered.`,
            )}
          </Text>
        </ConfirmDialog>
      )}
    </Stack>
  );
}

/** One facility's eligibility for one activity, criterion by criterion with the legal source. */
export function EligibilityTable({
  facilityId,
  kind,
  date,
}: {
  facilityId: string;
  kind: ActivityKind;
  date: string;
}) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({
    query: FACILITY_ELIGIBILITY,
    variables: { id: facilityId, activityKind: kind, date },
  });
  if (!data)
    return <QueryState fetching={fetching} error={error} what={t("điều kiện hưởng hỗ trợ", "eligibility")} />;
  const e = data.facility.eligibility;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {activityKindLabel(t, kind)}
        </Text>
        <Badge color={e.eligible ? "green" : "red"} variant="light" style={{ textTransform: "none" }}>
          {e.eligible ? t("Đủ điều kiện", "Eligible") : t("Không đủ điều kiện", "Not eligible")}
        </Badge>
        {e.assessedAsLabel && (
          <Text size="xs" c="dimmed">
            {t("Xét là", "Assessed as")}: {e.assessedAsLabel}
          </Text>
        )}
      </Group>
      <Table
        fz="sm"
        withTableBorder
        verticalSpacing={4}
        aria-label={t(
          `Điều kiện hưởng hỗ trợ: ${activityKindLabel(t, kind)}`,
          `Eligibility: ${activityKindLabel(t, kind)}`,
        )}
      >
        <Table.Tbody>
          {e.criteria.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td w={36}>
                <ThemeIcon
                  size="sm"
                  radius="xl"
                  color={c.passed === true ? "green" : c.passed === false ? "red" : "gray"}
                  aria-label={
                    c.passed === true
                      ? t("Đạt", "Passed")
                      : c.passed === false
                        ? t("Không đạt", "Failed")
                        : t("Không quyết định", "Does not decide")
                  }
                >
                  <Text size="xs" c="white" fw={700}>
                    {c.passed === true ? "✓" : c.passed === false ? "✗" : "–"}
                  </Text>
                </ThemeIcon>
              </Table.Td>
              <Table.Td w={200} fw={500}>
                {c.label}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.reason}</Text>
                <Citation citation={c.citation} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function AddBeneficiary({
  project: p,
  kind,
  reload,
}: SectionProps & { project: ProjectDetail; kind: ActivityKind }) {
  const t = useT();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 300);
  const [picked, setPicked] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({
    query: FACILITY_PICKER,
    variables: { communeCode: p.communeCode, search: debounced.trim() || null },
  });
  const add = useMutationForm();
  const already = new Set(p.beneficiaries.map((b) => b.id));
  const options = (data?.facilities.nodes ?? [])
    .filter((f) => !already.has(f.id))
    .map((f) => ({ value: f.id, label: f.taxCode ? `${f.name} (MST ${f.taxCode})` : f.name }));
  return (
    <Card withBorder bg="gray.0">
      <Stack gap="sm">
        <Text fw={600}>{t("Thêm cơ sở thụ hưởng", "Add a beneficiary")}</Text>
        <MutationError
          form={add}
          record={PROJECT}
          onReload={() => {
            add.clear();
            reload();
          }}
        />
        <Group align="end">
          <Select
            label={t(`Cơ sở trên địa bàn ${p.commune.displayName}`, `Facility in ${p.commune.displayName}`)}
            placeholder={t("Gõ tên hoặc mã số thuế để tìm", "Type a name or tax code")}
            searchable
            clearable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={options}
            value={picked}
            onChange={(v) => {
              setPicked(v);
              add.clear();
            }}
            rightSection={fetching ? <Loader size="xs" /> : undefined}
            nothingFoundMessage={
              fetching ? t("Đang tìm…", "Searching…") : t("Không có cơ sở phù hợp", "No matching facility")
            }
            w={460}
          />
          <Button
            disabled={!picked}
            loading={add.fetching}
            onClick={async () => {
              if (!picked) return;
              const res = await add.send(ADD_BENEFICIARY, {
                projectId: p.id,
                version: p.version,
                facilityId: picked,
              });
              if (!res.error) {
                setPicked(null);
                setSearch("");
                reload();
              }
            }}
          >
            {t("Thêm vào đề án", "Add to the project")}
          </Button>
        </Group>
        {picked && <EligibilityTable facilityId={picked} kind={kind} date={p.proposedOn} />}
      </Stack>
    </Card>
  );
}
