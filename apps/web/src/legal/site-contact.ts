// Who answers for this deployment: the address comes from VITE_CONTACT_EMAIL when the web app is
// built (each deployment sets its own). Unset, the pages show a placeholder marked as one, never an
// address that looks real.
const configured: unknown = import.meta.env.VITE_CONTACT_EMAIL;

export const CONTACT_EMAIL: string | null =
  typeof configured === "string" && /^[^\s@]+@[^\s@]+$/.test(configured.trim()) ? configured.trim() : null;

/** Reserved for documentation (RFC 2606): mail to it goes nowhere. */
export const PLACEHOLDER_EMAIL = "contact@example.com";
