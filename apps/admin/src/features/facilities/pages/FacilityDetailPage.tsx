import { dataScopeOf } from "@khuyencong/domain";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link, useLocation, useSearch } from "wouter";
import { graphql } from "../../../gql";
import type { FacilityDetailQuery } from "../../../gql/graphql";
import { errorCode } from "../../../lib/client";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import {
  emptyFacilityForm,
  type FacilityForm,
  type FacilityFormErrors,
  facilityToForm,
  FACILITY_FIELDS,
  toFacilityInput,
  validateFacilityForm,
} from "../forms/facility-form";
import { FACILITY_FIELD_LABELS } from "../facility-labels";
import { stateLabel } from "../../projects/labels";
import {
  activityKindLabel,
  artisanTitles,
  businessFields,
  clayBrickKilns,
  legalForms,
  sectors,
} from "../../../lib/labels";
import { formatDate, money } from "../../../lib/format";
import { type Translate, useLang, useT } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/me";
import { needsCapability } from "../../../ui/Forbidden";
import { QueryState } from "../../../ui/QueryState";
import { EligibilityPanel } from "../components/EligibilityPanel";
import { FacilityFormFields } from "../forms/FacilityFormFields";
import { PriorSupportForm } from "../forms/PriorSupportForm";

const FACILITY_DETAIL = graphql(`
  query FacilityDetail($id: ID!) {
    facility(id: $id) {
      id version createdAt updatedAt
      name legalForm taxCode representative phone hqAddress
      productionCommuneCode productionAddress craftVillageName craftVillageRecognised
      sector clayBrickKiln businessField averageInsuredWorkers priorYearRevenue totalCapital
      appliesCleanerProduction isClusterInfrastructureInvestor
      artisanTitle artisanCraft artisanIsHandicraft
      inDisadvantagedArea womenOwned employsEthnicMinorities
      productionCommune { displayName }
      priorSupports { id activityKind costItem source year amount }
      projects { id code title year state }
    }
  }
`);

const CREATE_FACILITY = graphql(`
  mutation CreateFacility($input: FacilityInput!) {
    createFacility(input: $input) { id }
  }
`);

const UPDATE_FACILITY = graphql(`
  mutation UpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) {
    updateFacility(id: $id, version: $version, input: $input) {
      id version updatedAt
      name legalForm taxCode representative phone hqAddress
      productionCommuneCode productionAddress craftVillageName craftVillageRecognised
      sector clayBrickKiln businessField averageInsuredWorkers priorYearRevenue totalCapital
      appliesCleanerProduction isClusterInfrastructureInvestor
      artisanTitle artisanCraft artisanIsHandicraft
      inDisadvantagedArea womenOwned employsEthnicMinorities
      productionCommune { displayName }
    }
  }
`);

type Facility = FacilityDetailQuery["facility"];

/** `/co-so/moi` registers a new facility; `/co-so/:id` shows one with its eligibility, and edits it. */
export function FacilityDetailPage({ id }: { id: string }) {
  return id === "moi" ? <FacilityCreate /> : <FacilityView id={id} />;
}

/** An establishment, as the stale-version banner names it. */
const FACILITY = { vi: "cơ sở", en: "establishment" };

/** Said next to the button when a marked field may be far above it. */
function MarkedFields() {
  const t = useT();
  return (
    <Alert color="red" role="alert">
      {t("Vui lòng sửa các ô được đánh dấu.", "Please correct the marked fields.")}
    </Alert>
  );
}

