import { CAPABILITY_LABELS, type Capability } from "@khuyencong/domain";
import { Alert, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useCan } from "../lib/me";
import { useT } from "../lib/i18n";

/**
 * The refused state of a screen the user's capabilities do not cover (the API refuses it too), naming the
 * capability it needs so that the user knows what to ask the administrator for.
 */
export function Refused({ needs }: { needs: Capability }) {
  const t = useT();
  return (
    <Alert
      color="yellow"
      role="alert"
      title={t("Bạn không có quyền xem nội dung này", "You may not see this page")}
    >
      <Stack gap={4}>
        <Text size="sm">
          {t(
            "Màn hình này dành cho vai trò khác. Nếu bạn cần dùng, hãy liên hệ quản trị hệ thống.",
            "This screen is for another role. Ask the system administrator if you need it.",
          )}
        </Text>
        <Text size="sm">
          {t("Cần quyền", "Needs the capability")}: {CAPABILITY_LABELS[needs]}
        </Text>
      </Stack>
    </Alert>
  );
}

/** A screen for the holders of one capability: its content for them, its title and the refusal for others. */
export function RequireCapability({
  needs,
  title,
  children,
}: {
  needs: Capability;
  title: string;
  children: ReactNode;
}) {
  if (useCan()(needs)) return children;
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Refused needs={needs} />
    </Stack>
  );
}
