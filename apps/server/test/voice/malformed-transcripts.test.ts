// What a transcription endpoint returns is outside data the candidate did not type: a long word cut inside
// an emoji, a lone surrogate, a transcript of megabytes. The security probe found the first two a 500
// (jsonb refuses a lone surrogate in the word timings) and the last stored and returned whole. Each is now
// repaired and bounded by the transcriber, so the recording is transcribed and stored like any other.
import { schema } from "@interviewer/db";
import { MAX_ANSWER_CHARS } from "@interviewer/engine";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { toBase64, toneWav } from "@interviewer/testing/audio-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const EMOJI = "\ud83d\ude00";
const LONE_SURROGATE = /\p{Surrogate}/u;

describe("malformed and oversized transcripts from the endpoint", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  let wavBase64: string;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      mailWorker: false,
      env: {
        FREE_CREDITS_ON_SIGNUP: "5",
        TRANSCRIPTION_BASE_URL: fake.baseURL,
        TRANSCRIPTION_MODEL: "whisper-test",
        TRANSCRIPTION_API_KEY: "test-key",
      },
    });
    wavBase64 = toBase64(toneWav({ durationMs: 2000 }));
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  /** Transcribes a recording into `text`, spoken at `msPerWord` (fast enough to stay under three minutes). */
  async function transcribe(account: TestAccount, text: string, msPerWord = 400) {
    const view = await account.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 1,
      voice: true,
    });
    fake.enqueueTranscription({ kind: "transcript", text, msPerWord });
    return account.client.voice.transcribe.mutate({
      interviewId: view.id,
      turnId: view.currentQuestion?.turnId ?? "",
      audioBase64: wavBase64,
      durationMs: 2000,
    });
  }

  async function storedRecording(recordingId: string) {
    const [row] = await ts.database.handle.db
      .select()
      .from(schema.voiceRecordings)
      .where(eq(schema.voiceRecordings.id, recordingId));
    return row;
  }

  it("a word longer than 64 characters cut inside an emoji is stored without half of it", async () => {
    const account = await createVerifiedAccount(ts);
    const word = `${"a".repeat(63)}${EMOJI}`;
    const result = await transcribe(account, `ok ${word}`);
    expect(result.words.map((timing) => timing.word)).toEqual(["ok", "a".repeat(63)]);
    expect(result.transcript).toBe(`ok ${word}`);
    expect((await storedRecording(result.recordingId))?.words).toEqual(result.words);
  });

  it("a lone surrogate in the transcript is replaced, in the text and its word", async () => {
    const account = await createVerifiedAccount(ts);
    const result = await transcribe(account, "bad \ud800 text");
    expect(result.transcript).toBe("bad \ufffd text");
    expect(result.words.map((timing) => timing.word)).toEqual(["bad", "\ufffd", "text"]);
    const row = await storedRecording(result.recordingId);
    expect(row?.transcript).toBe("bad \ufffd text");
    expect(JSON.stringify(row?.words)).not.toMatch(LONE_SURROGATE);
  });

  it("a transcript far longer than any answer is cut to the answer's limit, and its timings to 2,000", async () => {
    const account = await createVerifiedAccount(ts);
    // 2,500 long words, 150,000 characters, spoken in 150 seconds (under the three-minute limit).
    const result = await transcribe(account, `${"w".repeat(59)} `.repeat(2500), 60);
    expect(result.transcript.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(result.transcript.length).toBeGreaterThan(MAX_ANSWER_CHARS - 10);
    expect(result.words).toHaveLength(2000);
    expect((await storedRecording(result.recordingId))?.transcript).toBe(result.transcript);
  });
});
