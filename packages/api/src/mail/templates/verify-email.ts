// Sent on sign-up: the link that proves the address belongs to the person who signed up.
import { composeMail, countOf, type RenderedMail } from "./compose.ts";

export interface VerifyEmailData {
  displayName: string;
  verifyUrl: string;
  expiresInHours: number;
}

export function renderVerifyEmail(data: VerifyEmailData): RenderedMail {
  return composeMail({
    subject: "Confirm your email address for Interviewer",
    displayName: data.displayName,
    blocks: [
      "Thanks for signing up for Interviewer. Please confirm that this is your email address so you can start practising.",
      { action: "Confirm my email address", url: data.verifyUrl },
      `This link works once and expires in ${countOf(data.expiresInHours, "hour")}.`,
    ],
    reason:
      "You are receiving this because someone signed up for Interviewer with this address. If it was not you, ignore this email and no account will be activated.",
  });
}
