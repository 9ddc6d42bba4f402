// The transcriber's reply is outside data: whatever text an endpoint returns, what the transcriber hands
// on is well-formed, without NUL, and bounded, so the database can store it and no reply is kept whole.
// The endpoint is a fetch that answers verbose_json directly (JSON.stringify escapes a lone surrogate as
// \udXXX, and the SDK's parse turns it back into one, as with a real endpoint).
import { describe, expect, it } from "vitest";
import { MAX_ANSWER_CHARS } from "../evaluation/answer-limits.ts";
import { isWellFormedText } from "../stored-text.ts";
import { createOpenAiVoice } from "./openai-transcriber.ts";
import type { Transcription } from "./transcriber.ts";

const EMOJI = "\ud83d\ude00";

interface VerboseReply {
  text: string;
  duration?: number;
  words?: { word: string; start: number; end: number }[];
}

async function transcribe(reply: VerboseReply, options: { maxWords?: number; maxTextChars?: number } = {}) {
  const { transcriber } = createOpenAiVoice({
    apiKey: "test-key",
    baseURL: "http://127.0.0.1:1/v1",
    transcriptionModel: "whisper-test",
    maxWords: options.maxWords ?? 2000,
    maxWordChars: 64,
    ...(options.maxTextChars === undefined ? {} : { maxTextChars: options.maxTextChars }),
    maxRetries: 0,
    fetch: async () =>
      new Response(JSON.stringify(reply), { status: 200, headers: { "content-type": "application/json" } }),
  });
  return transcriber.transcribe({ audio: new Uint8Array([1, 2, 3]), mediaType: "audio/wav" });
}

function everyText(transcription: Transcription): string[] {
  return [transcription.text, ...transcription.words.map((word) => word.word)];
}

describe("the OpenAI-compatible transcriber's reply", () => {
  it("a long word cut inside an emoji keeps no half of it", async () => {
    const word = `${"a".repeat(63)}${EMOJI}`;
    const result = await transcribe({ text: `ok ${word}`, words: [{ word, start: 0, end: 1 }] });
    expect(result.words[0]?.word).toBe("a".repeat(63));
    expect(result.text).toBe(`ok ${word}`);
    for (const text of everyText(result)) expect(isWellFormedText(text)).toBe(true);
  });

  it("lone surrogates and NUL in the text and words are repaired, not passed on", async () => {
    const result = await transcribe({
      text: "bad \ud800 text\u0000",
      words: [
        { word: "bad", start: 0, end: 0.5 },
        { word: "\udc00x", start: 0.5, end: 1 },
      ],
    });
    expect(result.text).toBe("bad \ufffd text");
    expect(result.words.map((word) => word.word)).toEqual(["bad", "\ufffdx"]);
  });

  it("a 2 MB transcript is cut to the longest answer, on a code-point boundary", async () => {
    const result = await transcribe({ text: "word ".repeat(400_000), duration: 100 });
    expect(result.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(result.text.length).toBeGreaterThan(MAX_ANSWER_CHARS - 10);
    expect(result.text.startsWith("word word")).toBe(true);

    const emojis = await transcribe({ text: `a${EMOJI.repeat(20)}` }, { maxTextChars: 4 });
    expect(emojis.text).toBe(`a${EMOJI}`);
  });

  it("keeps at most maxWords word timings", async () => {
    const words = Array.from({ length: 20_000 }, (_, index) => ({ word: "w", start: index / 1000, end: index / 1000 }));
    const result = await transcribe({ text: "w", duration: 100, words }, { maxWords: 2000 });
    expect(result.words).toHaveLength(2000);
  });
});
