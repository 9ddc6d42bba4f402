// Hostile free text through the real server (issue 11): NUL characters, which neither database engine can
// store, are a 400 naming the field and change nothing; a job description is analysed before the credit is
// spent, so one that cannot be analysed costs nothing; and the job description that used to freeze the
// server for minutes starts an interview like any other.
import { schema } from "@interviewer/db";
import {
  createBuiltinInterviewerProvider,
  type InterviewerProvider,
  MAX_JOB_DESCRIPTION_CHARS,
} from "@interviewer/engine";
import { createVerifiedAccount, uniqueEmail } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const NUL = "\u0000";
const UNANALYSABLE = "This job description makes the analyzer fail.";

/** The built-in interviewer, except that analysing UNANALYSABLE fails; counts every analysis. */
function analyzerThatFailsOn(marker: string): InterviewerProvider & { analyses: number } {
  const builtin = createBuiltinInterviewerProvider();
  const provider = {
    ...builtin,
    kind: builtin.kind,
    analyses: 0,
    async analyzeJobDescription(text: string) {
      provider.analyses += 1;
      if (text === marker) throw new Error("analyzer crashed");
      return builtin.analyzeJobDescription(text);
    },
  };
  return provider;
}

describe("hostile free text", () => {
  const provider = analyzerThatFailsOn(UNANALYSABLE);
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ interviewer: provider, env: { FREE_CREDITS_ON_SIGNUP: "1" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  async function interviewsOf(userId: string) {
    return ts.database.handle.db.select().from(schema.interviews).where(eq(schema.interviews.userId, userId));
  }

  it("a NUL in the display name is BAD_REQUEST naming displayName, at sign-up and on the profile", async () => {
    const email = uniqueEmail();
    const signUp = await errorOf(
      ts.client.auth.signUp.mutate({ email, password: "correct horse battery staple", displayName: `Ada${NUL}` }),
    );
    expect(signUp.data?.code).toBe("BAD_REQUEST");
    expect(signUp.data?.fieldErrors?.displayName?.[0]).toMatch(/NUL/);
    const users = await ts.database.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(users).toHaveLength(0);

    const account = await createVerifiedAccount(ts, { displayName: "Grace" });
    const update = await errorOf(account.client.account.updateProfile.mutate({ displayName: `Gr${NUL}ace` }));
    expect(update.data?.code).toBe("BAD_REQUEST");
    expect(update.data?.fieldErrors?.displayName?.[0]).toMatch(/NUL/);
    expect((await account.client.account.me.query()).displayName).toBe("Grace");
  });

  it("a NUL in the job description or the language is BAD_REQUEST naming the field; no credit, no interview", async () => {
    const account = await createVerifiedAccount(ts);
    const before = await account.client.billing.status.query();
    const analysesBefore = provider.analyses;

    const jobDescription = await errorOf(
      account.client.interview.create.mutate({ jobDescription: `Senior backend engineer${NUL}, 5+ years.` }),
    );
    expect(jobDescription.data?.code).toBe("BAD_REQUEST");
    expect(jobDescription.data?.fieldErrors?.jobDescription?.[0]).toMatch(/NUL/);

    const language = await errorOf(account.client.interview.create.mutate({ language: `Go${NUL}` }));
    expect(language.data?.code).toBe("BAD_REQUEST");
    expect(language.data?.fieldErrors?.language?.[0]).toMatch(/NUL/);

    expect(provider.analyses).toBe(analysesBefore);
    expect((await account.client.billing.status.query()).usableCredits).toBe(before.usableCredits);
    expect(await interviewsOf(account.userId)).toHaveLength(0);
  });

  it("a NUL in an answer is BAD_REQUEST naming answer; the question stays unanswered", async () => {
    const account = await createVerifiedAccount(ts);
    const started = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const question = started.currentQuestion;
    if (!question) throw new Error("the interview started without a question");
    const answer = { interviewId: started.id, turnId: question.turnId, answer: `Use an index${NUL} on the column.` };

    for (const send of [account.client.interview.answer, account.client.interview.submitAnswer]) {
      const error = await errorOf(send.mutate(answer));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.data?.fieldErrors?.answer?.[0]).toMatch(/NUL/);
    }
    const [turn] = await ts.database.handle.db
      .select()
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.interviewId, started.id));
    expect(turn?.answer).toBeNull();
    expect(turn?.evaluationStatus).toBe("awaiting_answer");
    expect((await account.client.interview.get.query({ interviewId: started.id })).currentQuestion?.turnId).toBe(
      question.turnId,
    );
  });

  it("a job description that cannot be analysed spends no credit and leaves no interview", async () => {
    const account = await createVerifiedAccount(ts);
    const before = await account.client.billing.status.query();
    expect(before.usableCredits).toBe(1);
    const error = await errorOf(account.client.interview.create.mutate({ jobDescription: UNANALYSABLE }));
    expect(error.data?.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.data?.reason).toBe("INTERVIEW_START_FAILED");
    expect((await account.client.billing.status.query()).usableCredits).toBe(1);
    expect(await interviewsOf(account.userId)).toHaveLength(0);
    const ledger = await ts.database.handle.db
      .select()
      .from(schema.creditLedger)
      .where(eq(schema.creditLedger.userId, account.userId));
    expect(ledger.filter((entry) => entry.reason !== "signup_grant")).toEqual([]);
  });

  it("without a usable credit the job description is not analysed at all", async () => {
    const account = await createVerifiedAccount(ts);
    await account.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 });
    const analysesBefore = provider.analyses;
    const error = await errorOf(
      account.client.interview.create.mutate({ jobDescription: "Senior backend engineer, 5+ years of Go." }),
    );
    expect(error.data?.reason).toBe("NO_CREDITS");
    expect(provider.analyses).toBe(analysesBefore);
  });

  it("the job description from issue 11, at the maximum length, starts an interview", async () => {
    const account = await createVerifiedAccount(ts);
    const block = `1${" ".repeat(3000)}-1${" ".repeat(3000)}z `;
    const jobDescription = `Experience required: ${block.repeat(4)}`.slice(0, MAX_JOB_DESCRIPTION_CHARS);
    const started = await account.client.interview.create.mutate({ jobDescription, questionsPerTopic: 1 });
    expect(started.status).toBe("active");
  });
});
