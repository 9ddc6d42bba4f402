// Whiteboard answers through the real server on both engines: a system-design answer sent with its
// Excalidraw scene is stored with the answer in the same update, graded on its structure together
// with the explanation (feedback naming the candidate's own labels), and shown in the thread, the
// transcript, the report and the Markdown export. A scene that is too large or not a scene is refused
// with its typed reason and nothing is stored. The OpenAI-compatible provider gets the graph in its prompt.
// The interviewer is the built-in one, asked to pose one bank question ("scale a single server", whose
// structural rubric the drawings below are measured against): the grading itself is the real one.
import { schema } from "@interviewer/db";
import {
  createBuiltinInterviewerProvider,
  createOpenAIInterviewerProvider,
  diagramToScene,
  findBankQuestion,
  type InterviewerProvider,
  PASSING_SCORE,
  parseDiagramNotation,
  toInterviewQuestion,
} from "@interviewer/engine";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const QUESTION_ID = "sd-j-scale-single-server";

/** An interviewer that asks the one bank question these drawings are of; `base` grades. */
function askingTheScalingQuestion(base: InterviewerProvider): InterviewerProvider {
  const bank = findBankQuestion(QUESTION_ID);
  if (!bank) throw new Error(`the bank lost ${QUESTION_ID}`);
  return {
    ...base,
    kind: base.kind,
    async askQuestion(request) {
      const asked = await createBuiltinInterviewerProvider().askQuestion(request);
      return { ...asked, question: toInterviewQuestion(bank, request.language) };
    },
  };
}

/** A scene as the web app sends it: drawn with the keyboard notation, converted with diagramToScene. */
function sceneJson(notation: string): string {
  const parsed = parseDiagramNotation(notation);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return JSON.stringify(diagramToScene(parsed.graph));
}

const COMPLETE = sceneJson(`
[Web client] -> [Load balancer]: HTTPS
[Load balancer] -> [API service]
[Load balancer] -> [API service]#2
[API service] -> [Redis]: get
[API service] -> [Postgres]: on miss
[Postgres] -> [Postgres replica]: replication
`);
const WITHOUT_CACHE = sceneJson(`
[Web client] -> [Load balancer]
[Load balancer] -> [API service]
[Load balancer] -> [API service]#2
[API service] -> [Postgres]
[Postgres] -> [Postgres replica]
`);
const WITHOUT_REPLICA = sceneJson(`
[Web client] -> [Load balancer]
[Load balancer] -> [API service]
[Load balancer] -> [API service]#2
[API service] -> [Redis]
[API service] -> [Postgres]
`);
const UNCONNECTED = sceneJson(`
[Web client] -> [API service]
[API service] -> [Postgres]
[Redis]
[Image worker]
`);

const EXPLANATION =
  "First I measure to find the bottleneck with metrics for CPU, memory and the slow query log, because the fix depends on it. " +
  "Then I move the database onto its own machine and run several stateless app servers behind a load balancer, so any server can take any request and one failure does not take the site down. " +
  "Reads are offloaded to a Redis cache for hot pages and to read replicas for heavy queries, with the caveat that replicas lag slightly. " +
  "Sessions move out of the app servers into Redis, so scaling out is just adding servers.";

