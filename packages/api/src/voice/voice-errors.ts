// Why a recording could not be used or spoken, each reason with the one tRPC code it maps to (the API's
// error formatter carries the reason to clients). Messages say what to do about it; the web app falls
// back to the browser's own speech recognition (or typing) on NO_TRANSCRIBER, and to the browser's
// speech synthesis on NO_SPEECH.
import { DomainError, type DomainErrorCode } from "../errors.ts";
import { VOICE_MAX_AUDIO_BYTES, VOICE_MAX_DURATION_MS } from "./voice-limits.ts";

export type VoiceErrorReason =
  | "VOICE_TOO_LARGE"
  | "VOICE_TOO_LONG"
  | "VOICE_NOT_AUDIO"
  | "VOICE_TRANSCRIPTION_FAILED"
  | "NO_TRANSCRIBER"
  | "NO_SPEECH";

const VOICE_ERROR_CODES: Record<VoiceErrorReason, DomainErrorCode> = {
  VOICE_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  VOICE_TOO_LONG: "PAYLOAD_TOO_LARGE",
  VOICE_NOT_AUDIO: "UNSUPPORTED_MEDIA_TYPE",
  VOICE_TRANSCRIPTION_FAILED: "SERVICE_UNAVAILABLE",
  NO_TRANSCRIBER: "PRECONDITION_FAILED",
  NO_SPEECH: "PRECONDITION_FAILED",
};

export function voiceError(reason: VoiceErrorReason, message: string): DomainError {
  return new DomainError(VOICE_ERROR_CODES[reason], reason, message);
}

export function voiceTooLargeError(): DomainError {
  return voiceError(
    "VOICE_TOO_LARGE",
    `The recording is larger than ${VOICE_MAX_AUDIO_BYTES / (1024 * 1024)} MB. Record a shorter answer, or type it.`,
  );
}

export function voiceTooLongError(): DomainError {
  return voiceError(
    "VOICE_TOO_LONG",
    `Spoken answers are at most ${VOICE_MAX_DURATION_MS / 60_000} minutes. Record a shorter answer, or type the rest.`,
  );
}
