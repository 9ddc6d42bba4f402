// One log line per request, at completion: the request id, the user once signed in, the redacted
// URL, the status and the time taken, and no separate "incoming request" line.

import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface LogEntry {
  msg?: string;
  reqId?: string;
  userId?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

describe("request logging", () => {
  const logLines: string[] = [];
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ logLines });
  });
  afterAll(async () => {
    await ts.stop();
  });

  const entriesFor = (requestId: string) =>
    logLines.map((line) => JSON.parse(line) as LogEntry).filter((entry) => entry.reqId === requestId);

  it("writes one line per request with the redacted URL, status and time", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { token: "secret-token-value" } }));
    const response = await fetch(`${ts.url}/trpc/system.info?input=${input}`, {
      headers: { "x-request-id": "one-line-1" },
    });
    await response.body?.cancel();
    const entries = entriesFor("one-line-1");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      msg: "request completed",
      req: { method: "GET", url: "/trpc/system.info?input=[redacted]" },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(logLines.join("\n")).not.toContain("secret-token-value");
  });

  it("names the signed-in user on the request's line", async () => {
    const account = await createVerifiedAccount(ts);
    const response = await fetch(`${ts.url}/trpc/account.me`, {
      headers: { authorization: `Bearer ${account.accessToken}`, "x-request-id": "signed-in-1" },
    });
    expect(response.status).toBe(200);
    await response.body?.cancel();
    expect(entriesFor("signed-in-1")).toEqual([
      expect.objectContaining({ msg: "request completed", userId: account.userId }),
    ]);
  });
});
