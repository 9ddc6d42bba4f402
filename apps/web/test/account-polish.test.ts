// Account and sign-in details a paying candidate notices, in a real browser against the real server:
// each error is said once, passwords can be shown, a rate limit says how long in words, a
// verification link opened twice makes sense, the device list follows a password change, "Sign out
// everywhere" signs out every device, and deleting the account ends on a page that says so.
// Skipped (with the reason printed) when Chromium is not installed.
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { submitSignInForm } from "./harness/sign-in.ts";
import { submitSignUpForm, verificationLink } from "./harness/sign-up.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PASSWORD = "a long practice passphrase";
const NEW_PASSWORD = "another long practice passphrase";

describe.skipIf(skipReason !== null)("account and sign-in polish", () => {
  const email = `polish-${process.pid}-${Date.now().toString(36)}@example.com`;
  let ts: TestServer;
  let browser: BrowserSession;
  let page: Page;
  let baseUrl: string;
  let verifyLink = "";
  let password = PASSWORD;

  const otherDevices = () => page.getByTestId("sessions").getByRole("button", { name: "Sign out this device" });

  async function signIn(): Promise<void> {
    await submitSignInForm(page, baseUrl, { email, password });
    await page.waitForURL(`${baseUrl}/dashboard`);
  }

  /** Another device signs in (through the API, as another app would); returns its refresh token. */
  async function signInElsewhere(): Promise<string> {
    const tokens = await ts.client.auth.login.mutate({ email, password, refreshTokenDelivery: "body" });
    return tokens.refreshToken ?? "";
  }

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer());
    browser = await openBrowser({ defaultTimeout: 15_000 });
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("says each validation error once, under its field, and a refusal once, in a box", async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("Enter a valid email address.").waitFor();
    expect(await page.getByText("Enter a valid email address.").count()).toBe(1);
    expect(await page.getByText("Enter your password.").count()).toBe(1);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Email").fill("nobody@example.com");
    await page.getByLabel("Password").fill("wrong passphrase here");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").count()).toBe(1);
    expect(await page.locator(".field-error").count()).toBe(0);
  });

  it("shows and hides a password with the button beside it", async () => {
    await page.goto(`${baseUrl}/sign-in`);
    const field = page.getByLabel("Password");
    await field.fill("correct horse");
    expect(await field.getAttribute("type")).toBe("password");
    await page.getByRole("button", { name: "Show password" }).click();
    expect(await field.getAttribute("type")).toBe("text");
    expect(await field.inputValue()).toBe("correct horse");
    await page.getByRole("button", { name: "Hide password" }).click();
    expect(await field.getAttribute("type")).toBe("password");
  });

  it("a rate limit says how long to wait in words, not in seconds", async () => {
    const limited = `limited-${process.pid}@example.com`;
    // Three reset emails an hour per address; the browser asks for the fourth.
    for (let sent = 0; sent < 3; sent += 1) await ts.client.auth.requestPasswordReset.mutate({ email: limited });
    await page.goto(`${baseUrl}/forgot-password`);
    await page.getByLabel("Email").fill(limited);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(/Try again in about (an hour|a minute|\d+ minutes)/);
    expect(text).not.toMatch(/\d+ seconds/);
  });

  it("a verification link opened again makes sense, signed in or out", async () => {
    await page.goto(`${baseUrl}/sign-up`);
    await submitSignUpForm(page, { name: "Polly Polish", email, password: PASSWORD });
    verifyLink = await verificationLink(ts, baseUrl, email);
    await page.goto(verifyLink);
    await page.waitForURL(`${baseUrl}/dashboard?welcome=1`);

    // Signed in, the used link only means the address is verified already.
    await page.goto(verifyLink);
    await page.getByRole("heading", { level: 1, name: "Your email is verified" }).waitFor();
    expect(await page.getByRole("status").textContent()).toContain(email);
    expect(await page.getByText("Sign up again").count()).toBe(0);
    await page.getByRole("link", { name: "Go to your dashboard" }).click();
    await page.waitForURL(`${baseUrl}/dashboard`);

    // Signed out, it offers signing in or a new link, never signing up again.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.goto(verifyLink);
    await page.getByText("This verification link has already been used or has expired.").waitFor();
    expect(await page.getByText("Sign up again").count()).toBe(0);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send a new verification link" }).click();
    await page.getByRole("status").waitFor();
  });

  it("the device list follows a password change", async () => {
    await signIn();
    await signInElsewhere();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await expect.poll(() => otherDevices().count()).toBe(1);
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Show new password" }).click();
    expect(await page.getByLabel("New password").getAttribute("type")).toBe("text");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("other devices were signed out").waitFor();
    password = NEW_PASSWORD;
    // The other device is gone from the list without a reload.
    await expect.poll(() => otherDevices().count()).toBe(0);
    await page.getByTestId("sessions").getByText("This device", { exact: true }).waitFor();
  });

  it("sign out everywhere ends every session, this one included", async () => {
    const elsewhere = await signInElsewhere();
    await page.reload();
    await expect.poll(() => otherDevices().count()).toBe(1);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(`${baseUrl}/sign-in?signedOut=everywhere`);
    await page.getByRole("status").getByText("You are signed out on every device").waitFor();
    // The other device's session is over too.
    await expect(ts.client.auth.refresh.mutate({ refreshToken: elsewhere })).rejects.toThrow();
    // And this browser is signed out: a protected page sends it to sign in.
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/sign-in\?returnTo=%2Faccount$/);
  });

  it("deleting the account ends on a page that says it was deleted", async () => {
    await signIn();
    await page.goto(`${baseUrl}/account`);
    await page.getByLabel(`Type ${email} to confirm`).fill(email);
    await page.getByLabel("Your password").fill(password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL(`${baseUrl}/?deleted=1`);
    const notice = page.getByTestId("account-deleted");
    await notice.getByText("Your account was deleted.").waitFor();
    expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).isVisible(),
    ).toBe(true);
    // The account is really gone.
    await expect(ts.client.auth.login.mutate({ email, password })).rejects.toThrow();
  });

  it("logged no console errors from the app", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});
