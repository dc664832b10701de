import {
  Alert,
  Badge,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Fragment, useState } from "react";
import type { PlanOverviewQuery } from "../../../gql/graphql";
import { money } from "../../../lib/format";
import { type Translate, useLang, useT } from "../../../lib/i18n";
import {
  compareByGroup,
  comparisonCounts,
  formatDifference,
  formatPlanRate,
  fundSourceName,
  type LineMark,
  lineMark,
} from "../plans";

type Plan = PlanOverviewQuery["annualPlan"];
type Line = Plan["comparison"]["lines"][number];
type Filter = "ALL" | "REGISTERED" | "MISSING" | "OVER";

const number = new Intl.NumberFormat("vi-VN");
const qty = (n: number | null) => (n === null ? "—" : number.format(n));

function markBadge(mark: LineMark, scoped: boolean, t: Translate) {
  switch (mark) {
    case "MISSING":
      return scoped ? (
        <Badge color="gray" variant="light" tt="none">
          {t("Chưa đăng ký", "Not registered")}
        </Badge>
      ) : (
        <Badge color="red" variant="filled" tt="none">
          {t("Chưa có đăng ký", "No registration")}
        </Badge>
      );
    case "SHORT":
    case "MET":
      if (scoped) {
        return (
          <Text size="xs" c="dimmed">
            {t("Một phần chỉ tiêu thành phố", "Part of the city target")}
          </Text>
        );
      }
      return mark === "MET" ? (
        <Badge color="green" variant="light" tt="none">
          {t("Đủ chỉ tiêu", "Meets target")}
        </Badge>
      ) : (
        <Badge color="orange" variant="light" tt="none">
          {t("Dưới chỉ tiêu", "Below target")}
        </Badge>
      );
    case "OVER":
      return (
        <Badge color="yellow" variant="filled" c="dark" tt="none">
          {t("Vượt chỉ tiêu", "Over target")}
        </Badge>
      );
    case "NO_TARGET":
      return (
        <Text size="xs" c="dimmed">
          {t("Không có chỉ tiêu năm", "No target this year")}
        </Text>
      );
  }
}

function rowColor(mark: LineMark, scoped: boolean): string | undefined {
  if (mark === "OVER") return "var(--mantine-color-yellow-0)";
  if (mark === "MISSING" && !scoped) return "var(--mantine-color-red-0)";
  return undefined;
}

/**
 * Per target line: the programme's target for the year against what was registered (quantity and
 * cost), with the difference and the rate; lines nobody registered and lines over the target stand out.
 * Each content group is totalled in registrations and cost, never in quantity (lines count different
 * things). A commune officer or a unit sees their own share against the city's target.
 */
