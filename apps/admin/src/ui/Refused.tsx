import { Alert } from "@mantine/core";
import { useT } from "../lib/i18n";

/** The refused state of a screen the user's role may not use (the API refuses it too). */
export function Refused() {
  const t = useT();
  return (
    <Alert
      color="yellow"
      role="alert"
      title={t("Bạn không có quyền xem nội dung này", "You may not see this page")}
    >
      {t(
        "Màn hình này dành cho vai trò khác. Nếu bạn cần dùng, hãy liên hệ quản trị hệ thống.",
        "This screen is for another role. Ask the system administrator if you need it.",
      )}
    </Alert>
  );
}
