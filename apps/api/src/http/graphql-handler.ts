import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, type ContextThunk, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { httpStatusOf } from "./send-error.js";
import { sendJson } from "./send-json.js";

const MAX_BODY_BYTES = 1_048_576;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bridges `node:http` to Apollo's `executeHTTPGraphQLRequest`. Apollo does the rest: GET/POST rules, CSRF
 * prevention (a GET or a "simple" POST needs `content-type: application/json` or `apollo-require-preflight`).
 */
export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<Ctx>,
  context: (req: IncomingMessage) => Promise<Ctx>,
  search: string,
): Promise<void> {
  let body: unknown;
  try {
    body = await readBody(req);
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    sendJson(res, error.status, {
      errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }],
    });
    return;
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (req.method ?? "GET").toUpperCase(),
    headers,
    search,
    body,
  };
  const contextThunk: ContextThunk<Ctx> = async () => {
    try {
      return await context(req);
    } catch (error) {
      throw asContextError(error);
    }
  };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: contextThunk });

  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * The context is built before execution (the Bearer token is looked up in the database), and Apollo
 * answers a failure there with HTTP 500 and "Context creation failed". An AppError (e.g. the database
 * is unreachable: DATABASE_UNAVAILABLE) keeps its code and gets its own status and Retry-After instead;
 * formatError still decides the message, from `originalError`.
 */
function asContextError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const headers = new HeaderMap();
  if (error.retryAfterSeconds !== undefined) headers.set("retry-after", String(error.retryAfterSeconds));
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: httpStatusOf(error.code), headers } },
  });
}

/** JSON bodies are parsed; any other body is passed on as text, and Apollo refuses it with a 400. */
async function readBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, "Yêu cầu quá lớn (tối đa 1 MB)");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const contentType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") return text;
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestError(400, "Nội dung yêu cầu không phải JSON hợp lệ");
  }
}
