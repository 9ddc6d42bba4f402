// Transcription and text-to-speech through an OpenAI-compatible endpoint (OpenAI, or a local
// whisper.cpp / faster-whisper server): the official `openai` SDK's `audio.transcriptions.create`
// with verbose_json and word timestamps, and `audio.speech.create` for reading questions aloud. The
// reply is validated (a compatible server may omit fields) and bounded before anything keeps it: the
// endpoint is outside data, so its text is repaired (no NUL, no lone surrogate, which the database refuses)
// and cut on a code-point boundary rather than refused; the candidate corrects the transcript anyway.
import OpenAI, { toFile } from "openai";
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "../evaluation/answer-limits.ts";
import { cutText, wellFormedText } from "../stored-text.ts";
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
  /**
   * Longest transcript kept; the rest is cut. Default: the longest answer (MAX_ANSWER_CHARS), since the
   * transcript becomes the answer's text; an endpoint once returned 20 MB, stored and sent back whole.
   */
  maxTextChars?: number;
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

/** Outside text as the database can store it: NUL dropped, lone surrogates replaced by U+FFFD. */
function storableText(text: string): string {
  return wellFormedText(text.replaceAll("\u0000", ""));
}

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
          word: storableText(cutText(w.word.trim(), options.maxWordChars)).trim(),
          startMs: Math.round(w.start * 1000),
          endMs: Math.round(Math.max(w.end, w.start) * 1000),
        }))
        .filter((w) => w.word.length > 0);
      const lastEnd = words.at(-1)?.endMs ?? 0;
      return {
        // Cut first, so a 20 MB reply is not scanned whole; the cut never leaves half a surrogate pair.
        text: storableText(cutText(parsed.text.trimStart(), options.maxTextChars ?? MAX_ANSWER_CHARS)).trim(),
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
