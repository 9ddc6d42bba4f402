// Turns the TRUST_PROXY setting into Fastify's trustProxy option. Fastify 5 ignores a bare number
// (hop counts cannot tell a proxy from a client that connects directly), so a hop count becomes a
// trust function: the socket peer and the next hops-1 entries of X-Forwarded-For are proxies, and
// the entry before them is the client. Everything further left was written by the client and is
// never believed. Addresses and CIDR ranges go to Fastify as they are (proxy-addr checks each hop).
import type { TrustProxy } from "./config.ts";

export type FastifyTrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

export function fastifyTrustProxy(setting: TrustProxy): FastifyTrustProxy {
  if (setting === false || setting === 0) return false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting;
}
