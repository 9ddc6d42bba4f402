// Mounts the API's tRPC router at /trpc. Everything the API needs from the request is copied into a
// plain RequestInfo here, so packages/api never depends on Fastify. Rate limits are not here: they
// run inside tRPC, per call, on the decoded input (packages/api rate-limit/rate-limited.ts).
// Two HTTP paths share these options: "fast" (trpc-fast-path.ts, the default) answers plain JSON
// queries and mutations without the Fetch-API round trip and hands the rest to the official
// handler; "official" is tRPC's fastify plugin alone, kept so the test suite can run through both.

import { type ApiContext, type ApiDependencies, DomainError, type RequestInfo } from "@interviewer/api";
import type { AnyRouter } from "@trpc/server";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance } from "fastify";
import { largeBodyRoutes } from "./large-body-routes.ts";
import { type TrpcHandlerOptions, trpcFastPathRoutes } from "./trpc-fast-path.ts";
import { guardTrpcRequests } from "./trpc-request-guards.ts";

/**
 * Calls per batched request. Every per-call limit counts each call, so this only bounds the work one
 * request can ask for; the web app's batch link uses the same number.
 */
export const MAX_BATCH_SIZE = 10;

/** "fast": plain JSON calls skip the Fetch-API round trip; "official": tRPC's fastify adapter for everything. */
export type TrpcHttpPath = "fast" | "official";

export interface TrpcRoutesOptions {
  router: AnyRouter;
  dependencies: ApiDependencies;
  httpPath?: TrpcHttpPath;
}

export async function trpcRoutes(app: FastifyInstance, options: TrpcRoutesOptions): Promise<void> {
  const trpcOptions = createTrpcHandlerOptions(options);
  // One scope for everything under /trpc, so its checks (JSON only, nesting, body size) hold on
  // both paths and on the large-body routes alike.
  await app.register(
    async (trpcScope) => {
      guardTrpcRequests(trpcScope, options.router);
      if (options.httpPath === "official") {
        await trpcScope.register(fastifyTRPCPlugin, { trpcOptions });
      } else {
        await trpcScope.register(trpcFastPathRoutes, { trpcOptions });
      }
      // The calls with a larger body (a résumé file, a recording), on both paths.
      await trpcScope.register(largeBodyRoutes, { trpcOptions });
    },
    { prefix: "/trpc" },
  );
}

function createTrpcHandlerOptions(options: TrpcRoutesOptions): TrpcHandlerOptions {
  return {
    router: options.router,
    createContext: ({ req, res, info }): ApiContext => {
      const request: RequestInfo = {
        requestId: req.id,
        ip: req.ip,
        userAgent: req.headers["user-agent"],
        // EventSource (SSE subscriptions) cannot send headers; clients pass the token as a
        // connection parameter instead, which tRPC reads from the subscription's first message.
        authorization: req.headers.authorization ?? bearerFromConnectionParams(info.connectionParams),
        cookies: {
          get: (name) => req.cookies[name],
          set: (name, value, cookieOptions) => {
            res.setCookie(name, value, cookieOptions);
          },
          clear: (name, cookieOptions) => {
            res.clearCookie(name, cookieOptions);
          },
        },
        logger: req.log,
        bindUser: (userId) => {
          // Every later line of this request, including Fastify's "request completed", names the user.
          req.log = req.log.child({ userId });
          res.log = req.log;
          request.logger = req.log;
        },
      };
      return { ...options.dependencies, request };
    },
    maxBatchSize: MAX_BATCH_SIZE,
    // A rate-limited call tells the client when to come back, as a header too (RFC 9110 Retry-After).
    responseMeta: ({ errors }) => {
      const retryAfterSeconds = Math.max(
        0,
        ...errors.map((error) => {
          const details = error.cause instanceof DomainError ? error.cause.details : undefined;
          return typeof details?.retryAfterSeconds === "number" ? details.retryAfterSeconds : 0;
        }),
      );
      return retryAfterSeconds > 0 ? { headers: { "retry-after": String(retryAfterSeconds) } } : {};
    },
    onError: ({ error, path, req }) => {
      // The client got a generic message (see errorFormatter); the details stay in our logs.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        req.log.error({ err: error.cause ?? error, procedure: path }, "procedure failed");
      }
    },
  };
}

function bearerFromConnectionParams(params: Record<string, string | undefined> | null | undefined): string | undefined {
  const token = params?.accessToken;
  return typeof token === "string" && token.length > 0 ? `Bearer ${token}` : undefined;
}
