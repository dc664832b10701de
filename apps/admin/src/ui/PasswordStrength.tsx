import type { PasswordCheck } from "@khuyencong/password-policy";
import { Group, List, Progress, Stack, Text } from "@mantine/core";
import { useT } from "../lib/i18n";

const LEVELS = [
  { vi: "Rất yếu", en: "Very weak", color: "red" },
  { vi: "Yếu", en: "Weak", color: "red" },
  { vi: "Trung bình", en: "Fair", color: "orange" },
  { vi: "Mạnh", en: "Strong", color: "teal" },
  { vi: "Rất mạnh", en: "Very strong", color: "green" },
] as const;

/**
 * The strength meter under a new-password field: zxcvbn's score as a bar and a word, and what the rule
 * refuses about the password, in the user's language. Nothing while the field is empty.
 */
export function PasswordStrength({
  check,
  showProblems = true,
}: {
  check: PasswordCheck | null;
  /** False while the field itself shows the refusal: the reasons are not repeated under the bar. */
  showProblems?: boolean;
}) {
  const t = useT();
  if (!check) return null;
  const level = LEVELS[check.score];
  return (
    <Stack gap={4} data-testid="password-strength" aria-live="polite">
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={((check.score + 1) / LEVELS.length) * 100}
          color={check.ok ? level.color : "red"}
          style={{ flex: 1 }}
          aria-label={t("Độ mạnh mật khẩu", "Password strength")}
        />
        <Text size="xs" c={check.ok ? level.color : "red"} fw={600} miw={80} ta="right">
          {t(level.vi, level.en)}
        </Text>
      </Group>
      {check.ok ? (
        <Text size="xs" c="dimmed">
          {t("Mật khẩu đạt yêu cầu.", "The password is acceptable.")}
        </Text>
      ) : (
        showProblems && (
          <List size="xs" c="red" spacing={0}>
            {check.problems.map((problem) => (
              <List.Item key={problem.code}>{t(problem.vi, problem.en)}</List.Item>
            ))}
          </List>
        )
      )}
    </Stack>
  );
}
