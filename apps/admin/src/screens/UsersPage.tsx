import { Stack, Text, Title } from "@mantine/core";
import { useT } from "../lib/i18n";

/** Placeholder: being built. */
export function UsersPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t("Người dùng, vai trò", "Users and roles")}</Title>
      <Text c="dimmed">{t("Màn hình đang được xây dựng.", "This screen is being built.")}</Text>
    </Stack>
  );
}
