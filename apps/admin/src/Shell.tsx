import type { Capability } from "@khuyencong/domain";
import {
  AppShell,
  Box,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { lazy, Suspense } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { type Lang, useLang, useT } from "./lib/i18n";
import { useCan, useMe } from "./lib/me";
import { HomePage } from "./features/dashboard/pages/HomePage";

// Every screen but the first one loads when it is opened, so login + the first screen stay small.
const DashboardPage = lazy(() =>
  import("./features/dashboard/pages/DashboardPage").then((m) => ({ default: m.DashboardPage })),
);
const ProgrammePage = lazy(() =>
  import("./features/programme/pages/ProgrammePage").then((m) => ({ default: m.ProgrammePage })),
);
const AnnualPlansPage = lazy(() =>
  import("./features/plans/pages/AnnualPlansPage").then((m) => ({ default: m.AnnualPlansPage })),
);
const ProjectsPage = lazy(() =>
  import("./features/projects/pages/ProjectsPage").then((m) => ({ default: m.ProjectsPage })),
);
const ProjectNewPage = lazy(() =>
  import("./features/projects/pages/ProjectNewPage").then((m) => ({ default: m.ProjectNewPage })),
);
const ProjectDetailPage = lazy(() =>
  import("./features/projects/pages/ProjectDetailPage").then((m) => ({ default: m.ProjectDetailPage })),
);
const FacilitiesPage = lazy(() =>
  import("./features/facilities/pages/FacilitiesPage").then((m) => ({ default: m.FacilitiesPage })),
);
const FacilityDetailPage = lazy(() =>
  import("./features/facilities/pages/FacilityDetailPage").then((m) => ({ default: m.FacilityDetailPage })),
);
const FacilityImportPage = lazy(() =>
  import("./features/facilities/pages/FacilityImportPage").then((m) => ({ default: m.FacilityImportPage })),
);
const NormsPage = lazy(() =>
  import("./features/norms/pages/NormsPage").then((m) => ({ default: m.NormsPage })),
);
const EnvelopesPage = lazy(() =>
  import("./features/money/pages/EnvelopesPage").then((m) => ({ default: m.EnvelopesPage })),
);
const PaymentsPage = lazy(() =>
  import("./features/money/pages/PaymentsPage").then((m) => ({ default: m.PaymentsPage })),
);
const ReportsPage = lazy(() =>
  import("./features/reports/pages/ReportsPage").then((m) => ({ default: m.ReportsPage })),
);
const TokensPage = lazy(() =>
  import("./features/tokens/pages/TokensPage").then((m) => ({ default: m.TokensPage })),
);
const UsersPage = lazy(() =>
  import("./features/users/pages/UsersPage").then((m) => ({ default: m.UsersPage })),
);
const AuditLogPage = lazy(() =>
  import("./features/audit/pages/AuditLogPage").then((m) => ({ default: m.AuditLogPage })),
);

interface MenuItem {
  href: string;
  vi: string;
  en: string;
  /** Shown to a user holding any of these capabilities; to everyone when absent (reading needs none). */
  needs?: readonly Capability[];
}

/** Each user sees only what their capabilities let them use; the API refuses the rest anyway. */
const MENU: readonly MenuItem[] = [
  { href: "/", vi: "Việc cần xử lý", en: "My tasks" },
  { href: "/bang-dieu-khien", vi: "Bảng điều khiển", en: "Dashboard" },
  { href: "/chuong-trinh", vi: "Chương trình", en: "Programme" },
  { href: "/ke-hoach", vi: "Kế hoạch năm", en: "Annual plans" },
  { href: "/de-an", vi: "Đề án", en: "Projects" },
  { href: "/co-so", vi: "Cơ sở CNNT", en: "Rural establishments" },
  { href: "/ngan-sach", vi: "Dự toán kinh phí", en: "Budget envelopes", needs: ["ReadEnvelopes"] },
  // The Treasury's desk: the Treasury pays; who settles (the department, Sở Tài chính) follows the queue.
  {
    href: "/thanh-toan",
    vi: "Tạm ứng, thanh toán",
    en: "Advances and payments",
    needs: ["PayRequests", "SettleProject"],
  },
  { href: "/dinh-muc", vi: "Định mức hỗ trợ", en: "Support norms" },
  { href: "/bao-cao", vi: "Báo cáo", en: "Reports" },
  { href: "/khoa-api", vi: "Khoá truy cập API", en: "API tokens", needs: ["ManageOwnApiTokens"] },
  { href: "/nguoi-dung", vi: "Người dùng, vai trò", en: "Users and roles", needs: ["ManageUsers"] },
  { href: "/nhat-ky", vi: "Nhật ký thao tác", en: "Audit log", needs: ["ReadAuditLog"] },
];

export function Shell({ onSignedOut }: { onSignedOut: () => void }) {
  const me = useMe();
  const t = useT();
  const { lang, setLang } = useLang();
  const [location] = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const can = useCan();
  const items = MENU.filter((m) => !m.needs || m.needs.some(can));
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("Mở menu", "Open menu")}
            />
            <Title order={4}>{t("Khuyến công Hải Phòng", "Hai Phong Industrial Extension")}</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              value={lang}
              onChange={(v) => setLang(v as Lang)}
              data={[
                { value: "vi", label: "VI" },
                { value: "en", label: "EN" },
              ]}
              aria-label={t("Ngôn ngữ", "Language")}
            />
            <Box ta="right" visibleFrom="sm">
              <Text size="sm" fw={600}>
                {me.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {me.roleLabel}
                {me.commune ? ` · ${me.commune.displayName}` : ""}
                {me.unit ? ` · ${me.unit.name}` : ""}
              </Text>
            </Box>
            <Button variant="default" size="xs" onClick={onSignedOut}>
              {t("Đăng xuất", "Sign out")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("Menu chính", "Main menu")}>
        <Stack gap={2}>
          {items.map((item) => (
            <NavLink
              key={item.href}
              component={Link}
              href={item.href}
              label={lang === "en" ? item.en : item.vi}
              onClick={close}
              active={item.href === "/" ? location === "/" : location.startsWith(item.href)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center p="xl">
              <Loader aria-label={t("Đang tải", "Loading")} />
            </Center>
          }
        >
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/bang-dieu-khien" component={DashboardPage} />
            <Route path="/chuong-trinh" component={ProgrammePage} />
            <Route path="/ke-hoach" component={AnnualPlansPage} />
            <Route path="/de-an" component={ProjectsPage} />
            <Route path="/de-an/moi" component={ProjectNewPage} />
            <Route path="/de-an/:id">{(params) => <ProjectDetailPage id={params.id} />}</Route>
            <Route path="/co-so" component={FacilitiesPage} />
            <Route path="/co-so/nhap-excel" component={FacilityImportPage} />
            <Route path="/co-so/:id">{(params) => <FacilityDetailPage id={params.id} />}</Route>
            <Route path="/ngan-sach" component={EnvelopesPage} />
            <Route path="/thanh-toan" component={PaymentsPage} />
            <Route path="/dinh-muc" component={NormsPage} />
            <Route path="/bao-cao" component={ReportsPage} />
            <Route path="/khoa-api" component={TokensPage} />
            <Route path="/nguoi-dung" component={UsersPage} />
            <Route path="/nhat-ky" component={AuditLogPage} />
            <Route>
              <Text>{t("Không tìm thấy trang này.", "This page does not exist.")}</Text>
            </Route>
          </Switch>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
