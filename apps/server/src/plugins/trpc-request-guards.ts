// What every /trpc request must pass before tRPC (fast path, official adapter or a large-body route)
// sees it. Added to the scope that holds all of them, so no path can skip a check.
//
// - A body must be JSON. No procedure takes form data or a stream, yet tRPC's adapter reads a
//   multipart body whole with no size limit (400 MB was read into memory) and parses every part on
//   the event loop; and multipart and text/plain are what a cross-site HTML form can send without a
//   CORS preflight (a form could sign a visitor out). Refused from the headers, before any body byte
//   is read, with a typed 415.
// - JSON may nest at most MAX_JSON_DEPTH levels (http/json-depth.ts), in the body and in a GET's
//   `input` parameter: checked once the body is read and before anything parses it.
// - A body over the route's limit gets tRPC's PAYLOAD_TOO_LARGE instead of Fastify's own shape.
import type { AnyRouter } from "@trpc/server";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { JSON_TOO_DEEP_MESSAGE, jsonNestsDeeperThan } from "../http/json-depth.ts";
import { sendTrpcRefusal } from "../http/trpc-refusal.ts";

export const NOT_JSON_MESSAGE = "Send the request body as JSON (content-type: application/json).";
export const BODY_TOO_LARGE_MESSAGE = "The request body is too large.";

/** Adds the checks to `scope`: call it before registering the /trpc routes in that scope. */
export function guardTrpcRequests(scope: FastifyInstance, router: AnyRouter): void {
  // Callback style, not async: an async hook costs a promise per request on every answer.
  scope.addHook("onRequest", (request, reply, done) => {
    // GET and HEAD carry their input in the URL; every other method is answered from its body.
    if (request.method === "GET" || request.method === "HEAD" || isJson(request.headers["content-type"])) {
      done();
      return;
    }
    sendTrpcRefusal(reply, router, {
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: NOT_JSON_MESSAGE,
      closeConnection: true,
    });
  });

  scope.addHook("preValidation", (request, reply, done) => {
    if (!inputNestsTooDeeply(request)) {
      done();
      return;
    }
    sendTrpcRefusal(reply, router, { code: "BAD_REQUEST", message: JSON_TOO_DEEP_MESSAGE });
  });

  scope.setErrorHandler((error: { code?: string }, _request, reply) => {
    if (error.code !== "FST_ERR_CTP_BODY_TOO_LARGE") throw error;
    // Refused from Content-Length (or when a chunked body passed the limit): the rest is not read.
    return sendTrpcRefusal(reply, router, {
      code: "PAYLOAD_TOO_LARGE",
      message: BODY_TOO_LARGE_MESSAGE,
      closeConnection: true,
    });
  });
}

/**
 * `application/json`, with or without parameters (`; charset=utf-8`). In lower case, as tRPC matches
 * it (and as every client sends it): another spelling would pass here only to get tRPC's own 415.
 */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const semicolon = contentType.indexOf(";");
  const mediaType = semicolon === -1 ? contentType : contentType.slice(0, semicolon);
  return mediaType.trim() === "application/json";
}

/** The JSON body (read as text by every /trpc parser) or any `input` query parameter nests too deeply. */
function inputNestsTooDeeply(request: FastifyRequest): boolean {
  if (typeof request.body === "string" && jsonNestsDeeperThan(request.body)) return true;
  const query = request.query;
  if (typeof query !== "object" || query === null || !("input" in query)) return false;
  // A repeated parameter arrives as an array; tRPC reads the first, so every one is checked.
  const inputs: unknown[] = Array.isArray(query.input) ? query.input : [query.input];
  return inputs.some((input) => typeof input === "string" && jsonNestsDeeperThan(input));
}
