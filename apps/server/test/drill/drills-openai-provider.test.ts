// Drills on the OpenAI-compatible provider, through the real `openai` SDK against the fake model
// server: the model's grading of an interview answer makes the cards (its missed points, and the topic
// under the bar); a drill asks the stored question again without a model call and asks the model for a
// new question on the weak topic; the model's grading of each drill answer reschedules the cards.
import { schema } from "@interviewer/db";
import {
  CANNED_MODEL_CONTENT,
  cannedReplyFor,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "@interviewer/engine/testing";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { createTestClock, DAY } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PAYMENT_QUESTION = "How would you design an idempotent payment API endpoint?";
const INDEX_QUESTION = {
  text: "How do you decide which columns of a slow query deserve a composite index, and in which order?",
  keyPoints: [
    { label: "selectivity", evidence: ["selective", "selectivity"] },
    { label: "equality before range", evidence: ["equality first", "range last"] },
    { label: "verify with the plan", evidence: ["explain", "query plan"] },
  ],
  wrongClaims: [],
  modelAnswer: "Put the equality columns first, most selective first, then the range column; check it with EXPLAIN.",
  modelAnswerOutline: ["Equality columns first", "Range column last", "Verify with EXPLAIN"],
};

function evaluation(score: number, covered: string[], missed: string[]) {
  return {
    summary: `Graded ${score}/10 for the test.`,
    score,
    strengths: [],
    gaps: missed,
    improvement: "Name every point.",
    keyPointsCovered: covered,
    keyPointsMissed: missed,
    evidence: { covered: [], missed: missed.map((point) => ({ point, hint: null })), wrongClaims: [] },
    modelAnswerOutline: ["Outline"],
    followUp: { ask: false, question: null },
  };
}

describe("drills on an OpenAI-compatible model", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  /** What the fake model says when asked to grade, and which questions it writes, in order. */
  let grading = evaluation(4, [], ["idempotency key", "failure handling"]);
  const questions: unknown[] = [CANNED_MODEL_CONTENT.interview_question, INDEX_QUESTION];

  beforeAll(async () => {
    fake = await startFakeOpenAIServer({
      defaultReply: (request) => {
        const name = request.body.response_format?.json_schema?.name;
        if (name === "answer_evaluation") return { kind: "completion", content: JSON.stringify(grading) };
        if (name === "interview_question") {
          return { kind: "completion", content: JSON.stringify(questions.shift() ?? INDEX_QUESTION) };
        }
        return cannedReplyFor(request);
      },
    });
    ts = await startTestServer({
      clock: createTestClock(new Date("2026-03-04T10:00:00.000Z")),
      env: {
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_TIMEOUT_MS: "5000",
        OPENAI_MAX_RETRIES: "0",
        FREE_CREDITS_ON_SIGNUP: "1",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  it("the model's grading makes the cards, and a free drill on them moves each one by the model's next grade", async () => {
    const account = await createVerifiedAccount(ts);
    const interview = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    expect(interview.provider).toBe("openai");
    expect(interview.currentQuestion?.text).toBe(PAYMENT_QUESTION);
    const answered = await account.client.interview.answer.mutate({
      interviewId: interview.id,
      turnId: interview.currentQuestion?.turnId ?? "",
      answer: "Retry until it works.",
    });
    expect(answered.interview.status).toBe("completed");

    const due = await account.client.drill.due.query();
    expect(due.cards.map((card) => `${card.kind}:${card.label}`).sort()).toEqual([
      "key-point:failure handling",
      "key-point:idempotency key",
      "topic:Databases and Data Management",
    ]);
    const credits = (await account.client.dashboard.summary.query()).credits;

    const questionRequests = () =>
      fake.requests.filter((request) => request.body.response_format?.json_schema?.name === "interview_question");
    const askedBefore = questionRequests().length;
    const drill = await account.client.drill.start.mutate();
    expect(drill.provider).toBe("openai");
    expect(drill.plan.drill?.map((item) => item.kind).sort()).toEqual(["key-point", "topic"]);

    let view = drill;
    const asked: string[] = [];
    while (view.status === "active" && view.currentQuestion) {
      const text = view.currentQuestion.text;
      asked.push(text);
      // The payment question is answered well this time; the new topic question badly.
      grading =
        text === PAYMENT_QUESTION
          ? evaluation(9, ["idempotency key", "failure handling"], [])
          : evaluation(3, [], ["selectivity"]);
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer:
            text === PAYMENT_QUESTION
              ? "Idempotency key, stored atomically, and failure handling."
              : "I would add an index on the columns the query filters by.",
        })
      ).interview;
    }
    expect(view.status).toBe("completed");
    expect(asked.sort()).toEqual([INDEX_QUESTION.text, PAYMENT_QUESTION].sort());
    // Only the topic question was written by the model; the missed one came back from its card.
    expect(questionRequests().length - askedBefore).toBe(1);
    expect((await account.client.dashboard.summary.query()).credits).toEqual(credits);

    const cards = await ts.database.handle.db
      .select()
      .from(schema.drillCards)
      .where(eq(schema.drillCards.userId, account.userId));
    const byLabel = new Map(cards.map((card) => [card.label, card]));
    const now = new Date("2026-03-04T10:00:00.000Z");
    for (const label of ["idempotency key", "failure handling"]) {
      expect(byLabel.get(label)).toMatchObject({ repetitions: 1, intervalDays: 1, lapses: 0, lastReviewedAt: now });
      expect(byLabel.get(label)?.easeFactor).toBeCloseTo(2.6, 5);
    }
    expect(byLabel.get("Databases and Data Management")).toMatchObject({
      repetitions: 0,
      intervalDays: 1,
      lapses: 1,
      dueAt: new Date(now.getTime() + DAY),
    });
    // The drill's answers made no card of their own ("selectivity" was missed in a drill).
    expect(cards).toHaveLength(3);
    const reviews = await ts.database.handle.db
      .select()
      .from(schema.drillReviews)
      .where(eq(schema.drillReviews.userId, account.userId));
    expect(reviews.map((review) => `${review.quality}/${review.score}`).sort()).toEqual(["1/3", "5/9", "5/9"]);

    const transcript = await account.client.interview.transcript.query({ interviewId: drill.id });
    expect(transcript.turns.every((turn) => turn.evaluation?.provider === "openai")).toBe(true);
  });
});
