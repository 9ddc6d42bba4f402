// voice.*: spoken answers. A recording is checked (size, declared length, container from its bytes)
// and matched to the open question before the transcriber is called; only then is one row written, with
// the transcript and word timings, and the audio only when the candidate chose to keep it. Nothing is
// stored when any step fails. Speech reads the open question aloud through the configured endpoint.
// Without a configured transcriber or speech endpoint the web app uses the browser's own (NO_TRANSCRIBER,
// NO_SPEECH say so).
import type { Viewer } from "../auth/viewer.ts";
import type { ApiDependencies } from "../context.ts";
import { notFound } from "../errors.ts";
import type { InterviewSnapshot } from "../interview/interview-codec.ts";
import type { Logger } from "../shared/logger.ts";
import { transcriptionViewFrom } from "./codec.ts";
import { openQuestionOf } from "./open-question.ts";
import { sniffAudioType } from "./sniff-audio-type.ts";
import { voiceError, voiceTooLargeError, voiceTooLongError } from "./voice-errors.ts";
import {
  VOICE_MAX_AUDIO_BYTES,
  VOICE_MAX_BASE64_CHARS,
  VOICE_MAX_DURATION_MS,
  VOICE_TRANSCRIBE_TIMEOUT_MS,
} from "./voice-limits.ts";
import { dropRecordingAudio, insertVoiceRecording } from "./voice-recordings.ts";

type VoiceDeps = Pick<ApiDependencies, "db" | "clock" | "voice">;

export function voiceCapabilities(deps: Pick<ApiDependencies, "voice">) {
  return {
    transcription: deps.voice.transcriber !== null,
    speech: deps.voice.speech !== null,
    maxDurationMs: VOICE_MAX_DURATION_MS,
    maxBytes: VOICE_MAX_AUDIO_BYTES,
  };
}

export async function transcribeAnswer(
  deps: VoiceDeps,
  viewer: Viewer,
  snapshot: InterviewSnapshot,
  input: { turnId: string; audioBase64: string; durationMs: number; keepAudio: boolean },
  logger: Logger,
) {
  const transcriber = deps.voice.transcriber;
  if (!transcriber) {
    throw voiceError(
      "NO_TRANSCRIBER",
      "This server does not transcribe recordings. Use your browser's speech recognition, or type your answer.",
    );
  }
  if (input.audioBase64.length > VOICE_MAX_BASE64_CHARS) throw voiceTooLargeError();
  if (input.durationMs > VOICE_MAX_DURATION_MS) throw voiceTooLongError();
  const audio = new Uint8Array(Buffer.from(input.audioBase64, "base64"));
  if (audio.length > VOICE_MAX_AUDIO_BYTES) throw voiceTooLargeError();
  const mediaType = sniffAudioType(audio);
  const turn = openQuestionOf(snapshot, deps.clock.now(), input.turnId);

  let transcription: Awaited<ReturnType<typeof transcriber.transcribe>>;
  try {
    transcription = await transcriber.transcribe({
      audio,
      mediaType,
      signal: AbortSignal.timeout(VOICE_TRANSCRIBE_TIMEOUT_MS),
    });
  } catch (error) {
    // The endpoint's message may carry request details: log its kind, tell the candidate what to do.
    logger.warn({ err: { name: error instanceof Error ? error.name : "unknown" } }, "transcription failed");
    throw voiceError(
      "VOICE_TRANSCRIPTION_FAILED",
      "The recording could not be transcribed just now. Try again, or type your answer.",
    );
  }
  // The declared length is the browser's word; the transcriber's measurement is checked too.
  if (transcription.durationMs > VOICE_MAX_DURATION_MS) throw voiceTooLongError();

  const row = await insertVoiceRecording(deps.db, {
    userId: viewer.userId,
    interviewId: snapshot.interview.id,
    turnId: turn.id,
    mediaType,
    byteSize: audio.length,
    durationMs: Math.max(transcription.durationMs, 0),
    transcript: transcription.text,
    words: transcription.words,
    transcriber: transcriber.kind,
    audio: input.keepAudio ? audio : null,
    now: deps.clock.now(),
  });
  return transcriptionViewFrom(row);
}

/** Deletes a kept recording's audio (the transcript stays with the answer). Another user's: NOT_FOUND. */
export async function deleteRecordingAudio(deps: Pick<ApiDependencies, "db">, viewer: Viewer, recordingId: string) {
  const outcome = await dropRecordingAudio(deps.db, { userId: viewer.userId, recordingId });
  if (!outcome.found) throw notFound("Recording");
  return { deleted: outcome.deleted };
}

/** The open question read aloud by the configured speech endpoint; NO_SPEECH without one. */
export async function speakQuestion(deps: VoiceDeps, snapshot: InterviewSnapshot, logger: Logger) {
  const speech = deps.voice.speech;
  if (!speech) {
    throw voiceError("NO_SPEECH", "This server does not read questions aloud; your browser's voice is used instead.");
  }
  const turn = openQuestionOf(snapshot, deps.clock.now());
  try {
    const spoken = await speech.speak({
      text: turn.question.text,
      signal: AbortSignal.timeout(VOICE_TRANSCRIBE_TIMEOUT_MS),
    });
    return {
      turnId: turn.id,
      text: turn.question.text,
      mediaType: spoken.mediaType,
      audioBase64: Buffer.from(spoken.audio).toString("base64"),
    };
  } catch (error) {
    logger.warn({ err: { name: error instanceof Error ? error.name : "unknown" } }, "speech failed");
    throw voiceError(
      "NO_SPEECH",
      "The question could not be read aloud just now; your browser's voice is used instead.",
    );
  }
}
