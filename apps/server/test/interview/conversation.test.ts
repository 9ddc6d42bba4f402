// The interview as a conversation, through the typed client against the real server: skipping a
// question ("I don't know"), the thread of earlier turns, progress that counts planned questions only
// (follow-ups are extras), answers written as prose plus code, the limit on their composed length,
// and the retry screen's first attempt.
import {
  type AnswerEvaluation,
  createBuiltinInterviewerProvider,
  type EvaluationStreamEvent,
  type InterviewerProvider,
  MAX_ANSWER_CHARS,
} from "@interviewer/engine";
import { createVerifiedAccount, streamingClient, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FOLLOW_UP = "How would you know it worked in production?";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";

/** The built-in interviewer, except that every evaluation asks for a follow-up (the engine decides if one is asked). */
function followUpEveryTime(): InterviewerProvider {
  const builtin = createBuiltinInterviewerProvider();
  async function* streamEvaluation(
    request: Parameters<InterviewerProvider["streamEvaluation"]>[0],
  ): AsyncGenerator<EvaluationStreamEvent, AnswerEvaluation> {
    const generator = builtin.streamEvaluation(request);
    let step = await generator.next();
    while (!step.done) {
      const event = step.value;
      yield event.type === "result" ? { type: "result", evaluation: asksFollowUp(event.evaluation) } : event;
      step = await generator.next();
    }
    return asksFollowUp(step.value);
  }
  return { ...builtin, kind: builtin.kind, streamEvaluation };
}

function asksFollowUp(evaluation: AnswerEvaluation): AnswerEvaluation {
  return { ...evaluation, followUp: { ask: true, question: FOLLOW_UP } };
}

describe("the interview as a conversation", () => {
  let ts: TestServer;
  let candidate: TestAccount;

  /** Follows interview.evaluation over SSE, as the web app does, to its result. */
  function evaluationOf(input: { interviewId: string; turnId: string }): Promise<AnswerEvaluation> {
    const client = streamingClient(ts, candidate.accessToken);
    return new Promise((resolve, reject) => {
      const subscription = client.interview.evaluation.subscribe(input, {
        onData: (event) => {
          if (event.type !== "result") return;
          subscription.unsubscribe();
          resolve(event.evaluation);
        },
        onError: (error) => {
          subscription.unsubscribe();
          reject(error);
        },
      });
    });
  }

  beforeAll(async () => {
    ts = await startTestServer({
      interviewer: followUpEveryTime(),
      mailWorker: false,
      env: { FREE_CREDITS_ON_SIGNUP: "10" },
    });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });
  it("skips a question: stored as answered, scored 1 with what a strong answer covers, and no follow-up", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    const skipped = await candidate.client.interview.skipQuestion.mutate(ids);
    expect(skipped.currentQuestion).toMatchObject({
      turnId: ids.turnId,
      skipped: true,
      answer: "",
      evaluationStatus: "pending",
    });
    expect(skipped.progress).toMatchObject({ answered: 1, total: 2, questionNumber: 1 });

    // A repeated skip (a retried request) changes nothing; answering the skipped question is a conflict.
    const again = await candidate.client.interview.skipQuestion.mutate(ids);
    expect(again.currentQuestion).toEqual(skipped.currentQuestion);
    const answer = await errorOf(candidate.client.interview.submitAnswer.mutate({ ...ids, answer: ANSWER }));
    expect(answer.data?.reason).toBe("ALREADY_ANSWERED");

    const evaluation = await evaluationOf(ids);
    expect(evaluation.score).toBe(1);
    expect(evaluation.feedback.summary).toMatch(
      /^You skipped this question, so it scores 1\/10\. A strong answer covers: /,
    );
    expect(evaluation.keyPointsMissed.length).toBeGreaterThan(0);

    // The evaluation asked for a follow-up, but a skipped question gets none: the next planned question comes.
    const after = await candidate.client.interview.get.query({ interviewId: view.id });
    expect(after.currentQuestion).toMatchObject({ kind: "main", attempt: 1, skipped: false, firstAttempt: null });
    expect(after.progress).toMatchObject({ answered: 1, total: 2, questionNumber: 2, questionIndex: 1 });
    expect(after.thread).toEqual([
      expect.objectContaining({
        turnId: ids.turnId,
        position: 0,
        kind: "main",
        attempt: 1,
        answer: "",
        skipped: true,
        evaluationStatus: "evaluated",
        score: 1,
        evaluation,
        codeResult: null,
      }),
    ]);

    // Skipping a question that was answered is a conflict.
    const next = { interviewId: view.id, turnId: after.currentQuestion?.turnId ?? "" };
    await candidate.client.interview.submitAnswer.mutate({ ...next, answer: ANSWER });
    const late = await errorOf(candidate.client.interview.skipQuestion.mutate(next));
    expect(late.data?.code).toBe("CONFLICT");
    expect(late.data?.reason).toBe("ALREADY_ANSWERED");
  });

  it("retries a skipped question with its first attempt shown, and the report and export say Skipped", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 2 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    await candidate.client.interview.skipQuestion.mutate(ids);
    const first = await evaluationOf(ids);
    const evaluated = await candidate.client.interview.get.query({ interviewId: view.id });
    expect(evaluated.lastEvaluation).toMatchObject({ turnId: ids.turnId, canRetry: true });

    const retry = await candidate.client.interview.retryQuestion.mutate({ interviewId: view.id });
    expect(retry.currentQuestion).toMatchObject({
      attempt: 2,
      skipped: false,
      answer: null,
      firstAttempt: { turnId: ids.turnId, answer: "", skipped: true, score: 1, evaluation: first },
    });
    expect(retry.progress).toMatchObject({ answered: 1, total: 2, questionNumber: 1 });
    // The first attempt is in the thread; the open retry is not.
    expect(retry.thread.map((turn) => turn.turnId)).toEqual([ids.turnId]);

    const skippedAgain = { interviewId: view.id, turnId: retry.currentQuestion?.turnId ?? "" };
    await candidate.client.interview.skipQuestion.mutate(skippedAgain);
    await evaluationOf(skippedAgain);
    const ended = await candidate.client.interview.abandon.mutate({ interviewId: view.id });
    expect(ended.status).toBe("abandoned");
    const { report } = await candidate.client.interview.report.query({ interviewId: view.id });
    expect(report.topics[0]?.questions[0]).toMatchObject({ skipped: true, answer: "", attempts: 2 });
    const { markdown } = await candidate.client.interview.exportMarkdown.query({ interviewId: view.id });
    expect(markdown.match(/_Skipped\._/g)).toHaveLength(2);
    expect(markdown).not.toContain("_No answer given._");
  });
  it("asks follow-ups as extras: progress counts planned questions, the thread shows every earlier turn", async () => {
    let view = await candidate.client.interview.create.mutate({
      topics: ["databases", "behavioral"],
      questionsPerTopic: 1,
    });
    const asked: string[] = [];
    while (view.status === "active" && view.currentQuestion) {
      const question = view.currentQuestion;
      asked.push(
        `${question.kind} #${view.progress.questionNumber} (${view.progress.answered}/${view.progress.total})`,
      );
      // Everything before the open question is in the thread, in order, with its evaluation.
      expect(view.thread.map((turn) => turn.position)).toEqual(asked.slice(0, -1).map((_, index) => index));
      expect(view.thread.every((turn) => turn.evaluationStatus === "evaluated" && turn.score !== null)).toBe(true);
      const result = await candidate.client.interview.answer.mutate({
        interviewId: view.id,
        turnId: question.turnId,
        answer: ANSWER,
      });
      view = result.interview;
      expect(asked.length).toBeLessThanOrEqual(4);
    }
    // One follow-up after each main question (never after a follow-up), the last one included.
    expect(asked).toEqual(["main #1 (0/2)", "follow-up #1 (1/2)", "main #2 (1/2)", "follow-up #2 (2/2)"]);
    expect(view.status).toBe("completed");
    expect(view.progress).toMatchObject({ answered: 2, total: 2, questionNumber: null });
    expect(view.thread.map((turn) => [turn.kind, turn.question === FOLLOW_UP])).toEqual([
      ["main", false],
      ["follow-up", true],
      ["main", false],
      ["follow-up", true],
    ]);
  });

  it("stores prose and code as one Markdown answer, idempotently, and refuses empty or over-long answers", async () => {
    const view = await candidate.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };

    const empty = await errorOf(candidate.client.interview.submitAnswer.mutate({ ...ids, answer: "  \n " }));
    expect(empty.data?.code).toBe("BAD_REQUEST");
    expect(empty.data?.fieldErrors?.answer).toEqual(["Write an answer, or skip the question."]);
    const blankCode = await errorOf(
      candidate.client.interview.submitAnswer.mutate({ ...ids, answer: "", code: { language: "SQL", source: " \n" } }),
    );
    expect(blankCode.data?.fieldErrors?.answer).toEqual(["Write an answer, or skip the question."]);

    // Each part fits on its own; together, with the fence, they do not.
    const prose = "p".repeat(MAX_ANSWER_CHARS - 20);
    const tooLong = await errorOf(
      candidate.client.interview.submitAnswer.mutate({
        ...ids,
        answer: prose,
        code: { language: "SQL", source: "SELECT 1 FROM dual;" },
      }),
    );
    expect(tooLong.data?.code).toBe("BAD_REQUEST");
    expect(tooLong.data?.fieldErrors?.answer?.[0]).toMatch(/answer and code together are .* the limit is/);
    const label = await errorOf(
      candidate.client.interview.submitAnswer.mutate({
        ...ids,
        answer: "x",
        code: { language: "L".repeat(41), source: "x" },
      }),
    );
    expect(label.data?.fieldErrors?.code?.[0]).toMatch(/too long/);
    const untouched = await candidate.client.interview.get.query({ interviewId: view.id });
    expect(untouched.currentQuestion).toMatchObject({ answer: null, evaluationStatus: "awaiting_answer" });

    const source = "SELECT customer_id, sum(total)\nFROM orders\nGROUP BY customer_id\nHAVING sum(total) > ```100```;";
    const input = { ...ids, answer: "Aggregate per customer, then filter groups.", code: { language: "SQL", source } };
    const submitted = await candidate.client.interview.submitAnswer.mutate(input);
    const composed = `Aggregate per customer, then filter groups.\n\n\`\`\`\`sql\n${source}\n\`\`\`\``;
    expect(submitted.currentQuestion).toMatchObject({
      answer: composed,
      codeResult: null,
      evaluationStatus: "pending",
    });
    // The same answer again is a retried request; a different one is a conflict.
    const again = await candidate.client.interview.submitAnswer.mutate(input);
    expect(again.currentQuestion?.answer).toBe(composed);
    const other = await errorOf(
      candidate.client.interview.submitAnswer.mutate({ ...input, code: { language: "Pseudo-code", source } }),
    );
    expect(other.data?.reason).toBe("ALREADY_ANSWERED");
    const evaluation = await evaluationOf(ids);
    expect(evaluation.score).toBeGreaterThanOrEqual(1);
    const { turns } = await candidate.client.interview.transcript.query({ interviewId: view.id });
    expect(turns[0]?.answer).toBe(composed);
  });
});
