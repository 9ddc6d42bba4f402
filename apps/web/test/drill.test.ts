// Drills in the browser, on a phone (390×844) and a desktop (1440×900): after an interview with missed
// points, the dashboard says how many drill cards are due today and shows the skill view; "Start a
// drill" opens the drill in the interview room, labelled as a drill with the points it practises; an
// answer is graded there, and its cards are rescheduled (the dashboard then has fewer ready). With no
// cards, the button is disabled and says why. No sideways scroll, no serious axe violation, no console
// error. Skipped (with the reason printed) when Chromium is not installed.
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

const axeSource: string = createRequire(import.meta.url)("axe-core").source;
const PARTIAL_ANSWER = "Use an index on the filtered columns and check the plan with EXPLAIN.";
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;
const SLOW = 120_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

interface Browser {
  context: BrowserContext;
  profileDir: string;
  page: Page;
  errors: ConsoleErrors;
}

describe.skipIf(skipReason !== null)("taking a drill in the browser", () => {
  let ts: TestServer;
  let baseUrl: string;
  const browsers: Browser[] = [];

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
  }, SLOW);

  afterAll(async () => {
    for (const browser of browsers) {
      await browser.context.close();
      await rm(browser.profileDir, { recursive: true, force: true });
    }
    await ts?.stop();
  });

  async function openSignedIn(account: TestAccount, viewport: { width: number; height: number }): Promise<Browser> {
    const { context, profileDir } = await launchChromium();
    context.setDefaultTimeout(20_000);
    const page = context.pages()[0] ?? (await context.newPage());
    const browser = { context, profileDir, page, errors: collectConsoleErrors(page) };
    browsers.push(browser);
    await page.setViewportSize(viewport);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: `Hello, ${account.displayName}` }).waitFor();
    return browser;
  }

  async function seriousAxeViolations(page: Page): Promise<string[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    return (violations as AxeViolation[])
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes[0]?.target)}`);
  }

  async function expectFitsAndAccessible(page: Page, where: string): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${where}: ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(
      clientWidth,
    );
    expect(await seriousAxeViolations(page), where).toEqual([]);
  }

  /** A one-question interview through the API, answered partly, so its missed points become cards. */
  async function interviewWithMissedPoints(account: TestAccount): Promise<void> {
    let view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: PARTIAL_ANSWER,
        })
      ).interview;
    }
    expect(view.status).toBe("completed");
  }

  it("with no cards, Start a drill is disabled and says why", { timeout: SLOW }, async () => {
    const account = await createVerifiedAccount(ts, { displayName: "Nadia Nothingdue" });
    const { page, errors } = await openSignedIn(account, VIEWPORTS[0]);
    await page.getByTestId("drills-due-today").waitFor();
    expect(await page.getByTestId("drills-due-today").textContent()).toBe("Due today: 0");
    const start = page.getByRole("button", { name: "Start a drill" });
    expect(await start.isDisabled()).toBe(true);
    expect(await page.getByTestId("drill-unavailable").textContent()).toMatch(/points you miss in interviews/);
    expect(await start.getAttribute("aria-describedby")).toBe("drill-unavailable");
    await expectFitsAndAccessible(page, "dashboard without cards");
    expect(errors.appErrors).toEqual([]);
  });

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: the dashboard shows the due cards, a drill opens in the room, and an answer reschedules its cards`, {
      timeout: SLOW,
    }, async () => {
      const account = await createVerifiedAccount(ts, { displayName: `Drew Driller ${viewport.width}` });
      await interviewWithMissedPoints(account);
      const before = await account.client.drill.due.query();
      expect(before.dueNow).toBeGreaterThan(0);

      const { page, errors } = await openSignedIn(account, viewport);
      await page.getByTestId("drills-due-today").waitFor();
      expect(await page.getByTestId("drills-due-today").textContent()).toBe(`Due today: ${before.dueNow}`);
      expect(await page.getByTestId("drills-counts").textContent()).toContain(`${before.dueNow} ready now`);
      expect(await page.getByTestId("due-card").count()).toBe(Math.min(5, before.cards.length));
      const skills = page.getByTestId("skill-view");
      await skills.getByTestId("skill-chart").waitFor();
      expect(await skills.getByTestId("skill-topic").first().textContent()).toContain("Databases and Data Management");
      await expectFitsAndAccessible(page, `dashboard at ${viewport.width}px`);

      await page.getByRole("button", { name: "Start a drill" }).click();
      await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
      const drillId = page.url().split("/").at(-1) ?? "";
      const drill = await account.client.interview.get.query({ interviewId: drillId });
      const firstItem = drill.plan.drill?.[0];
      if (!firstItem) throw new Error("the drill has no items");
      const label = page.getByTestId("drill-label");
      await label.waitFor();
      expect(await label.textContent()).toContain("Drill");
      expect(await label.textContent()).toContain(`Practising: ${firstItem.labels[0]}`);
      await expectFitsAndAccessible(page, `drill room at ${viewport.width}px`);

      await page.getByLabel("Your answer", { exact: true }).fill(PARTIAL_ANSWER);
      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByRole("heading", { level: 1, name: "Your evaluation" }).waitFor({ timeout: 60_000 });
      await page.getByTestId("latest-evaluation").getByTestId("score").first().waitFor();
      await expectFitsAndAccessible(page, `drill evaluation at ${viewport.width}px`);

      // The question's cards moved on the schedule: reviewed now, due again from tomorrow.
      const cards = (await account.client.drill.cards.query({ limit: 100 })).cards;
      const practised = cards.filter((card) => firstItem.cardIds.includes(card.id));
      expect(practised).toHaveLength(firstItem.cardIds.length);
      for (const card of practised) {
        expect(card.lastReviewedAt).not.toBeNull();
        expect(card.dueAt.getTime()).toBeGreaterThan(Date.now());
      }
      const readyNow = before.dueNow - firstItem.cardIds.length;
      expect((await account.client.drill.due.query()).dueNow).toBe(readyNow);

      await page.goto(`${baseUrl}/dashboard`);
      await page.getByTestId("drills-counts").waitFor();
      await expect.poll(() => page.getByTestId("drills-counts").textContent()).toContain(`${readyNow} ready now`);
      expect(errors.appErrors).toEqual([]);
    });
  }
});
