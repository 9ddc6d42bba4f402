// Share links in the browser: the owner opens a finished interview's report, creates a link in the
// Share panel and copies it; a signed-out reader (a second browser with its own profile) opens it at
// 390×844 and 1440×900 and sees the report with no account data, no sideways scroll and no serious
// axe violation in either theme; the page and the server both tell search engines not to index it.
// After the owner revokes the link, the reader sees "not available". Skipped (with the reason
// printed) when Chromium is not installed.
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { clientWithToken, latestMail, tokenFromMail } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

// axe-core ships one self-contained script (`source`) to inject into the page.
const axeSource: string = createRequire(import.meta.url)("axe-core").source;

const PASSWORD = "a long practice passphrase";
const OWNER_NAME = "Sharon Sharewell";
const ANSWER =
  "I would add an index on the columns in the WHERE clause, check the plan with EXPLAIN, pick the isolation level, " +
  "use replication for reads and sharding for scale, cache with invalidation, and watch the metrics.";
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ["light", "dark"] as const;
const SLOW = 120_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe.skipIf(skipReason !== null)("a shared report, opened signed out", () => {
  const email = `sharer-${process.pid}-${Date.now().toString(36)}@example.com`;
  let ts: TestServer;
  let baseUrl: string;
  let owner: { context: BrowserContext; profileDir: string; page: Page };
  let reader: { context: BrowserContext; profileDir: string; page: Page; errors: ConsoleErrors };
  let reportId = "";
  let shareUrl = "";

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ts = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        WEB_DIST_DIR: path.join(webDir, "dist"),
        FREE_CREDITS_ON_SIGNUP: "2",
      },
    });
    const ownerBrowser = await launchChromium();
    owner = { ...ownerBrowser, page: ownerBrowser.context.pages()[0] ?? (await ownerBrowser.context.newPage()) };
    const readerBrowser = await launchChromium();
    const readerPage = readerBrowser.context.pages()[0] ?? (await readerBrowser.context.newPage());
    reader = { ...readerBrowser, page: readerPage, errors: collectConsoleErrors(readerPage) };
    for (const { context } of [owner, reader]) context.setDefaultTimeout(15_000);
  }, SLOW);

  afterAll(async () => {
    for (const browser of [owner, reader]) {
      await browser?.context.close();
      if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
    }
    await ts?.stop();
  });

  async function seriousAxeViolations(page: Page): Promise<string[]> {
    // The app's CSP refuses inline scripts; evaluating the source through DevTools is not refused.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    return (violations as AxeViolation[])
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes[0]?.target)}`);
  }

  async function sidewaysOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  it("the owner signs up, finishes an interview and creates a link from the report page", {
    timeout: SLOW,
  }, async () => {
    const { page } = owner;
    await page.setViewportSize(VIEWPORTS[0]);
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill(OWNER_NAME);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    const mail = await latestMail(ts, email, "verify_email");
    await page.goto(`${baseUrl}/verify-email?token=${tokenFromMail(mail?.textBody ?? "")}`);
    await page.waitForURL(/\/dashboard/);

    // The interview itself comes through the API: this test is about the report and its link.
    const tokens = await ts.client.auth.login.mutate({ email, password: PASSWORD, refreshTokenDelivery: "body" });
    const api = clientWithToken(ts, tokens.accessToken);
    let view = await api.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    reportId = view.id;
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await api.interview.answer.mutate({ interviewId: view.id, turnId: view.currentQuestion.turnId, answer: ANSWER })
      ).interview;
    }
    expect(view.status).toBe("completed");

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
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
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

        expect(await sidewaysOverflow(page), `${theme} ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
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

    await reader.page.setViewportSize(VIEWPORTS[0]);
    await reader.page.goto(shareUrl);
    await reader.page.getByRole("heading", { name: "This shared report is not available" }).waitFor();
    expect(await sidewaysOverflow(reader.page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(reader.page)).toEqual([]);
  });
});
