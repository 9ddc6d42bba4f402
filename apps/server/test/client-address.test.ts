// The client address (what rate limits key on) comes from X-Forwarded-For only as far as TRUST_PROXY
// says: with one trusted hop, only the entry our proxy appended counts, so a client cannot pick a new
// address per request by writing its own entries to the left. Observed on the access log's
// remoteAddress, which is Fastify's request.ip. (The other TRUST_PROXY forms: src/trust-proxy.test.ts.)

import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** GET /health with the given X-Forwarded-For, and the address the server logged for that request. */
async function loggedAddress(ts: TestServer, logLines: string[], forwardedFor: string): Promise<string | undefined> {
  const requestId = `client-address-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${ts.url}/health`, {
    headers: { "x-forwarded-for": forwardedFor, "x-request-id": requestId },
  });
  await response.body?.cancel();
  const entry = logLines
    .map((line) => JSON.parse(line) as { reqId?: string; req?: { remoteAddress?: string } })
    .find((line) => line.reqId === requestId && line.req);
  return entry?.req?.remoteAddress;
}

describe("client address behind one trusted proxy (TRUST_PROXY=1)", () => {
  const logLines: string[] = [];
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ env: { TRUST_PROXY: "1" }, logLines });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("is the hop our proxy appended, whatever the client wrote before it", async () => {
    expect(await loggedAddress(ts, logLines, "10.0.7.1, 198.51.100.23")).toBe("198.51.100.23");
    // A new spoofed entry per request does not make a new client.
    expect(await loggedAddress(ts, logLines, "10.0.8.1, 198.51.100.23")).toBe("198.51.100.23");
    expect(await loggedAddress(ts, logLines, "198.51.100.23")).toBe("198.51.100.23");
  });
});
