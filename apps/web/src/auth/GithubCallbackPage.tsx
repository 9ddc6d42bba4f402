// GitHub sends the browser back here with code and state; the server checks the state cookie.
import { useEffect, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { startSession } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import { safeReturnTo } from "./safe-return-to.ts";

export function GithubCallbackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const code = params.get("code") ?? "";
  const state = params.get("state") ?? "";
  const started = useRef(false);
  const callback = trpc.auth.github.callback.useMutation({
    onSuccess: (result) => {
      startSession(result);
      navigate(safeReturnTo(result.returnTo), { replace: true });
    },
  });
  useEffect(() => {
    if (started.current || !code || !state) return;
    started.current = true;
    callback.mutate({ code, state });
  }, [code, state, callback]);
  return (
    <main className="page narrow">
      <h1>Signing in with GitHub</h1>
      {(!code || !state) && (
        <p role="alert">GitHub did not complete the sign-in ({params.get("error_description") ?? "no code"}).</p>
      )}
      {callback.isPending && <Loading label="Finishing sign-in…" />}
      {callback.error && (
        <>
          <ErrorMessage error={callback.error} />
          <Link to="/sign-in">Back to sign in</Link>
        </>
      )}
    </main>
  );
}
