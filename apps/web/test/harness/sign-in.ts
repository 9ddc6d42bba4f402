// Signing in through the app's own form, as a candidate does, rather than planting tokens: the
// session then lives in the browser exactly as it would after a real sign-in.
import type { Page } from "playwright-core";
import { type BrowserSession, type BrowserSessionOptions, openBrowser } from "./browser-session.ts";

export interface Credentials {
  email: string;
  password: string;
}

/** Opens /sign-in (going on to `returnTo` afterwards when given), fills the form and presses Sign in. */
export async function submitSignInForm(
  page: Page,
  baseUrl: string,
  credentials: Credentials,
  returnTo?: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`);
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs `account` in and waits for the dashboard to greet it by name. */
export async function signInToDashboard(
  page: Page,
  baseUrl: string,
  account: Credentials & { displayName: string },
): Promise<void> {
  await submitSignInForm(page, baseUrl, account);
  await page.getByRole("heading", { level: 1, name: `Hello, ${account.displayName}` }).waitFor();
}

/** A browser of its own, signed in as `account` and on the dashboard; closed again when signing in fails. */
export async function openSignedInBrowser(
  baseUrl: string,
  account: Credentials & { displayName: string },
  options: BrowserSessionOptions,
): Promise<BrowserSession> {
  const browser = await openBrowser(options);
  try {
    await signInToDashboard(browser.page, baseUrl, account);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
