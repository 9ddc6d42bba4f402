// The one place where voice_recordings rows become typed values: the `words` jsonb column is parsed
// with the engine's word-timing schema, so a drifted row fails here rather than inside the metrics.
import type { schema } from "@interviewer/db";
import { type WordTiming, ZWordTimingSchema } from "@interviewer/engine";
import { z } from "zod";

type VoiceRecordingRow = typeof schema.voiceRecordings.$inferSelect;

const ZStoredWordsSchema = z.array(ZWordTimingSchema);

export function decodeWords(words: unknown): WordTiming[] {
  return ZStoredWordsSchema.parse(words);
}

/** What voice.transcribe answers with: the transcript to correct, its timings, and whether audio was kept. */
export function transcriptionViewFrom(
  row: Pick<VoiceRecordingRow, "id" | "transcript" | "words" | "durationMs" | "keepAudio">,
) {
  return {
    recordingId: row.id,
    transcript: row.transcript,
    words: decodeWords(row.words),
    durationMs: row.durationMs,
    audioKept: row.keepAudio,
  };
}
