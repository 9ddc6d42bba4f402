// A failed call, in words. Offers billing when the failure is a lack of credits.
import { Link } from "react-router";
import { readableError } from "../api/error-message.ts";

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  const readable = readableError(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{readable.message}</p>
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
