// tRPC set-up: the request context, the one error formatter, and the base procedures.
// Routers import `router` and the procedures from here; nothing else calls initTRPC.

import type { Database } from "@interviewer/db";
import type { InterviewerProvider } from "@interviewer/engine";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { AccessTokenService } from "./auth/access-token.ts";
import type { OAuthStateService } from "./auth/github/oauth-state.ts";
import { findActiveViewer, type Viewer } from "./auth/viewer.ts";
import type { BillingAdapter } from "./billing/billing-adapter.ts";
import { DomainError } from "./errors.ts";
import type { EvaluationStreams } from "./interview/evaluation-streams.ts";
import type { RateLimitPolicy } from "./rate-limit/rate-limit-policy.ts";
import type { RateLimiter } from "./rate-limit/rate-limiter.ts";
import type { ApiSettings } from "./settings.ts";
import type { Clock } from "./shared/clock.ts";
import type { CookieJar } from "./shared/cookies.ts";
import type { Logger } from "./shared/logger.ts";
import type { ApiMetrics } from "./shared/metrics.ts";
import { wireTransformer } from "./shared/wire-transformer.ts";

/** Long-lived dependencies, built once by the server's composition root. */
export interface ApiDependencies {
  db: Database;
  clock: Clock;
  version: string;
  settings: ApiSettings;
  accessTokens: AccessTokenService;
  /** Lemon Squeezy, the local simulator, or disabled (production without a key). */
  billing: BillingAdapter;
  /** Signs and checks the short-lived cookie that binds a GitHub sign-in to the browser that started it. */
  oauthState: OAuthStateService;
  /** Writes questions and grades answers: the built-in interviewer or an OpenAI-compatible model. */
  interviewer: InterviewerProvider;
  /** Evaluations running in this process, so a reconnecting client follows instead of re-evaluating. */
  evaluationStreams: EvaluationStreams;
  metrics: ApiMetrics;
  /** Where rate-limit counts live: per-instance memory, or Redis shared by every instance. */
  rateLimiter: RateLimiter;
  /** What is limited and how hard (DEFAULT_RATE_LIMIT_POLICY unless a test tightens it). */
  rateLimitPolicy: RateLimitPolicy;
}

/** What the HTTP host knows about the request; the API never touches Fastify itself. */
export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
  /** The raw Authorization header, if any. */
  authorization: string | undefined;
  cookies: CookieJar;
  logger: Logger;
  /** Adds the signed-in user's id to this request's log lines (called once the viewer is known). */
  bindUser(userId: string): void;
}

export interface ApiContext extends ApiDependencies {
  request: RequestInfo;
}

export const INTERNAL_ERROR_MESSAGE =
  "Something went wrong on our side. Please try again; if it keeps happening, tell us the request id.";

const t = initTRPC.context<ApiContext>().create({
  // Dates (expiry times, created-at) arrive as Dates in every client, as the output types say;
  // inputs are checked before superjson decodes them (see wire-transformer.ts).
  transformer: wireTransformer,
  // Never ship stack traces to clients, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const cause = error.cause;
    return {
      code: shape.code,
      // Unexpected errors (SQL, driver, bugs) are logged by the host with the request id; the client
      // gets a fixed message so nothing about the database or the code leaks.
      message: internal ? INTERNAL_ERROR_MESSAGE : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        reason: cause instanceof DomainError ? cause.reason : internal ? "INTERNAL" : shape.data.code,
        details: cause instanceof DomainError ? (cause.details ?? null) : null,
        fieldErrors:
          cause instanceof z.ZodError
            ? (z.flattenError(cause).fieldErrors as Record<string, string[] | undefined>)
            : null,
      },
    };
  },
});

/** The tRPC error for a domain error; anything else is rethrown unchanged (and stays internal). */
export function toTRPCError(error: unknown): unknown {
  if (error instanceof DomainError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  return error;
}

/** Turns domain errors thrown by services into tRPC errors; everything else stays internal. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

/** The bearer token of the request, if it sent one. */
export function bearerToken(request: RequestInfo): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.authorization ?? "");
  return match?.[1];
}

/**
 * A valid access token is not enough: its session must still be live and the account verified, so
 * signing out everywhere, deleting the account or a detected token theft takes effect at once
 * rather than after the token's 15 minutes.
 */
const requireViewer = t.middleware(async ({ ctx, next }) => {
  const token = bearerToken(ctx.request);
  const claims = token ? await ctx.accessTokens.verify(token) : undefined;
  const viewer = claims ? await findActiveViewer(ctx.db, claims, ctx.clock.now()) : undefined;
  if (viewer) ctx.request.bindUser(viewer.userId);
  if (!viewer) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Your session has ended or is not valid. Sign in again.",
    });
  }
  return next({ ctx: { viewer } });
});

export const router = t.router;
export const middleware = t.middleware;
export const publicProcedure = t.procedure.use(mapDomainErrors);
/** For signed-in, verified users; `ctx.viewer` is who they are. */
export const protectedProcedure = publicProcedure.use(requireViewer);
export type { Viewer };
