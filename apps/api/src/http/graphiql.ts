import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ANALYTICS_EXAMPLES } from "../analytics/examples.js";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import { sendError } from "./send-error.js";

/*
 * GET /graphiql: GraphiQL served by the API itself, from the npm packages' prebuilt browser bundles
 * (graphiql 3's UMD build and React 18's UMD files), so that it works offline: no CDN, no build step.
 * The page asks for a token (a personal API token, or a session token) and sends it as a Bearer header.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: () => string; type: string }> = {
  "react.js": {
    file: () => join(packageDir("react"), "umd/react.production.min.js"),
    type: "text/javascript; charset=utf-8",
  },
  "react-dom.js": {
    file: () => join(packageDir("react-dom"), "umd/react-dom.production.min.js"),
    type: "text/javascript; charset=utf-8",
  },
  "graphiql.js": {
    file: () => join(packageDir("graphiql"), "graphiql.min.js"),
    type: "text/javascript; charset=utf-8",
  },
  "graphiql.css": {
    file: () => join(packageDir("graphiql"), "graphiql.min.css"),
    type: "text/css; charset=utf-8",
  },
  "setup.js": { file: () => "", type: "text/javascript; charset=utf-8" },
};

const SETUP = `"use strict";
(function () {
  var examples = ${JSON.stringify(ANALYTICS_EXAMPLES)};
  var input = document.getElementById("token");
  input.value = sessionStorage.getItem("khuyencong.token") || "";
  input.addEventListener("input", function () { sessionStorage.setItem("khuyencong.token", input.value.trim()); });
  function fetcher(params, options) {
    var headers = Object.assign({ "content-type": "application/json" }, (options && options.headers) || {});
    var token = input.value.trim();
    if (token) headers.authorization = "Bearer " + token;
    return fetch("/graphql", { method: "POST", headers: headers, body: JSON.stringify(params) })
      .then(function (response) { return response.json(); });
  }
  var tabs = examples.map(function (e) { return { query: "# " + e.title + "\\n" + e.query }; });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: false })
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>GraphiQL – Khuyến công Hải Phòng</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 6px 12px; display: flex; gap: 8px; align-items: center; border-bottom: 1px solid #ddd; }
  header input { flex: 1; font-family: monospace; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<header>
  <label for="token">Mã truy cập (kc_… hoặc token đăng nhập):</label>
  <input id="token" type="password" autocomplete="off" placeholder="Dán mã truy cập API vào đây">
</header>
<div id="graphiql">Đang tải GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/setup.js"></script>
</body>
</html>
`;

const cache = new Map<string, Buffer>();

function content(name: string): Buffer {
  let body = cache.get(name);
  if (!body) {
    body =
      name === "setup.js"
        ? Buffer.from(SETUP)
        : readFileSync((ASSETS[name] as { file: () => string }).file());
    cache.set(name, body);
  }
  return body;
}

export function matchGraphiqlRoute(path: string): string | null {
  if (path === "/graphiql" || path === "/graphiql/") return "page";
  const match = /^\/graphiql\/assets\/([a-z-]+\.(?:js|css))$/.exec(path);
  return match?.[1] && match[1] in ASSETS ? match[1] : null;
}

export async function handleGraphiql(
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
  log: Logger,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendError(res, new AppError("METHOD_NOT_ALLOWED", "Địa chỉ này chỉ nhận phương thức GET, HEAD."), log, {
      headers: { allow: "GET, HEAD" },
    });
    return;
  }
  const page = route === "page";
  const body = page ? Buffer.from(PAGE) : content(route);
  res.writeHead(200, {
    "content-type": page ? "text/html; charset=utf-8" : (ASSETS[route] as { type: string }).type,
    "content-length": body.length,
    // The bundles change only with the api's dependencies; an hour keeps a reload fast and an upgrade visible.
    "cache-control": page ? "no-cache" : "public, max-age=3600",
    ...(page
      ? {
          "content-security-policy":
            "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
        }
      : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
