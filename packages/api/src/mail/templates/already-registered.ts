// Sent when someone tries to sign up with an address that already has an account. Sign-up answers
// the same way either way (so it does not reveal who has an account); the owner learns here instead.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface AlreadyRegisteredData {
  displayName: string;
  signInUrl: string;
  resetUrl: string;
}

export function renderAlreadyRegistered(data: AlreadyRegisteredData): RenderedMail {
  return composeMail({
    subject: "You already have an Interviewer account",
    displayName: data.displayName,
    blocks: [
      "Someone just tried to create a new Interviewer account with this email address. You already have an account, so nothing was changed.",
      { action: "Sign in to Interviewer", url: data.signInUrl },
      "If you have forgotten your password, you can choose a new one:",
      { action: "Reset my password", url: data.resetUrl },
    ],
    reason: "If this was not you, you can ignore this email: your account and password are unchanged.",
  });
}
