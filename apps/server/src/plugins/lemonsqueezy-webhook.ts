// POST /webhooks/lemonsqueezy: a plain Fastify route outside tRPC, because the signature is over the
// raw bytes. This encapsulated scope parses application/json as a Buffer (tRPC keeps its own parser
// in its own scope). The route is thin: the answer and every effect come from
// receiveLemonSqueezyWebhook, which commits before we reply 200 (Lemon Squeezy retries anything else).
import { type ApiSettings, type Clock, receiveLemonSqueezyWebhook, type WebhookResult } from "@interviewer/api";
import type { Database } from "@interviewer/db";
import type { FastifyInstance } from "fastify";

export interface LemonSqueezyWebhookOptions {
  db: Database;
  clock: Clock;
  settings: Pick<ApiSettings, "publicUrl" | "billing">;
  webhookSecret: string;
  /** Called with every delivery's outcome (metrics). */
  onProcessed?: (outcome: WebhookResult["outcome"], status: WebhookResult["status"]) => void;
}

export const LEMONSQUEEZY_WEBHOOK_PATH = "/webhooks/lemonsqueezy";

export async function lemonSqueezyWebhookRoutes(
  app: FastifyInstance,
  options: LemonSqueezyWebhookOptions,
): Promise<void> {
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => {
    done(null, body);
  });

  app.post(LEMONSQUEEZY_WEBHOOK_PATH, async (request, reply) => {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const header = request.headers["x-signature"];
    const signature = typeof header === "string" ? header : undefined;
    const result = await receiveLemonSqueezyWebhook({ ...options, logger: request.log }, rawBody, signature);
    options.onProcessed?.(result.outcome, result.status);
    if (result.status === 401) request.log.warn({ outcome: result.outcome }, "lemon squeezy webhook rejected");
    // A 400 says what is wrong with the body (Lemon Squeezy shows it in the delivery log).
    const body = result.message ? { outcome: result.outcome, message: result.message } : { outcome: result.outcome };
    return reply.code(result.status).send(body);
  });
}
