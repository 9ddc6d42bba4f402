// tRPC set-up: the request context, the one error formatter, and the base procedures.
// Routers import `router` and the procedures from here; nothing else calls initTRPC.

import type { Database } from "@interviewer/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { DomainError } from "./errors.ts";
import type { Clock } from "./shared/clock.ts";
import type { Logger } from "./shared/logger.ts";

/** Long-lived dependencies, built once by the server's composition root. */
export interface ApiDependencies {
  db: Database;
  clock: Clock;
  version: string;
}

/** What the HTTP host knows about the request; the API never touches Fastify itself. */
export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
  logger: Logger;
}

export interface ApiContext extends ApiDependencies {
  request: RequestInfo;
}

export const INTERNAL_ERROR_MESSAGE =
  "Something went wrong on our side. Please try again; if it keeps happening, tell us the request id.";

const t = initTRPC.context<ApiContext>().create({
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
        fieldErrors: cause instanceof z.ZodError ? z.flattenError(cause).fieldErrors : null,
      },
    };
  },
});

/** Turns domain errors thrown by services into tRPC errors; everything else stays internal. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
