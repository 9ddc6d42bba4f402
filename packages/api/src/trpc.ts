// tRPC set-up: the one error formatter and the base procedures over the context of context.ts.
// Routers import `router` and the procedures from here; nothing else calls initTRPC.

import { initTRPC, type TRPC_ERROR_CODE_KEY, type TRPC_ERROR_CODE_NUMBER, TRPCError } from "@trpc/server";
import { z } from "zod";
import { findActiveViewer } from "./auth/viewer.ts";
import type { ApiContext, RequestInfo } from "./context.ts";
import { DomainError, type DomainErrorReason } from "./errors.ts";
import { wireTransformer } from "./shared/wire-transformer.ts";

export const INTERNAL_ERROR_MESSAGE =
  "Something went wrong on our side. Please try again; if it keeps happening, tell us the request id.";

/** Why a call failed: a domain reason, "INTERNAL" for our own failures, or tRPC's code for the rest. */
export type ErrorReason = DomainErrorReason | "INTERNAL" | TRPC_ERROR_CODE_KEY;

/**
 * The `data` of every error the API sends. Clients read it typed, as
 * `TRPCClientError<AppRouter>["data"]`, never through a hand-written copy of this shape.
 */
export interface ApiErrorData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path: string | undefined;
  reason: ErrorReason;
  /** What a client needs to act, e.g. `retryAfterSeconds` for RATE_LIMITED. */
  details: Record<string, unknown> | null;
  /** Validation messages per input field, for BAD_REQUEST from input validation. */
  fieldErrors: Record<string, string[]> | null;
}

/** Validation messages keyed by the input's top-level field (zod's flattenError, typed). */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" && typeof field !== "number") continue;
    const key = String(field);
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

const t = initTRPC.context<ApiContext>().create({
  // Dates (expiry times, created-at) arrive as Dates in every client, as the output types say;
  // inputs are checked before superjson decodes them (see wire-transformer.ts).
  transformer: wireTransformer,
  // Never ship stack traces to clients, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }): { code: TRPC_ERROR_CODE_NUMBER; message: string; data: ApiErrorData } {
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
        fieldErrors: cause instanceof z.ZodError ? fieldErrorsOf(cause) : null,
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
