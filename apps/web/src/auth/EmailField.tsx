// The email input of the account forms (sign in, sign up, reset and verification links), always
// asked the same way so the browser's autofill and a phone's email keyboard apply everywhere.
import type { ComponentProps } from "react";
import { FormField } from "../ui/FormField.tsx";

interface EmailFieldProps {
  value: string;
  onChange(email: string): void;
  error: ComponentProps<typeof FormField>["error"];
}

export function EmailField({ value, onChange, error }: EmailFieldProps) {
  return (
    <FormField
      label="Email"
      type="email"
      autoComplete="email"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
