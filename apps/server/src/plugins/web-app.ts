// Serves the built web app (apps/web/dist) on the same port as the API, with SPA fallback: any GET
// for a page that is not an API, webhook, or dev route gets index.html so client-side routes work
// on reload. When the app has not been built, a short page says how to build it.
//
// The public pages the build prerendered (dist/pages/<name>.html: the landing page as index.html,
// terms, privacy, contact) are served at "/" and "/<name>" instead of the app, so a first visit loads
// a few KB of script rather than the whole app.
//
// Compression and caching: the build writes brotli and gzip copies beside each text file
// (file.js.br, file.js.gz), and @fastify/static picks the one the browser accepts (preCompressed),
// so nothing is compressed per request. Files under /assets/ have a content hash in their name and
// never change: cached for a year, immutable. Pages (HTML) are revalidated on every use (no-cache,
// answered 304 while unchanged), so a deploy shows at once; other files (icons) for a day.
//
// Browsers ask for /favicon.ico on every first load whatever the page links to; the build ships one
// (apps/web/public), and when the dist has none (not built, or an old build) the same icon is served
// from here, so that request never ends in a 404.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** apps/web/public/favicon.ico (32×32 PNG in an ICO), for when the dist has no icon of its own. */
const BUILT_IN_FAVICON = Buffer.from(
  "AAABAAEAICAAAAEAIAD7AAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAAMJJREFUeNpjUAk/yoCEFVTCj/arhB89rxJ+9D+V8Xmo2QrIdiJbnqASfvQ9DSxGx++hdqE4IIEOFqPjBJgDFOjkc2whocAAjZf/A4T7GWiU4IhOmAwDaDkYjzqAoAPKpt3+P2n1I7IwSC9FDgAZQCkg5IjB7YABj4LRXGCfc+b/k1c/yI5/kF6QGWQ7ABSPlAKQGUM3BEYTIbHlADH5neYlIbmOGNwOGPAoGDG5YMAbpQPeLB/wjsmAd80GRed0wLrnAJHbs4aApjWTAAAAAElFTkSuQmCC",
  "base64",
);

const SERVER_PREFIXES = ["/trpc", "/webhooks", "/dev/", "/health", "/ready", "/metrics"];

/** Pages of shared reports (apps/web/src/sharing/SharedReportPage.tsx). */
const SHARED_REPORT_PREFIX = "/shared/";

export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const PAGE_CACHE_CONTROL = "no-cache";
const OTHER_FILE_CACHE_CONTROL = "public, max-age=86400";

/** The folder of the build's prerendered pages, and the name the app's own page has. */
const PRERENDERED_DIR = "pages";
const PRERENDERED_NAME = /^[a-z0-9-]+$/;

/** Cache-Control for a file of the build, by where it sits (its path may end in .br or .gz). */
export function cacheControlFor(distDir: string, filePath: string): string {
  const relative = path.relative(distDir, filePath).split(path.sep);
  if (relative[0] === "assets" && relative.length > 1) return IMMUTABLE_CACHE_CONTROL;
  if (/\.html(\.br|\.gz)?$/.test(filePath)) return PAGE_CACHE_CONTROL;
  return OTHER_FILE_CACHE_CONTROL;
}

/** "/" → "index", "/terms" → "terms": the prerendered page a path names, if the build made one. */
function prerenderedPageFor(pathname: string, pages: ReadonlySet<string>): string | undefined {
  const name = pathname === "/" ? "index" : pathname.slice(1);
  return PRERENDERED_NAME.test(name) && pages.has(name) ? `${PRERENDERED_DIR}/${name}.html` : undefined;
}

function listPrerenderedPages(distDir: string): Set<string> {
  const dir = path.join(distDir, PRERENDERED_DIR);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.slice(0, -".html".length)),
  );
}

export async function webAppRoutes(app: FastifyInstance, options: { distDir: string }): Promise<void> {
  const { distDir } = options;
  const built = existsSync(path.join(distDir, "index.html"));
  const prerendered = built ? listPrerenderedPages(distDir) : new Set<string>();
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      // "/" is decided below: the prerendered landing page when there is one, else the app.
      index: false,
      preCompressed: true,
      // send's default (public, max-age=0) is replaced per file by setHeaders.
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header("cache-control", cacheControlFor(distDir, filePath));
      },
    });
  }
  if (!existsSync(path.join(distDir, "favicon.ico"))) {
    app.get("/favicon.ico", async (_request, reply) =>
      reply.type("image/x-icon").header("cache-control", OTHER_FILE_CACHE_CONTROL).send(BUILT_IN_FAVICON),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    const wantsPage =
      (request.method === "GET" || request.method === "HEAD") &&
      !SERVER_PREFIXES.some((prefix) => pathname.startsWith(prefix)) &&
      !path.extname(pathname);
    if (!wantsPage) {
      return reply.code(404).send({ error: "Not Found", message: `${request.method} ${pathname} does not exist` });
    }
    // A shared report is public to whoever holds its link, never to search engines.
    if (pathname.startsWith(SHARED_REPORT_PREFIX)) reply.header("x-robots-tag", "noindex, nofollow");
    if (built) return reply.type("text/html").sendFile(prerenderedPageFor(pathname, prerendered) ?? "index.html");
    return reply
      .type("text/html")
      .header("cache-control", PAGE_CACHE_CONTROL)
      .send(
        "<!doctype html><title>Interviewer</title><p>The web app is not built yet: run <code>pnpm --filter @interviewer/web build</code>, or start with <code>npm start</code>.</p>",
      );
  });
}
