// Deleting the account is irreversible: say what goes, and make the user type their email to confirm.
import { type FormEvent, useState } from "react";
import { endSession } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { leaveSessionTo } from "../auth/session-exit.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";

export function DeleteAccountSection({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [confirmEmail, setConfirmEmail] = useState("");
  const [password, setPassword] = useState("");
  const remove = trpc.account.delete.useMutation({
    onSuccess: () => {
      // The home page says the account was deleted (layout/AccountDeletedNotice.tsx).
      leaveSessionTo("/?deleted=1");
      endSession();
    },
  });
  const matches = confirmEmail.trim().toLowerCase() === email.toLowerCase();
  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate({ confirmEmail: confirmEmail.trim(), password: hasPassword ? password : undefined });
  }
  return (
    <section className="card stack danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete account</h2>
      <p>
        This deletes your profile, your interviews with their answers, evaluations and reports, your credits, your
        linked GitHub account and your sessions on every device. Billing records the law requires us to keep stay, no
        longer linked to you. It cannot be undone.
      </p>
      <form onSubmit={submit} className="stack" noValidate>
        <FormField
          label={`Type ${email} to confirm`}
          type="email"
          autoComplete="off"
          value={confirmEmail}
          onChange={(e) => setConfirmEmail(e.target.value)}
        />
        {hasPassword && (
          <FormField
            label="Your password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
        {!hasPassword && (
          <p className="muted">
            Accounts without a password confirm by signing in with GitHub within the last 10 minutes.
          </p>
        )}
        <ErrorMessage error={remove.error} />
        <button type="submit" className="btn btn-danger" disabled={!matches || remove.isPending}>
          Delete my account
        </button>
      </form>
    </section>
  );
}
