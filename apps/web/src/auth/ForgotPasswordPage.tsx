// Ask for a reset link; the answer is the same whether or not the address has an account.
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";

export function ForgotPasswordPage() {
  usePageTitle("Reset your password");
  const [email, setEmail] = useState("");
  const request = trpc.auth.requestPasswordReset.useMutation();
  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ email });
  }
  return (
    <main className="page narrow">
      <h1>Reset your password</h1>
      {request.data ? (
        <p className="card" role="status">
          {request.data.message}
        </p>
      ) : (
        <form onSubmit={submit} className="card stack" noValidate>
          <FormField
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={request.error ? readableError(request.error).fieldErrors.email : undefined}
          />
          <ErrorMessage error={request.error} fields={["email"]} />
          <button type="submit" className="btn btn-primary" disabled={request.isPending}>
            Email me a reset link
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </main>
  );
}
