// Sent on "forgot password": a short-lived link to choose a new password.
import { composeMail, countOf, type RenderedMail } from "./compose.ts";

export interface ResetPasswordData {
  displayName: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export function renderResetPassword(data: ResetPasswordData): RenderedMail {
  return composeMail({
    subject: "Reset your Interviewer password",
    displayName: data.displayName,
    blocks: [
      "We received a request to reset the password for your Interviewer account.",
      { action: "Choose a new password", url: data.resetUrl },
      `This link works once and expires in ${countOf(data.expiresInMinutes, "minute")}.`,
    ],
    reason: "If you did not ask to reset your password, ignore this email: your password stays the same.",
  });
}
