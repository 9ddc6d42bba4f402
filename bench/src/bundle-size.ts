// What a visitor downloads, compressed, as the real server sends it: the web app is built, the server
// serves the build, and each page is fetched the way a browser first loads it — the HTML, then its
// stylesheets, icons, scripts and every module those scripts import statically (dynamic import()s are
// left out: they load only when a page needs them). Each response is counted as it travels, once with
// Accept-Encoding br and once with gzip only.
//  - landing page (/, prerendered): its JavaScript and everything transferred;
//  - sign-up page (/sign-up, the app shell "Start practising" opens): the same two numbers;
//  - the whole build, compressed, for scale.
// Exits with 1 when the landing page's JavaScript is over LANDING_JS_BUDGET_KB gzipped (issue 15: 60).
//
//   pnpm --filter @interviewer/bench bundle-size      (BUNDLE_SIZE_SKIP_BUILD=1 to measure dist as it is)
import { spawnSync } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestServer } from "@interviewer/testing/test-server";

const LANDING_JS_BUDGET_KB = Number(process.env.LANDING_JS_BUDGET_KB ?? 60);
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const distDir = path.join(repoRoot, "apps/web/dist");

type Encoding = "br" | "gzip";
type Kind = "html" | "js" | "css" | "other";

interface Fetched {
  url: string;
  kind: Kind;
  /** Bytes on the wire (the body as sent, compressed when the server compressed it). */
  wire: number;
  encoding: string;
  body: string;
}

function kindOf(pathname: string, contentType: string): Kind {
  if (contentType.includes("html")) return "html";
  if (pathname.endsWith(".js") || contentType.includes("javascript")) return "js";
  if (pathname.endsWith(".css") || contentType.includes("css")) return "css";
  return "other";
}

/** One GET without automatic decompression, so the body's length is what travelled. */
function fetchRaw(url: string, encoding: Encoding): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": encoding === "br" ? "br, gzip" : "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        if ((res.statusCode ?? 0) !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const raw = Buffer.concat(chunks);
        const contentEncoding = String(res.headers["content-encoding"] ?? "identity");
        const body =
          contentEncoding === "br" ? brotliDecompressSync(raw) : contentEncoding === "gzip" ? gunzipSync(raw) : raw;
        const pathname = new URL(url).pathname;
        resolve({
          url: pathname,
          kind: kindOf(pathname, String(res.headers["content-type"] ?? "")),
          wire: raw.length,
          encoding: contentEncoding,
          body: body.toString("utf8"),
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** What an HTML page makes the browser fetch before anything happens: scripts, preloads, styles, icons. */
function resourcesOfPage(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (match[1]) found.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    if (match[1] && /rel="(modulepreload|stylesheet|icon)"/.test(tag)) found.add(match[1]);
  }
  return [...found];
}

/** The modules a built chunk imports statically (import … from "./x.js", import "./x.js", export … from). */
function staticImportsOf(js: string, from: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(
    /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    if (match[1]) found.add(new URL(match[1], `http://x${from}`).pathname);
  }
  return [...found];
}

interface PageCost {
  jsWire: number;
  totalWire: number;
  files: Fetched[];
}

async function loadPage(baseUrl: string, pagePath: string, encoding: Encoding): Promise<PageCost> {
  const seen = new Set<string>();
  const files: Fetched[] = [];
  const queue = [pagePath];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    const fetched = await fetchRaw(`${baseUrl}${next}`, encoding);
    files.push(fetched);
    if (fetched.kind === "html") queue.push(...resourcesOfPage(fetched.body));
    if (fetched.kind === "js") queue.push(...staticImportsOf(fetched.body, fetched.url));
  }
  const sum = (list: Fetched[]) => list.reduce((total, file) => total + file.wire, 0);
  return { jsWire: sum(files.filter((file) => file.kind === "js")), totalWire: sum(files), files };
}

async function buildSizes(): Promise<{ raw: number; br: number; gzip: number }> {
  const entries = await readdir(distDir, { withFileTypes: true, recursive: true });
  let raw = 0;
  let br = 0;
  let gzip = 0;
  for (const entry of entries) {
    if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    raw += size;
    br += await stat(`${file}.br`).then(
      (s) => s.size,
      () => size,
    );
    gzip += await stat(`${file}.gz`).then(
      (s) => s.size,
      () => size,
    );
  }
  return { raw, br, gzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!process.env.BUNDLE_SIZE_SKIP_BUILD) {
  // The web app alone (vite build, with its prerender and precompression): nothing else is measured.
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: path.join(repoRoot, "apps/web"),
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the web app did not build");
}

const ts = await startTestServer({ env: { WEB_DIST_DIR: distDir }, mailWorker: false });
try {
  const pages = [
    { name: "landing page (/)", path: "/" },
    { name: "sign-up page (/sign-up, the app)", path: "/sign-up" },
  ];
  const rows: string[] = [];
  let landingJsGzip = Number.NaN;
  for (const page of pages) {
    const br = await loadPage(ts.url, page.path, "br");
    const gzip = await loadPage(ts.url, page.path, "gzip");
    if (page.path === "/") landingJsGzip = gzip.jsWire;
    const uncompressed = br.files.filter((file) => file.encoding === "identity" && file.kind !== "other");
    if (uncompressed.length > 0) {
      throw new Error(`sent uncompressed: ${uncompressed.map((file) => file.url).join(", ")}`);
    }
    rows.push(
      `| ${page.name} | ${br.files.length} | ${kb(gzip.jsWire)} | ${kb(br.jsWire)} | ${kb(gzip.totalWire)} | ${kb(br.totalWire)} |`,
    );
  }
  const whole = await buildSizes();
  console.log(
    "\n| page | files | JavaScript (gzip) | JavaScript (brotli) | total transferred (gzip) | total transferred (brotli) |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) console.log(row);
  console.log(
    `\nWhole build: ${kb(whole.raw)} uncompressed, ${kb(whole.gzip)} gzip, ${kb(whole.br)} brotli (every file, loaded or not).`,
  );
  const within = landingJsGzip <= LANDING_JS_BUDGET_KB * 1024;
  console.log(
    `Landing page JavaScript: ${kb(landingJsGzip)} gzipped — ${within ? "within" : "OVER"} the ${LANDING_JS_BUDGET_KB} KB budget.`,
  );
  if (!within) process.exitCode = 1;
} finally {
  await ts.stop();
}
