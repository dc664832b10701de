import { Stack, Text, Title } from "@mantine/core";
import { useT } from "../lib/i18n";

/** Placeholder: being built. */
export function FacilityDetailPage({ id }: { id: string }) {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t("Cơ sở công nghiệp nông thôn", "Rural establishment")}</Title>
      <Text c="dimmed">{id}</Text>
      <Text c="dimmed">{t("Màn hình đang được xây dựng.", "This screen is being built.")}</Text>
    </Stack>
  );
}
