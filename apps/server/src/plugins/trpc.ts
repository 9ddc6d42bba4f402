// Mounts the API's tRPC router at /trpc. Everything the API needs from the request is copied into a
// plain RequestInfo here, so packages/api never depends on Fastify.

import type { ApiContext, ApiDependencies, RequestInfo } from "@interviewer/api";
import type { AnyRouter } from "@trpc/server";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance } from "fastify";

export interface TrpcRoutesOptions {
  router: AnyRouter;
  dependencies: ApiDependencies;
}

export async function trpcRoutes(app: FastifyInstance, options: TrpcRoutesOptions): Promise<void> {
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
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
      onError: ({ error, path, req }) => {
        // The client got a generic message (see errorFormatter); the details stay in our logs.
        if (error.code === "INTERNAL_SERVER_ERROR") {
          req.log.error({ err: error.cause ?? error, procedure: path }, "procedure failed");
        }
      },
    } satisfies FastifyTRPCPluginOptions<AnyRouter>["trpcOptions"],
  });
}

function bearerFromConnectionParams(params: Record<string, string | undefined> | null | undefined): string | undefined {
  const token = params?.accessToken;
  return typeof token === "string" && token.length > 0 ? `Bearer ${token}` : undefined;
}
