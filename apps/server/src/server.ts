// Builds the HTTP host without listening, so tests and main.ts share exactly the same app:
// createServer(...) -> { app, start, stop }. Dependencies come in as arguments (the composition root
// is main.ts); nothing here reads the environment.
import { randomUUID } from "node:crypto";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import { type ApiDependencies, appRouter, type Clock, systemClock } from "@interviewer/api";
import type { DatabaseHandle } from "@interviewer/db";
import type { AnyRouter } from "@trpc/server";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Config } from "./config.ts";
import { healthRoutes } from "./plugins/health.ts";
import { trpcRoutes } from "./plugins/trpc.ts";
import { webAppRoutes } from "./plugins/web-app.ts";
import { serverVersion } from "./version.ts";

export interface CreateServerOptions {
  config: Config;
  database: DatabaseHandle;
  authSecret: string;
  clock?: Clock;
  /** pino options or a ready logger; tests pass `false` or a silent level. */
  logger?: FastifyServerOptions["logger"];
  /** Tests may mount a router with extra procedures; production always uses appRouter. */
  router?: AnyRouter;
}

export interface InterviewerServer {
  app: FastifyInstance;
  /** Listens on config.host:config.port (0 = an ephemeral port) and returns the base URL. */
  start(): Promise<string>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

export async function createServer(options: CreateServerOptions): Promise<InterviewerServer> {
  const { config, database } = options;
  const startedAt = performance.now();

  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // A caller's request id is kept when it looks like one, so traces join up across services.
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 5000 },
    // On close, idle keep-alive sockets are dropped at once; busy ones finish their request first.
    forceCloseConnections: "idle",
    trustProxy: config.isProduction,
  });

  let closing = false;
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  // While draining, answers to in-flight requests end their keep-alive connection; otherwise an
  // idle client socket would hold the shutdown open.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  // Errors outside tRPC (webhooks, static files) get the same rule: no internals to the client.
  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({
      error: status === 500 ? "Internal Server Error" : "Bad Request",
      message: status === 500 ? "Something went wrong on our side." : (error.message ?? "Bad request"),
      requestId: request.id,
    });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // The web app calls only its own origin; images may be data: URLs (charts, avatars).
        "img-src": ["'self'", "data:", "https:"],
        "connect-src": ["'self'"],
      },
    },
    // Same origin in production; in development Vite's dev server on another port calls us through a proxy.
    crossOriginResourcePolicy: { policy: "same-origin" },
  });

  const allowedOrigins = new Set([new URL(config.publicUrl).origin, ...config.corsOrigins]);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || allowedOrigins.has(origin)),
    credentials: true,
  });

  const dependencies: ApiDependencies = {
    db: database.db,
    clock: options.clock ?? systemClock,
    version: serverVersion,
  };

  await app.register(healthRoutes, { database, version: serverVersion, startedAt });
  await app.register(trpcRoutes, { router: options.router ?? appRouter, dependencies });
  await app.register(webAppRoutes, { distDir: config.webDistDir });

  let stopping: Promise<void> | undefined;

  return {
    app,
    async start() {
      await app.listen({ host: config.host, port: config.port });
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : config.port;
      const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
      return `http://${host}:${port}`;
    },
    stop() {
      stopping ??= (async () => {
        closing = true;
        await app.close();
        await database.close();
      })();
      return stopping;
    },
  };
}
