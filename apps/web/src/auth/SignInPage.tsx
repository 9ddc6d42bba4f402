// Sign in with email and password, or GitHub when this deployment offers it.
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { readableError } from "../api/error-message.ts";
import { startSession } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { EmailField } from "./EmailField.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { SubmitButton } from "./SubmitButton.tsx";
import { safeReturnTo } from "./safe-return-to.ts";

export function SignInPage() {
  usePageTitle("Sign in");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const methods = trpc.auth.methods.useQuery();
  const login = trpc.auth.login.useMutation({
    onSuccess: (tokens) => {
      startSession(tokens);
      navigate(returnTo, { replace: true });
    },
  });
  const github = trpc.auth.github.start.useMutation({
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });
  const fieldErrors = login.error ? readableError(login.error).fieldErrors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ email, password });
  }

  return (
    <main className="page narrow">
      <h1>Sign in</h1>
      {params.get("signedOut") === "everywhere" && (
        <p className="alert alert-success" role="status">
          You are signed out on every device, this one included.
        </p>
      )}
      <form onSubmit={submit} className="card stack" noValidate>
        <EmailField value={email} onChange={setEmail} error={fieldErrors.email} />
        <PasswordField
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <ErrorMessage error={login.error} fields={["email", "password"]} />
        <SubmitButton label="Sign in" pending={login.isPending} pendingLabel="Signing in…" />
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      </form>
      {methods.data?.github && (
        <div className="card stack">
          <button type="button" className="btn" onClick={() => github.mutate({ returnTo })} disabled={github.isPending}>
            Continue with GitHub
          </button>
          <ErrorMessage error={github.error} />
        </div>
      )}
      <p>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
    </main>
  );
}
