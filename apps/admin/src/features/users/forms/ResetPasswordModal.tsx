import { Alert, Button, Code, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { graphql } from "../../../gql";
import { PasswordStrength } from "../../../ui/PasswordStrength";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { useT } from "../../../lib/i18n";
import { checkPasswordNow, refusalText, usePasswordCheck } from "../../../ui/password-check";
import { generatePassword, passwordProblem } from "../users";
import { problemText, USER, type UserRow } from "./UserForm";

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword) { id version }
  }
`);

/**
 * Sets a new password for a user (the API does not generate one): typed or generated here, confirmed, then
 * shown once so the administrator can hand it over; every session of the user ends.
 */
export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: UserRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [password, setPassword] = useState("");
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const state = useMutationForm({ fields: { newPassword: "password" }, shown: ["password"] });
  const strength = usePasswordCheck(password, [user.email, user.fullName]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblem(password);
    setProblem(found ? problemText(t, found) : null);
    state.clear();
    if (found) return;
    // The API's rule, in the browser: refused at once, before the confirmation (the API checks again).
    const rule = await checkPasswordNow(password, [user.email, user.fullName]);
    if (!rule.ok) {
      setProblem(refusalText(rule, t));
      setConfirming(false);
      return;
    }
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const res = await state.send(RESET_PASSWORD, { id: user.id, newPassword: password });
    setConfirming(false);
    if (res.error) return;
    setDone(password);
    onDone();
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("Đóng", "Close") }}
      opened
      onClose={onClose}
      title={t("Đặt lại mật khẩu", "Reset password")}
    >
      {done ? (
        <Stack>
          <Alert color="green" title={t("Đã đặt mật khẩu mới", "New password set")}>
            {t(
              `Mật khẩu mới của ${user.fullName} (chỉ hiển thị lần này; hãy gửi cho người dùng qua kênh an toàn). Mọi phiên đăng nhập cũ đã kết thúc; người dùng phải đổi mật khẩu này khi đăng nhập.`,
              `The new password of ${user.fullName} (shown only now; hand it over safely). Every earlier session has ended; the user must change it when signing in.`,
            )}
            <Code block mt="xs" aria-label={t("Mật khẩu mới", "New password")}>
              {done}
            </Code>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("Đóng", "Close")}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              {user.fullName} · {user.email}
            </Text>
            <MutationError form={state} record={USER} />
            <Group align="end" wrap="nowrap">
              <PasswordInput
                visibilityToggleButtonProps={{
                  "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
                }}
                label={t("Mật khẩu mới", "New password")}
                required
                style={{ flex: 1 }}
                autoComplete="new-password"
                visible={visible}
                onVisibilityChange={setVisible}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  setProblem(null);
                  setConfirming(false);
                }}
                error={problem ?? state.fieldErrors.password}
              />
              <Button
                variant="default"
                onClick={() => {
                  setPassword(generatePassword());
                  setVisible(true);
                  setProblem(null);
                  setConfirming(false);
                }}
              >
                {t("Tạo ngẫu nhiên", "Generate")}
              </Button>
            </Group>
            <PasswordStrength check={strength} showProblems={!(problem ?? state.fieldErrors.password)} />
            {confirming && (
              <Alert color="red" role="alert" title={t("Xác nhận đặt lại mật khẩu?", "Reset the password?")}>
                {t(
                  "Mật khẩu cũ không dùng được nữa và người dùng bị đăng xuất khỏi mọi phiên. Bấm nút xác nhận để tiếp tục.",
                  "The old password stops working and the user is signed out everywhere. Press confirm to go on.",
                )}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("Huỷ", "Cancel")}
              </Button>
              <Button type="submit" color={confirming ? "red" : undefined} loading={state.fetching}>
                {confirming
                  ? t("Xác nhận đặt lại", "Confirm reset")
                  : t("Đặt lại mật khẩu", "Reset password")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
