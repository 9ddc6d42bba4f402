// The seam between the interview and whatever turns speech into text (and text into speech). Like the
// model provider, it is injected: an OpenAI-compatible endpoint when configured (openai-transcriber.ts),
// otherwise none — the offline default is the browser's own speech recognition (see README "Voice
// interviews" for what was evaluated for running a model inside the server and why none ships).
import type { WordTiming } from "./delivery-schema.ts";

export interface Transcription {
  text: string;
  /** Word timings from the start of the recording; empty when the transcriber gave none. */
  words: WordTiming[];
  /** The recording's length as the transcriber measured it. */
  durationMs: number;
}

export interface Transcriber {
  /** Stored with each recording: which transcriber produced the text. */
  kind: string;
  transcribe(input: { audio: Uint8Array; mediaType: string; signal?: AbortSignal }): Promise<Transcription>;
}

export interface SpeechSynthesizer {
  kind: string;
  /** The text read aloud, as audio of `mediaType`. */
  speak(input: { text: string; signal?: AbortSignal }): Promise<{ audio: Uint8Array; mediaType: string }>;
}
