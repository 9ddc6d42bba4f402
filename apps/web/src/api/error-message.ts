// Turns any failed call into words a person can act on: never raw JSON, never a stack. The server
// already writes readable messages for domain errors; this covers the network, input validation
// (fieldErrors) and the server being down.
import type { AppRouter, ErrorReason } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";

export interface ReadableError {
  message: string;
  /** The server's machine-readable reason, e.g. "NO_CREDITS" (null for network failures). */
  reason: ErrorReason | null;
  fieldErrors: Record<string, string[] | undefined>;
  kind: "offline" | "server-down" | "server" | "client";
}

export function readableError(error: unknown): ReadableError {
  if (typeof navigator !== "undefined" && navigator.onLine === false) {
    return {
      message: "You are offline. Check your connection; we will retry when you are back.",
      reason: null,
      fieldErrors: {},
      kind: "offline",
    };
  }
  if (isTRPCClientError<AppRouter>(error)) {
    const data = error.data;
    if (!data) {
      return {
        message: "The server cannot be reached right now. It may be restarting; please try again in a moment.",
        reason: null,
        fieldErrors: {},
        kind: "server-down",
      };
    }
    const fieldErrors = data.fieldErrors ?? {};
    const firstField = Object.values(fieldErrors).flat().find(Boolean);
    // Input validation messages from zod arrive as a JSON list in `message`: show the field messages instead.
    const looksLikeJson = /^\s*[[{]/.test(error.message);
    const message =
      firstField ?? (looksLikeJson ? "Some of the details are not valid. Please check them." : error.message);
    return {
      message: message || "Something went wrong. Please try again.",
      reason: data.reason,
      fieldErrors,
      kind: data.httpStatus >= 500 ? "server" : "client",
    };
  }
  return { message: "Something went wrong. Please try again.", reason: null, fieldErrors: {}, kind: "client" };
}