function FacilityCreate() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const [, navigate] = useLocation();
  const lockCommune = dataScopeOf(me.role) === "COMMUNE";
  const [form, setForm] = useState<FacilityForm>(() =>
    emptyFacilityForm(lockCommune ? (me.communeCode ?? "") : ""),
  );
  const [errors, setErrors] = useState<FacilityFormErrors>({});
  const [invalid, setInvalid] = useState(false);
  const state = useMutationForm({ shown: FACILITY_FIELDS });

  if (!can("WriteFacilities")) {
    return (
      <Alert
        color="yellow"
        role="alert"
        title={t("Bạn không có quyền đăng ký cơ sở", "You may not register establishments")}
      >
        {t(
          "Chỉ Sở Công Thương, cán bộ xã và đơn vị thực hiện được đăng ký cơ sở.",
          "Only the department, commune officers and implementing units register establishments.",
        )}{" "}
        {needsCapability(t, "WriteFacilities")}
      </Alert>
    );
  }

  const submit = async () => {
    const found = validateFacilityForm(form, t);
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) return;
    const res = await state.send(CREATE_FACILITY, { input: toFacilityInput(form) });
    if (res.data) navigate(`/co-so/${res.data.createFacility.id}?moi=1`);
  };

  return (
    <Stack>
      <Anchor component={Link} href="/co-so" size="sm">
        ← {t("Danh sách cơ sở", "Establishments")}
      </Anchor>
      <Title order={2}>{t("Đăng ký cơ sở công nghiệp nông thôn", "Register a rural establishment")}</Title>
      <Card withBorder>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <FacilityFormFields
              form={form}
              onChange={setForm}
              errors={{ ...state.fieldErrors, ...errors }}
              lockCommune={lockCommune}
            />
            {invalid && <MarkedFields />}
            <MutationError
              form={state}
              record={FACILITY}
              marked={t("Vui lòng sửa các ô được đánh dấu.", "Please correct the marked fields.")}
            />
            <Group>
              <Button type="submit" loading={state.fetching}>
                {t("Đăng ký cơ sở", "Register")}
              </Button>
              <Button variant="default" component={Link} href="/co-so">
                {t("Huỷ", "Cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}

function FacilityView({ id }: { id: string }) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const search = useSearch();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FACILITY_DETAIL,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!data) {
    if (!fetching && error && errorCode(error) === "NOT_FOUND" && dataScopeOf(me.role) === "COMMUNE") {
      return (
        <Stack>
          <Alert
            color="yellow"
            role="alert"
            title={t("Không mở được cơ sở này", "Cannot open this establishment")}
          >
            {t(
              `Cơ sở không tồn tại hoặc không sản xuất trên địa bàn ${me.commune?.displayName ?? "xã của bạn"}. Cán bộ xã chỉ xem và sửa cơ sở trên địa bàn xã mình.`,
              `The establishment does not exist or does not produce in ${me.commune?.displayName ?? "your commune"}. Commune officers see only their commune's establishments.`,
            )}
          </Alert>
          <Anchor component={Link} href="/co-so">
            {t("Về danh sách cơ sở", "Back to the list")}
          </Anchor>
        </Stack>
      );
    }
    return <QueryState fetching={fetching} error={error} what={t("cơ sở", "establishment")} />;
  }
  const f = data.facility;
  const canEdit = can("WriteFacilities");

  return (
    <Stack>
      <Anchor component={Link} href="/co-so" size="sm">
        ← {t("Danh sách cơ sở", "Establishments")}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2}>{f.name}</Title>
          <Group gap="xs">
            <Badge variant="light">{legalForms.label(t, f.legalForm)}</Badge>
            <Badge variant="outline" color="gray">
              {f.productionCommune.displayName}
            </Badge>
            <Text size="sm" c="dimmed">
              {t("Cập nhật", "Updated")} {formatDate(f.updatedAt)}
            </Text>
          </Group>
        </Stack>
        {canEdit && !editing && (
          <Button
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t("Sửa thông tin", "Edit")}
          </Button>
        )}
      </Group>
      {search.includes("moi=1") && !saved && !editing && (
        <Alert color="green" title={t("Đã đăng ký cơ sở", "Establishment registered")}>
          {t("Xem kết quả xét điều kiện hỗ trợ bên dưới.", "See its eligibility below.")}
        </Alert>
      )}
      {saved && !editing && (
        <Alert color="green" role="status">
          {t("Đã lưu thay đổi.", "Changes saved.")}
        </Alert>
      )}
      {editing ? (
        <FacilityEdit
          facility={f}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
          onReload={() => refetch({ requestPolicy: "network-only" })}
        />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <FacilitySummary facility={f} t={t} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <EligibilityPanel facilityId={f.id} />
          </Grid.Col>
        </Grid>
      )}
      <SupportHistory facility={f} onChanged={() => refetch({ requestPolicy: "network-only" })} />
    </Stack>
  );
}

