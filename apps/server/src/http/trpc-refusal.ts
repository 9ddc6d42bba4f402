// A /trpc request the HTTP layer refuses before tRPC runs (a body that is not JSON, too large or
// nested too deeply, a path too long or malformed), answered in tRPC's own error shape: the body
// tRPC gives a request-level error (resolveResponse's last resort: one error, no path, the
// router's errorFormatter and transformer), so clients and their error handling see one format.
import type { AnyRouter, TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getErrorShape, TRPCError, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyReply } from "fastify";

export interface TrpcRefusal {
  code: TRPC_ERROR_CODE_KEY;
  /** A short fixed sentence: nothing from the request is echoed back. */
  message: string;
  /**
   * When the body was not read: the connection cannot carry another request, and closing it stops
   * Node from reading (and discarding) the rest of a body we refused.
   */
  closeConnection?: boolean;
}

/** The status and the JSON text tRPC would answer for this error. */
export function trpcRefusalBody(router: AnyRouter, refusal: Pick<TrpcRefusal, "code" | "message">) {
  const error = new TRPCError({ code: refusal.code, message: refusal.message });
  const config = router._def._config;
  const shape = getErrorShape({ config, ctx: undefined, error, input: undefined, path: undefined, type: "unknown" });
  return {
    status: getHTTPStatusCodeFromError(error),
    body: JSON.stringify(transformTRPCResponse(config, { error: shape })),
  };
}

export function sendTrpcRefusal(reply: FastifyReply, router: AnyRouter, refusal: TrpcRefusal): FastifyReply {
  const { status, body } = trpcRefusalBody(router, refusal);
  if (refusal.closeConnection) reply.header("connection", "close");
  // As bytes: Fastify would append "; charset=utf-8" to a string's JSON content type; tRPC doesn't.
  return reply.code(status).header("content-type", "application/json").send(Buffer.from(body));
}
