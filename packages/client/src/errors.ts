// Typed errors for apps using the client: every failure of a call (a tRPC error from the server, a
// timeout, a cancellation, a network failure) becomes one InterviewerError with a `kind` an app can
// switch on. The server's `reason` strings are stable; this module is the only place that reads them.
import type { ApiErrorData, AppRouter, ErrorReason } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";

export type InterviewerErrorKind =
  /** No credit left to start an interview: buy one (billing.checkout). */
  | "no_credits"
  /** The thing does not exist or belongs to someone else (the server does not say which). */
  | "not_found"
  /** Too many attempts: wait `retryAfterSeconds`. */
  | "rate_limited"
  /** The input was refused; `fieldErrors` says which field and why. */
  | "validation"
  /** Not signed in, or the session ended (signed out elsewhere, token reuse detected): sign in again. */
  | "unauthorized"
  /** The request took longer than the client's timeout. */
  | "timeout"
  /** The caller cancelled the request with its AbortSignal. */
  | "aborted"
  /** The server could not be reached or answered something that is not the API. */
  | "network"
  /** Any other refusal or server failure; `code` and `reason` say which. */
  | "server";

export interface InterviewerErrorInit {
  kind: InterviewerErrorKind;
  message: string;
  code?: string | undefined;
  reason?: ErrorReason | undefined;
  httpStatus?: number | undefined;
  details?: Record<string, unknown> | undefined;
  fieldErrors?: Record<string, string[]> | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

export class InterviewerError extends Error {
  readonly kind: InterviewerErrorKind;
  /** The tRPC code, e.g. "PAYMENT_REQUIRED"; absent for timeouts, cancellations and network failures. */
  readonly code: string | undefined;
  /** The server's stable machine-readable reason, e.g. "NO_CREDITS", "TIME_UP". */
  readonly reason: ErrorReason | undefined;
  readonly httpStatus: number | undefined;
  readonly details: Record<string, unknown>;
  /** Validation messages per input field (kind "validation"). */
  readonly fieldErrors: Record<string, string[]>;
  /** How long to wait before trying again (kind "rate_limited"). */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: InterviewerErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = "InterviewerError";
    this.kind = init.kind;
    this.code = init.code;
    this.reason = init.reason;
    this.httpStatus = init.httpStatus;
    this.details = init.details ?? {};
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isInterviewerError(error: unknown, kind?: InterviewerErrorKind): error is InterviewerError {
  return error instanceof InterviewerError && (kind === undefined || error.kind === kind);
}

/** Any error thrown by a client call, as an InterviewerError (returned unchanged if it already is one). */
export function toInterviewerError(error: unknown): InterviewerError {
  if (error instanceof InterviewerError) return error;
  const local = localFailureKind(error);
  if (local) return new InterviewerError({ kind: local, message: localFailureMessage(local), cause: error });
  if (isTRPCClientError<AppRouter>(error)) {
    const data = error.data;
    if (!data?.code) {
      return new InterviewerError({
        kind: "network",
        message: `Could not reach the Interviewer server: ${error.message}`,
        cause: error,
      });
    }
    const details = data.details ?? undefined;
    const retryAfter = details?.retryAfterSeconds;
    return new InterviewerError({
      kind: kindOf(data),
      message: error.message,
      code: data.code,
      reason: data.reason,
      httpStatus: data.httpStatus,
      details,
      fieldErrors: compactFieldErrors(data.fieldErrors),
      retryAfterSeconds: typeof retryAfter === "number" ? retryAfter : undefined,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new InterviewerError({ kind: "network", message, cause: error });
}

function kindOf(data: ApiErrorData): InterviewerErrorKind {
  if (data.reason === "NO_CREDITS" || data.code === "PAYMENT_REQUIRED") return "no_credits";
  if (data.code === "NOT_FOUND") return "not_found";
  if (data.code === "TOO_MANY_REQUESTS") return "rate_limited";
  if (data.code === "UNAUTHORIZED") return "unauthorized";
  if (data.code === "BAD_REQUEST" && data.fieldErrors) return "validation";
  return "server";
}

function compactFieldErrors(fieldErrors: ApiErrorData["fieldErrors"]): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  const compact: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) if (messages?.length) compact[field] = messages;
  return compact;
}

/** Timeouts and cancellations surface from fetch as DOMExceptions, possibly wrapped by tRPC. */
function localFailureKind(error: unknown): "timeout" | "aborted" | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === "TimeoutError") return "timeout";
    if (name === "AbortError") {
      // AbortSignal.any() reports the reason of whichever signal fired: the timeout's is a TimeoutError.
      const reason = (current as { cause?: { name?: unknown } }).cause;
      return reason?.name === "TimeoutError" ? "timeout" : "aborted";
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function localFailureMessage(kind: "timeout" | "aborted"): string {
  return kind === "timeout" ? "The Interviewer server did not answer in time." : "The request was cancelled.";
}
