/**
 * Boots the real app on a fresh database for one test FILE, and talks to it over real HTTP.
 *
 * - DATABASE_URL set (CI): creates a uniquely named database on that server, migrates it, drops it after.
 * - DATABASE_URL unset: the same, on the throw-away embedded PostgreSQL that global-setup.ts starts.
 *
 *   let t: TestServer;
 *   beforeAll(async () => { t = await startTestServer(); });
 *   afterAll(() => t?.close());
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Role } from "@khuyencong/domain";
import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { type App, createApp } from "../src/app.js";
import { type AppSettings, systemContext } from "../src/context.js";
import { createDataSource } from "../src/db/data-source.js";
import { migrate } from "../src/db/open-database.js";
import { type Logger, silentLogger } from "../src/log.js";
import { seedReferenceData } from "../src/reference/seed-reference-data.js";
import { ensureFirstAdmin } from "../src/users/first-admin.js";
import { graphql } from "./graphql/index.js";
import type { TypedDocumentString } from "./graphql/graphql.js";

export const ADMIN_EMAIL = "admin@test.local";
/** Passwords the password rule accepts (a few unrelated words; none contains a test e-mail or name). */
export const ADMIN_PASSWORD = "sao-bien-hat-giua-dong-song";
export const DEFAULT_PASSWORD = "chim-se-nhay-tren-mai-ngoi";
/** The commune a COMMUNE_OFFICER created by `createUser` works for, unless told otherwise. */
export const DEFAULT_COMMUNE = "xa-an-hung";

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; fieldErrors?: { field: string; message: string }[] } & Record<
    string,
    unknown
  >;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** The raw response text, to assert what must never appear in it. */
  text: string;
  /** The response's headers (Retry-After of an overload or an outage, …). */
  headers: Headers;
}

