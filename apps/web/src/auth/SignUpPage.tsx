// Create an account; the server emails a verification link, which lands on /verify-email.
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { GithubSignUpButton } from "../landing/GithubButton.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { EmailField } from "./EmailField.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

export function SignUpPage() {
  usePageTitle("Create your account");
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signUp = trpc.auth.signUp.useMutation();
  const resend = trpc.auth.resendVerification.useMutation();
  const fieldErrors = signUp.error ? readableError(signUp.error).fieldErrors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    signUp.mutate({ displayName, email, password });
  }

  if (signUp.data) {
    return (
      <main className="page narrow">
        <h1>Check your email</h1>
        <div className="card stack" role="status">
          <p>{signUp.data.message}</p>
          <p>Open the link in the email to verify your address and sign in.</p>
          <button type="button" className="btn" onClick={() => resend.mutate({ email })} disabled={resend.isPending}>
            Send the email again
          </button>
          {resend.data && <p>{resend.data.message}</p>}
          <ErrorMessage error={resend.error} />
        </div>
      </main>
    );
  }

  return (
    <main className="page narrow">
      <h1>Create your account</h1>
      <form onSubmit={submit} className="card stack" noValidate>
        <FormField
          label="Your name"
          autoComplete="name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldErrors.displayName}
        />
        <EmailField value={email} onChange={setEmail} error={fieldErrors.email} />
        <PasswordField
          autoComplete="new-password"
          hint="At least 8 characters; a passphrase works well."
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <ErrorMessage error={signUp.error} fields={["displayName", "email", "password"]} />
        <SubmitButton label="Create account" pending={signUp.isPending} pendingLabel="Creating…" />
      </form>
      <GithubSignUpButton />
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}