describe("whiteboard answers", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer({
      interviewer: askingTheScalingQuestion(createBuiltinInterviewerProvider()),
      mailWorker: false,
      env: { FREE_CREDITS_ON_SIGNUP: "20" },
    });
    candidate = await createVerifiedAccount(ts);
  });
  afterAll(async () => {
    await ts.stop();
  });

  async function openQuestion(account: TestAccount = candidate) {
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const turnId = view.currentQuestion?.turnId ?? "";
    return { interviewId: view.id, turnId };
  }

  async function storedTurn(turnId: string) {
    const [turn] = await ts.database.handle.db
      .select()
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.id, turnId));
    return turn;
  }

  it("a complete design, a missing cache, a missing replica and unconnected boxes get different grades naming the labels", async () => {
    const graded = async (diagram: string) => {
      const ids = await openQuestion();
      const { evaluation } = await candidate.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram });
      return evaluation;
    };
    const complete = await graded(COMPLETE);
    const noCache = await graded(WITHOUT_CACHE);
    const noReplica = await graded(WITHOUT_REPLICA);
    const unconnected = await graded(UNCONNECTED);

    expect(complete.diagram?.structureScore).toBe(1);
    expect(complete.diagram?.missing).toEqual([]);
    expect(complete.feedback.strengths.join("\n")).toContain("Your 'Postgres replica' replicates 'Postgres'.");
    expect(complete.feedback.strengths.join("\n")).toContain("Your 'Redis' serves as the cache.");

    expect(noCache.diagram?.missing.map((element) => element.element)).toEqual(["cache"]);
    expect(noCache.feedback.gaps.join("\n")).toContain("Your drawing has no cache");

    expect(noReplica.diagram?.missing.map((element) => element.category)).toEqual(["redundancy"]);
    expect(noReplica.feedback.gaps.join("\n")).toContain("Your 'Postgres' has no replica");

    expect(unconnected.diagram?.unconnected).toEqual(["Redis", "Image worker"]);
    expect(unconnected.feedback.gaps.join("\n")).toContain("'Redis', 'Image worker' are not connected to anything");

    // The same explanation each time: the drawing alone moves the grade.
    const explanationScores = new Set(
      [complete, noCache, noReplica, unconnected].map((e) => e.diagram?.explanationScore),
    );
    expect(explanationScores.size).toBe(1);
    expect(complete.score).toBeGreaterThan(noCache.score);
    expect(complete.score).toBeGreaterThan(noReplica.score);
    expect(noCache.score).toBeGreaterThan(unconnected.score);
    expect(complete.score).toBeGreaterThanOrEqual(PASSING_SCORE);
  });

  it("a diagram with no explanation is accepted but does not pass; an empty one is not an answer", async () => {
    const ids = await openQuestion();
    const { evaluation } = await candidate.client.interview.answer.mutate({ ...ids, answer: "", diagram: COMPLETE });
    expect(evaluation.score).toBeLessThan(PASSING_SCORE);
    expect(evaluation.feedback.improvement).toMatch(/Explain your diagram in words/);

    const other = await openQuestion();
    const emptyScene = JSON.stringify({ type: "excalidraw", version: 2, elements: [] });
    const error = await errorOf(
      candidate.client.interview.answer.mutate({ ...other, answer: " ", diagram: emptyScene }),
    );
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect((await storedTurn(other.turnId))?.answer).toBeNull();
  });

  it("an oversized or malformed scene is refused with its typed reason, and nothing is stored", async () => {
    const ids = await openQuestion();
    const padded = JSON.stringify({
      ...JSON.parse(COMPLETE),
      appState: { note: "x".repeat(520 * 1024) },
    });
    const tooLarge = await errorOf(
      candidate.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram: padded }),
    );
    expect(tooLarge.data?.reason).toBe("DIAGRAM_TOO_LARGE");
    expect(tooLarge.data?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(tooLarge.message).toMatch(/larger than 512 KB/);

    const notJson = await errorOf(
      candidate.client.interview.submitAnswer.mutate({ ...ids, answer: EXPLANATION, diagram: "{not json" }),
    );
    expect(notJson.data?.reason).toBe("DIAGRAM_INVALID");
    expect(notJson.message).toMatch(/not valid JSON/);

    const notAScene = JSON.stringify({ type: "excalidraw", version: 2, elements: [{ id: "a", type: "rectangle" }] });
    const invalid = await errorOf(
      candidate.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram: notAScene }),
    );
    expect(invalid.data?.reason).toBe("DIAGRAM_INVALID");
    expect(invalid.message).toMatch(/not a valid scene at elements\.0/);

    const withNul = COMPLETE.replace("Redis", "Red\\u0000is");
    const nul = await errorOf(
      candidate.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram: withNul }),
    );
    expect(nul.data?.reason).toBe("DIAGRAM_INVALID");

    const turn = await storedTurn(ids.turnId);
    expect(turn?.answer).toBeNull();
    expect(turn?.diagram).toBeNull();
  });

  it("a scene just under the 512 KB limit fits the 1 MiB request body, sent as a JSON string", async () => {
    const ids = await openQuestion();
    const scene = JSON.parse(COMPLETE);
    // Freehand strokes are what make real scenes large: many points each.
    const stroke = (index: number) => ({
      id: `stroke-${index}`,
      type: "freedraw",
      x: index,
      y: index,
      width: 400,
      height: 400,
      points: Array.from({ length: 2000 }, (_, point) => [point * 0.173, (point * 7) % 400.5]),
    });
    let strokes = 0;
    while (JSON.stringify({ ...scene, elements: [...scene.elements, stroke(strokes)] }).length < 500 * 1024) {
      scene.elements.push(stroke(strokes));
      strokes += 1;
    }
    const json = JSON.stringify(scene);
    expect(json.length).toBeGreaterThan(450 * 1024);
    const view = await candidate.client.interview.submitAnswer.mutate({ ...ids, answer: EXPLANATION, diagram: json });
    expect(view.currentQuestion?.diagram?.elements.length).toBe(scene.elements.length);
  });

  it("another user's interview is NOT_FOUND, with or without a diagram", async () => {
    const ids = await openQuestion();
    const stranger = await createVerifiedAccount(ts);
    const error = await errorOf(
      stranger.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram: COMPLETE }),
    );
    expect(error.data?.code).toBe("NOT_FOUND");
    expect((await storedTurn(ids.turnId))?.diagram).toBeNull();
  });

  it("is stored with the answer in one update, and a retried submit with the same drawing is a no-op", async () => {
    const ids = await openQuestion();
    const statements = await ts.database.statements.during(() =>
      candidate.client.interview.submitAnswer.mutate({ ...ids, answer: EXPLANATION, diagram: WITHOUT_CACHE }),
    );
    const updates = statements.filter((sql) => /^update "interview_turns" set "answer"/i.test(sql));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatch(/"diagram"/);
    const again = await candidate.client.interview.submitAnswer.mutate({
      ...ids,
      answer: EXPLANATION,
      diagram: WITHOUT_CACHE,
    });
    expect(again.currentQuestion?.diagram?.elements.length).toBeGreaterThan(0);
    const different = await errorOf(
      candidate.client.interview.submitAnswer.mutate({ ...ids, answer: EXPLANATION, diagram: COMPLETE }),
    );
    expect(different.data?.reason).toBe("ALREADY_ANSWERED");
  });

  it("answering with a diagram stays within the answer's statement budget", async () => {
    const ids = await openQuestion();
    const statements = await ts.database.statements.during(() =>
      candidate.client.interview.answer.mutate({ ...ids, answer: EXPLANATION, diagram: COMPLETE }),
    );
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(9);
  });

  it("the thread, transcript, report, shared report and Markdown export carry the candidate's diagram", async () => {
    const ids = await openQuestion();
    const afterAnswer = await candidate.client.interview.answer.mutate({
      ...ids,
      answer: EXPLANATION,
      diagram: WITHOUT_REPLICA,
    });
    const view = await candidate.client.interview.get.query({ interviewId: ids.interviewId });
    const answered = view.thread.find((turn) => turn.turnId === ids.turnId) ?? view.currentQuestion;
    expect(answered?.diagram?.type).toBe("excalidraw");

    const transcript = await candidate.client.interview.transcript.query({ interviewId: ids.interviewId });
    const turn = transcript.turns.find((t) => t.turnId === ids.turnId);
    expect(turn?.diagram).toEqual(JSON.parse(WITHOUT_REPLICA));
    expect(turn?.evaluation?.diagram?.missing[0]?.why).toContain("'Postgres' has no replica");

    // One question: the interview ends with its answer, unless the grader asked a follow-up.
    if (afterAnswer.interview.status === "active") {
      await candidate.client.interview.abandon.mutate({ interviewId: ids.interviewId });
    }
    const { report } = await candidate.client.interview.report.query({ interviewId: ids.interviewId });
    const [result] = report.topics.flatMap((topic) => topic.questions);
    expect(result?.diagram).toEqual(JSON.parse(WITHOUT_REPLICA));
    expect(result?.evaluation.diagram?.present.map((element) => element.element)).toContain("request path");

    const { token } = await candidate.client.sharing.create.mutate({ interviewId: ids.interviewId });
    const shared = await ts.client.sharing.report.query({ token });
    expect(shared.report.topics.flatMap((topic) => topic.questions)[0]?.diagram).toEqual(JSON.parse(WITHOUT_REPLICA));

    const { markdown } = await candidate.client.interview.exportMarkdown.query({ interviewId: ids.interviewId });
    expect(markdown).toContain("Diagram (text notation):");
    expect(markdown).toContain("[Web client] -> [Load balancer]");
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n/);
    expect(markdown).toContain("Diagram structure: 6 of 7 elements present");
    expect(markdown).toContain("- ✗ Your 'Postgres' has no replica");
  });
});

