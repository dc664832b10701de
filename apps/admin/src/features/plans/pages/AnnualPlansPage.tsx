import { Button, Card, Group, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useLocation, useSearch } from "wouter";
import { errorCode } from "../../../lib/client";
import { useT } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/me";
import { defaultPlanYear, lockReason, PLAN, PLAN_YEARS, planRights, yearFromSearch } from "../plans";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { QueryState } from "../../../ui/QueryState";
import { ComparisonSection } from "../components/ComparisonSection";
import { OPEN_PLAN, PLAN_OVERVIEW_QUERY, PLAN_YEARS_QUERY } from "../graphql/documents";
import { PlanHeader } from "../components/PlanHeader";
import type { LineOption } from "../forms/RegistrationForm";
import { RegistrationsSection } from "../components/RegistrationsSection";

/**
 * Kế hoạch khuyến công năm N: communes and units register the activities they plan, the department
 * consolidates them, compares them with the programme's targets for the year, records the approving
 * decision (the plan is then locked) or reopens the plan with a reason.
 */
export function AnnualPlansPage() {
  const t = useT();
  const me = useMe();
  const rights = planRights(useCan());
  const search = useSearch();
  const [, navigate] = useLocation();
  const year = yearFromSearch(search) ?? defaultPlanYear();
  const [reloadKey, setReloadKey] = useState(0);
  const [tab, setTab] = useState<string | null>("registrations");

  const [years, refetchYears] = useQuery({ query: PLAN_YEARS_QUERY });
  const [overview, refetchOverview] = useQuery({
    query: PLAN_OVERVIEW_QUERY,
    variables: { year },
    requestPolicy: "cache-and-network",
  });
  const reload = () => {
    setReloadKey((k) => k + 1);
    refetchOverview({ requestPolicy: "network-only" });
    refetchYears({ requestPolicy: "network-only" });
  };

  const yearOptions = PLAN_YEARS.map((y) => {
    const plan = years.data?.annualPlans.find((p) => p.year === y);
    return {
      value: String(y),
      label: plan ? `${y} · ${plan.statusLabel}` : t(`${y} · Chưa mở`, `${y} · Not opened`),
    };
  });

  const plan = overview.data?.annualPlan;
  const lines = useMemo<LineOption[]>(
    () =>
      (plan?.comparison.lines ?? []).map((l) => ({
        id: l.targetLine.id,
        code: l.targetLine.code,
        name: l.targetLine.name,
        unit: l.targetLine.unit,
        groupCode: l.targetLine.groupCode,
        target: l.target,
      })),
    [plan],
  );
  const notOpened = !plan && errorCode(overview.error) === "NOT_FOUND";

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t(`Kế hoạch khuyến công năm ${year}`, `Industrial-extension plan ${year}`)}</Title>
        <Select
          label={t("Năm kế hoạch", "Plan year")}
          data={yearOptions}
          value={String(year)}
          onChange={(v) => v && navigate(`/ke-hoach?nam=${v}`)}
          allowDeselect={false}
          w={280}
        />
      </Group>

      {plan && plan.year === year ? (
        <>
          <PlanHeader plan={plan} manages={rights.manages} onChanged={reload} />
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="registrations">
                {t(
                  `Đăng ký (${plan.comparison.total.registrationCount})`,
                  `Registrations (${plan.comparison.total.registrationCount})`,
                )}
              </Tabs.Tab>
              <Tabs.Tab value="comparison">
                {t("So sánh với chỉ tiêu", "Comparison with the targets")}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="registrations" pt="md">
              <RegistrationsSection
                me={me}
                year={year}
                locked={lockReason(plan, t)}
                registers={rights.registers}
                lines={lines}
                groups={plan.programme.groups}
                reloadKey={reloadKey}
                onChanged={reload}
              />
            </Tabs.Panel>
            <Tabs.Panel value="comparison" pt="md">
              <ComparisonSection plan={plan} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : notOpened ? (
        <NotOpened year={year} manages={rights.manages} onOpened={reload} />
      ) : (
        <QueryState
          fetching={overview.fetching}
          error={overview.error}
          what={t(`kế hoạch năm ${year}`, `the ${year} plan`)}
        />
      )}
    </Stack>
  );
}

function NotOpened({ year, manages, onOpened }: { year: number; manages: boolean; onOpened: () => void }) {
  const t = useT();
  const state = useMutationForm();
  const submit = async () => {
    const res = await state.send(OPEN_PLAN, { year });
    if (!res.error) onOpened();
  };
  return (
    <Card withBorder>
      <Stack align="flex-start">
        <Text fw={600}>{t(`Chưa có kế hoạch khuyến công năm ${year}`, `No plan for ${year} yet`)}</Text>
        <Text size="sm" c="dimmed">
          {manages
            ? t(
                `Mở kế hoạch năm ${year} để các xã, phường, đặc khu và đơn vị thực hiện đăng ký hoạt động.`,
                `Open the ${year} plan so that communes and implementing units can register their activities.`,
              )
            : t(
                `Sở Công Thương chưa mở kế hoạch năm ${year} để nhận đăng ký.`,
                `The department has not opened the ${year} plan for registration yet.`,
              )}
        </Text>
        <MutationError form={state} record={PLAN} onReload={onOpened} />
        {manages && (
          <Button loading={state.fetching} onClick={submit}>
            {t(`Mở kế hoạch năm ${year}`, `Open the ${year} plan`)}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
