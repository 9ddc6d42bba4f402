// Security headers on every answer, decided once at start-up. @fastify/helmet builds helmet's
// middleware from its options again on every request (≈46 µs, half the cost of a plain request), though
// the answer never changes: so helmet is run once, on a throwaway instance, and the headers it set are
// kept and written by one hook. Helmet stays the source of truth for what they are.
//
// /trpc answers are JSON (or an event stream), never a document a browser renders with scripts,
// frames or links, so the document headers (helmet's full CSP, COOP, Origin-Agent-Cluster,
// Referrer-Policy, X-Frame-Options, X-DNS-Prefetch-Control, X-Download-Options,
// X-Permitted-Cross-Domain-Policies, X-XSS-Protection) do nothing there. They keep what does:
// - Strict-Transport-Security: host-wide; any answer may be the first a browser sees over HTTPS;
// - X-Content-Type-Options: nosniff, so JSON is never sniffed into HTML or script;
// - Cross-Origin-Resource-Policy: same-origin, so other sites cannot pull API answers into their
//   process with no-cors requests;
// - a CSP that makes the body inert and unframeable should someone open it as a page
//   (`default-src 'none'; frame-ancestors 'none'`, OWASP's advice for APIs).
import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyPlugin from "fastify-plugin";

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      // The web app calls only its own origin; images may be data: URLs (charts, avatars).
      "img-src": ["'self'", "data:", "https:"],
      "connect-src": ["'self'"],
      // A question read aloud by the server's text-to-speech plays from a blob: URL of its audio.
      "media-src": ["'self'", "blob:"],
    },
  },
  // Same origin in production; in development Vite's dev server on another port calls us through a proxy.
  crossOriginResourcePolicy: { policy: "same-origin" },
};

const API_PREFIX = "/trpc/";
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
const API_HEADERS_FROM_HELMET = ["strict-transport-security", "x-content-type-options", "cross-origin-resource-policy"];

export interface SecurityHeaderSets {
  /** Everything helmet sets: pages, static files, health, webhooks. */
  document: Readonly<Record<string, string>>;
  /** What a /trpc answer needs (see above). */
  api: Readonly<Record<string, string>>;
}

/** The headers @fastify/helmet sets with these options, read off one request to a throwaway instance. */
export async function helmetHeaders(options: FastifyHelmetOptions = HELMET_OPTIONS): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, options);
    // By the time the handler runs, helmet's onRequest hook has set its headers on the raw response, and nothing else has.
    probe.get("/", async (_request, reply) => reply.raw.getHeaders());
    const response = await probe.inject({ method: "GET", url: "/" });
    const headers: unknown = response.json();
    const result: Record<string, string> = {};
    if (typeof headers === "object" && headers !== null) {
      for (const [name, value] of Object.entries(headers)) {
        if (typeof value === "string" || typeof value === "number") result[name] = String(value);
      }
    }
    return result;
  } finally {
    await probe.close();
  }
}

export async function computeSecurityHeaderSets(options?: FastifyHelmetOptions): Promise<SecurityHeaderSets> {
  const document = await helmetHeaders(options);
  const api: Record<string, string> = { "content-security-policy": API_CONTENT_SECURITY_POLICY };
  for (const name of API_HEADERS_FROM_HELMET) {
    const value = document[name];
    if (value !== undefined) api[name] = value;
  }
  return { document, api };
}

/** One onRequest hook for every route (not encapsulated): the API set on /trpc, helmet's full set elsewhere. */
export const securityHeaders = fastifyPlugin(
  async (app: FastifyInstance, options: { sets: SecurityHeaderSets }) => {
    const { document, api } = options.sets;
    app.addHook("onRequest", (request, reply, done) => {
      reply.headers(request.url.startsWith(API_PREFIX) ? api : document);
      done();
    });
  },
  { name: "interviewer-security-headers" },
);
