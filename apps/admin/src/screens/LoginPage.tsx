import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { errorMessage } from "../lib/client";
import { session } from "../lib/session";

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const [result, login] = useMutation<{ login: { token: string } }>(LOGIN);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    const res = await login({ email: email.trim(), password });
    if (res.data?.login.token) {
      session.set(res.data.login.token);
      onSignedIn();
    }
  };

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="form" onSubmit={submit} w={380} p="xl" withBorder shadow="sm" noValidate>
        <Stack>
          <div>
            <Title order={2}>Khuyến công Hải Phòng</Title>
            <Text c="dimmed" size="sm">
              Chương trình khuyến công thành phố giai đoạn 2026–2030
            </Text>
          </div>
          {result.error && (
            <Alert color="red" role="alert">
              {errorMessage(result.error)}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={missing && !email.trim() ? "Vui lòng nhập email" : null}
            required
          />
          <PasswordInput
            label="Mật khẩu"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing && !password ? "Vui lòng nhập mật khẩu" : null}
            required
          />
          <Button type="submit" loading={result.fetching}>
            Đăng nhập
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
