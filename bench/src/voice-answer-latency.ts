// Upload-to-feedback time of a spoken answer (issue 17), against the real server on loopback with the
// fake OpenAI-compatible transcriber (not a test: numbers go to bench/README.md). One spoken answer is
// `voice.transcribe` (a WAV of SECONDS seconds made here, as base64 in JSON, through the large-body
// route; the fake returns a scripted transcript with word timings at once) and then `interview.answer`
// with `spoken: { recordingId }` (delivery metrics, stored with the answer, evaluation by the built-in
// interviewer, the next question). The fake answers instantly, so this is our own cost: body parsing,
// base64, the SDK's multipart upload, the row, the metrics and the answer; a real endpoint adds its
// transcription time (whisper.cpp or the OpenAI API: seconds per minute of audio) on top.
// Each round answers ANSWERS questions; the README reports the median of the rounds' medians.
// Database: PGlite in memory by default; TEST_DB_ENGINE=postgres TEST_DATABASE_URL=... for PostgreSQL.
import { startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { toBase64, toneWav } from "@interviewer/testing/audio-fixtures";
import { startTestServer } from "@interviewer/testing/test-server";
import { median, percentile } from "./statistics.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10);
/** Length of the recording: 16 kHz mono 16-bit WAV, ~32 KB a second (WebM/Opus would be ~10× smaller). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);

const SPOKEN =
  "So, um, I would put an index on the columns the query filters on, check the plan with explain, " +
  "and basically cache the hot reads, like the product page, with a short expiry and invalidation on write.";

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function round(audioBase64: string) {
  const fake = await startFakeOpenAIServer({ defaultTranscript: SPOKEN });
  const ts = await startTestServer({
    env: {
      FREE_CREDITS_ON_SIGNUP: "1",
      TRANSCRIPTION_BASE_URL: fake.baseURL,
      TRANSCRIPTION_MODEL: "bench-whisper",
      TRANSCRIPTION_API_KEY: "bench",
    },
  });
  try {
    const account = await createVerifiedAccount(ts);
    let view = await account.client.interview.create.mutate({
      topics: ["databases", "system-design", "backend-knowledge", "behavioral"],
      questionsPerTopic: Math.min(4, Math.ceil(ANSWERS / 4)),
      voice: true,
    });
    const transcribe: number[] = [];
    const answer: number[] = [];
    const total: number[] = [];
    while (view.status === "active" && view.currentQuestion && total.length < ANSWERS) {
      const ids = { interviewId: view.id, turnId: view.currentQuestion.turnId };
      const started = performance.now();
      const recording = await account.client.voice.transcribe.mutate({
        ...ids,
        audioBase64,
        mediaType: "audio/wav",
        durationMs: SECONDS * 1000,
      });
      const transcribed = performance.now();
      const result = await account.client.interview.answer.mutate({
        ...ids,
        answer: recording.transcript,
        spoken: { recordingId: recording.recordingId },
      });
      const done = performance.now();
      if (!result.interview.lastEvaluation?.delivery) throw new Error("no delivery metrics in the feedback");
      transcribe.push(transcribed - started);
      answer.push(done - transcribed);
      total.push(done - started);
      view = result.interview;
    }
    return { transcribe: median(transcribe), answer: median(answer), total: median(total), p99: percentile(total, 99) };
  } finally {
    await ts.stop();
    await fake.close();
  }
}

async function main() {
  const audio = toneWav({ durationMs: SECONDS * 1000, sampleRate: 16_000 });
  const audioBase64 = toBase64(audio);
  const rounds: Awaited<ReturnType<typeof round>>[] = [];
  for (let i = 0; i < ROUNDS; i += 1) rounds.push(await round(audioBase64));
  const pick = (key: "transcribe" | "answer" | "total" | "p99") => median(rounds.map((r) => r[key]));
  console.log(
    `recording: ${SECONDS} s WAV, ${(audio.length / 1024).toFixed(0)} KB (${(audioBase64.length / 1024).toFixed(0)} KB base64)`,
  );
  console.log(`${ROUNDS} rounds × ${ANSWERS} spoken answers (median of round medians)`);
  console.log(`voice.transcribe (upload → transcript): ${ms(pick("transcribe"))}`);
  console.log(`interview.answer with spoken (metrics + store + evaluate + next): ${ms(pick("answer"))}`);
  console.log(`upload → feedback: ${ms(pick("total"))} (p99 ${ms(pick("p99"))})`);
}

await main();
