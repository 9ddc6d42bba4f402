// Share links in the browser: the owner opens a finished interview's report, creates a link in the
// Share panel and copies it; a signed-out reader (a second browser with its own profile) opens it at
// 390×844 and 1440×900 and sees the report with no account data, no sideways scroll and no serious
// axe violation in either theme; the page and the server both tell search engines not to index it.
// After the owner revokes the link, the reader sees "not available". Skipped (with the reason
// printed) when Chromium is not installed.
import { clientWithToken } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./harness/axe.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { completeInterview } from "./harness/interviews.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { submitSignUpForm, verificationLink } from "./harness/sign-up.ts";
import { DESKTOP_WIDE, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PASSWORD = "a long practice passphrase";
const OWNER_NAME = "Sharon Sharewell";
const ANSWER =
  "I would add an index on the columns in the WHERE clause, check the plan with EXPLAIN, pick the isolation level, " +
  "use replication for reads and sharding for scale, cache with invalidation, and watch the metrics.";
const VIEWPORTS = [PHONE, DESKTOP_WIDE] as const;
const THEMES = ["light", "dark"] as const;
const SLOW = 120_000;

describe.skipIf(skipReason !== null)("a shared report, opened signed out", () => {
  const email = `sharer-${process.pid}-${Date.now().toString(36)}@example.com`;
  let ts: TestServer;
  let baseUrl: string;
  let owner: BrowserSession;
  let reader: BrowserSession;
  let reportId = "";
  let shareUrl = "";

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "2" } }));
    owner = await openBrowser({ defaultTimeout: 15_000 });
    reader = await openBrowser({ defaultTimeout: 15_000 });
  }, SLOW);

  afterAll(async () => {
    for (const browser of [owner, reader]) await browser?.close();
    await ts?.stop();
  });

  it("the owner signs up, finishes an interview and creates a link from the report page", {
    timeout: SLOW,
  }, async () => {
    const { page } = owner;
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/sign-up`);
    await submitSignUpForm(page, { name: OWNER_NAME, email, password: PASSWORD });
    await page.goto(await verificationLink(ts, baseUrl, email));
    await page.waitForURL(/\/dashboard/);

    // The interview itself comes through the API: this test is about the report and its link.
    const tokens = await ts.client.auth.login.mutate({ email, password: PASSWORD, refreshTokenDelivery: "body" });
    const api = clientWithToken(ts, tokens.accessToken);
    reportId = (await completeInterview(api, { topics: ["databases"], questionsPerTopic: 1 }, ANSWER)).id;

    await page.goto(`${baseUrl}/interviews/${reportId}/report`);
    const panel = page.getByTestId("share-report");
    await panel.getByText("No links yet.").waitFor();
    await panel.getByLabel("Link expires").selectOption("7");
    await panel.getByRole("button", { name: "Create link" }).click();
    const field = panel.getByLabel("Share link");
    await field.waitFor();
    shareUrl = await field.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${baseUrl}/shared/[A-Za-z0-9_-]{43}$`));

    // Copying lands in the clipboard, or (where the browser refuses) selects the link with a note.
    await panel.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toMatch(/Link copied|the link is selected/);

    const listed = panel.getByTestId("share-links").getByRole("listitem");
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.first().textContent()).toContain("Live");
    await expectNoSidewaysScroll(page, "the owner's report with its link");
  });

  it("a signed-out reader sees the report, without account data, on a phone and a desktop, in both themes", {
    timeout: SLOW,
  }, async () => {
    const { page } = reader;
    const response = await page.goto(shareUrl);
    expect(response?.headers()["x-robots-tag"]).toContain("noindex");
    const found: string[] = [];
    for (const theme of THEMES) {
      await page.evaluate((value) => localStorage.setItem("interviewer:theme", value), theme);
      await page.emulateMedia({ colorScheme: theme });
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await page.goto(shareUrl);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expect.poll(() => page.locator(".loading").count()).toBe(0);
        await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: "attached" });
        expect(await page.getByText("Shared interview report").first().isVisible()).toBe(true);
        expect(await page.getByTestId("overall-score").isVisible()).toBe(true);
        expect(await page.getByText(ANSWER).first().isVisible()).toBe(true);
        expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");

        const text = (await page.locator("body").textContent()) ?? "";
        expect(text).not.toContain(email);
        expect(text).not.toContain(OWNER_NAME);
        expect(text).not.toContain(reportId);
        // Read-only: nothing to retry, export or share, and no account in the header.
        for (const name of [/retry/i, /export/i, /create link/i, /revoke/i]) {
          expect(await page.getByRole("button", { name }).count()).toBe(0);
        }
        expect(await page.getByRole("link", { name: "Sign in" }).count()).toBeGreaterThan(0);

        await expectNoSidewaysScroll(page, `${theme} ${viewport.width}px`);
        for (const violation of await seriousAxeViolations(page))
          found.push(`${theme} ${viewport.width}px: ${violation}`);
      }
    }
    expect(found).toEqual([]);
    expect(reader.errors.appErrors).toEqual([]);
  });

  it("the owner's Share panel passes axe, and after revoking, the link shows 'not available'", {
    timeout: SLOW,
  }, async () => {
    const { page } = owner;
    await page.goto(`${baseUrl}/interviews/${reportId}/report`);
    const panel = page.getByTestId("share-report");
    const revoke = panel.getByRole("button", { name: /^Revoke link/ });
    await revoke.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await revoke.click();
    await expect.poll(() => panel.getByTestId("share-links").textContent()).toContain("Revoked");
    expect(await panel.getByRole("button", { name: /^Revoke link/ }).count()).toBe(0);

    await reader.page.setViewportSize(PHONE);
    await reader.page.goto(shareUrl);
    await reader.page.getByRole("heading", { name: "This shared report is not available" }).waitFor();
    await expectNoSidewaysScroll(reader.page, "the revoked link");
    expect(await seriousAxeViolations(reader.page)).toEqual([]);
  });
});
