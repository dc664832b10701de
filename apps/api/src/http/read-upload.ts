import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ReceivedFile } from "../documents/document.service.js";

/** The body grew past the limit; nothing of it is kept. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
}

/** The `content-length` the client announced, or null (chunked, or absent). */
export function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers["content-length"];
  if (header === undefined || !/^\d+$/.test(header)) return null;
  return Number(header);
}

/**
 * Reads a raw request body, hashing it (SHA-256) as it arrives and stopping as soon as it exceeds
 * `maxBytes`, whatever `content-length` said. The bytes are kept in memory: at most `maxBytes` of them.
 */
export async function readUpload(req: IncomingMessage, maxBytes: number): Promise<ReceivedFile> {
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let size = 0;
  // Stopping early must not destroy the request: its socket still has to carry the 413.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(`body over ${maxBytes} bytes`);
    hash.update(buffer);
    chunks.push(buffer);
  }
  return { content: Buffer.concat(chunks, size), sha256: hash.digest("hex") };
}
