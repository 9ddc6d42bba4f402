// The deployment's contact address as a mail link, or the placeholder, marked as one.
import { CONTACT_EMAIL, PLACEHOLDER_EMAIL } from "./site-contact.ts";

export function ContactAddress() {
  if (CONTACT_EMAIL) return <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>;
  return (
    <span data-testid="contact-placeholder">
      <code>{PLACEHOLDER_EMAIL}</code> <strong>(placeholder: this deployment has not set a contact address yet)</strong>
    </span>
  );
}
