// Builds the HTTP host without listening, so tests and main.ts share exactly the same app:
// createServer(...) -> { app, start, stop }. Dependencies come in as arguments (the composition root
// is main.ts); nothing here reads the environment.
import { randomBytes, randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import {
  type ApiDependencies,
  appRouter,
  type BillingAdapter,
  type Clock,
  createAccessTokenService,
  createBillingSimulator,
  createDevOutboxTransport,
  createDisabledBillingAdapter,
  createLemonSqueezyClient,
  createOAuthStateService,
  createResendTransport,
  DEFAULT_RATE_LIMIT_POLICY,
  EvaluationStreams,
  finishExpiredInterviews,
  type Logger,
  type MailTransport,
  type MailWorker,
  type RateLimitPolicy,
  startMailWorker,
  systemClock,
} from "@interviewer/api";
import type { DatabaseHandle } from "@interviewer/db";
import { createInterviewerProvider, type InterviewerProvider } from "@interviewer/engine";
import type { AnyRouter } from "@trpc/server";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { Redis } from "ioredis";
import type { Config } from "./config.ts";
import { createPostgresEvaluationBus } from "./evaluation-bus.ts";
import { withLogRedaction } from "./log-redaction.ts";
import { type PeriodicJob, startPeriodicJob } from "./periodic-job.ts";
import { devBillingRoutes } from "./plugins/dev-billing.ts";
import { devMailRoutes } from "./plugins/dev-mail.ts";
import { healthRoutes } from "./plugins/health.ts";
import { LEMONSQUEEZY_WEBHOOK_PATH, lemonSqueezyWebhookRoutes } from "./plugins/lemonsqueezy-webhook.ts";
import { createServerMetrics, metricsRoutes } from "./plugins/metrics.ts";
import { trpcRoutes } from "./plugins/trpc.ts";
import { varyOriginHook } from "./plugins/vary-origin.ts";
import { webAppRoutes } from "./plugins/web-app.ts";
import { createRateLimiter } from "./rate-limiter.ts";
import { fastifyTrustProxy } from "./trust-proxy.ts";
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
  /** Tests may pass a provider built with their own randomness or fake model server. */
  interviewer?: InterviewerProvider;
  /** Tests may tighten or loosen the per-procedure rate limits. */
  rateLimits?: Partial<RateLimitPolicy>;
  /** Redis key prefix for rate limits (tests isolate themselves with their own). */
  rateLimitNamespace?: string;
  /** `false`: no background mail worker; tests call processDueMail themselves with their own clock. */
  mailWorker?: boolean;
  /** `false`: no deadline sweeper; tests call finishExpiredInterviews themselves. */
  deadlineSweeper?: boolean;
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
    // Secrets never reach a log line: query values and bound query parameters are redacted.
    logger: withLogRedaction(options.logger ?? { level: config.logLevel }),
    // A caller's request id is kept when it looks like one, so traces join up across services.
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 5000 },
    // On close, idle keep-alive sockets are dropped at once; busy ones finish their request first.
    forceCloseConnections: "idle",
    trustProxy: fastifyTrustProxy(config.trustProxy),
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
  await app.register(varyOriginHook);

  await app.register(cookie);

  const clock = options.clock ?? systemClock;
  const settings = {
    publicUrl: config.publicUrl,
    isProduction: config.isProduction,
    github: config.github,
    billing: {
      freeCreditsOnSignup: config.billing.freeCreditsOnSignup,
      variants: config.billing.variants,
      testMode: config.billing.testMode,
    },
  };
  // The simulator signs its own webhooks, so it may invent the secret; config refuses a real key without one.
  const webhookSecret =
    config.billing.webhookSecret ??
    (config.billing.adapter === "simulator" ? randomBytes(32).toString("hex") : undefined);
  // The simulator posts to our own listening address, known once start() has listened.
  let listeningUrl: string | undefined;
  const billingSimulator =
    config.billing.adapter === "simulator" && webhookSecret
      ? createBillingSimulator({
          db: database.db,
          clock,
          billing: settings.billing,
          publicUrl: config.publicUrl,
          webhookSecret,
          webhookUrl: () => `${listeningUrl ?? config.publicUrl}${LEMONSQUEEZY_WEBHOOK_PATH}`,
        })
      : undefined;
  const billing: BillingAdapter =
    config.billing.adapter === "lemonsqueezy" && config.billing.apiKey && config.billing.storeId
      ? createLemonSqueezyClient({
          apiKey: config.billing.apiKey,
          apiUrl: config.billing.apiUrl,
          storeId: config.billing.storeId,
          testMode: config.billing.testMode,
        })
      : (billingSimulator ?? createDisabledBillingAdapter());
  const metrics = createServerMetrics(database.db);
  const evaluationBus = createPostgresEvaluationBus(database, app.log);
  await evaluationBus?.start();
  const evaluationStreams = new EvaluationStreams(evaluationBus);
  // Shared limits across instances when Redis is configured; per-instance memory otherwise.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 })
    : undefined;
  const dependencies: ApiDependencies = {
    db: database.db,
    clock,
    version: serverVersion,
    settings,
    billing,
    accessTokens: createAccessTokenService({
      secret: options.authSecret,
      issuer: config.publicUrl,
      audience: "interviewer-api",
      clock,
    }),
    oauthState: createOAuthStateService({ secret: options.authSecret, clock }),
    interviewer: options.interviewer ?? createInterviewerProvider(config.interviewer),
    metrics,
    evaluationStreams,
    rateLimiter: createRateLimiter({ redis, namespace: options.rateLimitNamespace }),
    rateLimitPolicy: { ...DEFAULT_RATE_LIMIT_POLICY, ...options.rateLimits },
  };

  const router = options.router ?? appRouter;
  await app.register(metricsRoutes, {
    metrics,
    procedures: new Set(Object.keys(router._def.procedures)),
    access: config.metrics,
  });
  await app.register(healthRoutes, {
    database,
    version: serverVersion,
    startedAt,
    migrationsDir: config.migrationsDir,
  });
  await app.register(trpcRoutes, { router, dependencies });
  if (config.devToolsEnabled) await app.register(devMailRoutes, { db: database.db });
  if (webhookSecret) {
    await app.register(lemonSqueezyWebhookRoutes, {
      db: database.db,
      clock,
      settings,
      webhookSecret,
      onProcessed: metrics.webhookProcessed,
    });
  }
  if (config.devToolsEnabled && billingSimulator) {
    await app.register(devBillingRoutes, { db: database.db, simulator: billingSimulator });
  }
  await app.register(webAppRoutes, { distDir: config.webDistDir });

  const mailTransport = createMailTransport(config, app.log);
  let mailWorker: MailWorker | undefined;
  let deadlineSweeper: PeriodicJob | undefined;
  let stopping: Promise<void> | undefined;

  return {
    app,
    async start() {
      await app.listen({ host: config.host, port: config.port });
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : config.port;
      const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
      listeningUrl = `http://${host}:${port}`;
      if (options.deadlineSweeper !== false) {
        deadlineSweeper = startPeriodicJob(
          "interview-deadlines",
          30_000,
          () => finishExpiredInterviews({ db: database.db, clock }),
          app.log,
        );
      }
      if (options.mailWorker !== false) {
        mailWorker = startMailWorker({
          db: database.db,
          clock,
          transport: mailTransport,
          from: config.mail.from,
          logger: app.log,
          intervalMs: config.mail.workerIntervalMs,
        });
      }
      return `http://${host}:${port}`;
    },
    stop() {
      stopping ??= (async () => {
        closing = true;
        // Requests drain, the mail worker finishes its pass and running evaluations store their
        // results: all of them need the database open.
        await Promise.all([app.close(), mailWorker?.stop(), deadlineSweeper?.stop(), evaluationStreams.drain()]);
        await redis?.quit().catch(() => {});
        await evaluationBus?.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}

/** Resend when an API key is configured; otherwise the dev outbox (log line + /dev/mail). */
function createMailTransport(config: Config, logger: Logger): MailTransport {
  if (config.mail.transport === "resend" && config.mail.resendApiKey) {
    return createResendTransport({ apiKey: config.mail.resendApiKey, baseUrl: config.mail.resendBaseUrl });
  }
  return createDevOutboxTransport({
    logger,
    outboxUrl: `${config.publicUrl}/dev/mail`,
    logLinks: !config.isProduction,
  });
}
