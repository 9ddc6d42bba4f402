// interview.ask through the real server on both engines: clarifying questions and hints inside an open
// question. Neither uses up the question or a credit; hints come in three levels and lower the score's
// ceiling (said in the feedback), and show in get, the transcript, the report and the Markdown export.
// Another user's interview is NOT_FOUND; a closed question, a paused interview and a cap refuse with a
// typed error and change nothing; concurrent asks both land or the cap holds. On the OpenAI-compatible
// provider the model answers, and a reply that gives the answer away is replaced by the built-in one.
import type { RouterOutputs } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { CANNED_MODEL_CONTENT, type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type InterviewView = RouterOutputs["interview"]["get"];

/** The per-user policy for interview.ask (rate-limit-policy.ts). */
const ASKS_PER_USER_PER_QUARTER_HOUR = 60;
const ANSWER =
  "I would put a token bucket per client in Redis, refill it at the allowed rate, and reject with 429 when it is empty.";

function openQuestion(view: InterviewView) {
  const question = view.currentQuestion;
  if (!question) throw new Error("the interview has no open question");
  return { interviewId: view.id, turnId: question.turnId };
}

async function storedAssists(ts: TestServer, turnId: string): Promise<unknown[]> {
  const [row] = await ts.database.handle.db
    .select({ assists: schema.interviewTurns.assists })
    .from(schema.interviewTurns)
    .where(eq(schema.interviewTurns.id, turnId));
  return row?.assists ?? [];
}

describe("clarifying questions and hints on the built-in interviewer", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  let stranger: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "10" } });
    candidate = await createVerifiedAccount(ts);
    stranger = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("answers a clarifying question from the question's constraints, without using up the question or a credit", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const creditsBefore = (await candidate.client.dashboard.summary.query()).credits;
    const asked = await candidate.client.interview.ask.mutate({
      ...openQuestion(view),
      kind: "clarification",
      question: "What read/write ratio should I expect?",
    });
    expect(asked.assist).toMatchObject({
      kind: "clarification",
      question: "What read/write ratio should I expect?",
      reply: expect.stringMatching(/\S/),
    });
    expect(asked.counts).toEqual({
      hintsUsed: 0,
      hintsLeft: 3,
      clarificationsUsed: 1,
      clarificationsLeft: 4,
      scoreCeiling: 10,
      ceilingAfterNextHint: 9,
    });
    // The same question is still open, nothing counted as answered, and no credit moved.
    expect(asked.interview.currentQuestion?.turnId).toBe(view.currentQuestion?.turnId);
    expect(asked.interview.progress.answered).toBe(0);
    expect((await candidate.client.dashboard.summary.query()).credits).toEqual(creditsBefore);

    const again = await candidate.client.interview.get.query({ interviewId: view.id });
    expect(again.currentQuestion?.assists).toEqual([asked.assist]);
    expect(again.currentQuestion?.assistCounts.clarificationsLeft).toBe(4);
    const transcript = await candidate.client.interview.transcript.query({ interviewId: view.id });
    expect(transcript.turns[0]?.assists).toEqual([asked.assist]);
  });

  it("gives three graded hints, then HINT_LIMIT; the evaluation is capped and says so; the report and export show them", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    const levels: number[] = [];
    const texts = new Set<string>();
    for (const hintsLeft of [2, 1, 0]) {
      const hint = await candidate.client.interview.ask.mutate({ ...ids, kind: "hint" });
      if (hint.assist.kind !== "hint") throw new Error("asked for a hint, got something else");
      levels.push(hint.assist.level);
      texts.add(hint.assist.text);
      expect(hint.counts.hintsLeft).toBe(hintsLeft);
      expect(hint.counts.scoreCeiling).toBe([9, 8, 6][2 - hintsLeft]);
    }
    expect(levels).toEqual([1, 2, 3]);
    expect(texts.size).toBe(3);

    const capped = await errorOf(candidate.client.interview.ask.mutate({ ...ids, kind: "hint" }));
    expect(capped.data?.code).toBe("CONFLICT");
    expect(capped.data?.reason).toBe("HINT_LIMIT");
    expect(await storedAssists(ts, ids.turnId)).toHaveLength(3);

    const answered = await candidate.client.interview.answer.mutate({ ...ids, answer: ANSWER });
    expect(answered.evaluation.score).toBeLessThanOrEqual(6);
    expect(answered.evaluation.feedback.summary).toMatch(/You used 3 hints/);
    expect(answered.interview.status).toBe("completed");

    const report = await candidate.client.interview.report.query({ interviewId: view.id });
    const question = report.report.topics[0]?.questions[0];
    expect(question?.assists.map((assist) => assist.kind)).toEqual(["hint", "hint", "hint"]);
    const markdown = await candidate.client.interview.exportMarkdown.query({ interviewId: view.id });
    expect(markdown.markdown).toContain("Hint 2 of 3:");
  });

  it("hints taken on a first attempt still cap the retry of the same question", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    const ids = openQuestion(view);
    await candidate.client.interview.ask.mutate({ ...ids, kind: "hint" });
    await candidate.client.interview.ask.mutate({ ...ids, kind: "hint" });
    await candidate.client.interview.answer.mutate({ ...ids, answer: ANSWER });
    const retried = await candidate.client.interview.retryQuestion.mutate({ interviewId: view.id });
    const retry = openQuestion(retried);
    expect(retry.turnId).not.toBe(ids.turnId);
    expect(retried.currentQuestion?.assistCounts.hintsUsed).toBe(0);
    const second = await candidate.client.interview.answer.mutate({ ...retry, answer: ANSWER });
    expect(second.evaluation.feedback.summary).toMatch(/You used 2 hints/);
    expect(second.evaluation.score).toBeLessThanOrEqual(8);
  });

  it("caps clarifying questions at five per question", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    for (let index = 0; index < 5; index += 1) {
      await candidate.client.interview.ask.mutate({
        ...ids,
        kind: "clarification",
        question: `Is the input sorted? (${index})`,
      });
    }
    const capped = await errorOf(
      candidate.client.interview.ask.mutate({ ...ids, kind: "clarification", question: "How large is the input?" }),
    );
    expect(capped.data?.reason).toBe("CLARIFICATION_LIMIT");
    expect(await storedAssists(ts, ids.turnId)).toHaveLength(5);
  });

  it("another user's interview is NOT_FOUND, and nothing is stored", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    const hidden = await errorOf(stranger.client.interview.ask.mutate({ ...ids, kind: "hint" }));
    expect(hidden.data?.code).toBe("NOT_FOUND");
    expect(await storedAssists(ts, ids.turnId)).toEqual([]);
  });

  it("a question already answered refuses with QUESTION_CLOSED; a paused interview with INTERVIEW_PAUSED", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 2 });
    const ids = openQuestion(view);
    await candidate.client.interview.submitAnswer.mutate({ ...ids, answer: ANSWER });
    const closed = await errorOf(
      candidate.client.interview.ask.mutate({
        ...ids,
        kind: "clarification",
        question: "How much detail do you want?",
      }),
    );
    expect(closed.data?.reason).toBe("QUESTION_CLOSED");
    expect(await storedAssists(ts, ids.turnId)).toEqual([]);

    const paused = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 });
    await candidate.client.interview.pause.mutate({ interviewId: paused.id });
    const refused = await errorOf(candidate.client.interview.ask.mutate({ ...openQuestion(paused), kind: "hint" }));
    expect(refused.data?.reason).toBe("INTERVIEW_PAUSED");
    expect(await storedAssists(ts, openQuestion(paused).turnId)).toEqual([]);
  });

  it("refuses bad input with a typed error and stores nothing", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    for (const question of ["", "   ", "x".repeat(501), "is it\u0000sorted?"]) {
      const bad = await errorOf(candidate.client.interview.ask.mutate({ ...ids, kind: "clarification", question }));
      expect(bad.data?.code).toBe("BAD_REQUEST");
    }
    expect(await storedAssists(ts, ids.turnId)).toEqual([]);
  });

  it("concurrent asks all land under the caps: two hints get levels 1 and 2; seven clarifications store five", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    const hints = await Promise.all([
      candidate.client.interview.ask.mutate({ ...ids, kind: "hint" }),
      candidate.client.interview.ask.mutate({ ...ids, kind: "hint" }),
    ]);
    const levels = hints.map((hint) => (hint.assist.kind === "hint" ? hint.assist.level : 0)).sort();
    expect(levels).toEqual([1, 2]);

    const asks = await Promise.allSettled(
      Array.from({ length: 7 }, (_, index) =>
        candidate.client.interview.ask.mutate({
          ...ids,
          kind: "clarification",
          question: `How many users? (${index})`,
        }),
      ),
    );
    expect(asks.filter((ask) => ask.status === "fulfilled")).toHaveLength(5);
    for (const ask of asks) {
      if (ask.status === "rejected") expect(String(ask.reason)).toMatch(/clarifying questions/);
    }
    const stored = await storedAssists(ts, ids.turnId);
    expect(stored).toHaveLength(7);
  });

  it("is rate limited per user: asking again and again, even into the cap, ends in RATE_LIMITED", async () => {
    const asker = await createVerifiedAccount(ts);
    const view = await asker.client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    const reasons: (string | undefined)[] = [];
    for (let call = 0; call < ASKS_PER_USER_PER_QUARTER_HOUR; call += 1) {
      const outcome = await asker.client.interview.ask.mutate({ ...ids, kind: "hint" }).then(
        () => "ok",
        (error: unknown) => (error instanceof TRPCClientError ? error.data?.reason : "unexpected"),
      );
      reasons.push(outcome);
    }
    expect(reasons.slice(0, 3)).toEqual(["ok", "ok", "ok"]);
    expect(new Set(reasons.slice(3))).toEqual(new Set(["HINT_LIMIT"]));
    const limited = await errorOf(asker.client.interview.ask.mutate({ ...ids, kind: "hint" }));
    expect(limited.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(await storedAssists(ts, ids.turnId)).toHaveLength(3);
  });
});

