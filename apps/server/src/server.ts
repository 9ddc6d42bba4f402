// Builds the HTTP host without listening, so tests and main.ts share exactly the same app:
// createServer(...) -> { app, start, stop }. Dependencies come in as arguments (the composition root
// is main.ts); nothing here reads the environment.
import { randomBytes, randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import {
  type ApiDependencies,
  appRouter,
  type BillingAdapter,
  type Clock,
  createAccessTokenService,
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
  type PeriodicJob,
  type RateLimitPolicy,
  startMailWorker,
  startPeriodicJob,
  systemClock,
  VOICE_MAX_WORD_CHARS,
  VOICE_MAX_WORDS,
  VOICE_TRANSCRIBE_TIMEOUT_MS,
} from "@interviewer/api";
import type { DatabaseHandle } from "@interviewer/db";
import { createInterviewerProvider, createOpenAiVoice, type InterviewerProvider } from "@interviewer/engine";
import type { AnyRouter } from "@trpc/server";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { Redis } from "ioredis";
import { createServerCodeRunner, type ServerCodeRunner } from "./code-runner.ts";
import type { Config } from "./config.ts";
import { createPostgresEvaluationBus } from "./evaluation-bus.ts";
import { answerFrameworkError } from "./http/framework-errors.ts";
import { withLogRedaction } from "./log-redaction.ts";
import { devMailRoutes } from "./plugins/dev-mail.ts";
import { healthRoutes } from "./plugins/health.ts";
import { LEMONSQUEEZY_WEBHOOK_PATH, lemonSqueezyWebhookRoutes } from "./plugins/lemonsqueezy-webhook.ts";
import { createServerMetrics, metricsRoutes } from "./plugins/metrics.ts";
import { OneLinePerRequestLog } from "./plugins/request-logging.ts";
import { computeSecurityHeaderSets, securityHeaders } from "./plugins/security-headers.ts";
import { type TrpcHttpPath, trpcRoutes } from "./plugins/trpc.ts";
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
  /** How /trpc answers plain calls: "fast" (default) or tRPC's official adapter (tests run both). */
  trpcHttpPath?: TrpcHttpPath;
  /** Tests may pass their own code runner (then they close it); default: the sandbox, from the config. */
  codeRunner?: ApiDependencies["codeRunner"];
  /**
   * Start the sandbox's workers and runtimes when the server starts (main.ts), so the first run does not
   * wait seconds for Python. Off by default: most tests never run code and would pay for it.
   */
  warmUpCodeRunner?: boolean;
}

