// Interview turn latency, measured against the real server on loopback (not a test: numbers go to
// bench/README.md). Two questions:
//  1. Time per turn with the built-in interviewer: `interview.answer` round trip (store the answer,
//     evaluate it, write the next question), p50 and p99.
//  2. Time from submitting an answer to the first streamed feedback byte, with a fake model that
//     streams at a fixed rate, next to the time to the full result: what streaming saves a candidate.
// Each measurement runs ROUNDS times; the README reports the median of the rounds.
// Database: PGlite in memory by default; TEST_DB_ENGINE=postgres TEST_DATABASE_URL=... for PostgreSQL.
import { startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, streamingClient } from "@interviewer/testing/accounts";
import { startTestServer } from "@interviewer/testing/test-server";
import { median, percentile } from "./statistics.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const INTERVIEWS_PER_ROUND = Number(process.env.BENCH_INTERVIEWS ?? 4);
const STREAM_TURNS_PER_ROUND = Number(process.env.BENCH_STREAM_TURNS ?? 10);
/** The fake model's pace: one 8-character chunk every CHUNK_MS, like a model at ~40 tokens/s. */
const CHUNK_MS = Number(process.env.BENCH_CHUNK_MS ?? 25);

const ANSWER =
  "Clarify requirements and scale first, then trade-offs: consistency versus availability, caching with " +
  "invalidation, indexes, replication and sharding, idempotent retries, monitoring, and O(n log n) complexity.";

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function builtinTurnLatency(): Promise<{ p50: number; p99: number; turns: number }> {
  const ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: String(INTERVIEWS_PER_ROUND) } });
  try {
    const account = await createVerifiedAccount(ts);
    const samples: number[] = [];
    for (let i = 0; i < INTERVIEWS_PER_ROUND; i += 1) {
      let view = await account.client.interview.create.mutate({});
      while (view.status === "active" && view.currentQuestion) {
        const started = performance.now();
        const result = await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: ANSWER,
        });
        samples.push(performance.now() - started);
        view = result.interview;
      }
    }
    return { p50: percentile(samples, 50), p99: percentile(samples, 99), turns: samples.length };
  } finally {
    await ts.stop();
  }
}

async function streamingLatency(): Promise<{
  firstFeedback: number;
  fullResult: number;
  modelFirstToken: number;
  turns: number;
}> {
  const fake = await startFakeOpenAIServer();
  // The model's own time to first token: when the fake sends its first content chunk.
  let firstChunkAt: number | undefined;
  const pace = () =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        firstChunkAt ??= performance.now();
        resolve();
      }, CHUNK_MS),
    );
  const ts = await startTestServer({
    env: {
      INTERVIEWER_PROVIDER: "openai",
      OPENAI_API_KEY: "bench",
      OPENAI_BASE_URL: fake.baseURL,
      FREE_CREDITS_ON_SIGNUP: String(STREAM_TURNS_PER_ROUND),
    },
  });
  try {
    const account = await createVerifiedAccount(ts);
    const client = streamingClient(ts, account.accessToken);
    const first: number[] = [];
    const full: number[] = [];
    const modelFirst: number[] = [];
    for (let i = 0; i < STREAM_TURNS_PER_ROUND; i += 1) {
      const view = await client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
      const input = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
      const evaluation = JSON.stringify({
        summary: "A clear answer that names the index but does not verify it; compare the plans before and after.",
        score: 6,
        strengths: ["Named the index."],
        gaps: ["No verification."],
        improvement: "Compare EXPLAIN ANALYZE output before and after.",
        keyPointsCovered: [],
        keyPointsMissed: [],
        modelAnswerOutline: ["Find the query", "Read the plan", "Index", "Verify"],
        followUp: { ask: false, question: null },
      });
      fake.enqueue({ kind: "completion", content: evaluation, chunkSize: 8, pace });
      firstChunkAt = undefined;
      const started = performance.now();
      await client.interview.submitAnswer.mutate({ ...input, answer: ANSWER });
      await new Promise<void>((resolve, reject) => {
        let gotFirst = false;
        const subscription = client.interview.evaluation.subscribe(input, {
          onData: (event) => {
            if (!gotFirst && event.type === "feedback") {
              gotFirst = true;
              first.push(performance.now() - started);
            }
            if (event.type === "result") {
              full.push(performance.now() - started);
              if (firstChunkAt !== undefined) modelFirst.push(firstChunkAt - started);
              subscription.unsubscribe();
              resolve();
            }
          },
          onError: reject,
        });
      });
    }
    return {
      firstFeedback: median(first),
      fullResult: median(full),
      modelFirstToken: median(modelFirst),
      turns: first.length,
    };
  } finally {
    await ts.stop();
    await fake.close();
  }
}

const builtinRounds: { p50: number; p99: number; turns: number }[] = [];
const streamRounds: { firstFeedback: number; fullResult: number; modelFirstToken: number; turns: number }[] = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  builtinRounds.push(await builtinTurnLatency());
  streamRounds.push(await streamingLatency());
  console.error(`round ${round}/${ROUNDS} done`);
}

const engine = process.env.TEST_DB_ENGINE ?? "pglite";
const firstFeedback = median(streamRounds.map((r) => r.firstFeedback));
const fullResult = median(streamRounds.map((r) => r.fullResult));
console.log(`database: ${engine}; rounds: ${ROUNDS}; medians of the rounds`);
console.log(
  `builtin turn (interview.answer round trip, ${builtinRounds[0]?.turns} turns/round): p50 ${ms(median(builtinRounds.map((r) => r.p50)))}, p99 ${ms(median(builtinRounds.map((r) => r.p99)))}`,
);
const modelFirstToken = median(streamRounds.map((r) => r.modelFirstToken));
console.log(
  `streamed model (${CHUNK_MS} ms per 8-char chunk, ${streamRounds[0]?.turns} turns/round): model's first token ${ms(modelFirstToken)}, ` +
    `first feedback in the stream ${ms(firstFeedback)}, full result ${ms(fullResult)}, first/full ${(firstFeedback / fullResult).toFixed(2)}`,
);
