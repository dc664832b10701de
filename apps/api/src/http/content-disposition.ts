/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 8187): the UTF-8 form carries the
 * Vietnamese name for every current browser; the quoted ASCII form (diacritics dropped, "Biên bản" →
 * "Bien ban") is for the rest. Both are safe in a header whatever the stored name holds.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

function asciiFallback(name: string): string {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return plain || "tai-lieu";
}

/** Percent-encodes everything but RFC 8187's attr-char. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
