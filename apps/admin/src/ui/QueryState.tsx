import { Alert, Center, Loader } from "@mantine/core";
import type { CombinedError } from "urql";
import { errorCode, errorMessage } from "../lib/client";
import { useT } from "../lib/i18n";

/**
 * The loading, error and refused states every screen shows the same way. `what` names the thing in the
 * user's language (`t("đề án", "project")`).
 */
export function QueryState({
  fetching,
  error,
  what,
}: {
  fetching: boolean;
  error?: CombinedError;
  what: string;
}) {
  const t = useT();
  if (fetching) {
    return (
      <Center p="xl">
        <Loader aria-label={t(`Đang tải ${what}`, `Loading ${what}`)} />
      </Center>
    );
  }
  if (!error) return null;
  const code = errorCode(error);
  const title =
    code === "NOT_FOUND"
      ? t(`Không tìm thấy ${what}`, `No such ${what}, or not yours to see`)
      : code === "FORBIDDEN"
        ? t("Bạn không có quyền xem nội dung này", "You may not see this")
        : t(`Không tải được ${what}`, `Could not load ${what}`);
  return (
    <Alert color={code === "NOT_FOUND" || code === "FORBIDDEN" ? "yellow" : "red"} title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
