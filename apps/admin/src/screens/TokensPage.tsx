import { Alert, Badge, Button, Code, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { type CombinedError, useClient, useQuery } from "urql";
import { errorMessage } from "../lib/client";
import { formatDate } from "../lib/format";
import { QueryState } from "./common";

const TOKENS = `query Tokens { myApiTokens { id name prefix createdAt lastUsedAt revokedAt expiresAt } }`;
const CREATE = `mutation Create($name: String!) { createApiToken(name: $name) { secret apiToken { id } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

interface Token {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
}

/** An analyst's personal API tokens: the secret is shown once, at creation; revoking ends it at once. */
export function TokensPage() {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery<{ myApiTokens: Token[] }>({
    query: TOKENS,
    requestPolicy: "cache-and-network",
  });
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const create = async () => {
    if (!name.trim()) return;
    const res = await client.mutation(CREATE, { name: name.trim() }).toPromise();
    setFailure(res.error ?? null);
    if (res.data) {
      setSecret(res.data.createApiToken.secret);
      setName("");
      reload();
    }
  };
  const revoke = async (id: string) => {
    if (!window.confirm("Thu hồi khoá này? Các chương trình đang dùng khoá sẽ không truy cập được nữa."))
      return;
    const res = await client.mutation(REVOKE, { id }).toPromise();
    setFailure(res.error ?? null);
    reload();
  };
  return (
    <Stack>
      <Title order={2}>Khoá truy cập API</Title>
      <Text c="dimmed">
        Dùng khoá để truy vấn dữ liệu (chỉ đọc) từ công cụ phân tích. Khoá chỉ hiển thị một lần khi tạo.
      </Text>
      {failure && (
        <Alert color="red" role="alert">
          {errorMessage(failure)}
        </Alert>
      )}
      {secret && (
        <Alert color="green" title="Khoá mới (sao chép ngay, sẽ không hiển thị lại)">
          <Code block aria-label="Khoá mới">
            {secret}
          </Code>
        </Alert>
      )}
      <Group align="end">
        <TextInput
          label="Tên khoá (dùng ở đâu)"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={320}
        />
        <Button onClick={create} disabled={!name.trim()}>
          Tạo khoá
        </Button>
      </Group>
      {!data ? (
        <QueryState fetching={fetching} error={error} what="khoá truy cập" />
      ) : data.myApiTokens.length === 0 ? (
        <Text c="dimmed">Chưa có khoá nào.</Text>
      ) : (
        <Table withTableBorder aria-label="Khoá truy cập API">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tên</Table.Th>
              <Table.Th>Mã đầu</Table.Th>
              <Table.Th>Tạo ngày</Table.Th>
              <Table.Th>Dùng lần cuối</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.myApiTokens.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>
                  <Code>{t.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(t.createdAt)}</Table.Td>
                <Table.Td>{formatDate(t.lastUsedAt)}</Table.Td>
                <Table.Td>
                  {t.revokedAt ? (
                    <Badge color="gray">Đã thu hồi {formatDate(t.revokedAt)}</Badge>
                  ) : (
                    <Button size="xs" color="red" variant="outline" onClick={() => revoke(t.id)}>
                      Thu hồi
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
