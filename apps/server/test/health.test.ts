// Liveness, readiness, request ids, security headers and CORS of the real server.

import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("GET /health", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("answers 200 with the version, uptime and a reachable database", async () => {
    const response = await fetch(`${ts.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      uptimeSeconds: expect.any(Number),
      database: { engine: ts.database.engine, status: "up" },
    });
  });

  it("sends a request id back, keeping a well-formed one from the caller", async () => {
    const mine = await fetch(`${ts.url}/health`, { headers: { "x-request-id": "trace-abc.123" } });
    expect(mine.headers.get("x-request-id")).toBe("trace-abc.123");
    const hostile = await fetch(`${ts.url}/health`, { headers: { "x-request-id": "bad id\twith spaces" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sets security headers", async () => {
    const response = await fetch(`${ts.url}/health`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("allows CORS only from PUBLIC_URL and configured origins", async () => {
    const allowed = await fetch(`${ts.url}/health`, { headers: { origin: "http://localhost:3000" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const other = await fetch(`${ts.url}/health`, { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("says Vary: Origin on every answer, tRPC's included (which set their own Vary)", async () => {
    const origin = { origin: "http://localhost:3000" };
    const answers = {
      health: await fetch(`${ts.url}/health`, { headers: origin }),
      query: await fetch(`${ts.url}/trpc/system.info`, { headers: origin }),
      batch: await fetch(`${ts.url}/trpc/system.info,system.info?batch=1&input=${encodeURIComponent("{}")}`, {
        headers: origin,
      }),
      noOrigin: await fetch(`${ts.url}/trpc/system.info`),
      notFound: await fetch(`${ts.url}/trpc/no.such.procedure`, { headers: origin }),
    };
    for (const [name, response] of Object.entries(answers)) {
      await response.body?.cancel();
      const vary = (response.headers.get("vary") ?? "").split(",").map((entry) => entry.trim().toLowerCase());
      expect(vary, name).toContain("origin");
    }
    // tRPC's own entries are kept beside it.
    expect(answers.query.headers.get("vary")?.toLowerCase()).toContain("trpc-accept");
  });

  it("serves typed procedures at /trpc", async () => {
    const info = await ts.client.system.info.query();
    expect(info).toEqual({ name: "interviewer", version: expect.any(String) });
  });

  it("GET /ready answers 200 when the database has every migration", async () => {
    const response = await fetch(`${ts.url}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ready: boolean; migrations: { expected: number; applied: number } };
    expect(body.ready).toBe(true);
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(body.migrations.expected).toBeGreaterThanOrEqual(4);
  });

  // Last: it closes the database under the running server.
  it("with the database unreachable, liveness stays 200 (degraded) and readiness is 503", async () => {
    await ts.database.handle.close();
    const health = await fetch(`${ts.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
    const ready = await fetch(`${ts.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reason: "database unreachable" });
  });
});
