// The password input of signing in and signing up. `autoComplete` tells password managers which
// password it is: the saved one to fill in ("current-password") or a new one to offer ("new-password").
import type { ComponentProps } from "react";
import { FormField } from "../ui/FormField.tsx";

interface PasswordFieldProps {
  autoComplete: "current-password" | "new-password";
  hint?: string;
  value: string;
  onChange(password: string): void;
  error: ComponentProps<typeof FormField>["error"];
}

export function PasswordField({ autoComplete, hint, value, onChange, error }: PasswordFieldProps) {
  return (
    <FormField
      label="Password"
      type="password"
      autoComplete={autoComplete}
      required
      hint={hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
