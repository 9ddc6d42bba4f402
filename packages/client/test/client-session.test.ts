// The client's session against the real server: signing in, refreshing the access token before it
// expires and after the server refuses it (exactly once however many calls are waiting), signing out,
// and keeping tokens in a file between runs.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterviewerClient, followEvaluation, isInterviewerError, toInterviewerError } from "../src/index.ts";
import { createFileTokenStore } from "../src/node.ts";
import { createCountingFetch } from "./harness/counting-fetch.ts";

describe("the client's session", () => {
  const clock = createTestClock();
  let ts: TestServer;
  let account: TestAccount;
  let configDir: string;
  beforeAll(async () => {
    ts = await startTestServer({ clock });
    account = await createVerifiedAccount(ts);
    configDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-client-"));
  });
  afterAll(async () => {
    await ts.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  function signedInClient(options: { followClock?: boolean } = {}) {
    const counting = createCountingFetch();
    const client = createInterviewerClient({
      url: ts.url,
      fetch: counting.fetch,
      now: options.followClock ? clock.now : undefined,
    });
    return { client, counting };
  }

  it("signs in with a password and calls protected procedures as that user", async () => {
    const { client } = signedInClient();
    const user = await client.signIn({ email: account.email, password: account.password });
    expect(user.email).toBe(account.email);
    const me = await client.account.me.query();
    expect(me.email).toBe(account.email);
    expect((await client.currentUser())?.id).toBe(account.userId);
  });

  it("refreshes shortly before the access token expires, without a refused call", async () => {
    const { client, counting } = signedInClient({ followClock: true });
    await client.signIn({ email: account.email, password: account.password });
    clock.advance(16 * MINUTE);
    await expect(client.account.me.query()).resolves.toMatchObject({ email: account.email });
    expect(counting.calls("auth.refresh")).toBe(1);
    expect(counting.unauthorizedResponses()).toBe(0);
  });

  it("refreshes and retries once when the server refuses an expired token", async () => {
    // The client's own clock says the token is fresh; the server's says it has expired.
    const { client, counting } = signedInClient();
    await client.signIn({ email: account.email, password: account.password });
    clock.advance(16 * MINUTE);
    await expect(client.billing.status.query()).resolves.toMatchObject({ usableCredits: expect.any(Number) });
    expect(counting.unauthorizedResponses()).toBe(1);
    expect(counting.calls("auth.refresh")).toBe(1);
  });

  it("20 concurrent calls after expiry trigger exactly one refresh", async () => {
    for (const followClock of [true, false]) {
      const { client, counting } = signedInClient({ followClock });
      await client.signIn({ email: account.email, password: account.password });
      clock.advance(16 * MINUTE);
      const results = await Promise.all(Array.from({ length: 20 }, () => client.account.me.query()));
      expect(results.every((me) => me.email === account.email)).toBe(true);
      expect(counting.calls("auth.refresh")).toBe(1);
      // A second refresh with a rotated token would have revoked the session: it is still live.
      clock.advance(16 * MINUTE);
      await expect(client.account.me.query()).resolves.toMatchObject({ email: account.email });
      expect(counting.calls("auth.refresh")).toBe(2);
    }
  });

  it("a streamed evaluation after the access token expired is signed with a fresh token", async () => {
    // The client's clock does not move: the stream itself is refused, and the client recovers once.
    const counting = createCountingFetch();
    const client = createInterviewerClient({ url: ts.url, fetch: counting.fetch, EventSource });
    await client.signIn({ email: account.email, password: account.password });
    const interview = await client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 });
    const turn = { interviewId: interview.id, turnId: interview.currentQuestion?.turnId ?? "" };
    await client.interview.submitAnswer.mutate({
      ...turn,
      answer:
        "Situation: a failing migration. Task: keep the service up. Action: I planned a rollback. Result: no downtime.",
    });
    clock.advance(16 * MINUTE);
    const evaluation = await followEvaluation(client, turn);
    expect(evaluation.score).toBeGreaterThanOrEqual(1);
    expect(counting.calls("auth.refresh")).toBe(1);
  });

  it("signs in by itself with the credentials option when it has no session", async () => {
    const counting = createCountingFetch();
    const client = createInterviewerClient({
      url: ts.url,
      fetch: counting.fetch,
      credentials: { email: account.email, password: account.password },
    });
    const [me, status] = await Promise.all([client.account.me.query(), client.billing.status.query()]);
    expect(me.email).toBe(account.email);
    expect(status.usableCredits).toBeGreaterThanOrEqual(0);
    expect(counting.calls("auth.login")).toBe(1);
  });

  it("a refresh token from an earlier sign-in starts a session (and is rotated)", async () => {
    const issued = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    const { client } = signedInClient();
    await client.signInWithRefreshToken(issued.refreshToken ?? "");
    expect((await client.account.me.query()).id).toBe(account.userId);
    // Used once by the client, the original token is spent; presenting it again after the server's
    // 30 s grace window (for tabs racing themselves) is refused.
    clock.advance(31 * 1000);
    const reuse = await ts.client.auth.refresh.mutate({ refreshToken: issued.refreshToken }).catch(toInterviewerError);
    expect(isInterviewerError(reuse, "unauthorized")).toBe(true);
  });

  it("signing out ends the session on the server; later calls are typed unauthorized errors", async () => {
    const { client } = signedInClient();
    await client.signIn({ email: account.email, password: account.password });
    await client.signOut();
    expect(await client.currentUser()).toBeUndefined();
    const error = await client.account.me.query().catch(toInterviewerError);
    expect(isInterviewerError(error, "unauthorized")).toBe(true);
  });

  it("a file token store keeps the session between clients, readable by its owner only", async () => {
    const file = path.join(configDir, "nested", "session.json");
    const first = createInterviewerClient({ url: ts.url, tokenStore: createFileTokenStore(file) });
    await first.signIn({ email: account.email, password: account.password });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);

    const second = createInterviewerClient({ url: ts.url, tokenStore: createFileTokenStore(file) });
    expect((await second.account.me.query()).email).toBe(account.email);
    clock.advance(16 * MINUTE);
    expect((await second.account.me.query()).email).toBe(account.email);
    // The rotated tokens were written back, still owner-only.
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await second.signOut();
    await expect(stat(file)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
