// Sign-in with GitHub in a real browser: the sign-in page offers the button only when the server has
// GitHub configured; the browser goes to (a fake) GitHub, comes back to /auth/github/callback, and
// lands signed in, with the GitHub account listed on the account page. Skipped without Chromium.
import { rm } from "node:fs/promises";
import path from "node:path";
import { type FakeGithubServer, startFakeGithubServer } from "@interviewer/testing/fake-github-server";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)("signing in with GitHub in the browser", () => {
  let github: FakeGithubServer;
  let ts: TestServer;
  let context: BrowserContext;
  let profileDir: string;
  let page: Page;
  let consoleErrors: ConsoleErrors;
  let baseUrl: string;

  beforeAll(async () => {
    github = await startFakeGithubServer();
    github.putUser({
      id: 4242,
      login: "octo-candidate",
      name: "Octo Candidate",
      emails: [{ email: `octo-${process.pid}@example.com`, primary: true, verified: true }],
    });
    github.approveAs(4242);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ts = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        WEB_DIST_DIR: path.join(webDir, "dist"),
        GITHUB_CLIENT_ID: github.clientId,
        GITHUB_CLIENT_SECRET: github.clientSecret,
        GITHUB_OAUTH_URL: github.url,
        GITHUB_API_URL: github.url,
      },
    });
    ({ context, profileDir } = await launchChromium());
    context.setDefaultTimeout(15_000);
    page = context.pages()[0] ?? (await context.newPage());
    consoleErrors = collectConsoleErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await ts?.stop();
    await github?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it("goes to GitHub and back, signed in, with GitHub linked on the account page", async () => {
    await page.goto(`${baseUrl}/sign-in?returnTo=%2Faccount`);
    await page.getByRole("button", { name: "Continue with GitHub" }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByText("GitHub (@octo-candidate)").waitFor();
    expect(await page.getByRole("heading", { level: 1, name: "Account" }).isVisible()).toBe(true);
    expect(consoleErrors.appErrors).toEqual([]);
  });
});
