// Every answer depends on the request's Origin (CORS decides per origin), so every answer says
// `Vary: Origin`, or a shared cache could hand one origin's CORS headers to another. @fastify/cors
// sets it on the reply, but tRPC answers with a fetch Response whose own `vary` (trpc-accept, accept)
// Fastify copies over the reply's headers after the onSend hooks have run. So this hook merges the
// two lists, on the reply and on the Response, keeping every entry once.
import type { FastifyInstance } from "fastify";
import fastifyPlugin from "fastify-plugin";

/** Not encapsulated: the hook must see every route, tRPC's included. */
export const varyOriginHook = fastifyPlugin(registerVaryOriginHook, { name: "interviewer-vary-origin" });

async function registerVaryOriginHook(app: FastifyInstance): Promise<void> {
  // Callback style, not async: an async hook costs a promise per request on every answer.
  app.addHook("onSend", (_request, reply, payload, done) => {
    const response = isFetchResponse(payload) ? payload : undefined;
    const vary = mergeVary([reply.getHeader("vary"), response?.headers.get("vary"), "Origin"]);
    reply.header("vary", vary);
    response?.headers.set("vary", vary);
    done(null, payload);
  });
}

function isFetchResponse(payload: unknown): payload is Response {
  return (
    typeof payload === "object" && payload !== null && Object.prototype.toString.call(payload) === "[object Response]"
  );
}

/** Header values (strings, lists, or unset) → one comma-separated list, case-insensitively unique. */
export function mergeVary(values: unknown[]): string {
  const seen = new Map<string, string>();
  for (const value of values.flat()) {
    if (typeof value !== "string") continue;
    for (const entry of value.split(",")) {
      const name = entry.trim();
      if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    }
  }
  return seen.has("*") ? "*" : [...seen.values()].join(", ");
}
