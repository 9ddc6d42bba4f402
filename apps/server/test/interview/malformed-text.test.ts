// Text the database cannot store and whiteboards nested too deep to read back, sent through the real
// server as the security probe sent them: raw tRPC bodies whose JSON holds an ASCII `\ud800` escape,
// which becomes a lone UTF-16 surrogate once parsed. PostgreSQL's jsonb (and PGlite's) refuses a lone
// surrogate, so each of these used to be a 500 (and a deep whiteboard was stored and then broke every
// read of its interview). Each is now a typed 400 naming the problem, and nothing is stored or charged.
import { schema } from "@interviewer/db";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { toBase64 } from "@interviewer/testing/audio-fixtures";
import { resumePdf } from "@interviewer/testing/resume-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The escape as it travels in the request's JSON: six ASCII characters, a lone surrogate once parsed. */
const LONE = "\\ud800";
const MALFORMED = /not valid text and cannot be stored/;

interface RawResult {
  status: number;
  body: unknown;
}

describe("malformed text and over-deep whiteboards", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "5" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** One tRPC mutation with the body exactly as given (the typed client would re-encode it). */
  async function post(account: TestAccount, procedure: string, body: string): Promise<RawResult> {
    const response = await fetch(`${ts.url}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${account.accessToken}` },
      body,
    });
    return { status: response.status, body: await response.json() };
  }

  /** What a refusal of one input field looks like: 400, BAD_REQUEST, the message under the field. */
  function refusedField(field: string, message: RegExp) {
    return {
      status: 400,
      body: {
        error: { json: { data: { code: "BAD_REQUEST", fieldErrors: { [field]: [expect.stringMatching(message)] } } } },
      },
    };
  }

  function refusedDiagram(message: RegExp) {
    return {
      status: 400,
      body: {
        error: {
          json: { message: expect.stringMatching(message), data: { code: "BAD_REQUEST", reason: "DIAGRAM_INVALID" } },
        },
      },
    };
  }

  async function openQuestion(account: TestAccount) {
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 2 });
    const turnId = view.currentQuestion?.turnId;
    if (!turnId) throw new Error("the interview started without a question");
    return { interviewId: view.id, turnId };
  }

  async function storedTurn(turnId: string) {
    const [turn] = await ts.database.handle.db
      .select()
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.id, turnId));
    return turn;
  }

  it("a lone surrogate in the job description or the language is refused; no credit, no interview", async () => {
    const account = await createVerifiedAccount(ts);
    const before = await account.client.billing.status.query();
    const jobDescription = `{"json":{"topics":["coding"],"questionsPerTopic":1,"jobDescription":"Senior backend engineer ${LONE} with Go"}}`;
    expect(await post(account, "interview.create", jobDescription)).toMatchObject(
      refusedField("jobDescription", MALFORMED),
    );
    const language = `{"json":{"topics":["coding"],"questionsPerTopic":1,"language":"Go\\udc00"}}`;
    expect(await post(account, "interview.create", language)).toMatchObject(refusedField("language", MALFORMED));
    const preview = `{"json":{"jobDescription":"Senior ${LONE} Go engineer, 5+ years"}}`;
    expect(await post(account, "jobDescription.preview", preview)).toMatchObject(
      refusedField("jobDescription", MALFORMED),
    );

    expect((await account.client.billing.status.query()).usableCredits).toBe(before.usableCredits);
    const interviews = await ts.database.handle.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.userId, account.userId));
    expect(interviews).toHaveLength(0);
  });

  it("a lone surrogate in an answer, its code or a clarifying question is refused; the question stays open", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await openQuestion(account);
    const prefix = `{"json":{"interviewId":"${ids.interviewId}","turnId":"${ids.turnId}"`;
    const answer = `${prefix},"answer":"A load balancer ${LONE} in front of stateless API servers and a Redis cache."}}`;
    expect(await post(account, "interview.answer", answer)).toMatchObject(refusedField("answer", MALFORMED));
    expect(await post(account, "interview.submitAnswer", answer)).toMatchObject(refusedField("answer", MALFORMED));
    const code = `${prefix},"answer":"ok","code":{"language":"Go${LONE}","source":"func main() {}"}}}`;
    expect(await post(account, "interview.answer", code)).toMatchObject(refusedField("code", MALFORMED));
    const ask = `${prefix},"kind":"clarification","question":"How many users ${LONE}?"}}`;
    expect(await post(account, "interview.ask", ask)).toMatchObject(refusedField("question", MALFORMED));

    const turn = await storedTurn(ids.turnId);
    expect(turn).toMatchObject({ answer: null, evaluationStatus: "awaiting_answer", assists: [] });
    // And the question takes a plain answer afterwards.
    const answered = await account.client.interview.answer.mutate({ ...ids, answer: "A load balancer and a cache." });
    expect(answered.evaluation.score).toBeGreaterThanOrEqual(0);
  });

  it("a lone surrogate in an edited résumé analysis is refused and the analysis is unchanged", async () => {
    const account = await createVerifiedAccount(ts);
    const uploaded = await account.client.resume.upload.mutate({
      fileName: "jane-doe.pdf",
      mediaType: "application/pdf",
      contentBase64: toBase64(await resumePdf()),
    });
    const analysis = JSON.stringify({ json: { analysis: { ...uploaded.analysis, projects: [] } } });
    const projectName = JSON.stringify({
      json: {
        analysis: {
          ...uploaded.analysis,
          projects: [{ name: "LEDGER", description: "A ledger", technologies: [] }],
        },
      },
    }).replace("LEDGER", `Ledger${LONE}`);
    expect(await post(account, "resume.updateAnalysis", projectName)).toMatchObject(
      refusedField("analysis", MALFORMED),
    );
    const technology = analysis.replace('"technologies":[', `"technologies":[{"name":"Go\\ud83d","id":null},`);
    expect(technology).not.toBe(analysis);
    expect(await post(account, "resume.updateAnalysis", technology)).toMatchObject(refusedField("analysis", MALFORMED));
    await expect(account.client.resume.get.query()).resolves.toEqual(uploaded);
  });

  describe("whiteboards", () => {
    const box = (extra = "") => `{"id":"a","type":"rectangle","x":0,"y":0,"width":10,"height":10${extra}}`;
    const label = (text: string) =>
      `{"id":"t","type":"text","x":0,"y":0,"width":1,"height":1,"text":"${text}","containerId":"a"}`;
    const sceneOf = (...elements: string[]) => `{"type":"excalidraw","version":2,"elements":[${elements.join(",")}]}`;
    const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

    async function answerWithDiagram(
      account: TestAccount,
      ids: { interviewId: string; turnId: string },
      diagram: string,
    ) {
      const body = JSON.stringify({ json: { ...ids, answer: "I use Postgres with a replica.", diagram } });
      return post(account, "interview.answer", body);
    }

    it("a label with a lone surrogate is DIAGRAM_INVALID naming where; nothing is stored", async () => {
      const account = await createVerifiedAccount(ts);
      const ids = await openQuestion(account);
      const result = await answerWithDiagram(account, ids, sceneOf(box(), label(`Postgres ${LONE}`)));
      expect(result).toMatchObject(refusedDiagram(/at elements\.1\.text: .*not valid text/));
      expect(await storedTurn(ids.turnId)).toMatchObject({ answer: null, diagram: null });
    });

    it("a field nested 3,000 or 4,500 deep is DIAGRAM_INVALID, and the interview still reads", async () => {
      const account = await createVerifiedAccount(ts);
      const ids = await openQuestion(account);
      for (const levels of [3000, 4500]) {
        const diagram = sceneOf(box(`,"customData":${nested(levels)}`), label("Postgres"));
        const result = await answerWithDiagram(account, ids, diagram);
        expect(result).toMatchObject(refusedDiagram(/at elements\.0\.customData[.0-9]*: .*nested more than 12 levels/));
        expect(JSON.stringify(result.body)).not.toMatch(/call stack/i);
      }
      expect(await storedTurn(ids.turnId)).toMatchObject({ answer: null, diagram: null });
      await expect(account.client.interview.get.query({ interviewId: ids.interviewId })).resolves.toMatchObject({
        currentQuestion: { turnId: ids.turnId, evaluationStatus: "awaiting_answer" },
      });
      await expect(account.client.interview.transcript.query({ interviewId: ids.interviewId })).resolves.toMatchObject({
        interviewId: ids.interviewId,
      });
    });

    it("a drawing with Excalidraw's own nesting (points, bindings, custom data) is stored and reads back", async () => {
      const account = await createVerifiedAccount(ts);
      const ids = await openQuestion(account);
      const diagram = sceneOf(
        box(`,"customData":{"tags":[["db"]]},"boundElements":[{"id":"t","type":"text"}]`),
        label("Postgres 🐘"),
      );
      const result = await answerWithDiagram(account, ids, diagram);
      expect(result.status).toBe(200);
      const transcript = await account.client.interview.transcript.query({ interviewId: ids.interviewId });
      expect(transcript.turns[0]?.diagram?.elements).toHaveLength(2);
    });
  });
});