export interface LogLine {
  level: keyof Logger;
  message: string;
  detail: unknown;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  version: number;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  app: App;
  dataSource: DataSource;
  /** What the server logged; for asserting that an error reached the log but not the client. */
  logs: LogLine[];
  adminToken: string;
  /** Id of the implementing unit the reference data creates (the city's extension centre). */
  unitId: string;
  /**
   * Sends a typed document (`graphql(\`…\`)` from ./graphql, generated from schema.graphql): the response's
   * `data` and the variables have the document's types, so a renamed field fails the typecheck.
   */
  gql<R, V>(document: TypedDocumentString<R, V>, variables?: V, token?: string): Promise<GqlResponse<R>>;
  /**
   * @deprecated the untyped form, left for the files not converted yet: use a `graphql(\`…\`)` document,
   * or `gqlText` for a document that must stay text.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the untyped form this deprecation replaces
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /**
   * Sends a document as plain text, for what the schema's types cannot describe: deliberately invalid
   * documents, unknown fields, wrong variable types, documents built at run time. Its `data` is unknown:
   * read it through a typed document instead whenever the document is valid.
   */
  gqlText(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<unknown>>;
  /** Sends a typed document and returns its data; fails the test (with the response) on any error. */
  ok<R, V>(document: TypedDocumentString<R, V>, variables?: V, token?: string): Promise<R>;
  /** Signs in and returns the token; fails the test if sign-in fails. */
  login(email: string, password: string): Promise<string>;
  /** Creates a user through the API (as the admin) and signs them in. */
  createUser(
    role: Role,
    extra?: { communeCode?: string; unitId?: string; email?: string },
  ): Promise<TestUser>;
  /** Runs `fn` and returns the SQL statements the server sent meanwhile (for N+1 checks). */
  recordQueries(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    seedAdmin?: boolean;
    /** The PostgreSQL server to create the database on; the run's test server by default. */
    serverUrl?: string;
    /** Settings of the app under test (limits, database time-outs); the pool gets `database`'s too. */
    settings?: Partial<AppSettings>;
  } = {},
): Promise<TestServer> {
  const database = await freshDatabase(options.serverUrl);
  const logs: LogLine[] = [];
  const logger = capturingLogger(logs);
  let dataSource: DataSource | undefined;
  let app: App | undefined;
  try {
    dataSource = await createDataSource(database.url, {
      poolSize: 5,
      ...options.settings?.database,
    }).initialize();
    await migrate(dataSource, silentLogger);
    const settings = { sessionTtlHours: 12, ...options.settings };
    await seedReferenceData(systemContext(dataSource, silentLogger, settings));
    if (options.seedAdmin ?? true) {
      await ensureFirstAdmin(systemContext(dataSource, silentLogger, settings), {
        email: ADMIN_EMAIL,
        password: ADMIN_PASSWORD,
        print: () => {},
      });
    }
    app = await createApp({ dataSource, logger, settings });
    const server = app.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  } catch (error) {
    await app?.stop();
    await dataSource?.destroy();
    await database.drop();
    throw error;
  }
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const send = async (query: string, variables: unknown, token: string | undefined) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: unknown; errors?: GqlError[] };
    return { status: response.status, data: body.data, errors: body.errors, text, headers: response.headers };
  };
  // One function behind both signatures: a typed document is a String whose text is the query.
  const gql = ((query: string | TypedDocumentString<unknown, unknown>, variables?: unknown, token?: string) =>
    send(String(query), variables, token)) as unknown as TestServer["gql"];
  const gqlText: TestServer["gqlText"] = (query, variables, token) => send(query, variables, token);
  const ok: TestServer["ok"] = async (document, variables, token) => {
    const res = await gql(document, variables, token);
    if (res.errors || !res.data) throw new Error(`unexpected error: ${res.text}`);
    return res.data;
  };

  const login = async (email: string, password: string) => {
    const res = await gql(LOGIN, { email, password });
    const token = res.data?.login.token;
    if (!token) throw new Error(`login(${email}) failed: ${res.text}`);
    return token;
  };

  const adminToken = options.seedAdmin === false ? "" : await login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const [{ id: unitId }] = await dataSource.query(
    "SELECT id FROM implementing_unit ORDER BY created_at LIMIT 1",
  );

  const createUser: TestServer["createUser"] = async (role, extra = {}) => {
    const email = extra.email ?? `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@test.local`;
    const res = await gql(
      CREATE_USER,
      {
        email,
        role,
        password: DEFAULT_PASSWORD,
        communeCode: extra.communeCode ?? (role === "COMMUNE_OFFICER" ? DEFAULT_COMMUNE : null),
        unitId: extra.unitId ?? (role === "IMPLEMENTING_UNIT" ? unitId : null),
      },
      adminToken,
    );
    const created = res.data?.createUser;
    if (!created) throw new Error(`createUser(${role}) failed: ${res.text}`);
    // An administrator chose the password, so the API asks the user to change it before anything else
    // (auth.test.ts tests that). Every other test starts from a user who already has: the flag is lifted
    // here directly, keeping the version and the audit trail as the tests expect them.
    await dataSource.query("UPDATE app_user SET must_change_password = false WHERE id = $1", [created.id]);
    return { ...created, email, password: DEFAULT_PASSWORD, token: await login(email, DEFAULT_PASSWORD) };
  };

  const readyApp = app;
  const readyDataSource = dataSource;
  return {
    url,
    app: readyApp,
    dataSource: readyDataSource,
    logs,
    adminToken,
    unitId,
    gql,
    gqlText,
    ok,
    login,
    createUser,
    recordQueries: async (fn) => {
      const queries: string[] = [];
      const driver = readyDataSource.driver;
      const original = driver.createQueryRunner.bind(driver);
      driver.createQueryRunner = (mode) => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          queries.push(sql);
          return (query as (...args: unknown[]) => unknown)(sql, ...rest);
        }) as typeof runner.query;
        return runner;
      };
      try {
        await fn();
      } finally {
        driver.createQueryRunner = original;
      }
      // Session lookups and transaction control are the same for every request; count the work.
      return queries.filter(
        (sql) => !/"user_session"|^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(sql.trim()),
      );
    },
    close: async () => {
      await readyApp.stop();
      if (readyDataSource.isInitialized) await readyDataSource.destroy();
      await database.drop();
    },
  };
}

const LOGIN = graphql(`
  mutation TestLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const CREATE_USER = graphql(`
  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {
    createUser(
      email: $email
      fullName: "Người Thử"
      role: $role
      communeCode: $communeCode
      unitId: $unitId
      password: $password
    ) {
      id
      version
    }
  }
`);

/** A database nobody else uses, on DATABASE_URL's server or the embedded one. */
async function freshDatabase(
  serverUrl: string = inject("testServerUrl"),
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `khuyencong_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = await createDataSource(serverUrl, { poolSize: 1 }).initialize();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = await createDataSource(serverUrl, { poolSize: 1 }).initialize();
      try {
        await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await again.destroy();
      }
    },
  };
}

function capturingLogger(lines: LogLine[]): Logger {
  const at =
    (level: keyof Logger) =>
    (message: string, detail?: unknown): void => {
      lines.push({ level, message, detail });
    };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

/** The first error's code, or undefined. */
export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
