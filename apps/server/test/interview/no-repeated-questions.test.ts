// Across a user's interviews, neither provider asks a question the user was already asked while unseen
// ones remain: the built-in bank skips the ids the user has seen, and the OpenAI-compatible model (the
// real `openai` SDK against a local fake of /v1/chat/completions) is given the user's recent questions
// to avoid, and a question of its that repeats one in other words is asked for again, then replaced by
// a bank question.
import { schema } from "@interviewer/db";
import { ZInterviewQuestionSchema } from "@interviewer/engine";
import { CANNED_MODEL_CONTENT, type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ANSWER =
  "I would clarify requirements and scale first, then discuss trade-offs: consistency versus availability, " +
  "caching with invalidation, replication and sharding, idempotency and retries, and monitoring.";

/** The questions stored with an interview's turns, in order. */
async function storedQuestions(ts: TestServer, interviewId: string) {
  const rows = await ts.database.handle.db
    .select({ question: schema.interviewTurns.question })
    .from(schema.interviewTurns)
    .where(eq(schema.interviewTurns.interviewId, interviewId))
    .orderBy(asc(schema.interviewTurns.position));
  return rows.map((row) => ZInterviewQuestionSchema.parse(row.question));
}

describe("no repeated questions on the built-in interviewer", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "2" } });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** A whole interview of four system-design questions (and whatever follow-ups come); its main question ids. */
  async function interviewMainQuestionIds(): Promise<string[]> {
    let view = await candidate.client.interview.create.mutate({
      topics: ["system-design"],
      questionsPerTopic: 4,
      difficulty: "mid",
    });
    const interviewId = view.id;
    while (view.status === "active" && view.currentQuestion) {
      const answered = await candidate.client.interview.answer.mutate({
        interviewId,
        turnId: view.currentQuestion.turnId,
        answer: ANSWER,
      });
      view = answered.interview;
    }
    expect(view.status).toBe("completed");
    const questions = await storedQuestions(ts, interviewId);
    return questions.filter((question) => question.kind === "main").map((question) => question.id);
  }

  it("a second interview on the same topic asks none of the first interview's questions", async () => {
    const first = await interviewMainQuestionIds();
    const second = await interviewMainQuestionIds();
    expect(first).toHaveLength(4);
    expect(second).toHaveLength(4);
    expect(new Set([...first, ...second]).size).toBe(8);
  });
});

describe("no repeated questions on an OpenAI-compatible model", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  const logLines: string[] = [];
  const canned = CANNED_MODEL_CONTENT.interview_question;
  if (typeof canned !== "object" || canned === null) throw new Error("the fake has no canned interview question");
  /** The fake's default question text: what every interview below starts with unless a reply is scripted. */
  const CANNED_TEXT = "How would you design an idempotent payment API endpoint?";

  /** A valid model reply for a non-coding question with this text. */
  const questionReply = (text: string) => ({
    kind: "completion" as const,
    content: JSON.stringify({ ...canned, text }),
  });

  /** The user message of each question request the model received since `from`. */
  function questionPrompts(from: number): string[] {
    return fake.requests
      .slice(from)
      .filter((request) => request.body.response_format?.json_schema?.name === "interview_question")
      .map((request) => {
        const user = request.body.messages?.find((message) => message.role === "user")?.content;
        return typeof user === "string" ? user : "";
      });
  }

  /** The block of earlier interviews' questions in a prompt. */
  function recentQuestionsBlock(prompt: string): string {
    const start = prompt.indexOf("<recent_questions>");
    const end = prompt.indexOf("</recent_questions>");
    expect(start).toBeGreaterThanOrEqual(0);
    return prompt.slice(start, end);
  }

  /** The latest log line of a question check with this outcome, parsed. */
  function checkLog(outcome: string): unknown {
    const line = logLines.findLast((entry) => entry.includes(`"outcome":"${outcome}"`));
    if (!line) throw new Error(`no question check logged with outcome ${outcome}`);
    return JSON.parse(line);
  }

  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      logLines,
      env: {
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
        FREE_CREDITS_ON_SIGNUP: "3",
      },
    });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  async function startSystemDesignInterview(candidate: TestAccount) {
    const from = fake.requests.length;
    const view = await candidate.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const question = view.currentQuestion;
    if (!question) throw new Error("the interview has no first question");
    const [stored] = await storedQuestions(ts, view.id);
    return { text: question.text, stored, prompts: questionPrompts(from) };
  }

  it("the model is told the earlier interview's question; a paraphrase of it is asked for again, and twice means a bank question", async () => {
    const candidate = await createVerifiedAccount(ts);

    // First interview: nothing to avoid yet, and the fake's question is shown.
    const first = await startSystemDesignInterview(candidate);
    expect(first.text).toBe(CANNED_TEXT);
    expect(first.prompts).toHaveLength(1);
    expect(first.prompts[0]).toContain("<recent_questions>\n(none)\n</recent_questions>");

    // Second interview: the model repeats the first question in other words, then writes a new one.
    const paraphrase =
      "Clients retry payment requests after timeouts. Design an idempotent payment API endpoint so a retry never charges twice.";
    const fresh = "Design a URL shortener that serves a billion redirects a day.";
    fake.enqueue(questionReply(paraphrase), questionReply(fresh));
    const second = await startSystemDesignInterview(candidate);
    expect(second.prompts).toHaveLength(2);
    for (const prompt of second.prompts) expect(recentQuestionsBlock(prompt)).toContain(CANNED_TEXT);
    expect(second.text).toBe(fresh);
    expect(second.stored).toMatchObject({ source: "model", text: fresh });
    expect(checkLog("asked-again")).toMatchObject({
      outcome: "asked-again",
      failures: [`repeats an earlier question: "${CANNED_TEXT}"`],
    });

    // Third interview: both earlier questions are to be avoided; the model repeats one, then the other.
    fake.enqueue(
      questionReply("Design a payment API endpoint that is idempotent."),
      questionReply("How would you design a URL shortener serving a billion redirects per day?"),
    );
    const third = await startSystemDesignInterview(candidate);
    expect(third.prompts).toHaveLength(2);
    const recent = recentQuestionsBlock(third.prompts[0] ?? "");
    // Newest first.
    expect(recent.indexOf(fresh)).toBeGreaterThanOrEqual(0);
    expect(recent.indexOf(fresh)).toBeLessThan(recent.indexOf(CANNED_TEXT));
    expect(third.stored).toMatchObject({ source: "bank", topic: "system-design", kind: "main" });
    expect(third.text).toBe(third.stored?.text);
    expect(checkLog("replaced-by-bank-question")).toMatchObject({
      replacementId: third.stored?.id,
      failures: [`repeats an earlier question: "${CANNED_TEXT}"`, `repeats an earlier question: "${fresh}"`],
    });
  });

  it("another user's questions are not theirs to avoid", async () => {
    const other = await createVerifiedAccount(ts);
    const started = await startSystemDesignInterview(other);
    expect(started.text).toBe(CANNED_TEXT);
    expect(started.prompts).toHaveLength(1);
    expect(started.prompts[0]).toContain("<recent_questions>\n(none)\n</recent_questions>");
  });
});
