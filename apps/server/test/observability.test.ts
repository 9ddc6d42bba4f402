// What an operator sees: Prometheus metrics per procedure, model calls, webhooks and the outbox,
// and JSON logs that carry the request id and, once signed in, the user id.

import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("observability", () => {
  const logLines: string[] = [];
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ logLines });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("/metrics reports procedures, model calls, webhook outcomes and the outbox in Prometheus format", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    await account.client.interview.answer.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: "A hash map gives O(n) time.",
    });
    await fetch(`${ts.url}/webhooks/lemonsqueezy`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature": "00" },
      body: "{}",
    });
    await fetch(`${ts.url}/trpc/no.such.procedure`);

    const response = await fetch(`${ts.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(
      /interviewer_http_request_duration_seconds_count\{route="trpc:auth\.signUp",method="POST",status="200"\} 1/,
    );
    expect(text).toMatch(
      /interviewer_http_request_duration_seconds_count\{route="trpc:interview\.answer",method="POST",status="200"\} 1/,
    );
    expect(text).toContain('route="trpc:unknown"');
    expect(text).not.toContain("no.such.procedure");
    expect(text).toMatch(
      /interviewer_model_call_duration_seconds_count\{operation="evaluate",provider="builtin",fallback="false"\} 1/,
    );
    expect(text).toMatch(/interviewer_webhook_events_total\{outcome="bad_signature",status="401"\} 1/);
    expect(text).toMatch(/interviewer_mail_outbox_messages\{status="(pending|sent)"\} \d+/);
  });

  it("logs are JSON with a request id, and name the user on signed-in requests", async () => {
    const account = await createVerifiedAccount(ts);
    await account.client.account.me.query();
    const completed = logLines
      .map((line) => JSON.parse(line) as { msg?: string; reqId?: string; userId?: string; req?: { url?: string } })
      .filter((entry) => entry.msg === "request completed");
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((entry) => typeof entry.reqId === "string")).toBe(true);
    expect(completed.some((entry) => entry.userId === account.userId)).toBe(true);
  });
});
