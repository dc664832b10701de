import {
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { graphql } from "../../../gql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { type Lang, useLang, useT } from "../../../lib/i18n";
import { session } from "../../../lib/session";

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);

/** Sign-in. A wrong email or password gets the server's one message, without saying which was wrong. */
export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const result = useMutationForm();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    const res = await result.send(LOGIN, { email: email.trim(), password });
    if (res.data?.login.token) {
      session.set(res.data.login.token);
      onSignedIn();
    }
  };

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="form" onSubmit={submit} w={420} p="xl" withBorder shadow="sm" noValidate>
        <Stack>
          <Group justify="flex-end">
            <SegmentedControl
              size="xs"
              value={lang}
              onChange={(v) => setLang(v as Lang)}
              data={[
                { value: "vi", label: "VI" },
                { value: "en", label: "EN" },
              ]}
              aria-label={t("Ngôn ngữ", "Language")}
            />
          </Group>
          <div>
            <Title order={2}>{t("Khuyến công Hải Phòng", "Hai Phong Industrial Extension")}</Title>
            <Text c="dimmed" size="sm">
              {t(
                "Chương trình khuyến công thành phố giai đoạn 2026–2030",
                "The city's industrial extension programme 2026–2030",
              )}
            </Text>
          </div>
          <MutationError
            form={result}
            record={{ vi: "phiên đăng nhập", en: "session" }}
            title={t("Không đăng nhập được", "Could not sign in")}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={missing && !email.trim() ? t("Vui lòng nhập email", "Enter your email") : null}
            required
          />
          <PasswordInput
            visibilityToggleButtonProps={{
              "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
            }}
            label={t("Mật khẩu", "Password")}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing && !password ? t("Vui lòng nhập mật khẩu", "Enter your password") : null}
            required
          />
          <Button type="submit" loading={result.fetching}>
            {t("Đăng nhập", "Sign in")}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
