// Who may read /metrics on the public port: holders of METRICS_TOKEN when one is set; nobody in
// production without one (the route does not exist); anyone in development and tests.

import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const METRICS_TOKEN = "metrics-token-for-the-scraper-0123456789";

describe("GET /metrics with METRICS_TOKEN set", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ env: { METRICS_TOKEN } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("answers 401 without the bearer token or with a wrong one, and 200 with it", async () => {
    const anonymous = await fetch(`${ts.url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await anonymous.text()).not.toContain("interviewer_");

    const wrong = await fetch(`${ts.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}x` },
    });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${ts.url}/metrics`, { headers: { authorization: `Basic ${METRICS_TOKEN}` } });
    expect(basic.status).toBe(401);

    const scraper = await fetch(`${ts.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraper.status).toBe(200);
    expect(await scraper.text()).toContain("interviewer_http_request_duration_seconds");
  });
});

describe("GET /metrics in production without METRICS_TOKEN", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({
      env: { NODE_ENV: "production", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123" },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("is not served at all (404), while the rest of the server is up", async () => {
    const response = await fetch(`${ts.url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("interviewer_");
    expect((await fetch(`${ts.url}/health`)).status).toBe(200);
  });
});
