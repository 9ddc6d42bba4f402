// jobDescription.preview through the real server: a signed-in candidate sees what interview.create would
// make of a job description (level, stack, domain, responsibilities, the difficulty "auto" picks) before
// any credit moves, and the preview itself writes nothing. Signed-out calls, empty, over-long and non-text
// input are refused (and refused calls count against no limit); each account gets 30 previews per quarter
// hour, and each client address 120. jobDescription.planningGuide says the same limits and score scale
// the engine applies.
import type { AppRouter } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { MAX_JOB_DESCRIPTION_CHARS, PASSING_SCORE, ZJobDescriptionAnalysisSchema } from "@interviewer/engine";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PER_USER = 30;
const PER_CLIENT = 120;

const PAYMENTS_JOB = `Senior Backend Engineer — Payments Platform
We process millions of card payments a day. You will design and build idempotent payment APIs in Go, own PostgreSQL schemas and migrations, and make our ledger exactly-once under retries. Requirements: 5+ years building distributed systems, strong SQL and transaction isolation knowledge, experience with Kafka or similar queues, observability (metrics, tracing), and on-call ownership.`;

const SHORT_JOB = "Junior Python developer: build Django endpoints and write SQL against PostgreSQL.";

describe("jobDescription.preview", () => {
  let ts: TestServer;
  beforeAll(async () => {
    // One trusted proxy hop, so the per-client test can speak from addresses of its own.
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "1", TRUST_PROXY: "1" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** A typed client for `account` that says it comes from `clientAddress` (through the trusted proxy). */
  function clientFrom(account: TestAccount, clientAddress: string): TRPCClient<AppRouter> {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${ts.url}/trpc`,
          transformer: superjson,
          headers: { authorization: `Bearer ${account.accessToken}`, "x-forwarded-for": clientAddress },
        }),
      ],
    });
  }

  it("is for signed-in users only", async () => {
    const error = await errorOf(ts.client.jobDescription.preview.mutate({ jobDescription: PAYMENTS_JOB }));
    expect(error.data?.code).toBe("UNAUTHORIZED");
  });

  it("returns the level, stack, domain and responsibilities, and what auto picks, without spending or writing", async () => {
    const candidate = await createVerifiedAccount(ts);
    const before = await candidate.client.billing.status.query();

    const statements = await ts.database.statements.during(async () => {
      const preview = await candidate.client.jobDescription.preview.mutate({ jobDescription: PAYMENTS_JOB });
      expect(ZJobDescriptionAnalysisSchema.parse(preview.analysis)).toEqual(preview.analysis);
      expect(preview.analysis.level).toBe("senior");
      expect(preview.autoDifficulty).toBe("senior");
      expect(preview.analysis.techStack.map((tech) => tech.name)).toEqual(
        expect.arrayContaining(["Go", "PostgreSQL", "Kafka"]),
      );
      expect(preview.analysis.domain.length).toBeGreaterThan(0);
      expect(preview.analysis.keyResponsibilities.length).toBeGreaterThan(0);
    });
    // The session check only: no credit moved, nothing was stored.
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(1);
    expect(
      statements.every((statement) => /^\s*select/i.test(statement)),
      statements.join("\n"),
    ).toBe(true);

    const after = await candidate.client.billing.status.query();
    expect(after.usableCredits).toBe(before.usableCredits);
    const interviews = await ts.database.handle.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.userId, candidate.userId));
    expect(interviews).toHaveLength(0);
  });

  it("previews what interview.create then does: the same analysis and the same auto difficulty", async () => {
    const candidate = await createVerifiedAccount(ts);
    const preview = await candidate.client.jobDescription.preview.mutate({ jobDescription: SHORT_JOB });
    expect(preview.autoDifficulty).toBe("junior");

    const view = await candidate.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 1,
      difficulty: "auto",
      jobDescription: SHORT_JOB,
    });
    expect(view.plan.difficulty).toBe(preview.autoDifficulty);
    expect(view.plan.difficultySource).toBe("job-description");
    const [row] = await ts.database.handle.db
      .select({ jobAnalysis: schema.interviews.jobAnalysis })
      .from(schema.interviews)
      .where(eq(schema.interviews.id, view.id));
    expect(row?.jobAnalysis).toEqual(preview.analysis);
  });

  it("refuses empty, over-long, NUL-bearing and non-text descriptions with a message on the field", async () => {
    const candidate = await createVerifiedAccount(ts);
    for (const jobDescription of ["", "   \n\t "]) {
      const error = await errorOf(candidate.client.jobDescription.preview.mutate({ jobDescription }));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.data?.fieldErrors?.jobDescription?.[0]).toMatch(/empty/);
    }

    const tooLong = await errorOf(
      candidate.client.jobDescription.preview.mutate({ jobDescription: "x".repeat(MAX_JOB_DESCRIPTION_CHARS + 1) }),
    );
    expect(tooLong.data?.code).toBe("BAD_REQUEST");
    expect(tooLong.data?.fieldErrors?.jobDescription?.[0]).toMatch(/too long.*20,000/);

    const nul = await errorOf(candidate.client.jobDescription.preview.mutate({ jobDescription: `Go\u0000 developer` }));
    expect(nul.data?.fieldErrors?.jobDescription?.[0]).toMatch(/NUL/);

    // Not text at all: sent raw, as a client without the types could.
    const response = await fetch(`${ts.url}/trpc/jobDescription.preview`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${candidate.accessToken}` },
      body: JSON.stringify({ json: { jobDescription: 42 } }),
    });
    expect(response.status).toBe(400);

    // The longest accepted text is analysed.
    const longest = `${PAYMENTS_JOB}\n${"Own the payment APIs. ".repeat(1_000)}`.slice(0, MAX_JOB_DESCRIPTION_CHARS);
    const accepted = await candidate.client.jobDescription.preview.mutate({ jobDescription: longest });
    expect(accepted.analysis.level).toBe("senior");
  });

  it("allows 30 previews per account per quarter hour; refused input does not count; other accounts go on", async () => {
    const candidate = await createVerifiedAccount(ts);
    const other = await createVerifiedAccount(ts);
    const address = "198.51.100.7";
    const client = clientFrom(candidate, address);
    for (let call = 1; call < PER_USER; call += 1) {
      await client.jobDescription.preview.mutate({ jobDescription: `${SHORT_JOB} Call ${call}.` });
    }
    // Invalid input is refused before any limit counts it.
    await errorOf(client.jobDescription.preview.mutate({ jobDescription: " " }));
    await client.jobDescription.preview.mutate({ jobDescription: SHORT_JOB });

    const limited = await errorOf(client.jobDescription.preview.mutate({ jobDescription: SHORT_JOB }));
    expect(limited.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(limited.data?.details).toMatchObject({ procedure: "jobDescription.preview" });
    expect(limited.message).toMatch(/Try again in \d+ minutes; you can still start the interview\./);

    // The limit is the account's: the same client address, another account, still previews.
    const fromOther = await clientFrom(other, address).jobDescription.preview.mutate({ jobDescription: SHORT_JOB });
    expect(fromOther.autoDifficulty).toBe("junior");
  });

  it("allows 120 previews per client address, whichever accounts make them", async () => {
    const address = "198.51.100.120";
    const accounts = await Promise.all(
      Array.from({ length: PER_CLIENT / PER_USER + 1 }, () => createVerifiedAccount(ts)),
    );
    const [late, ...busy] = accounts.reverse();
    if (!late) throw new Error("no account");
    for (const account of busy) {
      const client = clientFrom(account, address);
      await Promise.all(
        Array.from({ length: PER_USER }, (_, call) =>
          client.jobDescription.preview.mutate({ jobDescription: `${SHORT_JOB} Call ${call}.` }),
        ),
      );
    }
    const limited = await errorOf(
      clientFrom(late, address).jobDescription.preview.mutate({ jobDescription: SHORT_JOB }),
    );
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    // The same account from another address is not limited.
    const elsewhere = await clientFrom(late, "198.51.100.121").jobDescription.preview.mutate({
      jobDescription: SHORT_JOB,
    });
    expect(elsewhere.analysis.level).toBe("junior");
  });
});

describe("jobDescription.planningGuide", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("is public and gives the engine's length limit, auto without a job description, and the score scale", async () => {
    const guide = await ts.client.jobDescription.planningGuide.query();
    expect(guide.maxJobDescriptionChars).toBe(MAX_JOB_DESCRIPTION_CHARS);
    expect(guide.autoDifficultyWithoutJobDescription).toBe("mid");
    expect(guide.passingScore).toBe(PASSING_SCORE);
    expect(guide.scoreBands.map((band) => band.range)).toEqual(["1-3", "4-6", "7", "8-10"]);
    expect(guide.scoreBands.find((band) => band.range === "7")?.meaning).toMatch(/passing bar/);
  });
});
