// Serves the built web app (apps/web/dist) on the same port as the API, with SPA fallback: any GET
// for a page that is not an API, webhook, or dev route gets index.html so client-side routes work
// on reload. When the app has not been built, a short page says how to build it.
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const SERVER_PREFIXES = ["/trpc", "/webhooks", "/dev/", "/health", "/ready", "/metrics"];

export async function webAppRoutes(app: FastifyInstance, options: { distDir: string }): Promise<void> {
  const built = existsSync(path.join(options.distDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, { root: options.distDir, wildcard: false, index: "index.html" });
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