describe("clarifying questions and hints on an OpenAI-compatible model", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      mailWorker: false,
      logLines,
      env: {
        FREE_CREDITS_ON_SIGNUP: "5",
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  /** A new candidate, so the model's canned question is theirs to be asked (not a repeat, replaced by the bank). */
  const newCandidate = () => createVerifiedAccount(ts);

  it("the model answers a clarifying question, told not to reveal the answer", async () => {
    const candidate = await newCandidate();
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const asked = await candidate.client.interview.ask.mutate({
      ...openQuestion(view),
      kind: "clarification",
      question: "How many requests per second at peak?",
    });
    const request = fake.requests.at(-1);
    expect(request?.body.response_format?.json_schema?.name).toBe("interviewer_assist");
    expect(JSON.stringify(request?.body.messages)).toMatch(/Do not reveal the model answer/);
    expect(asked.assist).toMatchObject({
      kind: "clarification",
      reply: "Assume about a thousand requests per second at peak, and state any other assumption you make.",
    });
  });

  it("a model reply that gives the answer away is replaced by the built-in reply, and logged", async () => {
    const candidate = await newCandidate();
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const question = CANNED_MODEL_CONTENT.interview_question;
    const modelAnswer =
      typeof question === "object" && question !== null && "modelAnswer" in question
        ? String(question.modelAnswer)
        : "";
    expect(modelAnswer).toMatch(/idempotency key/);
    fake.enqueue({ kind: "completion", content: JSON.stringify({ reply: modelAnswer }) });
    const asked = await candidate.client.interview.ask.mutate({
      ...openQuestion(view),
      kind: "clarification",
      question: "How many requests per second at peak?",
    });
    if (asked.assist.kind !== "clarification") throw new Error("asked a question, got something else");
    expect(asked.assist.reply).not.toContain("idempotency key");
    expect(asked.assist.reply).toMatch(/requests per second/);
    expect(logLines.some((line) => line.includes("assist_fallback") && line.includes("revealed-answer"))).toBe(true);
    expect(logLines.some((line) => line.includes("idempotency key"))).toBe(false);
  });

  it("the model's grade is capped by the hints taken, by the same rule as the built-in grader", async () => {
    const candidate = await newCandidate();
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const ids = openQuestion(view);
    await candidate.client.interview.ask.mutate({ ...ids, kind: "hint" });
    await candidate.client.interview.ask.mutate({ ...ids, kind: "hint" });
    const strong = {
      summary: "A complete design with the trade-offs named.",
      score: 9,
      strengths: ["Covered the limiter's storage and its failure mode."],
      gaps: [],
      improvement: "Say how the limits are configured per client.",
      keyPointsCovered: [],
      keyPointsMissed: [],
      evidence: { covered: [], missed: [], wrongClaims: [] },
      modelAnswerOutline: ["Pick the algorithm", "Store the counters", "Fail open or closed"],
      followUp: { ask: false, question: null },
    };
    fake.enqueue({ kind: "completion", content: JSON.stringify(strong) });
    const answered = await candidate.client.interview.answer.mutate({ ...ids, answer: ANSWER });
    expect(answered.evaluation).toMatchObject({ provider: "openai", fallback: false, score: 8 });
    expect(answered.evaluation.feedback.summary).toMatch(/You used 2 hints: the score is capped at 8\.$/);
  });

  it("a model that fails gives the built-in hint instead", async () => {
    const candidate = await newCandidate();
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    fake.enqueue({ kind: "error", status: 500 });
    const hint = await candidate.client.interview.ask.mutate({ ...openQuestion(view), kind: "hint" });
    expect(hint.assist).toMatchObject({
      kind: "hint",
      level: 1,
      text: expect.stringMatching(/Start from the requirements/),
    });
  });
});
