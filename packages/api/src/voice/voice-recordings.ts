// The statements on voice_recordings, as plain functions of (db, params), each one statement. Every
// read and write is scoped to the owner's user id, so another user's recording cannot be named (it is
// NOT_FOUND exactly like a missing one).
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import type { WordTiming } from "@interviewer/engine";
import { and, eq, isNotNull } from "drizzle-orm";

const { voiceRecordings } = schema;

export async function insertVoiceRecording(
  db: DatabaseOrTransaction,
  values: {
    userId: string;
    interviewId: string;
    turnId: string;
    mediaType: string;
    byteSize: number;
    durationMs: number;
    transcript: string;
    words: WordTiming[];
    transcriber: string;
    /** The audio, only when the candidate chose to keep it. */
    audio: Uint8Array | null;
    now: Date;
  },
) {
  const [row] = await db
    .insert(voiceRecordings)
    .values({
      userId: values.userId,
      interviewId: values.interviewId,
      turnId: values.turnId,
      mediaType: values.mediaType,
      byteSize: values.byteSize,
      durationMs: values.durationMs,
      transcript: values.transcript,
      words: values.words,
      transcriber: values.transcriber,
      keepAudio: values.audio !== null,
      audio: values.audio,
      createdAt: values.now,
    })
    .returning({
      id: voiceRecordings.id,
      transcript: voiceRecordings.transcript,
      words: voiceRecordings.words,
      durationMs: voiceRecordings.durationMs,
      keepAudio: voiceRecordings.keepAudio,
    });
  if (!row) throw new Error("voice recording insert returned nothing");
  return row;
}

/** What delivery metrics need of the viewer's recording (never the audio); undefined when not theirs. */
export async function findRecordingTimings(db: DatabaseOrTransaction, params: { userId: string; recordingId: string }) {
  const [row] = await db
    .select({
      turnId: voiceRecordings.turnId,
      durationMs: voiceRecordings.durationMs,
      words: voiceRecordings.words,
    })
    .from(voiceRecordings)
    .where(and(eq(voiceRecordings.id, params.recordingId), eq(voiceRecordings.userId, params.userId)))
    .limit(1);
  return row;
}

/**
 * Drops a recording's audio, keeping its transcript and timings. `found` is false when the recording is
 * not the user's (or does not exist); `deleted` is false when there was no audio left to drop. One
 * statement when there is audio to drop; a second, a read, only to tell "nothing to drop" from "not yours".
 */
export async function dropRecordingAudio(
  db: DatabaseOrTransaction,
  params: { userId: string; recordingId: string },
): Promise<{ found: boolean; deleted: boolean }> {
  const owned = and(eq(voiceRecordings.id, params.recordingId), eq(voiceRecordings.userId, params.userId));
  const dropped = await db
    .update(voiceRecordings)
    .set({ audio: null, keepAudio: false })
    .where(and(owned, isNotNull(voiceRecordings.audio)))
    .returning({ id: voiceRecordings.id });
  if (dropped.length > 0) return { found: true, deleted: true };
  const [existing] = await db.select({ id: voiceRecordings.id }).from(voiceRecordings).where(owned).limit(1);
  return { found: existing !== undefined, deleted: false };
}