export interface InterviewerServer {
  app: FastifyInstance;
  /** Listens on config.host:config.port (0 = an ephemeral port) and returns the base URL. */
  start(): Promise<string>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * How long a client may take to send one whole request (headers and body); past it Node answers 408
 * and closes the connection. Without it (Fastify's default 0 turns Node's 300 s off) a body trickled
 * a byte at a time held its connection open indefinitely. It covers receiving the request only: an
 * SSE stream or a slow answer runs as long as it needs. The longest legitimate upload is a voice
 * recording of up to ~6.7 MB (large-body-routes.ts): 60 s is ~0.9 Mbit/s, a slow mobile uplink. Node
 * checks every 30 s (connectionsCheckingInterval), so a stalled request ends within 60-90 s.
 * A constant, like the body limits: it protects the server, it is not an operator's tuning knob.
 */
export const REQUEST_TIMEOUT_MS = 60_000;
/**
 * An idle keep-alive connection is closed after this; longer than the 60 s idle timeout of common
 * load balancers, so they never reuse a connection we just closed (Fastify's default, made explicit).
 * There is no socket inactivity timeout (connectionTimeout): an SSE stream may be quiet for minutes
 * while an evaluation runs. Nor a cap on open connections: the timeouts bound how long a stalled one
 * is held, and a global cap would let a few thousand stalled connections lock every client out;
 * per-client limits belong to the proxy in front.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 72_000;

export async function createServer(options: CreateServerOptions): Promise<InterviewerServer> {
  const { config, database } = options;
  const startedAt = performance.now();

  const router = options.router ?? appRouter;
  const app = Fastify({
    // Secrets never reach a log line: query values and bound query parameters are redacted.
    logger: withLogRedaction(options.logger ?? { level: config.logLevel }),
    // One line per request, at completion, instead of Fastify's two (plugins/request-logging.ts).
    logController: new OneLinePerRequestLog(),
    // A caller's request id is kept when it looks like one, so traces join up across services.
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 5000 },
    // A path over maxParamLength or that does not decode: a short answer in our shapes, not the path echoed.
    frameworkErrors: answerFrameworkError(router),
    requestTimeout: REQUEST_TIMEOUT_MS,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    // On close, idle keep-alive sockets are dropped at once; busy ones finish their request first.
    forceCloseConnections: "idle",
    trustProxy: fastifyTrustProxy(config.trustProxy),
  });

  let closing = false;
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
  // While draining, answers to in-flight requests end their keep-alive connection; otherwise an
  // idle client socket would hold the shutdown open.
  // Callback style, not async: an async hook costs a promise per request on every answer.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (closing) reply.header("connection", "close");
    done(null, payload);
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

  // helmet's headers, computed once; /trpc gets only what a JSON answer needs (security-headers.ts).
  await app.register(securityHeaders, { sets: await computeSecurityHeaderSets() });

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
      pricing: config.billing.pricing,
    },
  };
  // The simulator signs its own webhooks, so it may invent the secret; config refuses a real key without one.
  const webhookSecret =
    config.billing.webhookSecret ??
    (config.billing.adapter === "simulator" ? randomBytes(32).toString("hex") : undefined);
  // The simulator posts to our own listening address, known once start() has listened.
  let listeningUrl: string | undefined;
  // Loaded only when configured, so a production server never imports the simulator.
  const simulatorModule =
    config.billing.adapter === "simulator" && webhookSecret
      ? await import("@interviewer/api/billing-simulator")
      : undefined;
  const billingSimulator =
    simulatorModule && webhookSecret
      ? simulatorModule.createBillingSimulator({
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
  // Worker threads for candidate code; closed after the last request that could use them.
  const codeRuns = codeRunnerFor(options);
  const rateLimitPolicy = { ...DEFAULT_RATE_LIMIT_POLICY, ...options.rateLimits };
  const runCodeLimits = rateLimitPolicy["interview.runCode"];
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
    rateLimitPolicy: {
      ...rateLimitPolicy,
      "interview.runCode": {
        ...runCodeLimits,
        perUser: { windowMs: runCodeLimits.perUser?.windowMs ?? 10 * 60_000, max: config.codeRuns.perUser },
      },
    },
    codeRunner: codeRuns.runner,
    codeRunsPerUserAtOnce: config.codeRuns.atOncePerUser,
    voice: voiceFor(config.voice),
  };

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
  await app.register(trpcRoutes, { router, dependencies, httpPath: options.trpcHttpPath });
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
    const { devBillingRoutes } = await import("./plugins/dev-billing.ts");
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
      if (options.warmUpCodeRunner) {
        // In the background: the server answers meanwhile, and a run that comes first just waits for it.
        codeRuns.warmUp().catch((error: unknown) => app.log.error({ err: error }, "could not warm up the code runner"));
      }
      if (options.deadlineSweeper !== false) {
        deadlineSweeper = startPeriodicJob({
          name: "interview-deadlines",
          intervalMs: 30_000,
          run: () => finishExpiredInterviews({ db: database.db, clock }),
          logger: app.log,
        });
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
        await codeRuns.close();
        await redis?.quit().catch(() => {});
        await evaluationBus?.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}

/** The test's own runner (which the test closes), or the sandbox's worker pool built from the config. */
function codeRunnerFor(options: CreateServerOptions): ServerCodeRunner {
  const { codeRunner } = options;
  if (codeRunner) return { runner: codeRunner, warmUp: async () => {}, close: async () => {} };
  return createServerCodeRunner(options.config.codeRuns.sandbox);
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

/** The configured transcriber and speech endpoint, or none (the web app then uses the browser's own). */
function voiceFor(voice: Config["voice"]): ApiDependencies["voice"] {
  if (!voice) return { transcriber: null, speech: null };
  const { transcriber, speech } = createOpenAiVoice({
    apiKey: voice.apiKey,
    ...(voice.baseURL ? { baseURL: voice.baseURL } : {}),
    transcriptionModel: voice.transcriptionModel ?? "",
    ...(voice.speechModel ? { speechModel: voice.speechModel } : {}),
    speechVoice: voice.speechVoice,
    maxWords: VOICE_MAX_WORDS,
    maxWordChars: VOICE_MAX_WORD_CHARS,
    timeoutMs: VOICE_TRANSCRIBE_TIMEOUT_MS,
  });
  return { transcriber: voice.transcriptionModel ? transcriber : null, speech };
}
