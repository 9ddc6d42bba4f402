// Rate limits for the procedures an attacker would hammer: sign-up, login, resend-verification and
// password reset, each per client IP and per target email. Built on @fastify/rate-limit: in memory
// per instance by default, shared through Redis when REDIS_URL is set so several instances enforce
// one limit. A limited call gets a tRPC-shaped TOO_MANY_REQUESTS error, so typed clients see it like
// any other error (reason RATE_LIMITED, retryAfterSeconds in details).
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyPlugin from "fastify-plugin";
import type { Redis } from "ioredis";
import superjson from "superjson";

interface Limit {
  max: number;
  windowMs: number;
}

export interface ProcedureLimits {
  perIp: Limit;
  perEmail: Limit;
}

const HOUR = 60 * 60 * 1000;
const QUARTER_HOUR = 15 * 60 * 1000;

export const DEFAULT_PROCEDURE_LIMITS: Record<string, ProcedureLimits> = {
  "auth.signUp": { perIp: { max: 20, windowMs: HOUR }, perEmail: { max: 5, windowMs: HOUR } },
  "auth.login": { perIp: { max: 50, windowMs: QUARTER_HOUR }, perEmail: { max: 10, windowMs: QUARTER_HOUR } },
  "auth.resendVerification": { perIp: { max: 10, windowMs: HOUR }, perEmail: { max: 3, windowMs: HOUR } },
  "auth.requestPasswordReset": { perIp: { max: 10, windowMs: HOUR }, perEmail: { max: 3, windowMs: HOUR } },
};

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface RateLimitOptions {
  redis?: Redis;
  /** Redis key prefix; instances that should share limits use the same one. */
  namespace?: string;
  limits?: Record<string, ProcedureLimits>;
}

// Not encapsulated (fastify-plugin): the hook must see the /trpc routes registered beside it.
export const rateLimitRoutes = fastifyPlugin(registerRateLimits, { name: "interviewer-rate-limits" });

async function registerRateLimits(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  const limits = options.limits ?? DEFAULT_PROCEDURE_LIMITS;
  const checks = new Map<string, Hook[]>();
  for (const [procedure, limit] of Object.entries(limits)) {
    checks.set(procedure, [
      await createLimiter(app, options, limit.perIp, (request) => `${procedure}:ip:${request.ip}`),
      // Requests without a readable email share the IP bucket's fate only.
      await createLimiter(
        app,
        options,
        limit.perEmail,
        (request) => `${procedure}:email:${emailOf(request, procedure) ?? `none:${request.ip}`}`,
      ),
    ]);
  }

  app.addHook("preHandler", async (request, reply) => {
    const procedures = proceduresOf(request);
    if (!procedures) return;
    for (const procedure of procedures) {
      for (const check of checks.get(procedure) ?? []) {
        try {
          await check(request, reply);
        } catch (error) {
          const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs ?? 60_000;
          return tooManyRequests(request, reply, procedures, procedure, retryAfterMs);
        }
      }
    }
  });
}

/**
 * One @fastify/rate-limit registration per limiter: the plugin marks a request as "checked" per
 * registration, so limiters sharing one registration would let only the first of them count.
 */
async function createLimiter(
  app: FastifyInstance,
  { redis, namespace }: RateLimitOptions,
  limit: Limit,
  keyGenerator: (request: FastifyRequest) => string,
): Promise<Hook> {
  let hook: Hook | undefined;
  await app.register(async (scope) => {
    await scope.register(rateLimit, {
      global: false,
      redis,
      nameSpace: namespace ?? "interviewer-rl:",
      // If Redis is unreachable, let requests through (logged) rather than failing every sign-in.
      skipOnError: true,
      // The hook below answers itself (see tooManyRequests), so the plugin's own body is unused.
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, retryAfterMs: context.ttl }),
    });
    hook = scope.rateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator }) as Hook;
  });
  if (!hook) throw new Error("rate limiter was not created");
  return hook;
}

/** `/trpc/auth.login` or a batch `/trpc/auth.login,account.me?batch=1`. */
function proceduresOf(request: FastifyRequest): string[] | undefined {
  const pathname = request.url.split("?")[0] ?? "";
  if (!pathname.startsWith("/trpc/")) return undefined;
  return decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
}

/** The tRPC body is still a string here (the adapter parses it later); inputs are superjson-wrapped. */
function emailOf(request: FastifyRequest, procedure: string): string | undefined {
  if (typeof request.body !== "string") return undefined;
  try {
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const procedures = proceduresOf(request) ?? [];
    const batched = (request.query as Record<string, unknown>).batch !== undefined;
    const raw = batched ? body[String(procedures.indexOf(procedure))] : body;
    const input = (raw as { json?: unknown } | undefined)?.json ?? raw;
    const email = (input as { email?: unknown } | undefined)?.email;
    return typeof email === "string" ? email.trim().toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function tooManyRequests(
  request: FastifyRequest,
  reply: FastifyReply,
  procedures: string[],
  limited: string,
  retryAfterMs: number,
) {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const error = (path: string) =>
    superjson.serialize({
      message: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      code: -32029,
      data: {
        code: "TOO_MANY_REQUESTS",
        httpStatus: 429,
        path,
        reason: "RATE_LIMITED",
        details: { retryAfterSeconds, procedure: limited },
        fieldErrors: null,
      },
    });
  const batched = (request.query as Record<string, unknown>).batch !== undefined;
  const body = batched ? procedures.map((path) => ({ error: error(path) })) : { error: error(limited) };
  return reply.code(429).header("retry-after", String(retryAfterSeconds)).send(body);
}
