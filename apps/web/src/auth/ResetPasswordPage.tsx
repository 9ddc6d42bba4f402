// Where the emailed reset link lands: choose a new password, then sign in with it.
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";

export function ResetPasswordPage() {
  usePageTitle("Choose a new password");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [newPassword, setNewPassword] = useState("");
  const reset = trpc.auth.resetPassword.useMutation();
  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate({ token, newPassword });
  }
  return (
    <main className="page narrow">
      <h1>Choose a new password</h1>
      {reset.data ? (
        <div className="card stack" role="status">
          <p>{reset.data.message}</p>
          <Link className="btn btn-primary" to="/sign-in">
            Sign in
          </Link>
        </div>
      ) : (
        <form onSubmit={submit} className="card stack" noValidate>
          {!token && (
            <p className="alert alert-error" role="alert">
              This link has no token. Open the link from the email again, or{" "}
              <Link to="/forgot-password">ask for a new one</Link>.
            </p>
          )}
          <FormField
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            error={reset.error ? readableError(reset.error).fieldErrors.newPassword : undefined}
          />
          <ErrorMessage error={reset.error} fields={["newPassword"]} />
          <button type="submit" className="btn btn-primary" disabled={reset.isPending || !token}>
            Save new password
          </button>
        </form>
      )}
    </main>
  );
}
