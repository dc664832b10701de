import { FILE_CLOSED_STATES } from "@khuyencong/domain";
import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { downloadFile } from "../../../lib/download";
import { formatDate } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { useCan } from "../../../lib/me";
import { needsCapability, ReasonNote } from "../../../ui/Forbidden";
import { session } from "../../../lib/session";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { useMutationForm } from "../../../ui/useMutationForm";
import { PROJECT, type SectionProps } from "./section";
import { documentKindOptions } from "../labels";
import { DELETE_DOCUMENT, type ProjectDetail } from "../graphql/queries";

const MAX_BYTES = 20 * 1024 * 1024;

/** `1,2 MB`, `35 KB`: sizes as a Vietnamese reader writes them. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Sends the file to `POST /projects/{id}/documents` with the Bearer token; throws the server's message. */
async function upload(projectId: string, kind: string, file: File, note: string): Promise<void> {
  const params = new URLSearchParams({ kind, fileName: file.name });
  if (note.trim()) params.set("note", note.trim());
  const token = session.token();
  const res = await fetch(`/projects/${projectId}/documents?${params}`, {
    method: "POST",
    headers: {
      "content-type": file.type || "application/octet-stream",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Không tải lên được tệp (mã ${res.status}).`);
  }
}

export function Documents({ project: p, reload }: SectionProps & { project: ProjectDetail }) {
  const t = useT();
  const can = useCan();
  const fileClosed = (FILE_CLOSED_STATES as readonly string[]).includes(p.state);
  const [deleting, setDeleting] = useState<{ id: string; fileName: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const del = useMutationForm();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("Hồ sơ, chứng từ", "Documents")}</Title>
      {failure && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {p.documents.length === 0 ? (
        <Text c="dimmed">{t("Chưa có tài liệu nào.", "No documents yet.")}</Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label={t("Hồ sơ, chứng từ", "Documents")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Loại", "Kind")}</Table.Th>
              <Table.Th>{t("Tệp", "File")}</Table.Th>
              <Table.Th>{t("Ghi chú", "Note")}</Table.Th>
              <Table.Th>{t("Người tải lên", "Uploaded by")}</Table.Th>
              <Table.Th>{t("Ngày", "Date")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.kindLabel}</Table.Td>
                <Table.Td>
                  {d.fileName}{" "}
                  <Text span size="xs" c="dimmed">
                    ({fileSize(d.sizeBytes)})
                  </Text>
                </Table.Td>
                <Table.Td>{d.note ?? ""}</Table.Td>
                <Table.Td>{d.uploadedBy.fullName}</Table.Td>
                <Table.Td>{formatDate(d.uploadedAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {d.canDownload && (
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t(`Tải về ${d.fileName}`, `Download ${d.fileName}`)}
                      onClick={() =>
                        downloadFile(d.downloadPath, d.fileName).catch((e) => setFailure(String(e.message)))
                      }
                    >
                      {t("Tải về", "Download")}
                    </Button>
                  )}
                  {d.canDelete && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t(`Xoá ${d.fileName}`, `Delete ${d.fileName}`)}
                      onClick={() => setDeleting({ id: d.id, fileName: d.fileName })}
                    >
                      {t("Xoá", "Delete")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {can("ManageEvidence") || (can("UploadEvidence") && !fileClosed) ? (
        <UploadForm projectId={p.id} onDone={reload} />
      ) : (
        can("UploadEvidence") && (
          <ReasonNote>
            {t(
              "Hồ sơ đã đóng (đã thanh lý hoặc không được phê duyệt): chỉ Sở Công Thương bổ sung tài liệu.",
              "The file is closed (closed or not approved): only the department adds documents.",
            )}{" "}
            {needsCapability(t, "ManageEvidence")}
          </ReasonNote>
        )
      )}
      {deleting && (
        <ConfirmDialog
          title={t("Xoá tài liệu", "Delete a document")}
          confirmLabel={t("Xoá tài liệu", "Delete the document")}
          onClose={() => setDeleting(null)}
          onReload={reload}
          record={PROJECT}
          onConfirm={async () => {
            const res = await del.send(DELETE_DOCUMENT, { id: deleting.id });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Text>
            {t(
              `Xoá “${deleting.fileName}” khỏi hồ sơ đề án? Không khôi phục được.`,
              `Delete “${deleting.fileName}” from the project's file? It cannot be restored.`,
            )}
          </Text>
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function UploadForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const t = useT();
  const [kind, setKind] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ kind?: string; file?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const e: { kind?: string; file?: string } = {};
    if (!kind) e.kind = t("Vui lòng chọn loại tài liệu", "Choose the kind of document");
    if (!file) e.file = t("Vui lòng chọn tệp", "Choose a file");
    else if (file.size === 0) e.file = t("Tệp rỗng", "The file is empty");
    else if (file.size > MAX_BYTES) e.file = t("Tệp tối đa 20 MB", "At most 20 MB");
    setErrors(e);
    if (Object.keys(e).length || !kind || !file) return;
    setBusy(true);
    setFailure(null);
    try {
      await upload(projectId, kind, file, note);
      setFile(null);
      setNote("");
      onDone();
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder bg="gray.0">
      <Stack gap="sm">
        <Text fw={600}>{t("Tải tài liệu lên", "Upload a document")}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group align="start">
          <Select
            label={t("Loại tài liệu", "Kind of document")}
            required
            data={documentKindOptions(t)}
            value={kind}
            error={errors.kind}
            onChange={setKind}
            w={300}
          />
          <FileInput
            label={t("Tệp (tối đa 20 MB)", "File (at most 20 MB)")}
            required
            value={file}
            error={errors.file}
            onChange={setFile}
            placeholder={t("Chọn tệp", "Choose a file")}
            // Mantine draws this placeholder as text, in a grey below WCAG AA contrast (axe): the dimmed grey.
            styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
            w={260}
          />
          <TextInput
            label={t("Ghi chú", "Note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={240}
          />
        </Group>
        <Group justify="flex-end">
          <Button loading={busy} onClick={submit}>
            {t("Tải lên", "Upload")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
