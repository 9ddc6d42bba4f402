// Domain errors: what services throw when a request cannot be done for a reason the caller can act
// on. They are mapped to tRPC codes in one place (trpc.ts), so services never import tRPC and every
// client sees the same code for the same situation. `reason` is one of a closed set of stable,
// machine-readable names that the typed clients switch on (e.g. "NO_CREDITS"): the set below is the
// contract, and its type reaches clients through `TRPCClientError<AppRouter>["data"]["reason"]`.
import type { EngineErrorReason } from "@interviewer/engine";
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS"
  | "PAYMENT_REQUIRED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNPROCESSABLE_CONTENT"
  | "SERVICE_UNAVAILABLE";

export type DomainErrorReason =
  | EngineErrorReason
  // accounts and sessions
  | "INVALID_CREDENTIALS"
  | "EMAIL_NOT_VERIFIED"
  | "LOGIN_DELAYED"
  | "RATE_LIMITED"
  | "SESSION_ENDED"
  | "INVALID_TOKEN"
  | "WRONG_PASSWORD"
  | "CONFIRMATION_MISMATCH"
  | "REAUTHENTICATION_REQUIRED"
  | "GITHUB_DISABLED"
  | "GITHUB_CODE_INVALID"
  | "GITHUB_EMAIL_UNVERIFIED"
  | "GITHUB_UNAVAILABLE"
  | "OAUTH_STATE_MISMATCH"
  // billing
  | "NO_CREDITS"
  | "ALREADY_SUBSCRIBED"
  | "NO_SUBSCRIPTION"
  | "NOT_CANCELLED"
  | "BILLING_NOT_FOUND"
  | "BILLING_REJECTED"
  | "BILLING_UNAVAILABLE"
  | "SUBSCRIPTION_CANCEL_FAILED"
  // interviews
  | "INTERVIEW_START_FAILED"
  | "INTERVIEW_NOT_ACTIVE"
  | "INTERVIEW_NOT_PAUSED"
  | "INTERVIEW_PAUSED"
  | "INTERVIEW_ENDED"
  | "TIME_UP"
  | "NOT_CURRENT_QUESTION"
  | "ALREADY_ANSWERED"
  | "NOT_ANSWERED"
  | "EVALUATION_IN_PROGRESS"
  | "EVALUATION_FAILED"
  | "RETRY_NOT_AVAILABLE"
  | "REPORT_NOT_READY"
  // clarifying questions and hints (interview.ask)
  | "QUESTION_CLOSED"
  | "HINT_LIMIT"
  | "CLARIFICATION_LIMIT"
  // running code
  | "CODE_NOT_RUNNABLE"
  | "RUN_LIMIT"
  | "RUNNER_BUSY"
  // share links
  | "SHARE_LINK_LIMIT"
  // résumés (codes in resume/resume-errors.ts)
  | "RESUME_TOO_LARGE"
  | "RESUME_UNSUPPORTED_TYPE"
  | "RESUME_UNREADABLE"
  | "RESUME_ENCRYPTED"
  | "RESUME_NO_TEXT"
  | "RESUME_NOT_FOUND"
  | "RESUME_BUSY"
  // voice answers (codes in voice/voice-errors.ts)
  | "VOICE_TOO_LARGE"
  | "VOICE_TOO_LONG"
  | "VOICE_NOT_AUDIO"
  | "VOICE_TRANSCRIPTION_FAILED"
  | "NO_TRANSCRIBER"
  | "NO_SPEECH"
  // whiteboard answers (interview/answer-diagram.ts)
  | "DIAGRAM_INVALID"
  | "DIAGRAM_TOO_LARGE"
  // drills
  | "NOTHING_DUE"
  // anything
  | "NOT_FOUND";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly reason: DomainErrorReason,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(what: string): DomainError {
  // Always NOT_FOUND, also for things that exist but belong to someone else, so ids cannot be probed.
  return new DomainError("NOT_FOUND", "NOT_FOUND", `${what} was not found.`);
}
