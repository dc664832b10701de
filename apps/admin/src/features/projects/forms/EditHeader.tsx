import { dataScopeOf } from "@khuyencong/domain";
import { Button, Group, Modal, Stack } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { useT } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import {
  type FieldErrors,
  PROJECT_HEADER_FIELDS,
  type ProjectHeaderValues,
  validateProjectHeader,
} from "./project-forms";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT } from "../components/section";
import { PROJECT_HEADER_OPTIONS, ProjectHeaderFields, projectInput } from "./HeaderFields";
import type { ProjectDetail } from "../graphql/queries";

const UPDATE_PROJECT = graphql(`
  mutation UpdateProject($projectId: ID!, $version: Int!, $input: ProjectInput!) {
    updateProject(projectId: $projectId, version: $version, input: $input) { id version }
  }
`);

/** Changes a draft's header; the server checks the budget lines again against the norms of the new date. */
export function EditHeader(props: { project: ProjectDetail; onClose: () => void; reload: () => void }) {
  const t = useT();
  const me = useMe();
  const p = props.project;
  const [{ data }] = useQuery({ query: PROJECT_HEADER_OPTIONS });
  const [v, setV] = useState<ProjectHeaderValues>({
    title: p.title,
    year: p.year,
    fundSource: p.fundSource,
    communeCode: p.communeCode,
    proposedOn: p.proposedOn,
    objective: p.objective,
    implementingUnitId: p.implementingUnitId ?? null,
    plannedStart: p.plannedStart ?? "",
    plannedEnd: p.plannedEnd ?? "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutationForm({ shown: PROJECT_HEADER_FIELDS });
  const submit = async () => {
    const years = data ? { first: data.programme.firstYear, last: data.programme.lastYear } : undefined;
    const found = validateProjectHeader(t, v, years);
    setErrors(found);
    if (Object.keys(found).length) return;
    const res = await save.send(UPDATE_PROJECT, {
      projectId: p.id,
      version: p.version,
      input: projectInput(v, dataScopeOf(me.role)),
    });
    if (res.error) return;
    props.reload();
    props.onClose();
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={t("Sửa thông tin chung của đề án", "Edit the project's header")}
    >
      <Stack>
        <MutationError
          form={save}
          record={PROJECT}
          marked={t("Vui lòng sửa các ô được đánh dấu.", "Please correct the marked fields.")}
          onReload={() => {
            save.clear();
            props.reload();
          }}
        />
        <ProjectHeaderFields
          values={v}
          set={(patch) => {
            setV({ ...v, ...patch });
            setErrors({});
            save.clear();
          }}
          errors={{ ...save.fieldErrors, ...errors }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button loading={save.fetching} onClick={submit}>
            {t("Lưu", "Save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
