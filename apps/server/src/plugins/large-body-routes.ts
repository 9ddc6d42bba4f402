// The few tRPC procedures whose body is larger than the rest of /trpc allows: a file as base64 in JSON
// (a 2 MB résumé is ~2.7 MB of body, a 5 MB recording ~6.7 MB); every other call keeps Fastify's 1 MiB.
// Each gets a static POST route, which wins over /trpc/:path whichever HTTP path ("fast" or "official")
// serves the rest, and always hands the call to tRPC's official fastify handler (uploads are rare and
// heavy, the fast path's savings would not show). A body over a route's limit is refused from its
// Content-Length before it is read, with the same tRPC error shape (PAYLOAD_TOO_LARGE and the
// procedure's own reason) as a file the service finds too large, so clients handle one error. A batch
// that includes one of these among other calls goes through /trpc/:path and its 1 MiB limit: upload on
// its own.
import {
  type DomainError,
  RESUME_UPLOAD_BODY_MAX_BYTES,
  resumeTooLargeError,
  VOICE_TRANSCRIBE_BODY_MAX_BYTES,
  voiceTooLargeError,
} from "@interviewer/api";
import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getErrorShape, TRPCError, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance } from "fastify";
import type { TrpcHandlerOptions } from "./trpc-fast-path.ts";

interface LargeBodyProcedure {
  path: string;
  bodyLimit: number;
  /** The error a too-large body gets: the one the service gives for a file over its limit. */
  tooLarge: () => DomainError;
}

export const LARGE_BODY_PROCEDURES: readonly LargeBodyProcedure[] = [
  { path: "resume.upload", bodyLimit: RESUME_UPLOAD_BODY_MAX_BYTES, tooLarge: resumeTooLargeError },
  { path: "voice.transcribe", bodyLimit: VOICE_TRANSCRIBE_BODY_MAX_BYTES, tooLarge: voiceTooLargeError },
];

export async function largeBodyRoutes(app: FastifyInstance, options: { trpcOptions: TrpcHandlerOptions }) {
  const { trpcOptions } = options;
  // As the official plugin parses it (JSON as text, decoded by tRPC), with each route's limit.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: { code?: string }, request, reply) => {
    if (error.code !== "FST_ERR_CTP_BODY_TOO_LARGE") throw error;
    const [pathname = "", query = ""] = request.url.split("?");
    const procedure = LARGE_BODY_PROCEDURES.find((entry) => pathname.endsWith(`/${entry.path}`));
    if (!procedure) throw error;
    const config = trpcOptions.router._def._config;
    const tooLarge = procedure.tooLarge();
    const shape = getErrorShape({
      config,
      ctx: undefined,
      error: new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: tooLarge.message, cause: tooLarge }),
      input: undefined,
      path: procedure.path,
      type: "mutation",
    });
    const isBatch = new URLSearchParams(query).get("batch") === "1";
    const body = transformTRPCResponse(config, isBatch ? [{ error: shape }] : { error: shape });
    // The rest of the body is not read: the connection cannot carry another request.
    return reply.code(413).header("connection", "close").type("application/json").send(JSON.stringify(body));
  });

  for (const procedure of LARGE_BODY_PROCEDURES) {
    app.post(`/${procedure.path}`, { bodyLimit: procedure.bodyLimit }, async (request, reply) => {
      await fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path: procedure.path });
    });
  }
}
