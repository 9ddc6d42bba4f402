// Where the emailed verification link lands: verifies once (StrictMode double effects must not spend
// the single-use token twice) and signs the user in. A link opened a second time is the common
// failure (the email is still in the inbox): signed in, that only means the address is already
// verified; signed out, the way forward is signing in or a fresh link, never signing up again.
import { useEffect, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { readableError } from "../api/error-message.ts";
import { startSession } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { EmailLinkForm } from "./EmailLinkForm.tsx";
import { useSession } from "./use-session.ts";

export function VerifyEmailPage() {
  usePageTitle("Verify your email");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const session = useSession();
  const started = useRef(false);
  const verify = trpc.auth.verifyEmail.useMutation({
    onSuccess: (tokens) => {
      startSession(tokens);
      navigate("/dashboard?welcome=1", { replace: true });
    },
  });

  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    verify.mutate({ token });
  }, [token, verify]);

  const linkSpent = verify.error ? readableError(verify.error).reason === "INVALID_TOKEN" : false;

  if (linkSpent && session.status === "signedIn") {
    return (
      <main className="page narrow">
        <h1>Your email is verified</h1>
        <div className="card stack" role="status">
          <p>This link was already used, and you are signed in as {session.user.email}: there is nothing more to do.</p>
          <Link className="btn btn-primary" to="/dashboard">
            Go to your dashboard
          </Link>
        </div>
      </main>
    );
  }

  return (
    <main className="page narrow">
      <h1>Verifying your email</h1>
      {!token && <p role="alert">This link has no token. Open the link from the email again.</p>}
      {(verify.isPending || (linkSpent && session.status === "restoring")) && <Loading label="Checking your link…" />}
      {verify.error && !linkSpent && <ErrorMessage error={verify.error} />}
      {linkSpent && session.status === "signedOut" && <SpentLink />}
    </main>
  );
}

/** A used or expired link, signed out: verified people sign in; the others get a new link. */
function SpentLink() {
  const resend = trpc.auth.resendVerification.useMutation();
  return (
    <>
      <div className="card stack" role="alert">
        <p>This verification link has already been used or has expired.</p>
        <p>
          If you verified your address before, <Link to="/sign-in">sign in</Link>. Otherwise, send yourself a new link.
        </p>
      </div>
      <EmailLinkForm request={resend} submitLabel="Send a new verification link" />
    </>
  );
}
