// "Your drill cards" (/drills) in the browser, on a phone (390×844) and a desktop (1440×900): the
// dashboard's drill card links to it once there are cards; it lists the cards the candidate's missed
// points made, in the API's order (drill.cards), with topic, kind, "Due now", interval, reviews and
// lapses; "Load more" brings the next pages; "Dismiss" asks first ("Keep it" keeps the card, Escape
// too), and "Dismiss card" removes it from the page and from drill.cards, says so in a live region,
// moves focus to the next card, and the dashboard's counts drop. Without cards the page says how cards
// are made. No sideways scroll, no serious axe violation, no console error. Cards are made as in
// drill.test.ts: interviews answered badly through the typed client. Skipped (with the reason
// printed) when Chromium is not installed.
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./harness/axe.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { completeInterview } from "./harness/interviews.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { signInToDashboard } from "./harness/sign-in.ts";
import { DESKTOP_WIDE, PHONE, PHONE_AND_DESKTOP } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PARTIAL_ANSWER = "Use an index on the filtered columns and check the plan with EXPLAIN.";
const BLANK_ANSWER = "I am not sure.";
const SLOW = 120_000;

describe.skipIf(skipReason !== null)("the drill cards page in the browser", () => {
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
    const browser = await openBrowser({ defaultTimeout: 20_000, viewport });
    browsers.push(browser);
    await signInToDashboard(browser.page, baseUrl, account);
    return browser;
  }

  async function expectFitsAndAccessible(page: Page, where: string): Promise<void> {
    await expectNoSidewaysScroll(page, where);
    expect(await seriousAxeViolations(page), where).toEqual([]);
  }

  /** From the dashboard, through its drill card's link, as a candidate gets there. */
  async function openCardsPage(page: Page): Promise<void> {
    await page.getByRole("link", { name: "See all your cards" }).click();
    await page.waitForURL(`${baseUrl}/drills`);
    await page.getByRole("heading", { level: 1, name: "Your drill cards" }).waitFor();
    await page.getByTestId("drill-card").first().waitFor();
  }

  function cardTitles(page: Page): Promise<string[]> {
    return page.getByTestId("drill-card").getByRole("heading", { level: 2 }).allTextContents();
  }

  /** The focused element's accessible text: its content and, for a described button, no more. */
  function focusedText(page: Page): Promise<string> {
    return page.evaluate(() => document.activeElement?.textContent ?? "");
  }

  async function allApiCards(account: TestAccount) {
    return (await account.client.drill.cards.query({ limit: 100 })).cards;
  }

  it("without cards: no link on the dashboard, and the page says how cards are made", { timeout: SLOW }, async () => {
    const account = await createVerifiedAccount(ts, { displayName: "Carla Cardless" });
    const { page, errors } = await openSignedIn(account, PHONE);
    await page.getByTestId("drills-due-today").waitFor();
    expect(await page.getByRole("link", { name: "See all your cards" }).count()).toBe(0);

    await page.goto(`${baseUrl}/drills`);
    await page.getByRole("heading", { level: 1, name: "Your drill cards" }).waitFor();
    const empty = page.getByTestId("drill-cards-empty");
    await empty.waitFor();
    expect(await empty.textContent()).toContain("No drill cards yet: the points you miss in interviews become cards.");
    expect(await page.getByTestId("drill-card").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
    await expectFitsAndAccessible(page, "cards page without cards");
    expect(errors.appErrors).toEqual([]);
  });

  for (const { name, viewport } of PHONE_AND_DESKTOP) {
    it(`on a ${name}: lists the cards the missed points made, and dismissing one asks first, then removes it everywhere`, {
      timeout: SLOW,
    }, async () => {
      const account = await createVerifiedAccount(ts, { displayName: `Dana Dismisser ${viewport.width}` });
      await completeInterview(account.client, { topics: ["databases"], questionsPerTopic: 1 }, PARTIAL_ANSWER);
      const apiCards = await allApiCards(account);
      expect(apiCards.length).toBeGreaterThan(1);
      const before = await account.client.drill.due.query();

      const { page, errors } = await openSignedIn(account, viewport);
      await openCardsPage(page);
      expect(await cardTitles(page)).toEqual(apiCards.map((card) => card.label));
      expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
      const [first, second] = apiCards;
      if (!first || !second) throw new Error("the interview made fewer than two cards");
      const firstCard = page.getByTestId("drill-card").first();
      const firstText = (await firstCard.textContent()) ?? "";
      expect(firstText).toContain(first.topicLabel);
      expect(firstText).toContain(first.kind === "topic" ? "topic" : "key point");
      // A new card is due at once, has no interval yet, and has neither reviews nor lapses.
      expect(await firstCard.getByTestId("drill-card-due").textContent()).toBe("Due now");
      expect(firstText).toContain("Intervalnone yet");
      expect(firstText).toContain("Recalled in a row0 times");
      expect(firstText).toContain("Lapses0");
      await expectFitsAndAccessible(page, `cards page on a ${name}`);

      // Asked first; "Keep it" (focused, the safe choice) keeps the card and gives focus back.
      const dismiss = page.getByRole("button", { name: `Dismiss ${first.label}`, exact: true });
      await dismiss.click();
      const keep = firstCard.getByRole("button", { name: "Keep it", exact: true });
      await keep.waitFor();
      expect(await focusedText(page)).toBe("Keep it");
      expect(await firstCard.textContent()).toContain(`Dismiss “${first.label}”?`);
      await expectFitsAndAccessible(page, `dismiss question on a ${name}`);
      await keep.click();
      await dismiss.waitFor();
      expect(await keep.count()).toBe(0);
      expect(await focusedText(page)).toBe(`Dismiss ${first.label}`);
      expect(await cardTitles(page)).toEqual(apiCards.map((card) => card.label));
      // Escape answers "Keep it" too.
      await dismiss.click();
      await keep.waitFor();
      await page.keyboard.press("Escape");
      await dismiss.waitFor();
      expect(await keep.count()).toBe(0);
      expect((await allApiCards(account)).map((card) => card.id)).toEqual(apiCards.map((card) => card.id));

      // "Dismiss card": gone from the page and the API, announced, focus on the next card.
      await dismiss.click();
      await firstCard.getByRole("button", { name: "Dismiss card", exact: true }).click();
      await expect.poll(() => cardTitles(page)).toEqual(apiCards.slice(1).map((card) => card.label));
      expect(await page.getByRole("status").filter({ hasText: "Dismissed" }).textContent()).toBe(
        `Dismissed “${first.label}”.`,
      );
      expect(await focusedText(page)).toBe(second.label);
      expect((await allApiCards(account)).map((card) => card.id)).toEqual(apiCards.slice(1).map((card) => card.id));
      await expectFitsAndAccessible(page, `cards page after a dismissal on a ${name}`);

      // Back on the dashboard (in the app, so nothing is reloaded but what the dismissal invalidated).
      await page.getByRole("link", { name: "Start a drill from your dashboard" }).click();
      await page.getByTestId("drills-due-today").waitFor();
      await expect
        .poll(() => page.getByTestId("drills-due-today").textContent())
        .toBe(`Due today: ${before.dueToday - 1}`);
      expect(await page.getByTestId("drills-counts").textContent()).toContain(`${before.total - 1} cards in all`);
      expect(await page.getByTestId("drills-counts").textContent()).toContain(`${before.dueNow - 1} ready now`);
      expect(errors.appErrors).toEqual([]);
    });
  }

  it("pages with Load more, also after the last card of a page is dismissed", { timeout: SLOW }, async () => {
    const account = await createVerifiedAccount(ts, { displayName: "Pat Pager" });
    await completeInterview(
      account.client,
      { topics: ["databases", "backend-knowledge"], questionsPerTopic: 2 },
      BLANK_ANSWER,
    );
    const apiCards = await allApiCards(account);
    const { page, errors } = await openSignedIn(account, DESKTOP_WIDE);
    await openCardsPage(page);
    const loadMore = page.getByRole("button", { name: "Load more" });
    await loadMore.waitFor();
    const firstPage = await cardTitles(page);
    expect(firstPage.length).toBeLessThan(apiCards.length);
    expect(firstPage).toEqual(apiCards.slice(0, firstPage.length).map((card) => card.label));
    expect(await page.getByTestId("drill-cards-count").textContent()).toContain(`The first ${firstPage.length} cards`);

    // The next page is asked for after the first page's last card: dismiss exactly that one first.
    const last = apiCards[firstPage.length - 1];
    const next = apiCards[firstPage.length];
    if (!last || !next) throw new Error("the interview made too few cards for two pages");
    await page.getByRole("button", { name: `Dismiss ${last.label}`, exact: true }).click();
    await page.getByRole("button", { name: "Dismiss card", exact: true }).click();
    // Gone at once, then the first page is reloaded: full again, with what was the second page's first card.
    const remaining = apiCards.filter((card) => card.id !== last.id).map((card) => card.label);
    await expect.poll(() => cardTitles(page)).toEqual(remaining.slice(0, firstPage.length));
    await expect.poll(() => loadMore.isEnabled()).toBe(true);

    while ((await loadMore.count()) > 0) {
      const shown = await page.getByTestId("drill-card").count();
      await loadMore.click();
      await expect.poll(() => page.getByTestId("drill-card").count()).toBeGreaterThan(shown);
      // Focus goes to the first card the click brought, not back to the top of the page.
      expect(await focusedText(page)).toBe(remaining[shown]);
    }
    expect(await cardTitles(page)).toEqual(remaining);
    expect(await page.getByTestId("drill-cards-count").textContent()).toContain(`All ${remaining.length} cards`);
    expect((await allApiCards(account)).map((card) => card.label)).toEqual(remaining);
    await expectFitsAndAccessible(page, "cards page with every page loaded");
    expect(errors.appErrors).toEqual([]);
  });
});
