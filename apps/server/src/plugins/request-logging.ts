// One log line per request, written when the answer has gone out: method, redacted URL, client,
// status, time taken, the request id and (once signed in) the user id. Fastify's default writes two
// lines per request ("incoming request" and "request completed"), which on a cheap call costs about
// as much as answering it; the completion line alone can carry everything the first one did. Fastify's
// other request logs (errors, 404s, stream errors) are unchanged.
import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

export class OneLinePerRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    // reply.log, not request.log: the API's bindUser swaps in a child that names the user.
    if (error) {
      reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, "request errored");
    } else {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
    }
  }
}
