// Why a résumé could not be used, each reason with the one tRPC code it maps to (the API's error
// formatter carries the reason to clients). Messages say what to do about it.
import { DomainError, type DomainErrorCode } from "../errors.ts";

export type ResumeErrorReason =
  | "RESUME_TOO_LARGE"
  | "RESUME_UNSUPPORTED_TYPE"
  | "RESUME_UNREADABLE"
  | "RESUME_ENCRYPTED"
  | "RESUME_NO_TEXT"
  | "RESUME_NOT_FOUND"
  | "RESUME_BUSY";

const RESUME_ERROR_CODES: Record<ResumeErrorReason, DomainErrorCode> = {
  RESUME_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  RESUME_UNSUPPORTED_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  RESUME_UNREADABLE: "UNPROCESSABLE_CONTENT",
  RESUME_ENCRYPTED: "UNPROCESSABLE_CONTENT",
  RESUME_NO_TEXT: "UNPROCESSABLE_CONTENT",
  RESUME_NOT_FOUND: "NOT_FOUND",
  RESUME_BUSY: "SERVICE_UNAVAILABLE",
};

export function resumeError(
  reason: ResumeErrorReason,
  message: string,
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError(RESUME_ERROR_CODES[reason], reason, message, details);
}

export function isResumeError(error: unknown): error is DomainError {
  return error instanceof DomainError && error.reason in RESUME_ERROR_CODES;
}
