// Fastify's own refusals of a URL, before any route or hook runs: a path parameter over
// maxParamLength (a long batch of procedure names) and a path that does not decode. Fastify's
// default answer echoes the whole path back and is in neither of our shapes; these are: tRPC's
// error shape under /trpc (what the tRPC client reads), the server's error handler's elsewhere,
// each with a short fixed message.
import type { AnyRouter } from "@trpc/server";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { trpcRefusalBody } from "./trpc-refusal.ts";

export const PATH_TOO_LONG_MESSAGE = "The request path is too long.";
export const PATH_NOT_VALID_MESSAGE = "The request path is not valid.";

/** Fastify's `frameworkErrors` option, for a server whose /trpc routes serve `router`. */
export function answerFrameworkError(router: AnyRouter) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
    const message = tooLong ? PATH_TOO_LONG_MESSAGE : PATH_NOT_VALID_MESSAGE;
    // No onRequest hook ran: the request id header is set here.
    reply.header("x-request-id", request.id);
    if (request.url.startsWith("/trpc/")) {
      // tRPC has no code for 414: a path it cannot route is a BAD_REQUEST, as a batch over the size limit is.
      const { status, body } = trpcRefusalBody(router, { code: "BAD_REQUEST", message });
      reply.code(status).header("content-type", "application/json").send(Buffer.from(body));
      return;
    }
    reply.code(tooLong ? 414 : 400).send({ error: "Bad Request", message, requestId: request.id });
  };
}
