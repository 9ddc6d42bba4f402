// A stand-in for api.resend.com that speaks the wire protocol the official SDK uses: POST /emails with
// `Authorization: Bearer <key>`, a JSON body, and an optional Idempotency-Key header. It records what
// it delivered and can be told to misbehave — answer 500/429 for the next N requests (an outage), or
// deliver and then drop the connection before answering (a lost response) — so tests can drive the
// real SDK through the failures the outbox must survive.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface DeliveredEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string | undefined;
  html: string | undefined;
  idempotencyKey: string | undefined;
}

export interface FakeResendServer {
  /** Pass as the transport's base URL. */
  url: string;
  apiKey: string;
  /** Every message delivered, once per message (idempotent replays are not added again). */
  delivered: DeliveredEmail[];
  /** Every POST /emails that reached the server, including failed and replayed ones. */
  requestCount(): number;
  /** The next `count` requests get this status (500 = outage, 429 = rate limit, 422 = invalid). */
  failNext(count: number, status?: 500 | 429 | 422): void;
  /** The next `count` requests are delivered, then the connection is cut before the answer. */
  dropResponseAfterDelivery(count: number): void;
  /** Real-time latency added to each answer, to widen the window for concurrent senders. */
  setLatencyMs(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

const ERROR_NAMES = { 500: "internal_server_error", 429: "rate_limit_exceeded", 422: "validation_error" } as const;

export async function startFakeResendServer(apiKey = "re_test_key"): Promise<FakeResendServer> {
  let delivered: DeliveredEmail[] = [];
  let requests = 0;
  let failures: { remaining: number; status: 500 | 429 | 422 } = { remaining: 0, status: 500 };
  let drops = 0;
  let latencyMs = 0;
  /** Idempotency-Key -> the id it produced and the body it was for (a different body is a 409). */
  let byKey = new Map<string, { id: string; body: string }>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        const send = () => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        };
        if (latencyMs > 0) setTimeout(send, latencyMs);
        else send();
      };
      const error = (status: number, name: string, message: string) =>
        reply(status, { statusCode: status, name, message });

      if (req.method !== "POST" || req.url !== "/emails") {
        return error(404, "not_found", "The requested endpoint does not exist.");
      }
      requests += 1;
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        return error(401, "invalid_api_key", "API key is invalid");
      }
      if (failures.remaining > 0) {
        failures.remaining -= 1;
        const status = failures.status;
        return error(status, ERROR_NAMES[status], `Simulated ${status}`);
      }

      const raw = Buffer.concat(chunks).toString("utf8");
      let body: { from?: string; to?: string | string[]; subject?: string; text?: string; html?: string };
      try {
        body = JSON.parse(raw);
      } catch {
        return error(422, "validation_error", "Invalid JSON body");
      }
      if (!body.from || !body.to || !body.subject || !(body.text || body.html)) {
        return error(422, "missing_required_field", "from, to, subject and text or html are required");
      }

      const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : undefined;
      const previous = key ? byKey.get(key) : undefined;
      if (previous) {
        if (previous.body !== raw) {
          return error(409, "invalid_idempotent_request", "Same idempotency key used with a different payload");
        }
        return reply(200, { id: previous.id });
      }

      const id = randomUUID();
      if (key) byKey.set(key, { id, body: raw });
      delivered.push({
        id,
        from: body.from,
        to: Array.isArray(body.to) ? body.to : [body.to],
        subject: body.subject,
        text: body.text,
        html: body.html,
        idempotencyKey: key,
      });
      if (drops > 0) {
        drops -= 1;
        // Delivered, but the caller never hears about it.
        req.socket.destroy();
        return;
      }
      return reply(200, { id });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    get delivered() {
      return delivered;
    },
    requestCount: () => requests,
    failNext(count, status = 500) {
      failures = { remaining: count, status };
    },
    dropResponseAfterDelivery(count) {
      drops = count;
    },
    setLatencyMs(ms) {
      latencyMs = ms;
    },
    reset() {
      delivered = [];
      requests = 0;
      failures = { remaining: 0, status: 500 };
      drops = 0;
      latencyMs = 0;
      byKey = new Map();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
