// An evaluator that is slow, not dead: its lease runs out, a retried request takes the evaluation over
// and stores its result with the next question, and then the slow one finishes too. The result and
// the next question are written in one transaction that stores the result only while the turn is
// still pending, so the late evaluator changes nothing: one result, one next question, and the
// request still waiting on the slow evaluator gets the stored result, not its own.
import { schema } from "@interviewer/db";
import {
  type AnswerEvaluation,
  createBuiltinInterviewerProvider,
  type EvaluateAnswerRequest,
  type EvaluationStreamEvent,
  type InterviewerProvider,
} from "@interviewer/engine";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The built-in interviewer, except that its first evaluation waits for `finish()` and then scores 10. */
function slowFirstEvaluator() {
  const builtin = createBuiltinInterviewerProvider();
  let started!: () => void;
  const firstStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let calls = 0;
  async function* streamEvaluation(
    request: EvaluateAnswerRequest,
  ): AsyncGenerator<EvaluationStreamEvent, AnswerEvaluation> {
    calls += 1;
    const slow = calls === 1;
    if (slow) {
      started();
      await finished;
    }
    const evaluation = await builtin.evaluateAnswer(request);
    // A score the built-in grader does not give this answer, so the test can tell whose result stood.
    const result = slow ? { ...evaluation, score: 10 } : evaluation;
    yield { type: "result", evaluation: result };
    return result;
  }
  const provider: InterviewerProvider = { ...builtin, kind: builtin.kind, streamEvaluation };
  return { provider, firstStarted, finish, calls: () => calls };
}

describe("an evaluator overtaken after its lease ran out", () => {
  const clock = createTestClock();
  const slow = slowFirstEvaluator();
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ clock, interviewer: slow.provider, env: { FREE_CREDITS_ON_SIGNUP: "1" } });
  });
  afterAll(async () => {
    slow.finish();
    await ts.stop();
  });

  it("changes nothing when it finishes late: one stored result, one next question", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    const input = {
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      answer: "Add an index on the filtered columns and check the plan with EXPLAIN.",
    };
    const first = account.client.interview.answer.mutate(input);
    await slow.firstStarted;

    clock.advance(2 * MINUTE + 1000);
    const retried = await account.client.interview.answer.mutate(input);
    expect(slow.calls()).toBe(2);
    expect(retried.evaluation.score).not.toBe(10);
    expect(retried.interview.progress.answered).toBe(1);

    slow.finish();
    const late = await first;
    // The waiting request hears the result that was stored, not the one its evaluator produced.
    expect(late.evaluation.score).toBe(retried.evaluation.score);
    expect(late.interview.currentQuestion?.turnId).toBe(retried.interview.currentQuestion?.turnId);

    const db = ts.database.handle.db;
    const turns = await db.select().from(schema.interviewTurns).where(eq(schema.interviewTurns.interviewId, view.id));
    expect(turns).toHaveLength(2);
    const answered = turns.find((turn) => turn.id === input.turnId);
    expect(answered?.evaluationStatus).toBe("evaluated");
    expect(answered?.score).toBe(retried.evaluation.score);
    expect(answered?.evaluationLeaseUntil).toBeNull();
  });
});