function FacilitySummary({ facility: f, t }: { facility: Facility; t: Translate }) {
  const { lang } = useLang();
  const label = (k: keyof FacilityForm) => FACILITY_FIELD_LABELS[k][lang === "en" ? 1 : 0];
  const yes = (b: boolean) => (b ? t("Có", "Yes") : t("Không", "No"));
  const rows: [keyof FacilityForm, string | null | undefined][] = [
    ["taxCode", f.taxCode],
    ["representative", f.representative],
    ["phone", f.phone],
    ["hqAddress", f.hqAddress],
    ["productionCommuneCode", f.productionCommune.displayName],
    ["productionAddress", f.productionAddress],
    [
      "craftVillageName",
      f.craftVillageName
        ? `${f.craftVillageName}${f.craftVillageRecognised ? t(" (đã công nhận)", " (recognised)") : t(" (chưa công nhận)", " (not recognised)")}`
        : null,
    ],
    ["sector", sectors.label(t, f.sector)],
    ["clayBrickKiln", f.clayBrickKiln ? clayBrickKilns.label(t, f.clayBrickKiln) : null],
    ["businessField", f.businessField ? businessFields.label(t, f.businessField) : null],
    [
      "averageInsuredWorkers",
      f.averageInsuredWorkers == null ? null : String(f.averageInsuredWorkers).replace(".", ","),
    ],
    ["priorYearRevenue", f.priorYearRevenue == null ? null : money(f.priorYearRevenue)],
    ["totalCapital", f.totalCapital == null ? null : money(f.totalCapital)],
    ["appliesCleanerProduction", yes(f.appliesCleanerProduction)],
    ["isClusterInfrastructureInvestor", yes(f.isClusterInfrastructureInvestor)],
    [
      "artisanTitle",
      f.artisanTitle
        ? `${artisanTitles.label(t, f.artisanTitle)}${f.artisanCraft ? ` — ${f.artisanCraft}` : ""}${f.artisanIsHandicraft ? t(" (thủ công mỹ nghệ)", " (handicrafts)") : ""}`
        : null,
    ],
    ["inDisadvantagedArea", yes(f.inDisadvantagedArea)],
    ["womenOwned", yes(f.womenOwned)],
    ["employsEthnicMinorities", yes(f.employsEthnicMinorities)],
  ];
  return (
    <Card withBorder component="section" aria-label={t("Thông tin cơ sở", "Establishment data")}>
      <Title order={3} mb="sm">
        {t("Thông tin cơ sở", "Establishment data")}
      </Title>
      <Stack gap={6}>
        {rows.map(([key, value]) => (
          <SimpleGrid key={key} cols={2} spacing="xs">
            <Text size="sm" c="dimmed">
              {label(key)}
            </Text>
            <Text size="sm">{value || "—"}</Text>
          </SimpleGrid>
        ))}
      </Stack>
    </Card>
  );
}

