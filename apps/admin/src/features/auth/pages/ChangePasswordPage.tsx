import { Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { PasswordStrength } from "../../../ui/PasswordStrength";
import { graphql } from "../../../gql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { useT } from "../../../lib/i18n";
import type { Me } from "../../../lib/me";
import { checkPasswordNow, refusalText, usePasswordCheck } from "../../../ui/password-check";
import { PASSWORD_MIN_LENGTH } from "../../users/users";

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id version mustChangePassword }
  }
`);

/**
 * "Đổi mật khẩu" before anything else, after signing in with a password an administrator set or the
 * system generated (the API refuses every other operation meanwhile: PASSWORD_CHANGE_REQUIRED). The rule
 * and its strength meter are the API's own (@khuyencong/password-policy), loaded with this screen.
 */
export function ChangePasswordPage({
  me,
  onChanged,
  onSignOut,
}: {
  me: Pick<Me, "email" | "fullName">;
  onChanged: () => void;
  onSignOut: () => void;
}) {
  const t = useT();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const state = useMutationForm({ shown: ["currentPassword", "newPassword"] });
  const strength = usePasswordCheck(next, [me.email, me.fullName]);
  const fieldError = (field: string) => problems[field] ?? state.fieldErrors[field] ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    state.clear();
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t("Vui lòng nhập mật khẩu hiện tại", "Enter the current password");
    const rule = await checkPasswordNow(next, [me.email, me.fullName]);
    if (!next) found.newPassword = t("Vui lòng nhập mật khẩu mới", "Enter the new password");
    else if (!rule.ok) found.newPassword = refusalText(rule, t);
    else if (next === current) {
      found.newPassword = t("Mật khẩu mới phải khác mật khẩu hiện tại", "Must differ from the current one");
    }
    if (repeat !== next) found.repeat = t("Hai lần nhập không khớp", "The two entries differ");
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const res = await state.send(CHANGE_PASSWORD, { currentPassword: current, newPassword: next });
    if (!res.error) onChanged();
  };

  const clear = (field: string) => {
    setProblems(({ [field]: _, ...rest }) => rest);
    state.clear();
  };

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="form" onSubmit={submit} w={480} p="xl" withBorder shadow="sm" noValidate>
        <Stack>
          <Title order={2}>{t("Đổi mật khẩu", "Change your password")}</Title>
          <Text size="sm">
            {t(
              `Xin chào ${me.fullName}. Mật khẩu hiện tại do quản trị viên đặt hoặc hệ thống tạo, nên người khác có thể biết. Hãy đặt mật khẩu của riêng bạn trước khi tiếp tục.`,
              `Hello ${me.fullName}. Your current password was set by an administrator or generated, so someone else may know it. Choose your own before going on.`,
            )}
          </Text>
          <MutationError form={state} record={{ vi: "mật khẩu", en: "password" }} />
          <PasswordInput
            label={t("Mật khẩu hiện tại", "Current password")}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => {
              setCurrent(e.currentTarget.value);
              clear("currentPassword");
            }}
            error={fieldError("currentPassword")}
            visibilityToggleButtonProps={{
              "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
            }}
          />
          <PasswordInput
            label={t("Mật khẩu mới", "New password")}
            description={t(
              `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, khó đoán: ví dụ một cụm vài từ không liên quan. Không dùng email hay họ tên của bạn.`,
              `At least ${PASSWORD_MIN_LENGTH} characters, hard to guess: e.g. a few unrelated words. Not your e-mail or name.`,
            )}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => {
              setNext(e.currentTarget.value);
              clear("newPassword");
            }}
            error={fieldError("newPassword")}
            visibilityToggleButtonProps={{
              "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
            }}
          />
          <PasswordStrength check={strength} showProblems={!fieldError("newPassword")} />
          <PasswordInput
            label={t("Nhập lại mật khẩu mới", "Repeat the new password")}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => {
              setRepeat(e.currentTarget.value);
              clear("repeat");
            }}
            error={fieldError("repeat")}
            visibilityToggleButtonProps={{
              "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
            }}
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={onSignOut}>
              {t("Đăng xuất", "Sign out")}
            </Button>
            <Button type="submit" loading={state.fetching}>
              {t("Đổi mật khẩu", "Change password")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
