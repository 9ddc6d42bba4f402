// sharing.* through the real server on both engines: the owner of a finished interview creates a
// link, sees it in their list and revokes it; anyone holding a live link reads the report signed out,
// with nothing that names the candidate. Another user's interview or link is NOT_FOUND; a revoked,
// expired or unknown link is the same NOT_FOUND; creation is capped and rate limited, the public read
// is rate limited per client address and costs one statement; deleting the account deletes its links.
import type { AppRouter, RouterOutputs } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { clientWithToken, createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { createTestClock, DAY, MINUTE, type TestClock } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";
const JOB_DESCRIPTION = `Senior Backend Engineer — Payments Platform
You will design idempotent payment APIs in Go and own PostgreSQL schemas. 5+ years building distributed systems.`;
const LIVE_LINKS_MAX = 20;
const CREATIONS_PER_HOUR = 30;
const PUBLIC_READS_PER_QUARTER_HOUR = 120;
/** The shape of a token the server hands out, and one nobody was given. */
const UNKNOWN_TOKEN = "A".repeat(43);

type InterviewView = RouterOutputs["interview"]["get"];

describe("sharing", () => {
  let ts: TestServer;
  let clock: TestClock;
  beforeAll(async () => {
    clock = createTestClock();
    // One trusted proxy hop, so the per-address test can speak from addresses of its own.
    ts = await startTestServer({ clock, mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "4", TRUST_PROXY: "1" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** A signed-out client that says it comes from `clientAddress` (through the trusted proxy). */
  function publicClientFrom(clientAddress: string): TRPCClient<AppRouter> {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({ url: `${ts.url}/trpc`, transformer: superjson, headers: { "x-forwarded-for": clientAddress } }),
      ],
    });
  }

  /** An interview of one question, answered until it ends (so it has its report). */
  async function finishedInterview(account: TestAccount): Promise<InterviewView> {
    let view = await account.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 1,
      jobDescription: JOB_DESCRIPTION,
    });
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: ANSWER,
        })
      ).interview;
    }
    expect(view.status).toBe("completed");
    return view;
  }

  it("the owner creates a link, sees it listed, and a signed-out reader sees the report without personal data", async () => {
    const owner = await createVerifiedAccount(ts, { displayName: "Ada Sharewell" });
    const interview = await finishedInterview(owner);

    const created = await owner.client.sharing.create.mutate({ interviewId: interview.id, expiresInDays: 7 });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.url).toBe(`${ts.config.publicUrl}/shared/${created.token}`);
    expect(created.status).toBe("live");
    expect(created.expiresAt?.getTime()).toBe(created.createdAt.getTime() + 7 * DAY);
    expect(created.tokenPrefix).toBe(created.token.slice(0, 6));

    // Only the hash is stored: the database holds no live link.
    const [stored] = await ts.database.handle.db
      .select()
      .from(schema.reportShares)
      .where(eq(schema.reportShares.id, created.id));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const list = await owner.client.sharing.list.query({ interviewId: interview.id });
    expect(list.links).toEqual([
      expect.objectContaining({
        id: created.id,
        interviewId: interview.id,
        tokenPrefix: created.tokenPrefix,
        status: "live",
        interviewTitle: "Senior Backend Engineer — Payments Platform",
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(created.token);

    const shared = await ts.client.sharing.report.query({ token: created.token });
    const ownReport = await owner.client.interview.report.query({ interviewId: interview.id });
    expect(shared.title).toBe("Senior Backend Engineer — Payments Platform");
    expect(shared.plan.jobDescription).toBe(JOB_DESCRIPTION);
    expect(shared.report.overallPercent).toBe(ownReport.report.overallPercent);
    expect(shared.report.topics.map((topic) => topic.topic)).toEqual(["databases"]);
    expect(shared.report.topics[0]?.questions[0]?.answer).toBe(ANSWER);
    expect(shared.sharedAt).toEqual(created.createdAt);
    expect(shared.expiresAt).toEqual(created.expiresAt);
    const json = JSON.stringify(shared);
    for (const personal of [owner.email, owner.displayName, owner.userId, interview.id, created.id]) {
      expect(json).not.toContain(personal);
    }
    expect(Object.keys(shared).sort()).toEqual(
      ["endedAt", "expiresAt", "interviewCreatedAt", "plan", "report", "sharedAt", "title"].sort(),
    );
    expect(shared.report).toEqual(ownReport.report);
  });

  it("revoking is idempotent, and a revoked link reads exactly like an unknown one", async () => {
    const owner = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const created = await owner.client.sharing.create.mutate({ interviewId: interview.id });
    expect(created.expiresAt).toBeNull();

    const first = await owner.client.sharing.revoke.mutate({ shareId: created.id });
    clock.advance(MINUTE);
    const again = await owner.client.sharing.revoke.mutate({ shareId: created.id });
    expect(again.revokedAt).toEqual(first.revokedAt);

    const revoked = await errorOf(ts.client.sharing.report.query({ token: created.token }));
    const unknown = await errorOf(ts.client.sharing.report.query({ token: UNKNOWN_TOKEN }));
    expect(revoked.data?.code).toBe("NOT_FOUND");
    expect(revoked.message).toBe(unknown.message);
    expect(revoked.data?.reason).toBe(unknown.data?.reason);

    const [listed] = (await owner.client.sharing.list.query()).links;
    expect(listed).toMatchObject({ id: created.id, status: "revoked", revokedAt: first.revokedAt });
  });

  it("an expired link is gone, and the owner's list says it expired", async () => {
    const owner = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const created = await owner.client.sharing.create.mutate({ interviewId: interview.id, expiresInDays: 1 });

    clock.advance(DAY - MINUTE);
    await expect(ts.client.sharing.report.query({ token: created.token })).resolves.toMatchObject({
      title: "Senior Backend Engineer — Payments Platform",
    });
    clock.advance(MINUTE);
    const expired = await errorOf(ts.client.sharing.report.query({ token: created.token }));
    expect(expired.data?.code).toBe("NOT_FOUND");

    // The access token ended with the day that passed: sign in again to read the list.
    const session = await ts.client.auth.login.mutate({
      email: owner.email,
      password: owner.password,
      refreshTokenDelivery: "body",
    });
    const [listed] = (await clientWithToken(ts, session.accessToken).sharing.list.query()).links;
    expect(listed).toMatchObject({ id: created.id, status: "expired" });
  });

  it("another user's interview or link is NOT_FOUND, and an unfinished interview cannot be shared", async () => {
    const owner = await createVerifiedAccount(ts);
    const stranger = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const created = await owner.client.sharing.create.mutate({ interviewId: interview.id });

    const theirInterview = await errorOf(stranger.client.sharing.create.mutate({ interviewId: interview.id }));
    expect(theirInterview.data?.code).toBe("NOT_FOUND");
    const theirLink = await errorOf(stranger.client.sharing.revoke.mutate({ shareId: created.id }));
    expect(theirLink.data?.code).toBe("NOT_FOUND");
    expect((await stranger.client.sharing.list.query()).links).toEqual([]);
    // The stranger's attempt changed nothing: the link still works.
    await expect(ts.client.sharing.report.query({ token: created.token })).resolves.toHaveProperty("report");

    const running = await owner.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    const unfinished = await errorOf(owner.client.sharing.create.mutate({ interviewId: running.id }));
    expect(unfinished.data?.code).toBe("PRECONDITION_FAILED");
    expect(unfinished.data?.reason).toBe("REPORT_NOT_READY");

    const signedOut = await errorOf(ts.client.sharing.create.mutate({ interviewId: interview.id }));
    expect(signedOut.data?.code).toBe("UNAUTHORIZED");
    const badExpiry = await errorOf(
      owner.client.sharing.create.mutate({ interviewId: interview.id, expiresInDays: 366 }),
    );
    expect(badExpiry.data?.code).toBe("BAD_REQUEST");
    expect((await owner.client.sharing.list.query()).links).toHaveLength(1);
  });

  it("caps live links at 20 per account and creations at 30 an hour", async () => {
    const owner = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const ids: string[] = [];
    for (let link = 0; link < LIVE_LINKS_MAX; link += 1) {
      ids.push((await owner.client.sharing.create.mutate({ interviewId: interview.id })).id);
    }
    const capped = await errorOf(owner.client.sharing.create.mutate({ interviewId: interview.id }));
    expect(capped.data?.code).toBe("PRECONDITION_FAILED");
    expect(capped.data?.reason).toBe("SHARE_LINK_LIMIT");
    expect(capped.message).toMatch(/Revoke one/);

    // Revoked links no longer count against the cap, but every creation counts against the hour.
    for (const shareId of ids.slice(0, 10)) await owner.client.sharing.revoke.mutate({ shareId });
    const callsSoFar = LIVE_LINKS_MAX + 1;
    for (let call = callsSoFar; call < CREATIONS_PER_HOUR; call += 1) {
      await owner.client.sharing.create.mutate({ interviewId: interview.id });
    }
    const limited = await errorOf(owner.client.sharing.create.mutate({ interviewId: interview.id }));
    expect(limited.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(limited.data?.details).toMatchObject({ procedure: "sharing.create" });
    const live = (await owner.client.sharing.list.query()).links.filter((link) => link.status === "live");
    expect(live).toHaveLength(LIVE_LINKS_MAX - 10 + (CREATIONS_PER_HOUR - callsSoFar));
  });

  it("limits public reads per client address, and refuses a malformed token without counting it", async () => {
    const address = "198.51.100.40";
    const reader = publicClientFrom(address);
    const tooLong = await errorOf(reader.sharing.report.query({ token: "x".repeat(200) }));
    expect(tooLong.data?.code).toBe("BAD_REQUEST");
    for (let call = 0; call < PUBLIC_READS_PER_QUARTER_HOUR; call += 1) {
      const error = await errorOf(reader.sharing.report.query({ token: `${UNKNOWN_TOKEN}${call}` }));
      expect(error.data?.code).toBe("NOT_FOUND");
    }
    const limited = await errorOf(reader.sharing.report.query({ token: UNKNOWN_TOKEN }));
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(limited.data?.details).toMatchObject({ procedure: "sharing.report" });
    const elsewhere = await errorOf(publicClientFrom("198.51.100.41").sharing.report.query({ token: UNKNOWN_TOKEN }));
    expect(elsewhere.data?.code).toBe("NOT_FOUND");
  });

  it("reading a shared report is one statement", async () => {
    const owner = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const { token } = await owner.client.sharing.create.mutate({ interviewId: interview.id });
    const statements = await ts.database.statements.during(() => ts.client.sharing.report.query({ token }));
    expect(statements.length, statements.join("\n")).toBe(1);
  });

  it("deleting the account deletes its links", async () => {
    const owner = await createVerifiedAccount(ts);
    const interview = await finishedInterview(owner);
    const { token } = await owner.client.sharing.create.mutate({ interviewId: interview.id });
    await owner.client.account.delete.mutate({ confirmEmail: owner.email, password: owner.password });

    const rows = await ts.database.handle.db
      .select()
      .from(schema.reportShares)
      .where(eq(schema.reportShares.userId, owner.userId));
    expect(rows).toEqual([]);
    const gone = await errorOf(ts.client.sharing.report.query({ token }));
    expect(gone.data?.code).toBe("NOT_FOUND");
  });
});
