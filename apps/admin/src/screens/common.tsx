import { Alert, Center, Loader } from "@mantine/core";
import type { CombinedError } from "urql";
import { errorCode, errorMessage } from "../lib/client";

/** The loading, error and refused states every screen shows the same way. */
export function QueryState({
  fetching,
  error,
  what,
}: {
  fetching: boolean;
  error?: CombinedError;
  what: string;
}) {
  if (fetching) {
    return (
      <Center p="xl">
        <Loader aria-label={`Đang tải ${what}`} />
      </Center>
    );
  }
  if (!error) return null;
  const code = errorCode(error);
  const title =
    code === "NOT_FOUND"
      ? `Không tìm thấy ${what}`
      : code === "FORBIDDEN"
        ? "Bạn không có quyền xem nội dung này"
        : `Không tải được ${what}`;
  return (
    <Alert color={code === "NOT_FOUND" || code === "FORBIDDEN" ? "yellow" : "red"} title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
