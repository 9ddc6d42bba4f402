// POST /trpc/resume.upload with a larger body limit than the rest of /trpc: the résumé arrives as
// base64 in JSON (a 2 MB file is ~2.7 MB of body), and every other call keeps Fastify's 1 MiB. A
// static route wins over /trpc/:path whichever HTTP path ("fast" or "official") serves the rest; this
// one always hands the call to tRPC's official fastify handler (uploads are rare and heavy, the fast
// path's savings would not show). A body over the limit is refused from its Content-Length before it
// is read, with the same tRPC error shape (PAYLOAD_TOO_LARGE, reason RESUME_TOO_LARGE) as a file the
// service finds too large, so clients handle one error. A batch that includes resume.upload among other
// calls goes through /trpc/:path and its 1 MiB limit: upload on its own.
import { RESUME_UPLOAD_BODY_MAX_BYTES, resumeTooLargeError } from "@interviewer/api";
import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getErrorShape, TRPCError, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance } from "fastify";
import type { TrpcHandlerOptions } from "./trpc-fast-path.ts";

export const RESUME_UPLOAD_PATH = "resume.upload";

export async function resumeUploadRoute(app: FastifyInstance, options: { trpcOptions: TrpcHandlerOptions }) {
  const { trpcOptions } = options;
  // As the official plugin parses it (JSON as text, decoded by tRPC), with this route's limit.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: { code?: string }, request, reply) => {
    if (error.code !== "FST_ERR_CTP_BODY_TOO_LARGE") throw error;
    const config = trpcOptions.router._def._config;
    const tooLarge = resumeTooLargeError();
    const shape = getErrorShape({
      config,
      ctx: undefined,
      error: new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: tooLarge.message, cause: tooLarge }),
      input: undefined,
      path: RESUME_UPLOAD_PATH,
      type: "mutation",
    });
    const isBatch = new URLSearchParams(request.url.split("?")[1] ?? "").get("batch") === "1";
    const body = transformTRPCResponse(config, isBatch ? [{ error: shape }] : { error: shape });
    // The rest of the body is not read: the connection cannot carry another request.
    return reply.code(413).header("connection", "close").type("application/json").send(JSON.stringify(body));
  });

  app.post(`/${RESUME_UPLOAD_PATH}`, { bodyLimit: RESUME_UPLOAD_BODY_MAX_BYTES }, async (request, reply) => {
    await fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path: RESUME_UPLOAD_PATH });
  });
}
