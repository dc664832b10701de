import { Checkbox, Divider, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import type { FacilityForm, FacilityFormErrors } from "./facility-form";
import { FACILITY_FIELD_LABELS } from "../facility-labels";
import { useLang, useT } from "../../../lib/i18n";
import { artisanTitles, businessFields, clayBrickKilns, legalForms, sectors } from "../../../lib/labels";

const COMMUNES = graphql(`
  query FacilityFormCommunes {
    communes { code displayName }
  }
`);

/** The communes for a select box, by name; one query shared by every screen that asks. */
export function useCommuneOptions(): { value: string; label: string }[] {
  const [{ data }] = useQuery({ query: COMMUNES });
  return (data?.communes ?? []).map((c) => ({ value: c.code, label: c.displayName }));
}

/**
 * Every field of a facility, grouped as the registration form (phiếu đăng ký) groups them. Controlled:
 * the parent holds the form and its errors. `lockCommune` fixes the commune (a commune officer's own).
 */
export function FacilityFormFields({
  form,
  onChange,
  errors,
  lockCommune,
}: {
  form: FacilityForm;
  onChange: (next: FacilityForm) => void;
  errors: FacilityFormErrors;
  lockCommune?: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const communes = useCommuneOptions();
  const label = (k: keyof FacilityForm) =>
    lang === "en" ? FACILITY_FIELD_LABELS[k][1] : FACILITY_FIELD_LABELS[k][0];
  const set = <K extends keyof FacilityForm>(key: K, value: FacilityForm[K]) =>
    onChange({ ...form, [key]: value });
  const text = (
    key: keyof FacilityForm & string,
    extra: { required?: boolean; description?: string } = {},
  ) => (
    <TextInput
      label={label(key)}
      value={form[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errors[key]}
      required={extra.required}
      description={extra.description}
    />
  );
  const check = (key: keyof FacilityForm & string, disabled = false) => (
    <Checkbox
      label={label(key)}
      checked={form[key] as boolean}
      onChange={(e) => set(key, e.currentTarget.checked as never)}
      error={errors[key]}
      disabled={disabled}
    />
  );
  const select = (
    key: keyof FacilityForm & string,
    data: { value: string; label: string }[],
    extra: { required?: boolean; searchable?: boolean; disabled?: boolean; description?: string } = {},
  ) => (
    <Select
      label={label(key)}
      data={data}
      value={(form[key] as string) || null}
      onChange={(v) => set(key, (v ?? "") as never)}
      error={errors[key]}
      required={extra.required}
      clearable={!extra.required}
      searchable={extra.searchable}
      disabled={extra.disabled}
      description={extra.description}
      placeholder={extra.required ? t("Chọn…", "Choose…") : t("Không có", "None")}
      nothingFoundMessage={t("Không tìm thấy", "Nothing found")}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Stack gap="sm">
      <Divider label={t("Thông tin chung", "General")} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text("name", { required: true })}
        {select("legalForm", legalForms.options(t), { required: true })}
        {text("taxCode")}
        {text("representative")}
        {text("phone")}
        {text("hqAddress", {
          description: t("Không dùng để xét địa bàn", "Not used to judge the location"),
        })}
      </SimpleGrid>

      <Divider label={t("Nơi sản xuất", "Production site")} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select("productionCommuneCode", communes, {
          required: true,
          searchable: true,
          disabled: lockCommune,
          description: lockCommune
            ? t(
                "Cán bộ xã đăng ký cơ sở trên địa bàn xã mình",
                "A commune officer registers in their commune",
              )
            : t(
                "Nơi cơ sở thực sự sản xuất, quyết định điều kiện địa bàn",
                "Where it actually produces; decides the location criterion",
              ),
        })}
        {text("productionAddress")}
        {text("craftVillageName")}
        <Stack justify="end" pb={6}>
          {check("craftVillageRecognised", !form.craftVillageName.trim())}
        </Stack>
      </SimpleGrid>

      <Divider label={t("Ngành nghề và quy mô", "Sector and size")} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select("sector", sectors.options(t), { required: true, searchable: true })}
        {form.sector === "BUILDING_MATERIALS" ? (
          select("clayBrickKiln", clayBrickKilns.options(t), {
            description: t("Chỉ với cơ sở sản xuất gạch, ngói đất sét nung", "Clay-brick producers only"),
          })
        ) : (
          <div />
        )}
        {select("businessField", businessFields.options(t), {
          description: t(
            "Doanh nghiệp kê khai để xác định quy mô (NĐ 80/2021)",
            "Enterprises declare it for the size test (NĐ 80/2021)",
          ),
        })}
        {text("averageInsuredWorkers", { description: t("Ví dụ: 12 hoặc 12,5", "e.g. 12 or 12.5") })}
        {text("priorYearRevenue", {
          description: t("Số nguyên đồng, ví dụ 2.500.000.000", "Whole đồng, e.g. 2.500.000.000"),
        })}
        {text("totalCapital", { description: t("Số nguyên đồng", "Whole đồng") })}
      </SimpleGrid>
      {check("appliesCleanerProduction")}
      {check("isClusterInfrastructureInvestor")}

      <Divider label={t("Nghệ nhân", "Artisan")} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select("artisanTitle", artisanTitles.options(t))}
        {text("artisanCraft")}
      </SimpleGrid>
      {check("artisanIsHandicraft", !form.artisanTitle)}

      <Divider label={t("Đối tượng ưu tiên", "Priorities")} labelPosition="left" />
      <Text size="sm" c="dimmed">
        {t(
          "Các thông tin dưới đây là tiêu chí ưu tiên, không phải điều kiện được hỗ trợ.",
          "These are priorities, not conditions for support.",
        )}
      </Text>
      {check("inDisadvantagedArea")}
      {check("womenOwned")}
      {check("employsEthnicMinorities")}
    </Stack>
  );
}