export function ComparisonSection({ plan }: { plan: Plan }) {
  const t = useT();
  const { lang } = useLang();
  const c = plan.comparison;
  const scoped = !c.coversAllRegistrations;
  const [filter, setFilter] = useState<Filter>(scoped ? "REGISTERED" : "ALL");
  const counts = comparisonCounts(c.lines);
  const groups = compareByGroup(plan.programme.groups, c.lines);
  const keep = (line: Line) => {
    const mark = lineMark(line.target, line.registeredQuantity);
    switch (filter) {
      case "ALL":
        return true;
      case "REGISTERED":
        return line.registrationCount > 0;
      case "MISSING":
        return mark === "MISSING";
      case "OVER":
        return mark === "OVER";
    }
  };
  const columns = 10;

  return (
    <Stack>
      {scoped && (
        <Alert color="blue" title={t("Phần đăng ký của đơn vị bạn", "Your share")}>
          {t(
            `Số liệu chỉ tính các đăng ký của đơn vị bạn; chỉ tiêu là chỉ tiêu năm ${plan.year} của toàn thành phố. Chênh lệch = phần bạn đăng ký − chỉ tiêu thành phố.`,
            `The figures count your own registrations only; the targets are the city's for ${plan.year}. Difference = your registered quantity − the city target.`,
          )}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t("Số đăng ký", "Registrations")} value={number.format(c.total.registrationCount)} />
        <Stat label={t("Kinh phí dự kiến", "Estimated cost")} value={money(c.total.estimatedCost)} />
        <Stat
          label={t(`Dòng có chỉ tiêu năm ${plan.year}`, `Lines with a ${plan.year} target`)}
          value={`${counts.withTarget}/${c.lines.length}`}
        />
        <Stat
          label={
            scoped
              ? t("Dòng vượt chỉ tiêu thành phố", "Lines over the city target")
              : t("Chưa có đăng ký / vượt chỉ tiêu", "Not registered / over target")
          }
          value={scoped ? String(counts.over) : `${counts.missing} / ${counts.over}`}
          color={!scoped && counts.missing > 0 ? "red" : undefined}
        />
      </SimpleGrid>

      <Group justify="space-between" align="flex-end">
        <Title order={3}>
          {t(`So sánh với chỉ tiêu năm ${plan.year}`, `Comparison with the ${plan.year} targets`)}
        </Title>
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          aria-label={t("Lọc dòng chỉ tiêu", "Filter the lines")}
          data={[
            { value: "ALL", label: t("Tất cả dòng", "All lines") },
            { value: "REGISTERED", label: t("Có đăng ký", "Registered") },
            {
              value: "MISSING",
              label: scoped
                ? t(`Chưa đăng ký (${counts.missing})`, `Not registered (${counts.missing})`)
                : t(`Chưa có đăng ký (${counts.missing})`, `No registration (${counts.missing})`),
            },
            { value: "OVER", label: t(`Vượt chỉ tiêu (${counts.over})`, `Over target (${counts.over})`) },
          ]}
        />
      </Group>
      <Table
        withTableBorder
        withColumnBorders
        stickyHeader
        stickyHeaderOffset={56}
        fz="sm"
        aria-label={t(
          `So sánh đăng ký với chỉ tiêu năm ${plan.year}`,
          `Registrations against the ${plan.year} targets`,
        )}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t("Mã", "Code")}</Table.Th>
            <Table.Th>{t("Nội dung", "Line")}</Table.Th>
            <Table.Th w={84}>{t("ĐVT", "Unit")}</Table.Th>
            <Table.Th ta="right" w={72}>
              {t(`Chỉ tiêu ${plan.year}`, `Target ${plan.year}`)}
            </Table.Th>
            <Table.Th ta="right" w={72}>
              {scoped ? t("Bạn đăng ký", "You registered") : t("Đã đăng ký", "Registered")}
            </Table.Th>
            <Table.Th ta="right" w={72}>
              {t("Chênh lệch", "Difference")}
            </Table.Th>
            <Table.Th ta="right" w={70}>
              {t("Tỷ lệ", "Rate")}
            </Table.Th>
            <Table.Th ta="right" w={130}>
              {t("Kinh phí dự kiến", "Estimated cost")}
            </Table.Th>
            <Table.Th ta="right" w={56}>
              {t("Số ĐK", "Regs")}
            </Table.Th>
            <Table.Th w={160}>{t("Đánh giá", "Assessment")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => {
            const lines = g.lines.filter(keep);
            if (lines.length === 0 && filter !== "ALL") return null;
            return (
              <Fragment key={g.code}>
                <Table.Tr bg="var(--mantine-color-gray-1)">
                  <Table.Td fw={700}>{g.code}</Table.Td>
                  <Table.Td colSpan={columns - 1} fw={700}>
                    {g.name}
                  </Table.Td>
                </Table.Tr>
                {lines.map((line) => {
                  const mark = lineMark(line.target, line.registeredQuantity);
                  return (
                    <Table.Tr key={line.targetLineId} bg={rowColor(mark, scoped)}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{line.targetLine.code}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2} title={line.targetLine.name}>
                          {line.targetLine.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{line.targetLine.unit}</Table.Td>
                      <Table.Td ta="right">{qty(line.target)}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {qty(line.registeredQuantity)}
                      </Table.Td>
                      <Table.Td
                        ta="right"
                        c={!scoped && line.difference && line.difference < 0 ? "red.8" : undefined}
                      >
                        {formatDifference(line.difference)}
                      </Table.Td>
                      <Table.Td ta="right">{formatPlanRate(line.registeredQuantity, line.target)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {line.registrationCount > 0 ? money(line.estimatedCost) : "—"}
                      </Table.Td>
                      <Table.Td ta="right">{line.registrationCount}</Table.Td>
                      <Table.Td>{markBadge(mark, scoped, t)}</Table.Td>
                    </Table.Tr>
                  );
                })}
                <Table.Tr>
                  <Table.Td />
                  <Table.Td colSpan={6} fs="italic">
                    {filter === "ALL"
                      ? t(`Cộng nhóm ${g.code}`, `Group ${g.code} total`)
                      : t(`Cộng cả nhóm ${g.code}`, `Whole group ${g.code} total`)}
                    {!scoped && (
                      <Text span size="sm" c={g.missing > 0 ? "red.8" : "dimmed"} ml="xs">
                        {t(
                          `(${g.withTarget} dòng có chỉ tiêu; ${g.missing} chưa có đăng ký, ${g.over} vượt chỉ tiêu)`,
                          `(${g.withTarget} lines with a target; ${g.missing} not registered, ${g.over} over target)`,
                        )}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }}>
                    {money(g.estimatedCost)}
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {g.registrationCount}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Fragment>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr bg="var(--mantine-color-gray-1)">
            <Table.Td />
            <Table.Td colSpan={6} fw={700}>
              {t("Tổng cộng", "Total")}
            </Table.Td>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }}>
              {money(c.total.estimatedCost)}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {c.total.registrationCount}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Text size="xs" c="dimmed">
        {t(
          "Số lượng không cộng giữa các dòng vì mỗi dòng có đơn vị tính riêng (cơ sở, lớp, học viên…). Dòng không có chỉ tiêu năm thì không tính chênh lệch và tỷ lệ.",
          "Quantities are not added across lines: each line has its own unit (establishments, classes, trainees…). Lines without a target for the year have no difference or rate.",
        )}
      </Text>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">
            {t("Theo nguồn kinh phí", "By fund source")}
          </Title>
          <Table fz="sm" aria-label={t("Tổng hợp theo nguồn kinh phí", "Totals by fund source")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Nguồn kinh phí", "Fund source")}</Table.Th>
                <Table.Th ta="right">{t("Số ĐK", "Regs")}</Table.Th>
                <Table.Th ta="right">{t("Kinh phí dự kiến", "Estimated cost")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.byFundSource.map((f) => (
                <Table.Tr key={f.fundSource}>
                  <Table.Td>{fundSourceName(f.fundSource, lang)}</Table.Td>
                  <Table.Td ta="right">{f.registrationCount}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {money(f.estimatedCost)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">
            {t("Theo đơn vị đăng ký", "By registrant")}
          </Title>
          {c.byCommune.length + c.byUnit.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t("Chưa có đăng ký.", "No registration yet.")}
            </Text>
          ) : (
            <Table fz="sm" aria-label={t("Tổng hợp theo đơn vị đăng ký", "Totals by registrant")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("Đơn vị đăng ký", "Registrant")}</Table.Th>
                  <Table.Th ta="right">{t("Số ĐK", "Regs")}</Table.Th>
                  <Table.Th ta="right">{t("Kinh phí dự kiến", "Estimated cost")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.byCommune.map((r) => (
                  <Table.Tr key={r.communeCode}>
                    <Table.Td>{r.commune.displayName}</Table.Td>
                    <Table.Td ta="right">{r.registrationCount}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {money(r.estimatedCost)}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {c.byUnit.map((r) => (
                  <Table.Tr key={r.unitId}>
                    <Table.Td>
                      {r.unit.name}{" "}
                      <Badge size="xs" variant="light" color="grape">
                        {t("Đơn vị thực hiện", "Unit")}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{r.registrationCount}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {money(r.estimatedCost)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700} c={color}>
        {value}
      </Text>
    </Card>
  );
}
