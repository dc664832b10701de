/**
 * What every end-to-end file needs: the real API (apps/api/dist) on a fresh embedded PostgreSQL in a
 * throw-away folder, serving the built admin app; Debian's Chromium through playwright-core; the users
 * of every role; GraphQL for setting up what a test does not walk through; screenshots under
 * apps/admin/screenshots/ (git-ignored) to be looked at.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
// The API tests' helper: one way to find a free port in the repository.
import { freePort } from "../../api/test/processes.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const adminDir = join(here, "..");
const apiMain = join(adminDir, "..", "api", "dist", "main.js");
export const shots = join(adminDir, "screenshots");
mkdirSync(shots, { recursive: true });

/** Passwords the API's rule accepts (none contains a user's e-mail or name). */
export const ADMIN_PASSWORD = "buom-trang-bay-qua-vuon-cau";
export const PASSWORD = "mat-khau-e2e-1234";
/** What the administrator sets when creating a user; the user must replace it at first sign-in. */
export const INITIAL_PASSWORD = "ong-mat-hut-nhuy-hoa-sen";

export interface E2EUser {
  email: string;
  role: "DEPARTMENT" | "COMMUNE_OFFICER" | "FINANCE" | "TREASURY" | "ANALYST";
  communeCode?: string;
}

/** The users every file gets, one per role and two for the department (segregation of duties). */
export const USERS = {
  department: { email: "phong-khuyen-cong@sct.vn", role: "DEPARTMENT" },
  appraiser: { email: "tham-dinh@sct.vn", role: "DEPARTMENT" },
  commune: { email: "can-bo@an-hung.vn", role: "COMMUNE_OFFICER", communeCode: "xa-an-hung" },
  otherCommune: { email: "can-bo@kien-thuy.vn", role: "COMMUNE_OFFICER", communeCode: "xa-kien-thuy" },
  finance: { email: "stc@stc.vn", role: "FINANCE" },
  treasury: { email: "kiem-soat@kbnn.vn", role: "TREASURY" },
  analyst: { email: "phan-tich@sct.vn", role: "ANALYST" },
} as const satisfies Record<string, E2EUser>;

/** What the browser tests' GraphQL set-up sends: a typed `graphql(\`…\`)` document of the app, or text. */
type Document<R, V> = TypedDocumentNode<R, V> | string;

export interface Stack {
  /** `http://127.0.0.1:PORT`: the API serving the built app. */
  base: string;
  /**
   * Sends a GraphQL document and returns its data; throws with the errors. A typed document (from the
   * app's generated `src/gql`) types the result and variables; a string is for the few left as text.
   */
  gql<R, V>(query: TypedDocumentNode<R, V>, variables?: V, token?: string | null): Promise<R>;
  // biome-ignore lint/suspicious/noExplicitAny: text documents are read loosely; prefer a typed document
  gql<R = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<R>;
  /** Signs in through the API and returns the token. */
  login(email: string, password?: string): Promise<string>;
  /** The administrator's token (null with `{ demo: true }`). */
  admin: string | null;
  browser: Browser;
  /** A fresh page (its own context) on the login screen, not signed in. */
  openLoginPage(): Promise<Page>;
  /** A fresh page signed in as `email` through the login form, on "Việc cần xử lý". */
  signIn(email: string, password?: string): Promise<Page>;
  /** Saves a screenshot as screenshots/<name>.png. */
  shot(page: Page, name: string, fullPage?: boolean): Promise<Buffer>;
  stop(): Promise<void>;
}

/**
 * Starts the API and Chromium. `E2E_ADMIN_DIST` points at another build of the admin app (default
 * apps/admin/dist). With `{ demo: true }` the API starts as the README's `start --demo` does, on the
 * demo's sample and its users, and `USERS` are not created. Call `stop()` in `after`.
 */
