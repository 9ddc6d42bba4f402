// Domain errors: what services throw when a request cannot be done for a reason the caller can act
// on. They are mapped to tRPC codes in one place (trpc.ts), so services never import tRPC and every
// client sees the same code for the same situation. `reason` is a stable machine-readable string that
// the typed clients switch on (e.g. "NO_CREDITS").
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS"
  | "PAYMENT_REQUIRED"
  | "SERVICE_UNAVAILABLE";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly reason: string,
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
