import { dataScopeOf } from "@khuyencong/domain";
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useClient } from "urql";
import { Link } from "wouter";
import { graphql } from "../../../gql";
import type { ImportFacilitiesMutation } from "../../../gql/graphql";
import { errorMessage } from "../../../lib/client";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { base64ToBytes, bytesToBase64, canImport, fileProblem, saveBytes } from "../facility-import";
import { useT } from "../../../lib/i18n";
import { useCan, useMe } from "../../../lib/me";
import { needsCapability } from "../../../ui/Forbidden";

const IMPORT_FACILITIES = graphql(`
  mutation ImportFacilities($file: String!, $dryRun: Boolean!, $fileName: String) {
    importFacilities(fileBase64: $file, dryRun: $dryRun, fileName: $fileName) {
      dryRun importedCount rowCount errorRowCount
      rows { row name communeName facilityId errors { column message } }
    }
  }
`);

const IMPORT_TEMPLATE = graphql(`
  query FacilityImportTemplate {
    facilityImportTemplate { fileName base64 }
  }
`);

type Result = ImportFacilitiesMutation["importFacilities"];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Import a facility register from Excel in two steps: a dry run that lists every row's problems and saves
 * nothing, then — only when the dry run of this very file is clean — the import, all or nothing.
 */
export function FacilityImportPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<Result | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [templateBusy, setTemplateBusy] = useState(false);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const run = useMutationForm();

  if (!can("ImportFacilities")) {
    return (
      <Alert
        color="yellow"
        role="alert"
        title={t("Bạn không có quyền nhập cơ sở", "You may not import establishments")}
      >
        {t(
          "Chỉ Sở Công Thương, cán bộ xã và đơn vị thực hiện được nhập danh sách cơ sở.",
          "Only the department, commune officers and implementing units import establishments.",
        )}{" "}
        {needsCapability(t, "ImportFacilities")}
      </Alert>
    );
  }

  const choose = async (next: File | null) => {
    setFile(next);
    setBase64(null);
    setDryRun(null);
    setImported(null);
    run.clear();
    setLocalError(null);
    if (!next) return;
    const problem = fileProblem(next);
    if (problem) {
      setLocalError(t(problem.vi, problem.en));
      return;
    }
    setBase64(bytesToBase64(new Uint8Array(await next.arrayBuffer())));
  };

  const check = async () => {
    if (!base64 || !file) return;
    run.clear();
    setBusy("check");
    const res = await run.send(IMPORT_FACILITIES, { file: base64, dryRun: true, fileName: file.name });
    setBusy(null);
    if (res.data) setDryRun(res.data.importFacilities);
  };

  const importNow = async () => {
    setConfirming(false);
    if (!base64 || !file) return;
    run.clear();
    setBusy("import");
    const res = await run.send(IMPORT_FACILITIES, { file: base64, dryRun: false, fileName: file.name });
    setBusy(null);
    if (res.data) {
      setImported(res.data.importFacilities);
      setDryRun(null);
      // The file is in: clear it so that it is not sent twice.
      setFile(null);
      setBase64(null);
    }
  };

  const downloadTemplate = async () => {
    setTemplateError(null);
    setTemplateBusy(true);
    const res = await client.query(IMPORT_TEMPLATE, {}, { requestPolicy: "network-only" }).toPromise();
    setTemplateBusy(false);
    if (res.error || !res.data)
      setTemplateError(
        errorMessage(res.error) ?? t("Không tải được tệp mẫu.", "Could not get the template."),
      );
    else
      saveBytes(
        base64ToBytes(res.data.facilityImportTemplate.base64),
        res.data.facilityImportTemplate.fileName,
        XLSX,
      );
  };

  const validCount = dryRun ? dryRun.rowCount - dryRun.errorRowCount : 0;
  const shown = dryRun ? dryRun.rows.filter((r) => !onlyErrors || r.errors.length > 0) : [];

  return (
    <Stack>
      <Anchor component={Link} href="/co-so" size="sm">
        ← {t("Danh sách cơ sở", "Establishments")}
      </Anchor>
      <Title order={2}>{t("Nhập cơ sở từ Excel", "Import establishments from Excel")}</Title>
      <Card withBorder>
        <Stack gap="sm">
          <Text size="sm">
            {t(
              "Bước 1: tải tệp mẫu, điền mỗi cơ sở một dòng (cột có dấu * là bắt buộc; loại hình, ngành nghề ghi đúng tên trong trang “Danh mục”; xã ghi tên đầy đủ, ví dụ “Xã An Hưng”). Bước 2: chọn tệp và kiểm tra thử — chưa có gì được lưu. Bước 3: khi không còn dòng lỗi, nhập toàn bộ tệp.",
              "Step 1: download the template and fill one establishment per row (* columns are required; legal form and sector as listed in the “Danh mục” sheet; the commune by full name, e.g. “Xã An Hưng”). Step 2: choose the file and run a check — nothing is saved. Step 3: when no row is wrong, import the whole file.",
            )}
          </Text>
          {dataScopeOf(me.role) === "COMMUNE" && (
            <Text size="sm" c="dimmed">
              {t("Chỉ nhận cơ sở sản xuất trên địa bàn", "Only establishments producing in")}{" "}
              {me.commune?.displayName}.
            </Text>
          )}
          <Group>
            <Button variant="default" onClick={() => void downloadTemplate()} loading={templateBusy}>
              {t("Tải tệp mẫu (.xlsx)", "Download the template (.xlsx)")}
            </Button>
          </Group>
          {templateError && (
            <Alert color="red" role="alert">
              {templateError}
            </Alert>
          )}
          <Group align="end">
            <FileInput
              label={t("Tệp Excel danh sách cơ sở", "Excel file of establishments")}
              description={t(
                "Định dạng .xlsx, tối đa 720 KB và 2.000 dòng",
                ".xlsx, at most 720 KB and 2,000 rows",
              )}
              placeholder={t("Chọn tệp…", "Choose a file…")}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(f) => void choose(f)}
              error={localError}
              clearable
              w={420}
            />
            <Button onClick={() => void check()} disabled={!base64} loading={busy === "check"}>
              {t("Kiểm tra thử", "Check (dry run)")}
            </Button>
          </Group>
        </Stack>
      </Card>

      <MutationError
        form={run}
        record={{ vi: "danh sách cơ sở", en: "establishments" }}
        title={t("Không nhập được tệp", "The file could not be imported")}
      />

      {imported && (
        <Alert color="green" role="status" title={t("Đã nhập xong", "Import done")}>
          <Stack gap="xs">
            <Text size="sm">
              {t(
                `Đã nhập ${imported.importedCount} cơ sở.`,
                `${imported.importedCount} establishments imported.`,
              )}
            </Text>
            <List size="sm">
              {imported.rows.slice(0, 50).map((r) => (
                <List.Item key={r.row}>
                  {r.facilityId ? (
                    <Anchor component={Link} href={`/co-so/${r.facilityId}`}>
                      {r.name}
                    </Anchor>
                  ) : (
                    r.name
                  )}
                  {r.communeName ? ` — ${r.communeName}` : ""}
                </List.Item>
              ))}
            </List>
            {imported.rows.length > 50 && (
              <Text size="sm" c="dimmed">
                {t(
                  `… và ${imported.rows.length - 50} cơ sở khác.`,
                  `… and ${imported.rows.length - 50} more.`,
                )}
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      {dryRun && (
        <Stack>
          {canImport(dryRun) ? (
            <Alert color="green" title={t("Tệp hợp lệ", "The file is valid")}>
              <Group justify="space-between">
                <Text size="sm">
                  {t(
                    `${dryRun.rowCount} dòng đều hợp lệ. Chưa có cơ sở nào được lưu.`,
                    `All ${dryRun.rowCount} rows are valid. Nothing has been saved yet.`,
                  )}
                </Text>
                <Button onClick={() => setConfirming(true)} loading={busy === "import"}>
                  {t(`Nhập ${dryRun.rowCount} cơ sở`, `Import ${dryRun.rowCount} establishments`)}
                </Button>
              </Group>
            </Alert>
          ) : (
            <Alert color="red" role="alert" title={t("Tệp còn dòng lỗi", "Some rows are wrong")}>
              {t(
                `${dryRun.errorRowCount} trên ${dryRun.rowCount} dòng có lỗi (${validCount} dòng hợp lệ). Chưa có cơ sở nào được lưu. Hãy sửa các ô được đánh dấu trong tệp, lưu lại, chọn lại tệp và kiểm tra thử lần nữa: chỉ nhập khi cả tệp không còn lỗi.`,
                `${dryRun.errorRowCount} of ${dryRun.rowCount} rows are wrong (${validCount} valid). Nothing has been saved. Fix the marked cells in the file, save it, choose it again and re-run the check: the file is imported only when no row is wrong.`,
              )}
            </Alert>
          )}
          {dryRun.errorRowCount > 0 && (
            <Checkbox
              label={t("Chỉ hiện dòng lỗi", "Show only wrong rows")}
              checked={onlyErrors}
              onChange={(e) => setOnlyErrors(e.currentTarget.checked)}
            />
          )}
          <Table withTableBorder aria-label={t("Kết quả kiểm tra từng dòng", "Check result by row")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t("Dòng", "Row")}</Table.Th>
                <Table.Th w={240}>{t("Tên cơ sở", "Name")}</Table.Th>
                <Table.Th w={150}>{t("Nơi sản xuất", "Production site")}</Table.Th>
                <Table.Th>{t("Kết quả", "Result")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr key={r.row} bg={r.errors.length > 0 ? "var(--mantine-color-red-light)" : undefined}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.name ?? "—"}</Table.Td>
                  <Table.Td>{r.communeName ?? "—"}</Table.Td>
                  <Table.Td>
                    {r.errors.length === 0 ? (
                      <Text size="sm" c="green.8">
                        {t("Hợp lệ", "Valid")}
                      </Text>
                    ) : (
                      <List size="sm" spacing={2}>
                        {r.errors.map((e) => (
                          <List.Item key={`${e.column}-${e.message}`}>
                            {e.column && <Text span size="sm" fw={600}>{`${e.column}: `}</Text>}
                            <Text span size="sm" c="red.9">
                              {e.message}
                            </Text>
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("Nhập danh sách cơ sở", "Import the establishments")}
      >
        <Stack>
          <Text size="sm">
            {t(
              `Lưu ${dryRun?.rowCount ?? 0} cơ sở từ tệp “${file?.name ?? ""}” vào hệ thống? Các cơ sở được lưu cùng lúc; nếu có lỗi, không cơ sở nào được lưu.`,
              `Save ${dryRun?.rowCount ?? 0} establishments from “${file?.name ?? ""}”? They are saved together; on any error none is saved.`,
            )}
          </Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("Huỷ", "Cancel")}
            </Button>
            <Button onClick={() => void importNow()}>
              {t(`Nhập ${dryRun?.rowCount ?? 0} cơ sở`, `Import ${dryRun?.rowCount ?? 0}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
