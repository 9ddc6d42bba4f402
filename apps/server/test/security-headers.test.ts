// Security headers are helmet's, computed once at start-up: pages, static files and health carry
// exactly what @fastify/helmet would set on each request; /trpc carries what a JSON answer needs.
import helmet from "@fastify/helmet";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HELMET_OPTIONS } from "../src/plugins/security-headers.ts";

/** What @fastify/helmet, registered the usual way, puts on an answer. */
async function headersFromHelmetPlugin(): Promise<Record<string, string>> {
  const app = Fastify({ logger: false });
  await app.register(helmet, HELMET_OPTIONS);
  app.get("/", async () => "ok");
  const response = await app.inject({ method: "GET", url: "/" });
  await app.close();
  const {
    "content-type": _type,
    "content-length": _length,
    date: _date,
    connection: _connection,
    ...rest
  } = response.headers;
  return Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, String(value)]));
}

describe("security headers", () => {
  let ts: TestServer;
  let expected: Record<string, string>;
  beforeAll(async () => {
    [ts, expected] = await Promise.all([startTestServer(), headersFromHelmetPlugin()]);
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("pages, static files and health get exactly the headers @fastify/helmet sets", async () => {
    expect(Object.keys(expected)).toContain("content-security-policy");
    for (const path of ["/", "/dashboard", "/health", "/no-such-file.png"]) {
      const response = await fetch(`${ts.url}${path}`);
      await response.body?.cancel();
      for (const [name, value] of Object.entries(expected))
        expect({ path, name, value: response.headers.get(name) }).toEqual({ path, name, value });
    }
  });

  it("a /trpc answer gets HSTS, nosniff, same-origin CORP and an inert CSP, without the document headers", async () => {
    const response = await fetch(`${ts.url}/trpc/system.info`);
    await response.body?.cancel();
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(response.headers.get("strict-transport-security")).toBe(expected["strict-transport-security"]);
    for (const name of ["cross-origin-opener-policy", "x-frame-options", "referrer-policy", "origin-agent-cluster"]) {
      expect({ name, value: response.headers.get(name) }).toEqual({ name, value: null });
    }
  });
});
