// Sent after the password changes, so an owner whose account was taken over finds out and can act.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface PasswordChangedData {
  displayName: string;
  resetUrl: string;
}

export function renderPasswordChanged(data: PasswordChangedData): RenderedMail {
  return composeMail({
    subject: "Your Interviewer password was changed",
    displayName: data.displayName,
    blocks: [
      "The password for your Interviewer account was just changed, and you were signed out everywhere else.",
      "If you made this change, there is nothing more to do.",
      "If you did not, reset your password now to take back your account:",
      { action: "Reset my password", url: data.resetUrl },
    ],
    reason: "You are receiving this security notice because the password of your Interviewer account changed.",
  });
}
