// Where the emailed verification link lands: verifies once (StrictMode double effects must not spend
// the single-use token twice) and signs the user in.
import { useEffect, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { startSession } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";

export function VerifyEmailPage() {
  usePageTitle("Verify your email");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
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

  return (
    <main className="page narrow">
      <h1>Verifying your email</h1>
      {!token && <p role="alert">This link has no token. Open the link from the email again.</p>}
      {verify.isPending && <Loading label="Checking your link…" />}
      {verify.error && (
        <>
          <ErrorMessage error={verify.error} />
          <p>
            <Link to="/sign-up">Sign up again</Link> or <Link to="/sign-in">sign in</Link> to get a new link.
          </p>
        </>
      )}
    </main>
  );
}
