// Ask for a reset link; the answer is the same whether or not the address has an account.
import { Link } from "react-router";
import { trpc } from "../api/trpc.ts";
import { usePageTitle } from "../ui/use-page-title.ts";
import { EmailLinkForm } from "./EmailLinkForm.tsx";

export function ForgotPasswordPage() {
  usePageTitle("Reset your password");
  const request = trpc.auth.requestPasswordReset.useMutation();
  return (
    <main className="page narrow">
      <h1>Reset your password</h1>
      <EmailLinkForm request={request} submitLabel="Email me a reset link" />
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </main>
  );
}