function FacilityEdit({
  facility,
  onDone,
  onReload,
}: {
  facility: Facility;
  onDone: (saved: boolean) => void;
  onReload: () => void;
}) {
  const t = useT();
  const me = useMe();
  const [form, setForm] = useState<FacilityForm>(() => facilityToForm(facility));
  const [errors, setErrors] = useState<FacilityFormErrors>({});
  const [invalid, setInvalid] = useState(false);
  const state = useMutationForm({ shown: FACILITY_FIELDS });

  const submit = async () => {
    const found = validateFacilityForm(form, t);
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) return;
    const res = await state.send(UPDATE_FACILITY, {
      id: facility.id,
      version: facility.version,
      input: toFacilityInput(form),
    });
    if (!res.error) onDone(true);
  };

  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Title order={3}>{t("Sửa thông tin cơ sở", "Edit the establishment")}</Title>
          <FacilityFormFields
            form={form}
            onChange={setForm}
            errors={{ ...state.fieldErrors, ...errors }}
            lockCommune={dataScopeOf(me.role) === "COMMUNE"}
          />
          {invalid && <MarkedFields />}
          <MutationError
            form={state}
            record={FACILITY}
            marked={t("Vui lòng sửa các ô được đánh dấu.", "Please correct the marked fields.")}
            onReload={() => {
              onReload();
              onDone(false);
            }}
          />
          <Group>
            <Button type="submit" loading={state.fetching} disabled={state.stale}>
              {t("Lưu thay đổi", "Save changes")}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t("Huỷ", "Cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function SupportHistory({ facility: f, onChanged }: { facility: Facility; onChanged: () => void }) {
  const t = useT();
  const can = useCan();
  const [recording, setRecording] = useState(false);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder component="section" aria-label={t("Đề án hỗ trợ cơ sở", "Đề án supporting it")}>
        <Title order={3} mb="sm">
          {t("Đề án hỗ trợ cơ sở", "Đề án supporting it")}
        </Title>
        {f.projects.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("Chưa có đề án nào hỗ trợ cơ sở này.", "No đề án supports it yet.")}
          </Text>
        ) : (
          <Table aria-label={t("Đề án hỗ trợ cơ sở", "Đề án supporting it")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Mã", "Code")}</Table.Th>
                <Table.Th>{t("Tên đề án", "Title")}</Table.Th>
                <Table.Th>{t("Năm", "Year")}</Table.Th>
                <Table.Th>{t("Trạng thái", "State")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.projects.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/de-an/${p.id}`}>
                      {p.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>{stateLabel(t, p.state)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder component="section" aria-label={t("Hỗ trợ đã nhận từ nguồn khác", "Prior support")}>
        <Title order={3} mb="sm">
          {t("Hỗ trợ đã nhận từ nguồn khác", "Support received from other sources")}
        </Title>
        {f.priorSupports.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("Chưa ghi nhận hỗ trợ nào từ nguồn khác.", "No prior support recorded.")}
          </Text>
        ) : (
          <Table aria-label={t("Hỗ trợ đã nhận từ nguồn khác", "Prior support")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Năm", "Year")}</Table.Th>
                <Table.Th>{t("Hoạt động", "Activity")}</Table.Th>
                <Table.Th>{t("Nội dung", "Cost item")}</Table.Th>
                <Table.Th>{t("Nguồn", "Source")}</Table.Th>
                <Table.Th ta="right">{t("Số tiền", "Amount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.priorSupports.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.year}</Table.Td>
                  <Table.Td>{activityKindLabel(t, p.activityKind)}</Table.Td>
                  <Table.Td>{p.costItem}</Table.Td>
                  <Table.Td>{p.source}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {p.amount == null ? "—" : money(p.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t(
            "Sở Công Thương ghi nhận hỗ trợ từ nguồn khác để tránh hỗ trợ trùng một nội dung.",
            "The department records support from other sources to avoid supporting the same item twice.",
          )}
        </Text>
        {can("RecordPriorSupport") && (
          <Button mt="sm" size="xs" variant="light" onClick={() => setRecording(true)}>
            {t("Ghi nhận hỗ trợ từ nguồn khác", "Record support from another source")}
          </Button>
        )}
        {recording && (
          <PriorSupportForm
            facilityId={f.id}
            onClose={(saved) => {
              setRecording(false);
              if (saved) onChanged();
            }}
          />
        )}
      </Card>
    </SimpleGrid>
  );
}
