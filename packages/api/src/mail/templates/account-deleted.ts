// Sent after an account is deleted: the last email we send to that address.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface AccountDeletedData {
  displayName: string;
}

export function renderAccountDeleted(data: AccountDeletedData): RenderedMail {
  return composeMail({
    subject: "Your Interviewer account has been deleted",
    displayName: data.displayName,
    blocks: [
      "Your Interviewer account and its interviews, answers and reports have been deleted, as you asked.",
      "Thank you for practising with us. You are welcome to sign up again at any time.",
    ],
    reason: "This is the last email you will receive from Interviewer about this account.",
  });
}
