// Transcription and text-to-speech through an OpenAI-compatible endpoint (OpenAI, or a local
// whisper.cpp / faster-whisper server): the official `openai` SDK's `audio.transcriptions.create`
// with verbose_json and word timestamps, and `audio.speech.create` for reading questions aloud. The
// reply is validated (a compatible server may omit fields) and bounded before anything keeps it.
import OpenAI, { toFile } from "openai";
import { z } from "zod";
import type { SpeechSynthesizer, Transcriber, Transcription } from "./transcriber.ts";

export interface OpenAiVoiceOptions {
  apiKey: string;
  /** e.g. "https://api.openai.com/v1" or "http://127.0.0.1:8080/v1"; SDK default when omitted. */
  baseURL?: string;
  /** The transcription model, e.g. "whisper-1". */
  transcriptionModel: string;
  /** The text-to-speech model (e.g. "gpt-4o-mini-tts"); no speech without it. */
  speechModel?: string;
  /** The voice questions are read in. */
  speechVoice?: string;
  timeoutMs?: number;
  maxRetries?: number;
  /** Word timings kept of one transcription; the rest are dropped (the text is kept whole). */
  maxWords: number;
  /** Longest word kept; longer ones are cut. */
  maxWordChars: number;
  fetch?: typeof fetch;
}

// What verbose_json carries that we use; other fields are ignored.
const ZVerboseTranscriptionSchema = z.object({
  text: z.string(),
  duration: z.number().min(0).optional(),
  words: z.array(z.object({ word: z.string(), start: z.number().min(0), end: z.number().min(0) })).optional(),
});

const FILE_EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/wav": "wav",
  "audio/mp4": "mp4",
  "audio/mpeg": "mp3",
};

/** A transcriber and, when a speech model is configured, a speech synthesizer, sharing one SDK client. */
export function createOpenAiVoice(options: OpenAiVoiceOptions): {
  transcriber: Transcriber;
  speech: SpeechSynthesizer | null;
} {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const transcriber: Transcriber = {
    kind: "openai",
    async transcribe({ audio, mediaType, signal }): Promise<Transcription> {
      // The SDK needs a file name; the server reads the container from it (and from the bytes).
      const file = await toFile(audio, `answer.${FILE_EXTENSIONS[mediaType] ?? "webm"}`, { type: mediaType });
      const reply = await client.audio.transcriptions.create(
        {
          file,
          model: options.transcriptionModel,
          response_format: "verbose_json",
          timestamp_granularities: ["word"],
        },
        signal ? { signal } : {},
      );
      const parsed = ZVerboseTranscriptionSchema.parse(reply);
      const words = (parsed.words ?? [])
        .slice(0, options.maxWords)
        .map((w) => ({
          word: w.word.trim().replaceAll("\u0000", "").slice(0, options.maxWordChars),
          startMs: Math.round(w.start * 1000),
          endMs: Math.round(Math.max(w.end, w.start) * 1000),
        }))
        .filter((w) => w.word.length > 0);
      const lastEnd = words.at(-1)?.endMs ?? 0;
      return {
        text: parsed.text.trim().replaceAll("\u0000", ""),
        words,
        durationMs: parsed.duration === undefined ? lastEnd : Math.round(parsed.duration * 1000),
      };
    },
  };

  const speechModel = options.speechModel;
  const speech: SpeechSynthesizer | null = speechModel
    ? {
        kind: "openai",
        async speak({ text, signal }) {
          const response = await client.audio.speech.create(
            { model: speechModel, voice: options.speechVoice ?? "alloy", input: text, response_format: "wav" },
            signal ? { signal } : {},
          );
          return { audio: new Uint8Array(await response.arrayBuffer()), mediaType: "audio/wav" };
        },
      }
    : null;

  return { transcriber, speech };
}
