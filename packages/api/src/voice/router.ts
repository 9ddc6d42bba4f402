// voice.*: spoken answers. Thin: validate, limit, call the service. transcribe and speech name an
// interview, so they are interview procedures (loaded and authorised once; another user's interview is
// NOT_FOUND). voice.transcribe takes the recording as base64 in JSON; the HTTP server lets its larger
// body through on this path only (apps/server plugins/large-body-routes.ts). The transcript it returns
// is for the candidate to correct; the answer itself goes through interview.submitAnswer / answer
// with `spoken: { recordingId }`, which stores the delivery metrics.
import type { ApiContext } from "../context.ts";
import { interviewProcedure } from "../interview/interview-procedure.ts";
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, router } from "../trpc.ts";
import {
  ZDeleteAudioRequestSchema,
  ZDeleteAudioResponseSchema,
  ZSpeechRequestSchema,
  ZSpeechResponseSchema,
  ZTranscribeRequestSchema,
  ZTranscribeResponseSchema,
  ZVoiceCapabilitiesResponseSchema,
} from "./schemas.ts";
import { deleteRecordingAudio, speakQuestion, transcribeAnswer, voiceCapabilities } from "./service.ts";
import { consumeSpeechAllowance, consumeTranscriptionAllowance } from "./voice-allowances.ts";

export const voiceRouter = router({
  /** Whether this server transcribes and speaks, and the recording limits; no database read. */
  capabilities: protectedProcedure.output(ZVoiceCapabilitiesResponseSchema).query(({ ctx }) => voiceCapabilities(ctx)),

  /**
   * Transcribes a recording of the answer to the open question (at most 5 MB and 3 minutes; the
   * container is read from the bytes) and stores its transcript and word timings; the audio only when
   * keepAudio. NO_TRANSCRIBER when none is configured, VOICE_TOO_LARGE, VOICE_TOO_LONG, VOICE_NOT_AUDIO,
   * VOICE_TRANSCRIPTION_FAILED (nothing is stored), NOT_CURRENT_QUESTION / ALREADY_ANSWERED, RATE_LIMITED.
   */
  transcribe: interviewProcedure
    .input(ZTranscribeRequestSchema)
    .use(rateLimited("voice.transcribe"))
    .use(async ({ ctx, next }) => {
      await consumeTranscriptionAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZTranscribeResponseSchema)
    .mutation(({ ctx, input }) => transcribeAnswer(ctx, ctx.viewer, ctx.snapshot, input, logger(ctx))),

  /** Deletes a kept recording's audio; the transcript and delivery stay. Another user's: NOT_FOUND. */
  deleteAudio: protectedProcedure
    .input(ZDeleteAudioRequestSchema)
    .output(ZDeleteAudioResponseSchema)
    .mutation(({ ctx, input }) => deleteRecordingAudio(ctx, ctx.viewer, input.recordingId)),

  /**
   * The open question read aloud (WAV, base64) with its text as the caption; NO_SPEECH when not
   * configured (or the endpoint failed), RATE_LIMITED.
   */
  speech: interviewProcedure
    .input(ZSpeechRequestSchema)
    .use(rateLimited("voice.speech"))
    .use(async ({ ctx, next }) => {
      await consumeSpeechAllowance(ctx, ctx.viewer.userId);
      return next();
    })
    .output(ZSpeechResponseSchema)
    .mutation(({ ctx }) => speakQuestion(ctx, ctx.snapshot, logger(ctx))),
});

function logger(ctx: ApiContext) {
  return ctx.request.logger;
}
