// Drills in the browser, on a phone (390×844) and a desktop (1440×900): after an interview with missed
// points, the dashboard says how many drill cards are due today and shows the skill view; "Start a
// drill" opens the drill in the interview room, labelled as a drill with the points it practises; an
// answer is graded there, and its cards are rescheduled (the dashboard then has fewer ready). With no
// cards, the button is disabled and says why. No sideways scroll, no serious axe violation, no console
// error. Skipped (with the reason printed) when Chromium is not installed.
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./harness/axe.ts";
import type { BrowserSession } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { completeInterview } from "./harness/interviews.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { openSignedInBrowser } from "./harness/sign-in.ts";
import { PHONE, PHONE_AND_DESKTOP } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PARTIAL_ANSWER = "Use an index on the filtered columns and check the plan with EXPLAIN.";
const SLOW = 120_000;

describe.skipIf(skipReason !== null)("taking a drill in the browser", () => {
  let ts: TestServer;
  let baseUrl: string;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "2" } }));
  }, SLOW);

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await ts?.stop();
  });

  async function openSignedIn(
    account: TestAccount,
    viewport: { width: number; height: number },
  ): Promise<BrowserSession> {
    const browser = await openSignedInBrowser(baseUrl, account, { defaultTimeout: 20_000, viewport });
    browsers.push(browser);
    return browser;
  }

  async function expectFitsAndAccessible(page: Page, where: string): Promise<void> {
    await expectNoSidewaysScroll(page, where);
    expect(await seriousAxeViolations(page), where).toEqual([]);
  }

  /** A one-question interview through the API, answered partly, so its missed points become cards. */
  async function interviewWithMissedPoints(account: TestAccount): Promise<void> {
    await completeInterview(account.client, { topics: ["databases"], questionsPerTopic: 1 }, PARTIAL_ANSWER);
  }

  it("with no cards, Start a drill is disabled and says why", { timeout: SLOW }, async () => {
    const account = await createVerifiedAccount(ts, { displayName: "Nadia Nothingdue" });
    const { page, errors } = await openSignedIn(account, PHONE);
    await page.getByTestId("drills-due-today").waitFor();
    expect(await page.getByTestId("drills-due-today").textContent()).toBe("Due today: 0");
    const start = page.getByRole("button", { name: "Start a drill" });
    expect(await start.isDisabled()).toBe(true);
    expect(await page.getByTestId("drill-unavailable").textContent()).toMatch(/points you miss in interviews/);
    expect(await start.getAttribute("aria-describedby")).toBe("drill-unavailable");
    await expectFitsAndAccessible(page, "dashboard without cards");
    expect(errors.appErrors).toEqual([]);
  });

  for (const { viewport } of PHONE_AND_DESKTOP) {
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
