// Asks for the address to email a link to (a password reset, a fresh verification link) and, once
// sent, shows the server's answer in place of the form. The answer reads the same whether or not the
// address has an account, so the form never tells which addresses are registered.
import { type FormEvent, useState } from "react";
import { readableError } from "../api/error-message.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { EmailField } from "./EmailField.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

/** What the form needs of the link request's mutation (auth.requestPasswordReset, auth.resendVerification). */
interface LinkRequest {
  mutate(input: { email: string }): void;
  data: { message: string } | undefined;
  error: unknown;
  isPending: boolean;
}

interface EmailLinkFormProps {
  request: LinkRequest;
  submitLabel: string;
}

export function EmailLinkForm({ request, submitLabel }: EmailLinkFormProps) {
  const [email, setEmail] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ email });
  }
  if (request.data) {
    return (
      <p className="card" role="status">
        {request.data.message}
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="card stack" noValidate>
      <EmailField
        value={email}
        onChange={setEmail}
        error={request.error ? readableError(request.error).fieldErrors.email : undefined}
      />
      <ErrorMessage error={request.error} fields={["email"]} />
      <SubmitButton label={submitLabel} pending={request.isPending} />
    </form>
  );
}
