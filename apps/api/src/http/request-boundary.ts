import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { HttpSettings } from "../config.js";
import type { Logger } from "../log.js";
import { type SecurityHeaders, rawSecurityHeaderLines } from "./security-headers.js";
import { sendError } from "./send-error.js";

/*
 * The one error boundary of the HTTP server. Every request, whatever route serves it, runs inside
 * `serveSafely`: a synchronous throw, a rejected promise, a stream that errors, a client that leaves —
 * none of them reaches the process as an uncaught exception. What a route throws is answered by
 * sendError: an AppError with its code and status (BAD_REQUEST, METHOD_NOT_ALLOWED, NOT_FOUND, the
 * outage codes…), anything else 500 INTERNAL_SERVER_ERROR without internals, logged with its stack.
 * Requests Node cannot even parse never reach a route: `guardServer` answers them on the socket.
 */

export interface BoundaryDeps {
  securityHeaders: SecurityHeaders;
  route(req: IncomingMessage, res: ServerResponse): Promise<void>;
  log: Logger;
}

export async function serveSafely(
  req: IncomingMessage,
  res: ServerResponse,
  deps: BoundaryDeps,
): Promise<void> {
  const { log } = deps;
  // An 'error' event with no listener is thrown by Node as an uncaught exception: a client resetting the
  // connection mid-body, a write after the end. Listening is enough; the route sees the failure itself.
  req.on("error", (error) => log.debug("HTTP request stream failed (client left?)", error));
  res.on("error", (error) => log.debug("HTTP response stream failed (client left?)", error));
  try {
    deps.securityHeaders(req, res);
    // Inside the try, so that a route throwing synchronously is caught like one that rejects.
    await deps.route(req, res);
  } catch (error) {
    answerError(req, res, error, log);
  }
}

function answerError(req: IncomingMessage, res: ServerResponse, error: unknown, log: Logger): void {
  if (res.destroyed || req.socket.destroyed) {
    log.debug(`${req.method} request abandoned by the client`, error);
    return;
  }
  try {
    sendError(res, error, log);
  } catch (failure) {
    // Even the error answer failed (e.g. headers a route had half-written): cut the connection.
    log.error("Could not send the error answer; closing the connection", failure);
    res.destroy();
  }
}

/** `METHOD SP target SP HTTP/x.y`: a request line that is well formed apart from an unknown method. */
const REQUEST_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^ ]+ HTTP\/\d\.\d\r?$/;

/**
 * Answers what Node's HTTP parser refuses before any route (a malformed request line or header, an
 * unknown method, headers over the size limit, a header that took too long) with the JSON error body of
 * the routes, the security headers and `connection: close`; and a CONNECT (this is no proxy) with 405.
 * Node's default would write a bare 400 — or, for a socket error with no handler, nothing at all.
 */
export function guardServer(
  server: Server,
  http: Pick<HttpSettings, "hstsMaxAgeSeconds">,
  log: Logger,
): void {
  const securityLines = rawSecurityHeaderLines(http);

  server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const code = error.code ?? "";
    log.debug(`Malformed HTTP request refused (${code || error.message})`);
    // A reset connection has nobody to answer; a response already under way cannot be replaced.
    const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (code === "ECONNRESET" || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const firstLine = error.rawPacket?.toString("latin1").split("\n")[0] ?? "";
    const [status, reason, errorCode, message] =
      code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "BAD_REQUEST", "Phần đầu (header) của yêu cầu quá lớn."]
        : code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "Request Timeout", "BAD_REQUEST", "Yêu cầu được gửi quá chậm nên đã bị dừng."]
          : code === "HPE_INVALID_METHOD" && REQUEST_LINE.test(firstLine)
            ? [405, "Method Not Allowed", "METHOD_NOT_ALLOWED", "Máy chủ không hỗ trợ phương thức HTTP này."]
            : [400, "Bad Request", "BAD_REQUEST", "Yêu cầu HTTP không đúng định dạng."];
    // The answer to a HEAD has no body, or the client would read it as a second, malformed answer.
    const head = /^HEAD /.test(firstLine);
    writeRaw(socket, status, reason, { error: { code: errorCode, message } }, securityLines, head);
  });

  // Without a listener Node drops CONNECT silently; a client deserves to know this server is no proxy.
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => {
    socket.on("error", () => socket.destroy());
    writeRaw(
      socket,
      405,
      "Method Not Allowed",
      { error: { code: "METHOD_NOT_ALLOWED", message: "Máy chủ không hỗ trợ phương thức CONNECT." } },
      securityLines,
    );
  });
}

function writeRaw(
  socket: Duplex,
  status: number,
  reason: string,
  body: unknown,
  extraLines: string,
  head = false,
): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      "content-type: application/json; charset=utf-8\r\n" +
      `content-length: ${Buffer.byteLength(text)}\r\n` +
      "cache-control: no-store\r\n" +
      extraLines +
      "connection: close\r\n\r\n" +
      (head ? "" : text),
  );
  // end() flushes, then the socket is released; destroy after a grace period for a client that never reads.
  setTimeout(() => socket.destroy(), 5_000).unref();
}
