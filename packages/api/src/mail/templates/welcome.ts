// Sent once the address is confirmed: the account is ready, here is where to start.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface WelcomeData {
  displayName: string;
  dashboardUrl: string;
}

export function renderWelcome(data: WelcomeData): RenderedMail {
  return composeMail({
    subject: "Welcome to Interviewer",
    displayName: data.displayName,
    blocks: [
      "Your email address is confirmed and your account is ready.",
      "Paste a job description, pick a difficulty, and the interviewer will ask you questions topic by topic. Every answer gets a score and specific feedback, and each interview ends with a report on where you stand.",
      { action: "Start your first interview", url: data.dashboardUrl },
    ],
    reason: "You are receiving this because you created an Interviewer account with this address.",
  });
}
