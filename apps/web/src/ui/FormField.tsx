// A labelled input whose error is announced and tied to it (aria-describedby), as screen readers expect.
// Password inputs get a Show/Hide button: typing a long passphrase blind on a phone is error-prone.
import { type InputHTMLAttributes, useId, useState } from "react";

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string[] | string | undefined;
  hint?: string;
}

export function FormField({ label, error, hint, type, ...input }: FormFieldProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  const isPassword = type === "password";
  const field = (
    <input
      id={id}
      type={isPassword && revealed ? "text" : type}
      aria-invalid={message ? true : undefined}
      aria-describedby={describedBy || undefined}
      {...input}
    />
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {isPassword ? (
        <div className="password-input">
          {field}
          {/* The name says what a press does ("Show password"); the visible word alone fits a phone. */}
          <button
            type="button"
            className="btn btn-small"
            aria-controls={id}
            onClick={() => setRevealed((shown) => !shown)}
          >
            {revealed ? "Hide" : "Show"}
            <span className="visually-hidden"> {label.toLowerCase()}</span>
          </button>
        </div>
      ) : (
        field
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}
