// A stand-in for api.lemonsqueezy.com that speaks the JSON:API wire protocol our client uses:
// POST /v1/checkouts, DELETE /v1/subscriptions/:id (cancel), PATCH /v1/subscriptions/:id (resume,
// change variant), with `Authorization: Bearer <key>` and application/vnd.api+json. It records every
// request and can be told to fail the next one with a status (401/404/422/500), so tests drive the
// real client through Lemon Squeezy's error answers.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedLemonSqueezyRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeSubscription {
  id: string;
  variantId: number;
  status: string;
  customerId: number;
  renewsAt: string;
  endsAt: string | null;
  updatedAt: string;
  userEmail: string;
}

export interface FakeLemonSqueezyServer {
  url: string;
  apiKey: string;
  requests: RecordedLemonSqueezyRequest[];
  subscriptions: Map<string, FakeSubscription>;
  failNext(status: 401 | 404 | 422 | 500, detail?: string): void;
  close(): Promise<void>;
}

const JSON_API = "application/vnd.api+json";

export async function startFakeLemonSqueezyServer(apiKey = "ls_test_key"): Promise<FakeLemonSqueezyServer> {
  const requests: RecordedLemonSqueezyRequest[] = [];
  const subscriptions = new Map<string, FakeSubscription>();
  let failure: { status: number; detail: string } | undefined;
  let tick = 0;

  const subscriptionDocument = (s: FakeSubscription) => ({
    jsonapi: { version: "1.0" },
    data: {
      type: "subscriptions",
      id: s.id,
      attributes: {
        store_id: 1,
        customer_id: s.customerId,
        order_id: 1,
        variant_id: s.variantId,
        user_email: s.userEmail,
        status: s.status,
        cancelled: s.status === "cancelled",
        renews_at: s.renewsAt,
        ends_at: s.endsAt,
        created_at: "2025-01-01T00:00:00.000000Z",
        updated_at: s.updatedAt,
        test_mode: true,
      },
    },
  });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      const path = req.url ?? "/";
      requests.push({ method: req.method ?? "GET", path, headers: req.headers, body });
      const reply = (status: number, document: unknown) => {
        res.writeHead(status, { "content-type": JSON_API });
        res.end(JSON.stringify(document));
      };
      const error = (status: number, detail: string) =>
        reply(status, {
          jsonapi: { version: "1.0" },
          errors: [{ status: String(status), title: http.STATUS_CODES[status], detail }],
        });

      if (req.headers.authorization !== `Bearer ${apiKey}`) return error(401, "Unauthenticated.");
      if (req.headers.accept !== JSON_API || req.headers["content-type"] !== JSON_API) {
        return error(415, "JSON:API media type required");
      }
      if (failure) {
        const { status, detail } = failure;
        failure = undefined;
        return error(status, detail);
      }
      tick += 1;
      const now = new Date(Date.UTC(2030, 0, 1) + tick * 1000).toISOString();

      if (req.method === "POST" && path === "/v1/checkouts") {
        return reply(201, {
          jsonapi: { version: "1.0" },
          data: {
            type: "checkouts",
            id: `checkout-${tick}`,
            attributes: { url: `https://fake-store.lemonsqueezy.test/checkout/custom/${tick}` },
          },
        });
      }
      const match = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
      if (match?.[1]) {
        const subscription = subscriptions.get(decodeURIComponent(match[1]));
        if (!subscription) return error(404, "Not found.");
        if (req.method === "DELETE") {
          Object.assign(subscription, { status: "cancelled", endsAt: subscription.renewsAt, updatedAt: now });
          return reply(200, subscriptionDocument(subscription));
        }
        if (req.method === "PATCH") {
          const attributes = (body as { data?: { attributes?: Record<string, unknown> } })?.data?.attributes ?? {};
          if (attributes.cancelled === false) Object.assign(subscription, { status: "active", endsAt: null });
          if (attributes.variant_id !== undefined) {
            if (typeof attributes.variant_id !== "number") return error(422, "The variant id must be an integer.");
            subscription.variantId = attributes.variant_id;
          }
          subscription.updatedAt = now;
          return reply(200, subscriptionDocument(subscription));
        }
      }
      return error(404, "Not found.");
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    subscriptions,
    failNext(status, detail = `Simulated ${status}`) {
      failure = { status, detail };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
