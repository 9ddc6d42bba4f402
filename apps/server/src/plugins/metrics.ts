// GET /metrics in the Prometheus text format (prom-client), one registry per server instance:
// request rate and latency per route (tRPC procedure names for /trpc), model-call latency and tokens,
// webhook outcomes, and the mail outbox depth (read from the database at scrape time, so every
// instance reports the shared queue).
// Who may scrape it is config.metrics: with METRICS_TOKEN, only a request that sends it as a bearer
// token (compared in constant time; 401 otherwise); in production without a token the route is not
// mounted at all (404), since the public port is the only port; in development and tests, anyone.
import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiMetrics } from "@interviewer/api";
import { type Database, schema } from "@interviewer/db";
import { count } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fastifyPlugin from "fastify-plugin";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Config } from "../config.ts";

export interface ServerMetrics extends ApiMetrics {
  registry: Registry;
  webhookProcessed(outcome: string, status: number): void;
}

export function createServerMetrics(db: Database): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "interviewer_process_" });
  const modelDuration = new Histogram({
    name: "interviewer_model_call_duration_seconds",
    help: "Time a model (or the built-in interviewer) took for one call",
    labelNames: ["operation", "provider", "fallback"],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [registry],
  });
  const modelTokens = new Counter({
    name: "interviewer_model_tokens_total",
    help: "Model tokens used, by kind",
    labelNames: ["provider", "model", "kind"],
    registers: [registry],
  });
  const webhooks = new Counter({
    name: "interviewer_webhook_events_total",
    help: "Lemon Squeezy webhook deliveries by outcome",
    labelNames: ["outcome", "status"],
    registers: [registry],
  });
  new Gauge({
    name: "interviewer_mail_outbox_messages",
    help: "Messages in the mail outbox by status (pending = waiting to be sent)",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .select({ status: schema.mailOutbox.status, total: count() })
        .from(schema.mailOutbox)
        .groupBy(schema.mailOutbox.status);
      for (const row of rows) this.set({ status: row.status }, row.total);
    },
  });
  return {
    registry,
    modelCall(observation) {
      modelDuration.observe(
        { operation: observation.operation, provider: observation.provider, fallback: String(observation.fallback) },
        observation.durationMs / 1000,
      );
      if (observation.usage) {
        const labels = { provider: observation.provider, model: observation.model ?? "unknown" };
        modelTokens.inc({ ...labels, kind: "prompt" }, observation.usage.promptTokens);
        modelTokens.inc({ ...labels, kind: "completion" }, observation.usage.completionTokens);
      }
    },
    webhookProcessed(outcome, status) {
      webhooks.inc({ outcome, status: String(status) });
    },
  };
}

export interface MetricsRoutesOptions {
  metrics: ServerMetrics;
  /** Procedure paths of the router: anything else is labelled "trpc:unknown", so labels stay bounded. */
  procedures: ReadonlySet<string>;
  /** Who may read GET /metrics (request metrics are collected either way). */
  access: Config["metrics"];
}

/** Request metrics for every route (not encapsulated, so the hook sees them all), and /metrics. */
export const metricsRoutes = fastifyPlugin(registerMetricsRoutes, { name: "interviewer-metrics" });

async function registerMetricsRoutes(app: FastifyInstance, options: MetricsRoutesOptions): Promise<void> {
  const requests = new Histogram({
    name: "interviewer_http_request_duration_seconds",
    help: "HTTP request latency by route (tRPC: by procedure)",
    labelNames: ["route", "method", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [options.metrics.registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    requests.observe(
      { route: routeLabel(request, options.procedures), method: request.method, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  if (options.access.access === "off") return;
  const token = options.access.access === "bearer" ? options.access.token : undefined;
  app.get("/metrics", async (request, reply) => {
    if (token !== undefined && !presentsToken(request.headers.authorization, token)) {
      return reply
        .code(401)
        .header("www-authenticate", 'Bearer realm="metrics"')
        .send({ error: "Unauthorized", message: "GET /metrics needs the metrics bearer token." });
    }
    return reply.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
}

/** `Authorization: Bearer <token>`, compared through fixed-length digests so timing says nothing. */
function presentsToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? "");
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** tRPC URLs carry the procedure (`/trpc/interview.answer`, batches joined by commas). */
function routeLabel(request: FastifyRequest, procedures: ReadonlySet<string>): string {
  const pathname = request.url.split("?")[0] ?? "";
  if (pathname.startsWith("/trpc/")) {
    const called = decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
    return called.every((name) => procedures.has(name)) ? `trpc:${called.join(",")}` : "trpc:unknown";
  }
  return request.routeOptions.url ?? "unmatched";
}
