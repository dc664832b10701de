import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import type { DataSource } from "typeorm";
import { apiTokenGuard } from "./auth/api-token-guard.js";
import { authenticate } from "./auth/auth.service.js";
import { passwordChangeGuard, refusingPendingPasswordChange } from "./auth/password-change-guard.js";
import { DEFAULT_APP_SETTINGS } from "./config.js";
import { type AppSettings, type Ctx, endRequest, onRequestEnd, requestDatabase } from "./context.js";
import { databaseAppError } from "./db/database-errors.js";
import { AppError } from "./errors.js";
import { createFormatError } from "./graphql/format-error.js";
import { inputHygiene } from "./graphql/input-hygiene.js";
import { graphqlLimitOptions } from "./graphql/limits.js";
import { outageStatus } from "./graphql/outage-status.js";
import { buildAppSchema } from "./graphql/schema.js";
import { handleDocumentRoute, matchDocumentRoute } from "./http/documents-handler.js";
import { handleGraphiql, matchGraphiqlRoute } from "./http/graphiql.js";
import { handleGraphQL } from "./http/graphql-handler.js";
import { handleHealth, matchHealthRoute } from "./http/health.js";
import { handleReport, matchReportRoute } from "./http/reports-handler.js";
import { guardServer, serveSafely } from "./http/request-boundary.js";
import { parseRequestTarget } from "./http/request-target.js";
import { createSecurityHeaders } from "./http/security-headers.js";
import { sendError } from "./http/send-error.js";
import { handleSettlementDossier, matchSettlementDossierRoute } from "./http/settlement-dossier-handler.js";
import { isAppPage, serveStatic } from "./http/static-files.js";
import { type Logger, silentLogger } from "./log.js";
import { type NotificationMailer, startNotificationMailer } from "./notifications/notification-mailer.js";

export interface App {
  /** Not listening yet: `server.listen(port)`; tests use port 0. */
  server: Server;
  apollo: ApolloServer<Ctx>;
  /** Stops accepting connections, lets running requests finish (10 s at most), stops Apollo. */
  stop(): Promise<void>;
  /** The notification e-mail sender, when SMTP_URL is set (tests run a round with `runOnce`). */
  mailer: NotificationMailer | null;
}

export interface AppOptions {
  /** Initialised and migrated. The app does not own it: the caller closes it after `stop()`. */
  dataSource: DataSource;
  logger?: Logger;
  settings?: Partial<AppSettings>;
  /** The built admin app to serve at `/`, if any. */
  adminDist?: string | null;
}

const DRAIN_MS = 10_000;

/**
 * The HTTP server: `POST|GET /graphql` (Apollo), `GET /health` (= `/health/ready`) and `/health/live`,
 * `GET /graphiql` (bundled GraphiQL), the evidence documents (`POST /projects/{id}/documents`,
 * `GET /documents/{id}`), the settlement dossier, the reports (`GET /reports/{kind}/{year}.xlsx|.csv`)
 * and the built admin app at `/`. No framework. Every request runs inside one error boundary
 * (http/request-boundary.ts) with the security headers of http/security-headers.ts.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { dataSource } = options;
  const log = options.logger ?? silentLogger;
  const settings: AppSettings = { ...DEFAULT_APP_SETTINGS, ...options.settings };

  const limits = graphqlLimitOptions(settings);
  const apollo = new ApolloServer<Ctx>({
    schema: await buildAppSchema(),
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Analysts and the admin app's codegen read the schema; it is no secret (it is committed).
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops HTTP → Apollo → database in order; Apollo's own handler
    // would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    ...(limits.validationRules ? { validationRules: limits.validationRules } : {}),
    ...(limits.parseOptions ? { parseOptions: limits.parseOptions } : {}),
    plugins: [apiTokenGuard, passwordChangeGuard, inputHygiene, ...(limits.plugins ?? []), outageStatus],
  });
  await apollo.start();

  const context = async (req: IncomingMessage): Promise<Ctx> => {
    let auth: Awaited<ReturnType<typeof authenticate>>;
    try {
      auth = await authenticate(dataSource.manager, req.headers.authorization);
    } catch (error) {
      // The token is looked up before anything else runs: an outage is named here already (503).
      throw databaseAppError(error) ?? error;
    }
    // Every statement of the request runs as the application's role with the user's scope (row-level
    // security); the connection goes back to the pool when the route has answered (endRequest).
    const database = requestDatabase(dataSource, auth?.user ?? null);
    onRequestEnd(req, database.end);
    return {
      user: auth?.user ?? null,
      sessionId: auth?.sessionId ?? null,
      apiTokenId: auth?.apiTokenId ?? null,
      clientAddress: clientAddress(req, settings.http.trustProxy),
      dataSource,
      em: database.em,
      loaders: database.loaders,
      log,
      settings,
    };
  };

  const securityHeaders = createSecurityHeaders(settings.http);
  const deps = { context: refusingPendingPasswordChange(context), log };
  const adminDist = options.adminDist ?? null;

  /** Each route, then the request's database session ends (its connection goes back to the pool). */
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await routeTo(req, res);
    } finally {
      await endRequest(req);
    }
  };

  /** Each route in turn; the admin app's files last, then 404 (405 for another method on the app). */
  const routeTo = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = parseRequestTarget(req.url);
    const { path } = target;
    if (path === "/graphql") return handleGraphQL(req, res, apollo, context, target.search);
    const health = matchHealthRoute(path);
    if (health) return handleHealth(req, res, health, dataSource, log);
    const graphiql = matchGraphiqlRoute(path);
    if (graphiql) return handleGraphiql(req, res, graphiql, log);
    const dossier = matchSettlementDossierRoute(path);
    if (dossier) return handleSettlementDossier(req, res, dossier, deps);
    const report = matchReportRoute(path);
    if (report) return handleReport(req, res, report, deps);
    const document = matchDocumentRoute(path);
    if (document) return handleDocumentRoute(req, res, document, deps);
    if (serveStatic(req, res, adminDist, path, log)) return Promise.resolve();
    if (adminDist && isAppPage(req, adminDist, path)) {
      const refusal = new AppError("METHOD_NOT_ALLOWED", "Địa chỉ này chỉ nhận phương thức GET, HEAD.");
      sendError(res, refusal, log, { headers: { allow: "GET, HEAD" } });
      return Promise.resolve();
    }
    throw new AppError("NOT_FOUND", "Không tìm thấy địa chỉ này.");
  };

  // Notification e-mails, after commit and outside every request (off unless SMTP_URL is set).
  const mailer = startNotificationMailer(dataSource, settings.mail, log);

  const server = createServer((req, res) => {
    void serveSafely(req, res, { securityHeaders, route, log });
  });
  guardServer(server, settings.http, log);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (server.listening) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
        await closed;
        clearTimeout(force);
      }
      await apollo.stop();
      await mailer?.stop();
    })();
    return stopping;
  };

  return { server, apollo, stop, mailer };
}

/**
 * The address a request came from: the socket's peer, or, behind a reverse proxy the operator trusts
 * (`TRUST_PROXY=true`), the last address that proxy appended to X-Forwarded-For.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
    const last = list
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}
