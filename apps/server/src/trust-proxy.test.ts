import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { fastifyTrustProxy } from "./trust-proxy.ts";

/** request.ip for a request from `peer` carrying `forwardedFor`, with TRUST_PROXY set as given. */
async function clientAddress(trustProxy: string, peer: string, forwardedFor: string): Promise<string> {
  const app = Fastify({ trustProxy: fastifyTrustProxy(loadConfig({ TRUST_PROXY: trustProxy }).trustProxy) });
  app.get("/", async (request) => request.ip);
  try {
    const response = await app.inject({ url: "/", remoteAddress: peer, headers: { "x-forwarded-for": forwardedFor } });
    return response.body;
  } finally {
    await app.close();
  }
}

describe("the client address behind proxies", () => {
  const spoofed = "10.0.7.1, 203.0.113.9, 198.51.100.23";

  it("with one hop, is the entry our proxy appended, whatever the client wrote before it", async () => {
    expect(await clientAddress("1", "10.1.2.3", spoofed)).toBe("198.51.100.23");
    expect(await clientAddress("1", "10.1.2.3", "198.51.100.23")).toBe("198.51.100.23");
  });

  it("with two hops, is the entry the outer proxy appended", async () => {
    expect(await clientAddress("2", "10.1.2.3", spoofed)).toBe("203.0.113.9");
  });

  it("with proxy addresses, walks back only through listed proxies", async () => {
    // Peer and the next hop are ours: the first address that is not a proxy is the client.
    expect(await clientAddress("10.0.0.0/8", "10.1.2.3", "10.0.7.1, 198.51.100.23, 10.9.9.9")).toBe("198.51.100.23");
    // A peer that is not a listed proxy is the client; its X-Forwarded-For is ignored.
    expect(await clientAddress("10.0.0.0/8", "198.51.100.50", spoofed)).toBe("198.51.100.50");
  });

  it("with TRUST_PROXY off, is the peer", async () => {
    expect(await clientAddress("false", "10.1.2.3", spoofed)).toBe("10.1.2.3");
  });
});
