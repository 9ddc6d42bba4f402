// Sign-in with GitHub in a real browser: the sign-in page offers the button only when the server has
// GitHub configured; the browser goes to (a fake) GitHub, comes back to /auth/github/callback, and
// lands signed in, with the GitHub account listed on the account page. Skipped without Chromium.
import { type FakeGithubServer, startFakeGithubServer } from "@interviewer/testing/fake-github-server";
import type { TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

describe.skipIf(skipReason !== null)("signing in with GitHub in the browser", () => {
  let github: FakeGithubServer;
  let ts: TestServer;
  let browser: BrowserSession;
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
    ({ ts, baseUrl } = await startWebServer({
      env: {
        GITHUB_CLIENT_ID: github.clientId,
        GITHUB_CLIENT_SECRET: github.clientSecret,
        GITHUB_OAUTH_URL: github.url,
        GITHUB_API_URL: github.url,
      },
    }));
    browser = await openBrowser({ defaultTimeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
    await github?.close();
  });

  it("goes to GitHub and back, signed in, with GitHub linked on the account page", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/sign-in?returnTo=%2Faccount`);
    await page.getByRole("button", { name: "Continue with GitHub" }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByText("GitHub (@octo-candidate)").waitFor();
    expect(await page.getByRole("heading", { level: 1, name: "Account" }).isVisible()).toBe(true);
    expect(browser.errors.appErrors).toEqual([]);
  });
});