describe("whiteboard answers on an OpenAI-compatible model", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    const model = createOpenAIInterviewerProvider({
      apiKey: "test-key",
      baseURL: fake.baseURL,
      model: "test-model",
      maxRetries: 0,
      fallbackProvider: createBuiltinInterviewerProvider(),
    });
    ts = await startTestServer({ interviewer: askingTheScalingQuestion(model), mailWorker: false });
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  it("the model gets the graph by its labels as data; the structure is graded by the engine", async () => {
    const account = await createVerifiedAccount(ts);
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    const { evaluation } = await account.client.interview.answer.mutate({
      ...ids,
      answer: EXPLANATION,
      diagram: WITHOUT_CACHE,
    });
    const request = fake.requests.find((r) => r.body.response_format?.json_schema?.name === "answer_evaluation");
    const [system, user] = (request?.body.messages ?? []).map((message) => String(message.content));
    expect(system).toMatch(/refer to it by its label in quotes exactly as listed/);
    expect(user).toContain("<candidate_diagram>");
    expect(user).toContain('- "Postgres replica": database replica');
    expect(user).toContain('- "Load balancer" -> "API service" #1');
    expect(user).toMatch(/Structural rubric[^\n]*\n- component: load balancer/);

    expect(evaluation.provider).toBe("openai");
    expect(evaluation.fallback).toBe(false);
    // The canned model reply knows nothing of the drawing; the engine's structural notes are merged in.
    expect(evaluation.diagram?.missing.map((element) => element.element)).toEqual(["cache"]);
    expect(evaluation.feedback.gaps.join("\n")).toContain("Your drawing has no cache");
    expect(evaluation.diagram?.explanationScore).toBe(7);
  });
});
