// voice.* and spoken answers through the real server on both engines (and both tRPC HTTP paths), with
// the real `openai` SDK against the fake OpenAI-compatible server's /v1/audio endpoints. Recordings are
// made in the test (a WAV built in JS). A recording is transcribed and stored without its audio unless
// the candidate keeps it; every refused recording (too long, too large, not audio) gets its typed error
// and stores nothing; submitting with the recording stores delivery metrics with the answer, shown in the
// interview, the transcript and the report; another user's recording is NOT_FOUND; without a configured
// transcriber voice.transcribe is NO_TRANSCRIBER; deleting the account removes its recordings.
import { schema } from "@interviewer/db";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { notAudioBytes, toBase64, toneWav, webmLikeBytes } from "@interviewer/testing/audio-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MB = 1024 * 1024;
const SPOKEN =
  "Um, an index is, like, a sorted structure, basically a B-tree, that lets the database find rows without scanning the whole table.";

describe("voice answers with an OpenAI-compatible transcriber", () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  let wavBase64: string;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ts = await startTestServer({
      mailWorker: false,
      env: {
        FREE_CREDITS_ON_SIGNUP: "10",
        TRANSCRIPTION_BASE_URL: fake.baseURL,
        TRANSCRIPTION_MODEL: "whisper-test",
        TRANSCRIPTION_API_KEY: "test-key",
        SPEECH_MODEL: "tts-test",
      },
    });
    wavBase64 = toBase64(toneWav({ durationMs: 2000 }));
  });
  afterAll(async () => {
    await ts.stop();
    await fake.close();
  });

  async function startInterview(account: TestAccount, topic: "databases" | "behavioral" = "databases") {
    const view = await account.client.interview.create.mutate({ topics: [topic], questionsPerTopic: 1, voice: true });
    return { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "", view };
  }

  function recordingsOf(userId: string) {
    return ts.database.handle.db.select().from(schema.voiceRecordings).where(eq(schema.voiceRecordings.userId, userId));
  }

  it("a recording is transcribed through the endpoint and stored with its timings, without the audio", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    expect(ids.view.voice).toBe(true);
    const before = fake.audioRequests.length;
    const result = await account.client.voice.transcribe.mutate({
      ...ids,
      audioBase64: wavBase64,
      mediaType: "audio/webm", // the browser's claim; the bytes say WAV
      durationMs: 2000,
    });
    expect(result.transcript).toBe(SPOKEN);
    expect(result.words[0]).toEqual({ word: "Um", startMs: 0, endMs: 350 });
    expect(result.audioKept).toBe(false);
    const request = fake.audioRequests[before];
    expect(request?.path).toBe("transcriptions");
    expect(request?.fields).toMatchObject({ model: "whisper-test", response_format: "verbose_json" });
    expect(request?.fields["timestamp_granularities[]"]).toBe("word");
    expect(request?.file?.type).toBe("audio/wav");
    expect(Buffer.from(request?.file?.bytes ?? []).toString("base64")).toBe(wavBase64);
    const [row] = await recordingsOf(account.userId);
    expect(row).toMatchObject({
      id: result.recordingId,
      turnId: ids.turnId,
      mediaType: "audio/wav",
      transcript: SPOKEN,
      transcriber: "openai",
      keepAudio: false,
      audio: null,
    });
    expect(row?.words).toEqual(result.words);
  });

  it("the audio is kept only when asked, and deleting it keeps the transcript; twice is a no-op", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    const kept = await account.client.voice.transcribe.mutate({
      ...ids,
      audioBase64: wavBase64,
      durationMs: 2000,
      keepAudio: true,
    });
    expect(kept.audioKept).toBe(true);
    const [row] = await recordingsOf(account.userId);
    expect(Buffer.from(row?.audio ?? new Uint8Array()).toString("base64")).toBe(wavBase64);
    const stranger = await createVerifiedAccount(ts);
    const notTheirs = await errorOf(stranger.client.voice.deleteAudio.mutate({ recordingId: kept.recordingId }));
    expect(notTheirs.data).toMatchObject({ code: "NOT_FOUND" });
    await expect(account.client.voice.deleteAudio.mutate({ recordingId: kept.recordingId })).resolves.toEqual({
      deleted: true,
    });
    await expect(account.client.voice.deleteAudio.mutate({ recordingId: kept.recordingId })).resolves.toEqual({
      deleted: false,
    });
    const [after] = await recordingsOf(account.userId);
    expect(after).toMatchObject({ audio: null, keepAudio: false, transcript: SPOKEN });
  });

  it("too long, too large and not audio are refused with typed errors, before the endpoint, storing nothing", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    const before = fake.audioRequests.length;
    const cases = [
      { audio: wavBase64, durationMs: 3 * 60_000 + 1, code: "PAYLOAD_TOO_LARGE", reason: "VOICE_TOO_LONG" },
      // Just over 5 MB: under the route's body limit, refused by the service.
      {
        audio: toBase64(webmLikeBytes(5 * MB + 10)),
        durationMs: 1000,
        code: "PAYLOAD_TOO_LARGE",
        reason: "VOICE_TOO_LARGE",
      },
      // Far over: refused by the HTTP route from its length, with the same error.
      {
        audio: toBase64(webmLikeBytes(8 * MB)),
        durationMs: 1000,
        code: "PAYLOAD_TOO_LARGE",
        reason: "VOICE_TOO_LARGE",
      },
      { audio: toBase64(notAudioBytes()), durationMs: 1000, code: "UNSUPPORTED_MEDIA_TYPE", reason: "VOICE_NOT_AUDIO" },
    ];
    for (const { audio, durationMs, code, reason } of cases) {
      const error = await errorOf(account.client.voice.transcribe.mutate({ ...ids, audioBase64: audio, durationMs }));
      expect(error.data, reason).toMatchObject({ code, reason });
      expect(error.message.length).toBeGreaterThan(20);
    }
    expect(fake.audioRequests.length).toBe(before);
    expect(await recordingsOf(account.userId)).toHaveLength(0);
  });

  it("a transcript longer than three minutes by the endpoint's measure is refused and not stored", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    fake.enqueueTranscription({ kind: "transcript", text: "word ".repeat(50).trim(), msPerWord: 4000 });
    const error = await errorOf(
      account.client.voice.transcribe.mutate({ ...ids, audioBase64: wavBase64, durationMs: 1000 }),
    );
    expect(error.data).toMatchObject({ reason: "VOICE_TOO_LONG" });
    fake.enqueueTranscription({ kind: "error", status: 400 });
    const failed = await errorOf(
      account.client.voice.transcribe.mutate({ ...ids, audioBase64: wavBase64, durationMs: 1000 }),
    );
    expect(failed.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "VOICE_TRANSCRIPTION_FAILED" });
    expect(await recordingsOf(account.userId)).toHaveLength(0);
  });

  it("answering with the recording stores delivery metrics from its timings and the corrected text, shown everywhere", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    fake.enqueueTranscription({ kind: "transcript", text: SPOKEN, msPerWord: 300, gapsBeforeWordMs: { 5: 3000 } });
    const { recordingId } = await account.client.voice.transcribe.mutate({
      ...ids,
      audioBase64: wavBase64,
      durationMs: 12_000,
    });
    // The candidate corrects the transcript: one filler fewer.
    const corrected = SPOKEN.replace("Um, ", "");
    const { interview } = await account.client.interview.answer.mutate({
      ...ids,
      answer: corrected,
      spoken: { recordingId },
    });
    const delivery = interview.lastEvaluation?.delivery;
    expect(delivery).toMatchObject({ source: "recording", wordCount: 22 });
    expect(delivery?.fillers.top).toEqual([
      { filler: "basically", count: 1 },
      { filler: "like", count: 1 },
    ]);
    expect(delivery?.pauses.longPauses).toBe(1);
    expect(delivery?.length.verdict).toBe("short");
    expect(delivery?.pace.wordsPerMinute).toBeGreaterThan(0);
    const [turn] = await ts.database.handle.db
      .select({ delivery: schema.interviewTurns.delivery })
      .from(schema.interviewTurns)
      .where(eq(schema.interviewTurns.id, ids.turnId));
    expect(turn?.delivery).toEqual(delivery);
    const transcript = await account.client.interview.transcript.query({ interviewId: ids.interviewId });
    expect(transcript.turns[0]?.delivery).toEqual(delivery);
    // A follow-up may come (the question is random); typed answers finish the interview.
    let view = interview;
    while (view.status === "active" && view.currentQuestion) {
      const next = await account.client.interview.answer.mutate({
        interviewId: ids.interviewId,
        turnId: view.currentQuestion.turnId,
        answer: "A B-tree index keeps keys sorted so lookups and range scans avoid a full table scan.",
      });
      view = next.interview;
    }
    // The report sums up the spoken answers only.
    const report = await account.client.interview.report.query({ interviewId: ids.interviewId });
    expect(report.report.delivery).toMatchObject({ spokenAnswers: 1, longPauses: 1 });
    expect(report.report.delivery?.note).toMatch(/1 spoken answer/);
    // The dashboard's trend carries the interview's pace and fillers a minute.
    const summary = await account.client.dashboard.summary.query();
    const point = summary.scoreTrend.find((p) => p.interviewId === ids.interviewId);
    expect(point?.delivery?.medianWordsPerMinute).toBeGreaterThan(0);
    expect(point?.delivery).toEqual({
      medianWordsPerMinute: report.report.delivery?.medianWordsPerMinute,
      fillersPerMinute: report.report.delivery?.fillersPerMinute,
    });
  });

  it("a story answered with the browser's own recognition is measured from its timings, with the arc", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account, "behavioral");
    const story =
      "At my last job our checkout was slow. My task was to fix it before the sale. I decided to add a cache. As a result latency dropped by forty percent.";
    const { interview } = await account.client.interview.answer.mutate({
      ...ids,
      answer: story,
      spoken: { durationMs: 15_000 },
    });
    expect(interview.lastEvaluation?.delivery).toMatchObject({
      source: "browser",
      pauses: { longPauses: null },
      story: { situation: true, task: true, action: true, result: true },
    });
    expect(interview.lastEvaluation?.delivery?.pace.wordsPerMinute).toBe(124);
  });

  it("another user's recording is NOT_FOUND and the answer is not stored", async () => {
    const owner = await createVerifiedAccount(ts);
    const ownerIds = await startInterview(owner);
    const { recordingId } = await owner.client.voice.transcribe.mutate({
      ...ownerIds,
      audioBase64: wavBase64,
      durationMs: 2000,
    });
    const stranger = await createVerifiedAccount(ts);
    const ids = await startInterview(stranger);
    const error = await errorOf(
      stranger.client.interview.submitAnswer.mutate({ ...ids, answer: SPOKEN, spoken: { recordingId } }),
    );
    expect(error.data).toMatchObject({ code: "NOT_FOUND" });
    const view = await stranger.client.interview.get.query({ interviewId: ids.interviewId });
    expect(view.currentQuestion?.answer).toBeNull();
    // Nor can anyone transcribe into another user's interview.
    const intoOthers = await errorOf(
      stranger.client.voice.transcribe.mutate({ ...ownerIds, audioBase64: wavBase64, durationMs: 2000 }),
    );
    expect(intoOthers.data).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a recording for a question that is no longer open is refused", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    await account.client.interview.submitAnswer.mutate({ ...ids, answer: SPOKEN });
    const error = await errorOf(
      account.client.voice.transcribe.mutate({ ...ids, audioBase64: wavBase64, durationMs: 2000 }),
    );
    expect(error.data).toMatchObject({ reason: "ALREADY_ANSWERED" });
  });

  it("the open question is read aloud by the speech endpoint, with its text as the caption", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    await expect(account.client.voice.capabilities.query()).resolves.toMatchObject({
      transcription: true,
      speech: true,
    });
    const speech = await account.client.voice.speech.mutate({ interviewId: ids.interviewId });
    expect(speech).toMatchObject({ turnId: ids.turnId, text: ids.view.currentQuestion?.text, mediaType: "audio/wav" });
    expect(Buffer.from(speech.audioBase64, "base64").subarray(0, 4).toString("ascii")).toBe("RIFF");
    const request = fake.audioRequests.at(-1);
    expect(request).toMatchObject({
      path: "speech",
      fields: { model: "tts-test", input: ids.view.currentQuestion?.text },
    });
  });

  it("deleting the account deletes its recordings", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    await account.client.voice.transcribe.mutate({ ...ids, audioBase64: wavBase64, durationMs: 2000, keepAudio: true });
    expect(await recordingsOf(account.userId)).toHaveLength(1);
    await account.client.account.delete.mutate({ confirmEmail: account.email, password: account.password });
    expect(await recordingsOf(account.userId)).toHaveLength(0);
  });

  it("transcribing is the session, the interview and one insert: three statements", async () => {
    const account = await createVerifiedAccount(ts);
    const ids = await startInterview(account);
    const statements = await ts.database.statements.during(() =>
      account.client.voice.transcribe.mutate({ ...ids, audioBase64: wavBase64, durationMs: 2000 }),
    );
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(3);
  });
});

describe("voice answers without a transcriber (the offline default)", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "3" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("transcribe is NO_TRANSCRIBER and speech NO_SPEECH, so the web app uses the browser's own; nothing is stored", async () => {
    const account = await createVerifiedAccount(ts);
    await expect(account.client.voice.capabilities.query()).resolves.toMatchObject({
      transcription: false,
      speech: false,
    });
    const view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    expect(view.voice).toBe(false);
    const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    const error = await errorOf(
      account.client.voice.transcribe.mutate({
        ...ids,
        audioBase64: toBase64(toneWav({ durationMs: 500 })),
        durationMs: 500,
      }),
    );
    expect(error.data).toMatchObject({ code: "PRECONDITION_FAILED", reason: "NO_TRANSCRIBER" });
    const speech = await errorOf(account.client.voice.speech.mutate({ interviewId: view.id }));
    expect(speech.data).toMatchObject({ reason: "NO_SPEECH" });
    const rows = await ts.database.handle.db.select().from(schema.voiceRecordings);
    expect(rows).toHaveLength(0);
  });
});
