// A failed call, in words. Offers billing when the failure is a lack of credits.
//
// Each message is shown once: a form that already prints validation messages under its fields
// passes their names as `fields`, and the box then only shows what no field shows.
import type { AppRouter } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";
import { Link } from "react-router";
import { readableError } from "../api/error-message.ts";
import { withWaitInWords } from "./wait-wording.ts";

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  /** Input names whose validation messages the form shows under the inputs themselves. */
  fields?: readonly string[];
}

export function ErrorMessage({ error, onRetry, fields = [] }: ErrorMessageProps) {
  if (!error) return null;
  const readable = readableError(error);
  const fieldMessages = Object.entries(readable.fieldErrors).filter(([, messages]) => messages && messages.length > 0);
  const unshown = fieldMessages.filter(([name]) => !fields.includes(name));
  if (fieldMessages.length > 0 && unshown.length === 0) return null;
  const message = unshown[0]?.[1]?.[0] ?? withWaitInWords(readable.message, retryAfterSeconds(error));
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {readable.reason === "NO_CREDITS" && (
        <p>
          <Link to="/billing">Buy a credit or choose a plan</Link> to start an interview.
        </p>
      )}
      {onRetry && (readable.kind === "server-down" || readable.kind === "server" || readable.kind === "offline") && (
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** The wait the server asked for (rate limits, delayed logins), when it said one. */
function retryAfterSeconds(error: unknown): number | null {
  if (!isTRPCClientError<AppRouter>(error)) return null;
  const value = error.data?.details?.retryAfterSeconds;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