export async function startStack({ demo = false }: { demo?: boolean } = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "kc-e2e-"));
  // As root the embedded PostgreSQL runs as the OS user `postgres`, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // DATABASE_URL is cleared: the app starts on its own embedded PostgreSQL in the throw-away folder.
  const api: ChildProcess = spawn(process.execPath, demo ? [apiMain, "--demo"] : [apiMain], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      // The demo refuses to share its folder with DATA_DIR: the real one is a subfolder nobody uses here.
      DATA_DIR: demo ? join(dataDir, "real") : dataDir,
      DEMO_DATA_DIR: dataDir,
      PORT: String(port),
      ADMIN_PASSWORD,
      ADMIN_DIST: process.env.E2E_ADMIN_DIST ?? join(adminDir, "dist"),
      LOG: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  let up = false;
  // The demo seeds its sample before it listens: up to a minute on a busy machine.
  for (let i = 0; i < 480 && !up; i++) {
    try {
      up = (await fetch(`${base}/health`)).ok;
    } catch {}
    if (!up) await new Promise((r) => setTimeout(r, 250));
  }
  if (!up) throw new Error("the API did not start");

  const send = async <R, V>(document: Document<R, V>, variables?: V, token?: string | null): Promise<R> => {
    const query = typeof document === "string" ? document : print(document);
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    const body = (await res.json()) as { data: R; errors?: unknown };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  const gql = send as Stack["gql"];

  const login = async (email: string, password = PASSWORD) =>
    (
      await gql<{ login: { token: string } }>(
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
        { e: email, p: password },
      )
    ).login.token;

  const admin = demo ? null : await login("admin@khuyencong.local", ADMIN_PASSWORD);
  for (const u of demo ? [] : (Object.values(USERS) as E2EUser[])) {
    await gql(
      `mutation($e: String!, $r: Role!, $c: String, $p: String!) { createUser(email: $e, fullName: $e, role: $r, communeCode: $c, password: $p) { id } }`,
      { e: u.email, r: u.role, c: u.communeCode ?? null, p: INITIAL_PASSWORD },
      admin,
    );
    // The password the administrator set must be changed before anything else; each user does so here,
    // through the API (e2e/admin.test.ts walks through the screen for it).
    await gql(
      "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }",
      { c: INITIAL_PASSWORD, n: PASSWORD },
      await login(u.email, INITIAL_PASSWORD),
    );
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

  // Every page of every context is watched for Content-Security-Policy violations (the API's header,
  // apps/api/src/http/security-headers.ts): a blocked script or style is a broken screen, so `stop()`
  // fails the file that met one.
  const cspViolations: string[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...options: Parameters<Browser["newContext"]>): Promise<BrowserContext> => {
    const context = await newContext(...options);
    context.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return context;
  };

  const openLoginPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: "vi-VN" });
    // A shared 2-core machine running other suites can stall a step for long seconds; a minute is still a
    // failure a user would notice, not a flaky one.
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(base);
    return page;
  };

  /** The one sign-in through the form that every browser test uses. */
  async function signIn(email: string, password = PASSWORD): Promise<Page> {
    const page = await openLoginPage();
    await submitLogin(page, email, password);
    await page.getByRole("heading", { name: "Việc cần xử lý" }).waitFor();
    return page;
  }

  /** Saves a screenshot as screenshots/<name>.png. */
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage });

  async function stop() {
    await browser.close().catch(() => {});
    if (api.exitCode === null) {
      api.kill("SIGTERM");
      await new Promise((r) => api.once("exit", r));
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (cspViolations.length > 0) {
      throw new Error(
        `Content-Security-Policy violations in the browser:\n${[...new Set(cspViolations)].join("\n")}`,
      );
    }
  }

  return { base, gql, login, admin, browser, openLoginPage, signIn, shot, stop };
}

/**
 * Fills the login form of `page` and sends it; where the app goes next is the caller's to wait for (the
 * work list, or the forced password change of a new account). The password field is the one whose label
 * starts with "Mật khẩu" (the "show password" toggle beside it is not labelled so).
 */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** A locator's text content, "" when it has none (playwright's null, read as text by the assertions). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? "";
}

/**
 * Clicks `button` until `opens` is visible (three tries, 10 s each). On a loaded machine a section that
 * finishes loading above the button can move it between Playwright's stability check and the click, which
 * then lands beside it; a person would simply click again.
 */
export async function clickUntilVisible(button: Locator, opens: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await button.click();
    try {
      await opens.waitFor({ state: "visible", timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
