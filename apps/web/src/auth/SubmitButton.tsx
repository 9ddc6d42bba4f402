// An account form's main button: disabled while its request is out, so a second press cannot send it
// twice, and saying what is happening meanwhile when the form has words for that ("Signing in…").
interface SubmitButtonProps {
  label: string;
  pending: boolean;
  /** Shown instead of the label while the request is out; without it the label stays. */
  pendingLabel?: string;
}

export function SubmitButton({ label, pending, pendingLabel }: SubmitButtonProps) {
  return (
    <button type="submit" className="btn btn-primary" disabled={pending}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
