/** The import file's limits, as the API enforces them (checked here first to spare a useless upload). */
export const IMPORT_MAX_BYTES = 720 * 1024;

/** Bytes → base64, in chunks (a spread of a large array overflows the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** base64 → bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Why a chosen file cannot be sent, before sending it; null when it may be. */
export function fileProblem(file: { name: string; size: number }): { vi: string; en: string } | null {
  if (!/\.xlsx$/i.test(file.name))
    return {
      vi: "Chỉ nhận tệp Excel .xlsx. Nếu tệp là .xls hoặc .csv, hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
      en: "Only .xlsx Excel files. Save an .xls or .csv file as .xlsx in Excel first.",
    };
  if (file.size > IMPORT_MAX_BYTES)
    return {
      vi: `Tệp quá lớn: tối đa ${IMPORT_MAX_BYTES / 1024} KB. Hãy chia danh sách thành nhiều tệp.`,
      en: `File too large: at most ${IMPORT_MAX_BYTES / 1024} KB. Split the list into several files.`,
    };
  if (file.size === 0) return { vi: "Tệp rỗng.", en: "The file is empty." };
  return null;
}

export interface DryRunSummary {
  rowCount: number;
  errorRowCount: number;
  rows: readonly { errors: readonly unknown[] }[];
}

/** The real import is offered only after a dry run of this very file found no wrong row. */
export function canImport(result: DryRunSummary | null | undefined): boolean {
  return Boolean(
    result &&
      result.rowCount > 0 &&
      result.errorRowCount === 0 &&
      result.rows.every((r) => r.errors.length === 0),
  );
}

/** Saves bytes in the browser under `fileName`. */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
