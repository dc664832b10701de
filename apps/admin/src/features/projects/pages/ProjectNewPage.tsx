import { CURRENT_PROGRAMME, isProgrammeYear, yearOfCalendarDate } from "@khuyencong/domain";
import { todayInVietnam } from "@khuyencong/domain";
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { Link, useLocation } from "wouter";
import { graphql } from "../../../gql";
import { useT } from "../../../lib/i18n";

import { useCan, useMe, useScope } from "../../../lib/me";
import {
  type FieldErrors,
  PROJECT_HEADER_FIELDS,
  type ProjectHeaderValues,
  validateProjectHeader,
} from "../forms/project-forms";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT } from "../components/section";
import { PROJECT_HEADER_OPTIONS, ProjectHeaderFields, projectInput } from "../forms/HeaderFields";

const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) { id code }
  }
`);

export function ProjectNewPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const scope = useScope();
  const [, navigate] = useLocation();
  const [{ data }] = useQuery({ query: PROJECT_HEADER_OPTIONS });
  const created = useMutationForm({ shown: PROJECT_HEADER_FIELDS });
  const thisYear = yearOfCalendarDate(todayInVietnam());
  const [v, setV] = useState<ProjectHeaderValues>({
    title: "",
    year: isProgrammeYear(thisYear) ? thisYear : CURRENT_PROGRAMME.firstYear,
    fundSource: "CITY_BUDGET",
    communeCode: scope === "COMMUNE" ? me.communeCode : null,
    proposedOn: todayInVietnam(),
    objective: "",
    implementingUnitId: null,
    plannedStart: "",
    plannedEnd: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<ProjectHeaderValues>) => {
    setV({ ...v, ...patch });
    setErrors({});
    created.clear();
  };

  if (!can("PrepareProject")) {
    return (
      <Alert
        color="yellow"
        role="alert"
        title={t("Bạn không có quyền lập đề án", "You may not propose a project")}
      >
        {t(
          "Đề án do Sở Công Thương, UBND xã, phường hoặc đơn vị thực hiện lập.",
          "Projects are proposed by the department, a commune or an implementing unit.",
        )}
      </Alert>
    );
  }

  const submit = async () => {
    const years = data ? { first: data.programme.firstYear, last: data.programme.lastYear } : undefined;
    const found = validateProjectHeader(t, v, years);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const res = await created.send(CREATE_PROJECT, { input: projectInput(v, scope) });
    if (res.data) navigate(`/de-an/${res.data.createProject.id}`);
  };

  return (
    <Stack maw={900}>
      <Text size="sm">
        <Link href="/de-an">{t("← Danh sách đề án", "← Projects")}</Link>
      </Text>
      <Title order={2}>{t("Lập đề án khuyến công mới", "New industrial-extension project")}</Title>
      <Text c="dimmed" size="sm">
        {t(
          "Đề án được lưu ở trạng thái “Đang lập”. Sau khi tạo, thêm cơ sở thụ hưởng, nội dung hoạt động và dự toán rồi gửi thẩm định.",
          "The project is saved as a draft. Then add beneficiaries, activities and the estimate, and submit it.",
        )}
      </Text>
      <MutationError
        form={created}
        record={PROJECT}
        title={t("Không tạo được đề án", "The project was not created")}
        marked={t("Vui lòng sửa các ô được đánh dấu.", "Please correct the marked fields.")}
      />
      <Card withBorder>
        <Stack>
          <ProjectHeaderFields values={v} set={set} errors={{ ...created.fieldErrors, ...errors }} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} href="/de-an">
              {t("Huỷ", "Cancel")}
            </Button>
            <Button loading={created.fetching} onClick={submit}>
              {t("Tạo đề án", "Create project")}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
