import type { Role } from "@khuyencong/domain";
import { AppShell, Box, Button, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { Link, Route, Switch, useLocation } from "wouter";
import { useMe } from "../lib/me";
import { FacilitiesPage } from "./FacilitiesPage";
import { HomePage } from "./HomePage";
import { PaymentsPage } from "./PaymentsPage";
import { ProgrammePage } from "./ProgrammePage";
import { ProjectDetailPage } from "./ProjectDetailPage";
import { ProjectsPage } from "./ProjectsPage";
import { ReportsPage } from "./ReportsPage";
import { TokensPage } from "./TokensPage";

interface MenuItem {
  href: string;
  label: string;
  roles: readonly Role[] | "all";
}

/** Each role sees only what it may use. */
const MENU: readonly MenuItem[] = [
  { href: "/", label: "Việc cần xử lý", roles: "all" },
  { href: "/chuong-trinh", label: "Chương trình", roles: "all" },
  { href: "/de-an", label: "Đề án", roles: "all" },
  { href: "/bao-cao", label: "Báo cáo", roles: "all" },
  { href: "/khoa-api", label: "Khoá truy cập API", roles: ["ANALYST"] },
  { href: "/thanh-toan", label: "Tạm ứng, thanh toán", roles: ["TREASURY", "DEPARTMENT", "FINANCE"] },
  {
    href: "/co-so",
    label: "Cơ sở công nghiệp nông thôn",
    roles: ["ADMIN", "DEPARTMENT", "COMMUNE_OFFICER", "IMPLEMENTING_UNIT", "ANALYST"],
  },
];

export function Shell({ onSignedOut }: { onSignedOut: () => void }) {
  const me = useMe();
  const [location] = useLocation();
  const items = MENU.filter((m) => m.roles === "all" || m.roles.includes(me.role));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: "sm" }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>Khuyến công Hải Phòng</Title>
          <Group gap="sm">
            <Box ta="right">
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
              Đăng xuất
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Menu chính">
        <Stack gap={2}>
          {items.map((item) => (
            <NavLink
              key={item.href}
              component={Link}
              href={item.href}
              label={item.label}
              active={item.href === "/" ? location === "/" : location.startsWith(item.href)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/chuong-trinh" component={ProgrammePage} />
          <Route path="/de-an" component={ProjectsPage} />
          <Route path="/de-an/:id">{(params) => <ProjectDetailPage id={params.id} />}</Route>
          <Route path="/co-so" component={FacilitiesPage} />
          <Route path="/thanh-toan" component={PaymentsPage} />
          <Route path="/bao-cao" component={ReportsPage} />
          <Route path="/khoa-api" component={TokensPage} />
          <Route>
            <Text>Không tìm thấy trang này.</Text>
          </Route>
        </Switch>
      </AppShell.Main>
    </AppShell>
  );
}
