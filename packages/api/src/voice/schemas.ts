// Input and output schemas of voice.*, named for their procedures; the types flow to every client.
// A recording is sent as base64 in JSON (like a résumé); its container is read from the bytes, the
// declared media type is only the browser's claim.
import { storedText, ZWordTimingSchema } from "@interviewer/engine";
import { z } from "zod";
import {
  VOICE_MAX_BASE64_CHARS,
  VOICE_MAX_DURATION_MS,
  VOICE_MAX_WORD_CHARS,
  VOICE_MAX_WORDS,
} from "./voice-limits.ts";

export const ZTranscribeRequestSchema = z.object({
  interviewId: z.uuid({ error: "Not a valid interview id." }),
  /** The open question the answer is for; NOT_CURRENT_QUESTION when it is not the open one any more. */
  turnId: z.uuid({ error: "Not a valid question id." }),
  /** What the browser says the recording is (MediaRecorder's mimeType); the type is read from the bytes. */
  mediaType: z.string().max(200, { error: "Not a media type." }).default(""),
  /**
   * The recording's bytes in base64. The bound is a backstop a little over the 5 MB limit, so a slightly
   * larger file gets the clearer VOICE_TOO_LARGE from the service; the HTTP server refuses larger bodies.
   */
  audioBase64: z
    .base64({ error: "The recording must be sent as base64." })
    .min(1, { error: "The recording is empty." })
    .max(VOICE_MAX_BASE64_CHARS * 2, { error: "The recording is too large." }),
  /** How long the browser says it recorded; longer than three minutes is VOICE_TOO_LONG before transcribing. */
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000),
  /** Keep the audio after transcription (default: only the transcript and timings are kept). */
  keepAudio: z.boolean().default(false),
});

const ZTranscribedWordSchema = ZWordTimingSchema;

export const ZTranscribeResponseSchema = z.object({
  recordingId: z.string(),
  /** The transcriber's text, for the candidate to correct before submitting. */
  transcript: z.string(),
  words: z.array(ZTranscribedWordSchema),
  durationMs: z.number().int(),
  /** Whether the audio was kept (only when asked). */
  audioKept: z.boolean(),
});

export const ZDeleteAudioRequestSchema = z.object({ recordingId: z.uuid({ error: "Not a valid recording id." }) });
export const ZDeleteAudioResponseSchema = z.object({
  /** false: there was no audio to delete (never kept, or deleted already). */
  deleted: z.boolean(),
});

export const ZSpeechRequestSchema = z.object({ interviewId: z.uuid({ error: "Not a valid interview id." }) });
export const ZSpeechResponseSchema = z.object({
  /** The open question read aloud; `text` is its caption. */
  turnId: z.string(),
  text: z.string(),
  mediaType: z.string(),
  audioBase64: z.string(),
});

/** What the server can do with voice, so the web app picks its path before recording. */
export const ZVoiceCapabilitiesResponseSchema = z.object({
  /** voice.transcribe works; false: use the browser's speech recognition or type. */
  transcription: z.boolean(),
  /** voice.speech works; false: use the browser's speech synthesis. */
  speech: z.boolean(),
  maxDurationMs: z.number().int(),
  maxBytes: z.number().int(),
});

/**
 * How an answer was spoken (interview.submitAnswer / interview.answer `spoken`): a recording this
 * server transcribed, or timings the browser measured with its own speech recognition.
 */
export const ZSpokenAnswerSchema = z.union([
  z.object({ recordingId: z.uuid({ error: "Not a valid recording id." }) }),
  z.object({
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(VOICE_MAX_DURATION_MS * 2, { error: "A spoken answer is at most three minutes." }),
    words: z
      .array(
        ZWordTimingSchema.extend({
          word: storedText()
            .min(1)
            .max(VOICE_MAX_WORD_CHARS, { error: `A word is at most ${VOICE_MAX_WORD_CHARS} characters.` }),
        }),
      )
      .max(VOICE_MAX_WORDS, { error: `At most ${VOICE_MAX_WORDS} word timings.` })
      .optional(),
  }),
]);
export type SpokenAnswer = z.infer<typeof ZSpokenAnswerSchema>;
