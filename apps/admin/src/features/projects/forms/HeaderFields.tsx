import { PROGRAMME_YEARS } from "@khuyencong/domain";
import { type DataScope, dataScopeOf } from "@khuyencong/domain";
import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { FundSource } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import { fundSourceLabel } from "../../../lib/labels";
import { useMe } from "../../../lib/me";
import { type FieldErrors, PROJECT_FUNDS, type ProjectHeaderValues } from "./project-forms";

export const PROJECT_HEADER_OPTIONS = graphql(`
  query ProjectHeaderOptions {
    communes { code displayName }
    implementingUnits { id name }
    programme { firstYear lastYear }
  }
`);

/** The đề án's header (ProjectInput) as the new-project form and the draft's edit dialog ask for it. */
export function ProjectHeaderFields({
  values,
  set,
  errors,
}: {
  values: ProjectHeaderValues;
  set: (patch: Partial<ProjectHeaderValues>) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  const me = useMe();
  const [{ data }] = useQuery({ query: PROJECT_HEADER_OPTIONS });
  const scope = dataScopeOf(me.role);
  const communeOfficer = scope === "COMMUNE";
  const unitUser = scope === "UNIT";
  return (
    <Stack>
      <TextInput
        label={t("Tên đề án", "Title")}
        required
        value={values.title}
        error={errors.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t("Năm kế hoạch", "Plan year")}
          required
          allowDeselect={false}
          data={PROGRAMME_YEARS.map(String)}
          value={values.year === null ? null : String(values.year)}
          error={errors.year}
          onChange={(y) => set({ year: y ? Number(y) : null })}
        />
        <Select
          label={t("Nguồn kinh phí", "Fund source")}
          required
          allowDeselect={false}
          data={PROJECT_FUNDS.map((f) => ({ value: f, label: fundSourceLabel(t, f) }))}
          value={values.fundSource}
          error={errors.fundSource}
          onChange={(f) => set({ fundSource: (f as FundSource | null) ?? null })}
        />
        <DateField
          label={t("Ngày đề án", "Project date")}
          required
          value={values.proposedOn}
          error={errors.proposedOn}
          description={t("Định mức, điều kiện xét theo ngày này", "Norms and eligibility as of this date")}
          onChange={(d) => set({ proposedOn: d })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {communeOfficer ? (
          <TextInput
            label={t("Địa bàn thực hiện", "Commune")}
            value={me.commune?.displayName ?? me.communeCode ?? ""}
            readOnly
            description={t(
              "Cán bộ xã lập đề án trên địa bàn xã mình",
              "A commune officer proposes for their commune",
            )}
          />
        ) : (
          <Select
            label={t("Địa bàn thực hiện", "Commune")}
            required
            searchable
            nothingFoundMessage={t("Không có xã, phường phù hợp", "No such commune")}
            data={(data?.communes ?? []).map((c) => ({ value: c.code, label: c.displayName }))}
            value={values.communeCode}
            error={errors.communeCode}
            onChange={(c) => set({ communeCode: c })}
          />
        )}
        {unitUser ? (
          <TextInput
            label={t("Đơn vị thực hiện", "Implementing unit")}
            value={me.unit?.name ?? ""}
            readOnly
          />
        ) : (
          <Select
            label={t("Đơn vị thực hiện", "Implementing unit")}
            placeholder={t("Chưa chọn", "None")}
            clearable
            searchable
            data={(data?.implementingUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={values.implementingUnitId}
            error={errors.implementingUnitId}
            onChange={(u) => set({ implementingUnitId: u })}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t("Dự kiến bắt đầu", "Planned start")}
          value={values.plannedStart}
          error={errors.plannedStart}
          onChange={(d) => set({ plannedStart: d })}
        />
        <DateField
          label={t("Dự kiến kết thúc", "Planned end")}
          value={values.plannedEnd}
          error={errors.plannedEnd}
          onChange={(d) => set({ plannedEnd: d })}
        />
      </SimpleGrid>
      <Textarea
        label={t("Mục tiêu", "Objective")}
        autosize
        minRows={3}
        value={values.objective}
        onChange={(e) => set({ objective: e.currentTarget.value })}
      />
    </Stack>
  );
}

/** The API's ProjectInput for checked header values. */
/** The API input of a header; a unit's own đề án names no other implementing unit. */
export function projectInput(values: ProjectHeaderValues, scope: DataScope) {
  return {
    title: values.title.trim(),
    year: values.year as number,
    fundSource: values.fundSource as FundSource,
    communeCode: values.communeCode as string,
    proposedOn: values.proposedOn,
    objective: values.objective.trim(),
    implementingUnitId: scope === "UNIT" ? null : values.implementingUnitId,
    plannedStart: values.plannedStart || null,
    plannedEnd: values.plannedEnd || null,
  };
}
