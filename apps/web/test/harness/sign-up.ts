// Signing up through the app's own form, and the verification link the server then emails: the
// first steps of every new candidate.
import { latestMail, tokenFromMail } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";

export interface NewCandidate {
  name: string;
  email: string;
  password: string;
}

/** Fills the sign-up form on the page the browser is on, creates the account and waits for "Check your email". */
export async function submitSignUpForm(page: Page, candidate: NewCandidate): Promise<void> {
  await page.getByLabel("Your name").fill(candidate.name);
  await page.getByLabel("Email").fill(candidate.email);
  await page.getByLabel("Password").fill(candidate.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
}

/** The address that verifies `email`, with the token from the latest verification email sent to it. */
export async function verificationLink(ts: TestServer, baseUrl: string, email: string): Promise<string> {
  const mail = await latestMail(ts, email, "verify_email");
  return `${baseUrl}/verify-email?token=${tokenFromMail(mail?.textBody ?? "")}`;
}
