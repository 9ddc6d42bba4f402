// Serves the built web app (apps/web/dist) on the same port as the API, with SPA fallback: any GET
// for a page that is not an API, webhook, or dev route gets index.html so client-side routes work
// on reload. When the app has not been built, a short page says how to build it.
// Browsers ask for /favicon.ico on every first load whatever the page links to; the build ships one
// (apps/web/public), and when the dist has none (not built, or an old build) the same icon is served
// from here, so that request never ends in a 404.
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** apps/web/public/favicon.ico (32×32 PNG in an ICO), for when the dist has no icon of its own. */
const BUILT_IN_FAVICON = Buffer.from(
  "AAABAAEAICAAAAEAIAD7AAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAAMJJREFUeNpjUAk/yoCEFVTCj/arhB89rxJ+9D+V8Xmo2QrIdiJbnqASfvQ9DSxGx++hdqE4IIEOFqPjBJgDFOjkc2whocAAjZf/A4T7GWiU4IhOmAwDaDkYjzqAoAPKpt3+P2n1I7IwSC9FDgAZQCkg5IjB7YABj4LRXGCfc+b/k1c/yI5/kF6QGWQ7ABSPlAKQGUM3BEYTIbHlADH5neYlIbmOGNwOGPAoGDG5YMAbpQPeLB/wjsmAd80GRed0wLrnAJHbs4aApjWTAAAAAElFTkSuQmCC",
  "base64",
);

const SERVER_PREFIXES = ["/trpc", "/webhooks", "/dev/", "/health", "/ready", "/metrics"];

export async function webAppRoutes(app: FastifyInstance, options: { distDir: string }): Promise<void> {
  const built = existsSync(path.join(options.distDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, { root: options.distDir, wildcard: false, index: "index.html" });
  }
  if (!existsSync(path.join(options.distDir, "favicon.ico"))) {
    app.get("/favicon.ico", async (_request, reply) =>
      reply.type("image/x-icon").header("cache-control", "public, max-age=86400").send(BUILT_IN_FAVICON),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    const wantsPage =
      request.method === "GET" &&
      !SERVER_PREFIXES.some((prefix) => pathname.startsWith(prefix)) &&
      !path.extname(pathname);
    if (!wantsPage) {
      return reply.code(404).send({ error: "Not Found", message: `${request.method} ${pathname} does not exist` });
    }
    if (built) return reply.type("text/html").sendFile("index.html");
    return reply
      .type("text/html")
      .send(
        "<!doctype html><title>Interviewer</title><p>The web app is not built yet: run <code>pnpm --filter @interviewer/web build</code>, or start with <code>npm start</code>.</p>",
      );
  });
}
